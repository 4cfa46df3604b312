"""W3C Web Annotation JSON: the model's fields, a lossless round trip, and clear errors."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, AnnotationKind, TextQuote
from desktop.core.errors import DocumentError
from desktop.core.export.web_annotation import ANNO_CONTEXT, speech_uri, write_web_annotations
from desktop.core.export.web_annotation_parse import parse_annotation_collection
from tests.core.export.factory import Library, sample_library


def _written(library: Library) -> dict:
    return json.loads(write_web_annotations(library.export_set()))


def _by_id(document: dict) -> dict[str, dict]:
    return {item["id"]: item for item in document["first"]["items"]}


def test_the_collection_has_the_w3c_shape() -> None:
    library = sample_library()
    document = _written(library)
    assert ANNO_CONTEXT in document["@context"]
    assert document["type"] == "AnnotationCollection"
    assert document["total"] == len(library.annotations)
    assert document["first"]["type"] == "AnnotationPage"
    assert len(document["first"]["items"]) == len(library.annotations)


def test_a_highlight_with_a_note_and_tags() -> None:
    library = sample_library()
    annotation = library.annotations[0]
    item = _by_id(_written(library))[f"urn:uuid:{annotation.id}"]
    assert item["type"] == "Annotation"
    assert item["motivation"] == "highlighting"
    assert item["created"] == annotation.created
    assert item["modified"] == annotation.modified
    note, *tags = item["body"]
    assert note == {
        "type": "TextualBody",
        "value": annotation.note,
        "format": "text/markdown",
        "language": "zh",
        "purpose": "commenting",
    }
    assert [tag["value"] for tag in tags] == list(annotation.tags)
    assert {tag["purpose"] for tag in tags} == {"tagging"}
    target = item["target"]
    assert target["source"] == speech_uri(library.speeches[0].record, library.collections[0])
    assert target["source"].startswith("urn:pizhu:speech:")
    assert target["source"].endswith("#1")
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": annotation.quote.exact,
        "prefix": annotation.quote.prefix,
        "suffix": annotation.quote.suffix,
    }
    assert position == {
        "type": "TextPositionSelector",
        "start": annotation.start,
        "end": annotation.end,
    }
    assert target["pizhu:textHash"] == annotation.text_hash
    assert target["styleClass"] == "pizhu-yellow"
    assert item["stylesheet"]["type"] == "CssStylesheet"
    assert ".pizhu-yellow" in item["stylesheet"]["value"]
    assert item["pizhu:color"] == "yellow"


def test_motivations_follow_the_kind() -> None:
    library = sample_library()
    items = _by_id(_written(library))
    motivation = {
        a.kind + ("+note" if a.note else ""): items[f"urn:uuid:{a.id}"]["motivation"]
        for a in library.annotations
    }
    assert motivation["highlight+note"] == "highlighting"
    assert motivation["note+note"] == "commenting"
    assert motivation["section-note+note"] == "commenting"
    tag_only = library.annotations[4]
    tag_only.kind = AnnotationKind.NOTE
    assert _by_id(_written(library))[f"urn:uuid:{tag_only.id}"]["motivation"] == "tagging"


def test_a_note_on_a_whole_speech_has_no_selector() -> None:
    library = sample_library()
    whole = next(a for a in library.annotations if a.kind == AnnotationKind.SPEECH_NOTE)
    target = _by_id(_written(library))[f"urn:uuid:{whole.id}"]["target"]
    assert "selector" not in target


def test_round_trip_gives_back_the_same_annotations() -> None:
    library = sample_library()
    library.annotations[2].extra = {"source-page": "12"}
    library.annotations[1].marked_quote = "效能是发展的前提"
    parsed = parse_annotation_collection(write_web_annotations(library.export_set()))
    by_id = {annotation.id: annotation for annotation in library.annotations}
    assert len(parsed) == len(library.annotations)
    for result in parsed:
        original = by_id[result.id]
        restored = result.to_annotation(original.speech_id)
        if original.start is None:
            assert restored.quote == TextQuote("", "", "")
            restored = replace(restored, quote=original.quote)
        assert restored == original


def test_an_orphan_without_a_place_keeps_its_quote() -> None:
    library = sample_library()
    orphan = next(a for a in library.annotations if a.state == AnchorState.ORPHANED)
    orphan.start = orphan.end = None  # as storage keeps an orphan: its words, no position
    item = _by_id(_written(library))[f"urn:uuid:{orphan.id}"]
    assert [selector["type"] for selector in item["target"]["selector"]] == ["TextQuoteSelector"]
    parsed = parse_annotation_collection(write_web_annotations(library.export_set()))
    restored = next(p for p in parsed if p.id == orphan.id).to_annotation(orphan.speech_id)
    assert restored == orphan


def test_parsed_annotations_say_which_speech_they_belong_to() -> None:
    library = sample_library()
    parsed = parse_annotation_collection(write_web_annotations(library.export_set()))
    speech = parsed[0].speech
    assert speech.title == "在全市效能革命工作会上的讲话"
    assert speech.index == 1
    assert speech.collection == "效能革命讲话汇编"
    assert speech.collection_source == "讲话汇编.txt"
    assert speech.text_hash == library.speeches[0].record.text_hash


@given(
    note=st.text(max_size=40),
    tags=st.lists(st.text(min_size=1, max_size=8), max_size=3, unique=True),
    exact=st.text(min_size=1, max_size=20),
    prefix=st.text(max_size=5),
)
def test_round_trip_keeps_any_text(note: str, tags: list[str], exact: str, prefix: str) -> None:
    library = Library()
    text = prefix + exact + "。"
    speech = library.add_speech(library.add_collection("汇编"), text, title="题")
    original = library.annotate(speech, exact, note=note, tags=tuple(tags), occurrence=0)
    (parsed,) = parse_annotation_collection(write_web_annotations(library.export_set()))
    assert parsed.to_annotation(original.speech_id) == original


def test_files_from_other_tools_are_read_with_standard_fields() -> None:
    document = {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationPage",
        "items": [
            {
                "id": "https://example.org/anno/1",
                "type": "Annotation",
                "motivation": "highlighting",
                "bodyValue": "外部批注",
                "target": {
                    "source": "https://example.org/speech",
                    "styleClass": "pizhu-green",
                    "selector": {"type": "TextQuoteSelector", "exact": "效能革命"},
                },
            },
            {
                "id": "urn:uuid:6f1c1f6e-3f5d-4b7e-9a43-0c1e8f4b2a11",
                "type": "Annotation",
                "target": "https://example.org/speech",
            },
        ],
    }
    first, second = parse_annotation_collection(json.dumps(document))
    assert first.kind == AnnotationKind.HIGHLIGHT
    assert first.note == "外部批注"
    assert first.color == "green"
    assert first.quote == TextQuote("效能革命", "", "")
    assert first.start is None
    assert first.id == parse_annotation_collection(json.dumps(document))[0].id  # stable
    assert second.kind == AnnotationKind.SPEECH_NOTE
    assert second.state == AnchorState.ANCHORED
    assert second.speech.source == "https://example.org/speech"


def _duplicate_first(document: dict) -> None:
    items = document["first"]["items"]
    items.append(copy.deepcopy(items[0]))
    document["total"] = len(items)


def _broken(change) -> dict:
    document = json.loads(write_web_annotations(sample_library().export_set()))
    change(document)
    return document


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        ("", "empty", "empty"),
        ("{not json", "corrupt", "line 1"),
        (b"\xff\xfe\x00", "encoding", "UTF-8"),
        ("[]", "mismatch", "expected an object"),
        ('{"type": "AnnotationCollection"}', "mismatch", "@context"),
        (
            json.dumps({"@context": ANNO_CONTEXT, "type": "Person"}),
            "mismatch",
            "AnnotationCollection",
        ),
    ],
)
def test_bad_files_raise_a_clear_document_error(data: str | bytes, code: str, words: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_annotation_collection(data)
    assert caught.value.code == code
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["first"]["items"][1].pop("id"), "annotation 2: no id"),
        (lambda d: d["first"]["items"][1].pop("target"), "no target"),
        (lambda d: d["first"]["items"][1]["target"].pop("selector"), "needs a TextQuoteSelector"),
        (lambda d: d["first"]["items"][1]["target"]["selector"][1].update(start=-1), "0 <= start"),
        (
            lambda d: d["first"]["items"][1]["target"]["selector"][1].update(end="9"),
            "whole numbers",
        ),
        (lambda d: d["first"]["items"][1].update({"pizhu:color": "orange"}), "pizhu:color"),
        (lambda d: d["first"]["items"][1].update({"pizhu:kind": "doodle"}), "pizhu:kind"),
        (lambda d: d["first"]["items"][1].update(created="yesterday"), "ISO 8601"),
        (lambda d: d["first"]["items"][1]["body"][0].update(value=5), "not text"),
        (lambda d: _duplicate_first(d), "twice"),
        (lambda d: d.update(total=99), "total says 99"),
        (lambda d: d.update(first="https://example.org/page2"), "not in the file"),
    ],
)
def test_bad_annotations_name_the_annotation_and_the_problem(change, words: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_annotation_collection(_broken(change))
    assert words in str(caught.value)


def test_the_words_first_marked_are_a_pizhu_property() -> None:
    library = sample_library()
    changed = library.annotations[1]
    changed.marked_quote = "效能是发展的前提"
    written = _by_id(_written(library))
    assert written[f"urn:uuid:{changed.id}"]["pizhu:markedQuote"] == "效能是发展的前提"
    others = [item for key, item in written.items() if key != f"urn:uuid:{changed.id}"]
    assert not any("pizhu:markedQuote" in item for item in others)


def test_the_section_a_note_is_under_is_carried_as_the_csv_s_is() -> None:
    data = sample_library().export_set()
    items = _by_id(json.loads(write_web_annotations(data)))
    sectioned = [item for item in data.items if item.section_path]
    assert sectioned
    for item in data.items:
        target = items[f"urn:uuid:{item.annotation.id}"]["target"]
        assert target.get("pizhu:section", []) == list(item.section_path)
        assert target["pizhu:speech"]["title"] == item.speech.title
