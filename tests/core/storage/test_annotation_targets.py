"""Matching an imported annotation's target to a speech of the library."""

from __future__ import annotations

from desktop.core.export.web_annotation import speech_uri
from desktop.core.export.web_annotation_parse import SpeechRef
from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.storage.annotation_targets import SpeechDirectory, parse_speech_urn


def _collection(collection_id: int, title: str, source: str | None) -> CollectionRecord:
    return CollectionRecord(collection_id, title, source, None, "utf-8", "txt", "", 0)


def _speech(
    speech_id: int, collection_id: int, index: int, title: str, text_hash: str
) -> SpeechRecord:
    return SpeechRecord(speech_id, collection_id, index, title, None, None, None, 10, text_hash)


COLLECTIONS = [
    _collection(1, "讲话汇编", "/home/u/讲话汇编.txt"),
    _collection(2, "讲话汇编（修订）", "/home/u/修订/讲话汇编.txt"),
    _collection(3, "无来源文稿", None),
]
SPEECHES = [
    _speech(1, 1, 1, "开幕讲话", "h1"),
    _speech(2, 1, 2, "总结讲话", "h2"),
    _speech(3, 2, 1, "开幕讲话", "h1"),  # the same text, filed again
    _speech(4, 3, 1, "独有的讲话", "h4"),
    _speech(5, 3, 2, "总结讲话", "h5"),
]


def _ref(speech: SpeechRecord, collection: CollectionRecord, **changes: object) -> SpeechRef:
    """A target as our export writes it for ``speech``, with some facts changed."""
    facts: dict[str, object] = {
        "source": speech_uri(speech, collection),
        "text_hash": speech.text_hash,
        "title": speech.title,
        "index": speech.index,
        "collection": collection.title,
        "collection_source": "讲话汇编.txt" if collection.source else "",
    }
    facts.update(changes)
    return SpeechRef(**facts)  # type: ignore[arg-type]


def _match(ref: SpeechRef) -> int | None:
    found = SpeechDirectory(COLLECTIONS, SPEECHES).match(ref)
    return found.id if found else None


def test_our_urn_reads_back() -> None:
    parts = parse_speech_urn(speech_uri(SPEECHES[1], COLLECTIONS[0]))
    assert parts is not None
    assert (parts.collection_key, parts.index) == ("讲话汇编.txt", 2)
    assert parse_speech_urn("https://example.org/a") is None


def test_the_same_text_wins_and_prefers_the_collection_named() -> None:
    assert _match(_ref(SPEECHES[0], COLLECTIONS[0])) == 1
    # Both collections come from a file called 讲话汇编.txt: their titles tell them apart.
    assert _match(_ref(SPEECHES[2], COLLECTIONS[1])) == 3
    assert _match(_ref(SPEECHES[0], COLLECTIONS[2], collection_source="")) == 1


def test_a_changed_text_is_found_by_title_in_its_collection() -> None:
    ref = _ref(SPEECHES[1], COLLECTIONS[0], text_hash="old", index=7)
    assert _match(ref) == 2


def test_a_retitled_speech_is_found_by_its_index_in_its_collection() -> None:
    ref = _ref(SPEECHES[3], COLLECTIONS[2], text_hash="old", title="旧标题")
    assert _match(ref) == 4


def test_a_collection_without_a_source_is_named_by_its_title() -> None:
    ref = _ref(SPEECHES[4], COLLECTIONS[2], text_hash="old")
    assert _match(ref) == 5


def test_a_unique_title_anywhere_in_the_library() -> None:
    ref = SpeechRef(source="urn:pizhu:speech:别处.txt#9", text_hash="old", title="独有的讲话")
    assert _match(ref) == 4


def test_ambiguity_is_not_guessed() -> None:
    # 总结讲话 exists twice, in collections the target does not name.
    ref = SpeechRef(source="urn:pizhu:speech:别处.txt#9", text_hash="old", title="总结讲话")
    assert _match(ref) is None
    assert _match(SpeechRef(source="urn:pizhu:speech:别处.txt#1")) is None


def test_another_tools_target_needs_a_collection_of_one_speech_from_that_source() -> None:
    collections = [*COLLECTIONS, _collection(4, "网页", "https://example.org/speech.html")]
    speeches = [*SPEECHES, _speech(6, 4, 1, "网页讲话", "h6")]
    directory = SpeechDirectory(collections, speeches)
    found = directory.match(SpeechRef(source="https://example.org/speech.html"))
    assert found is not None
    assert found.id == 6
    # 讲话汇编.txt holds two speeches: which one is meant cannot be told.
    assert directory.match(SpeechRef(source="file:///d/讲话汇编.txt")) is None
