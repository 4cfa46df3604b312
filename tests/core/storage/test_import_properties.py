"""Generated speech-like files through the library: what is stored is what the importer made
(the reader and exports read it back), and a re-import of an edited file loses no annotation."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind
from desktop.core.approx import edit_distance
from desktop.core.imported import ImportedDocument
from desktop.core.storage.library import Library, open_library
from tests.core.importing.speech_strategies import speech_lines
from tests.core.importing.test_pipeline_properties import import_or_none

_SETTINGS = settings(max_examples=20, derandomize=True)
_names = itertools.count()


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """One library for every example: each imports a file of its own name."""
    path = tmp_path_factory.mktemp("fuzz") / "library.sqlite"
    with open_library(path, seed=None, daily_backup=False) as library:
        yield library


def _unique_name() -> str:
    return f"fuzz-{next(_names)}.txt"


def _collection_id(library: Library, name: str) -> int:
    (collection,) = [c for c in library.store.collections() if c.source == name]
    return collection.id


def _import(library: Library, lines: list[str], name: str) -> ImportedDocument | None:
    # An earlier example's file of the same title must not be taken for an older version.
    for collection in library.store.collections():
        library.store.delete_collection(collection.id, with_annotations=True)
    document = import_or_none("\n".join(lines).encode("utf-8"), name)
    if document is not None:
        library.store.import_document(document)
    return document


@_SETTINGS
@given(lines=speech_lines())
def test_the_stored_speech_is_the_imported_one(shared_library: Library, lines: list[str]) -> None:
    name = _unique_name()
    document = _import(shared_library, lines, name)
    if document is None:
        return
    collection_id = _collection_id(shared_library, name)
    records = shared_library.store.speeches(collection_id)
    assert len(records) == len(document.speeches)
    for record, speech in zip(records, document.speeches, strict=True):
        content = shared_library.store.speech_content(record.id)
        assert content.text == speech.text
        assert content.outline == speech.outline
        assert content.spans == speech.spans
        assert record.title == speech.title
        assert record.length == len(speech.text)
        assert record.text_hash == speech.text_hash


@st.composite
def _edited(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """``lines`` after a few edits of a re-imported file: lines cut, added, moved or rewritten."""
    lines = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines)))
        kind = draw(st.sampled_from(["insert", "delete", "move", "width", "cut"]))
        if kind == "insert":
            lines.insert(at, draw(speech_lines())[-1])
        elif at == len(lines):
            continue
        elif kind == "delete":
            del lines[at]
        elif kind == "move":
            lines.insert(draw(st.integers(0, len(lines) - 1)), lines.pop(at))
        elif kind == "width":
            lines[at] = lines[at].translate(str.maketrans("，。；：", ",.;:"))
        else:
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + lines[at][cut + 3 :]
    return lines


def _annotate(library: Library, collection_id: int, data: st.DataObject) -> list[Annotation]:
    """Highlights, notes on ranges and on whole speeches; some moved to the trash."""
    made = []
    for record in library.store.speeches(collection_id):
        text = library.store.speech_text(record.id)
        for number in range(data.draw(st.integers(0, 3))):
            kind = data.draw(st.sampled_from(list(AnnotationKind)))
            start = end = None
            if kind != AnnotationKind.SPEECH_NOTE:
                start = data.draw(st.integers(0, len(text) - 1))
                end = data.draw(st.integers(start + 1, min(len(text), start + 40)))
            note = f"批注{number}" if kind != AnnotationKind.HIGHLIGHT else ""
            made.append(library.annotations.create(record.id, kind, start, end, note=note))
            if data.draw(st.integers(0, 4)) == 0:
                made[-1] = library.annotations.delete(made[-1].id)
    return made


def _check_placed(library: Library, before: Annotation, after: Annotation) -> None:
    """Kept on its own words, on words close to them, or orphaned with its quote."""
    assert after.note == before.note
    assert after.kind == before.kind
    assert (after.deleted is None) == (before.deleted is None)
    if not before.is_range:
        assert not after.is_range
        return
    if after.state == AnchorState.ORPHANED:
        assert after.exact == before.exact
        return
    text = library.store.speech_text(after.speech_id)
    assert after.start is not None
    assert after.end is not None
    assert 0 <= after.start < after.end <= len(text)
    found = text[after.start : after.end]
    assert found == after.exact
    if after.state in {AnchorState.ANCHORED, AnchorState.MOVED}:
        assert found == before.exact, (before, after)
    else:
        assert 1 - edit_distance(before.exact, found) / len(before.exact) >= 2 / 3


@_SETTINGS
@given(lines=speech_lines(), data=st.data())
def test_a_re_import_of_an_edited_file_keeps_or_orphans_every_annotation(
    shared_library: Library, lines: list[str], data: st.DataObject
) -> None:
    name = _unique_name()
    if _import(shared_library, lines, name) is None:
        return
    collection_id = _collection_id(shared_library, name)
    made = _annotate(shared_library, collection_id, data)
    edited = "\n".join(data.draw(_edited(lines))).encode("utf-8")
    document = import_or_none(edited, name)  # None: the edit left no text, nothing changes
    if document is not None:
        shared_library.store.import_document(document)
    store = shared_library.annotations
    kept = {a.id: a for a in store.collection_annotations(collection_id) + store.trash()}
    assert set(kept) == {a.id for a in made}
    for before in made:
        _check_placed(shared_library, before, kept[before.id])
