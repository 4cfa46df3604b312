"""Importing W3C JSON back: restore into an empty library, re-anchor into changed text, merge."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.core.errors import CancelledError, DocumentError, LibraryError
from desktop.core.export import render
from desktop.core.export.reading import LibraryReader
from desktop.core.export.selection import ExportScope, select
from desktop.core.export.web_annotation import ANNO_CONTEXT
from desktop.core.export.web_annotation_parse import parse_annotation_collection
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.importing import import_file
from desktop.core.storage.annotation_import import import_annotation_file, import_annotations
from desktop.core.storage.library import Library, open_library
from tests.core.export.stored_library import (
    REFORM_FILE,
    StoredLibrary,
    build_stored_library,
    import_sources,
    write_sources,
)

FIELDS = ("kind", "start", "end", "quote", "note", "tags", "color", "created", "modified")


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


def _backup(stored: StoredLibrary, folder: Path) -> Path:
    """The whole library's annotations as a W3C JSON file."""
    with stored.open() as library:
        reader = LibraryReader(library)
        data = select(reader, ExportScope()).export_set(reader, with_text=False)
    path = folder / "backup.json"
    path.write_bytes(render("json", data))
    return path


def _library(path: Path, sources: Path) -> Library:
    """A new library (no sample) with the speech files of ``sources`` imported."""
    library = open_library(path, seed=None, daily_backup=False)
    import_sources(library, sources)
    return library


def _by_id(library: Library) -> dict[str, Annotation]:
    return {annotation.id: annotation for annotation in library.annotations.annotations()}


def _title_of(library: Library, annotation: Annotation) -> str:
    return library.store.speech(annotation.speech_id).title


def test_a_round_trip_into_an_empty_library_gives_the_same_annotations(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    with stored.open() as original, _library(tmp_path / "new.sqlite", stored.sources) as new:
        report = import_annotation_file(new, backup)
        before, after = _by_id(original), _by_id(new)
        assert set(after) == set(before)
        for annotation_id, old in before.items():
            restored = after[annotation_id]
            for name in (*FIELDS, "state", "text_hash", "extra"):
                assert getattr(restored, name) == getattr(old, name), name
            assert _title_of(new, restored) == _title_of(original, old)
    assert report.added == len(before)
    assert (report.updated, report.unchanged, report.unmatched) == (0, 0, [])
    assert sorted(report.created_ids) == sorted(before)
    assert report.replaced == []
    assert report.path == str(backup)


def test_the_words_first_marked_round_trip_through_import_annotations(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    with stored.open() as library:
        annotation = next(a for a in library.annotations.annotations() if a.quote.exact)
        with library.db.transaction() as conn:
            conn.execute(
                "UPDATE annotations SET marked_quote = ? WHERE id = ?",
                ("当初的原话", annotation.id),
            )
    backup = _backup(stored, tmp_path)
    with _library(tmp_path / "new.sqlite", stored.sources) as new:
        import_annotation_file(new, backup)
        restored = _by_id(new)
    assert restored[annotation.id].marked_quote == "当初的原话"
    assert all(a.marked_quote is None for i, a in restored.items() if i != annotation.id)


def test_importing_twice_changes_nothing(stored: StoredLibrary, tmp_path: Path) -> None:
    backup = _backup(stored, tmp_path)
    with _library(tmp_path / "new.sqlite", stored.sources) as new:
        import_annotation_file(new, backup)
        first = _by_id(new)
        again = import_annotation_file(new, backup)
        assert _by_id(new) == first
    assert (again.added, again.updated, again.kept) == (0, 0, 0)
    assert again.unchanged == again.total == len(first)
    assert not again.changed
    assert (again.created_ids, again.replaced) == ([], [])


def _changed_sources(folder: Path) -> Path:
    """The speech files with the first one edited: a paragraph added before everything, one
    sentence reworded, one removed."""
    write_sources(folder, edited=True)
    path = folder / REFORM_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "会前，各部门认真准备了书面材料，现将有关情况通报如下。")
    text = "\n".join(line for line in lines if not line.startswith("要抓好政务服务中心建设"))
    path.write_text(text.replace("效能是发展的保障", "效能是发展的根本保障"), encoding="utf-8")
    return folder


def test_into_a_changed_text_annotations_are_reanchored_and_orphans_kept(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    sources = _changed_sources(tmp_path / "changed")
    with _library(tmp_path / "new.sqlite", sources) as new:
        report = import_annotation_file(new, backup)
        by_quote = {a.quote.exact: a for a in _by_id(new).values()}
        text = new.store.speech_text(by_quote["两集中、两到位"].speech_id)
    assert report.added == len(stored.notes)
    kept = by_quote["两集中、两到位"]
    assert kept.state == AnchorState.MOVED, "a paragraph was added above its words"
    assert text[kept.start : kept.end] == "两集中、两到位"
    reworded = by_quote["效能是发展的根本保障"]
    assert reworded.state == AnchorState.FUZZY
    assert reworded.marked_quote == "效能是发展的保障", "the words first marked are kept"
    assert kept.marked_quote is None
    assert reworded.note == "金句，可作开头"
    for gone in ("政务服务中心建设", stored.orphan.quote):
        orphan = by_quote[gone]
        assert orphan.state == AnchorState.ORPHANED
        assert (orphan.start, orphan.end) == (None, None)
    assert by_quote["政务服务中心建设"].tags == ("数据", "政务"), "the order they were typed in"
    reanchored = [n for n in stored.notes if n.speech.id == stored.reform.id and n.quote]
    assert sum(report.anchors.values()) == len(reanchored)
    assert report.anchors[AnchorState.ORPHANED] == 2
    assert report.anchors[AnchorState.FUZZY] == 1
    assert report.anchors[AnchorState.MOVED] >= 1


def _edit_backup(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    for item in document["first"]["items"]:
        change(item)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _with_note(note: str, modified: str):
    def change(item: dict) -> None:
        item["modified"] = modified
        for body in item.get("body", []):
            if body["purpose"] == "commenting":
                body["value"] = note

    return change


def test_a_newer_copy_in_the_file_updates_the_library(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    _edit_backup(backup, _with_note("在别处改过的批注", "2999-01-01T00:00:00.000000Z"))
    with stored.open() as library:
        before = _by_id(library)
        report = import_annotation_file(library, backup)
        after = _by_id(library)
        notes = [a.note for a in library.annotations.annotations() if a.note]
    annotated = [n for n in stored.notes if n.annotation.note]
    assert report.updated == len(stored.notes)
    assert notes == ["在别处改过的批注"] * len(annotated)
    assert report.created_ids == []
    # What an undo needs: each one as it was, and as the import stored it.
    assert sorted(report.replaced, key=lambda pair: pair[0].id) == [
        (before[key], after[key]) for key in sorted(before)
    ]


def test_a_newer_copy_in_the_library_is_kept(stored: StoredLibrary, tmp_path: Path) -> None:
    backup = _backup(stored, tmp_path)
    _edit_backup(backup, _with_note("旧的批注", "2000-01-01T00:00:00Z"))
    with stored.open() as library:
        before = _by_id(library)
        report = import_annotation_file(library, backup)
        assert _by_id(library) == before
    assert report.kept == len(stored.notes)


def test_a_trashed_annotation_stays_in_the_trash_unless_changed_after(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    first, second = stored.notes[0].annotation.id, stored.notes[1].annotation.id
    with stored.open() as library:
        library.annotations.delete(first)
        library.annotations.delete(second)
    _edit_backup(
        backup,
        lambda item: (
            item.update(modified="2999-01-01T00:00:00Z")
            if item["id"] == f"urn:uuid:{second}"
            else None
        ),
    )
    with stored.open() as library:
        report = import_annotation_file(library, backup)
        assert library.annotations.get(first).deleted is not None
        assert library.annotations.get(second).deleted is None
    assert (report.unchanged, report.updated) == (len(stored.notes) - 1, 1)
    ((was, now),) = report.replaced
    assert (was.id, was.deleted is not None, now.deleted) == (second, True, None)
    assert report.in_trash == 1, "the one left in the trash is counted"


def test_annotations_left_in_the_trash_are_counted(stored: StoredLibrary, tmp_path: Path) -> None:
    backup = _backup(stored, tmp_path)
    on_style = [n.annotation for n in stored.notes if n.annotation.speech_id == stored.style.id]
    elsewhere = next(n.annotation for n in stored.notes if n.annotation not in on_style)
    with stored.open() as library:
        library.annotations.delete(elsewhere.id)
        library.store.trash_collection(stored.style.collection_id)
    _edit_backup(backup, _with_note("较新", "2999-01-01T00:00:00Z"))  # newer: yet in the trash
    with stored.open() as library:
        report = import_annotation_file(library, backup)
        assert library.annotations.get(elsewhere.id).deleted is None, "changed after: back"
    assert report.in_trash == len(on_style) > 0, "their collection is in the trash"
    with stored.open() as library:
        again = import_annotation_file(library, backup)
    assert (again.unchanged, again.in_trash) == (len(stored.notes), len(on_style))


def test_annotations_of_a_speech_not_in_the_library_are_reported(
    stored: StoredLibrary, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    only_reform = tmp_path / "only-reform"
    write_sources(only_reform, edited=True)
    (only_reform / "作风建设讲话.txt").unlink()
    with open_library(tmp_path / "new.sqlite", seed=None, daily_backup=False) as new:
        new.store.import_document(import_file(only_reform / REFORM_FILE))
        report = import_annotation_file(new, backup)
    style_notes = [n for n in stored.notes if n.speech.id == stored.style.id]
    assert report.unmatched_count == len(style_notes)
    (target,) = report.unmatched
    assert target.title == stored.style.title
    assert target.source.startswith("urn:pizhu:speech:")
    assert report.added == len(stored.notes) - len(style_notes)


def test_a_failure_half_way_changes_nothing(
    stored: StoredLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _backup(stored, tmp_path)
    with _library(tmp_path / "new.sqlite", stored.sources) as new:
        calls = []
        real_add = new.annotations.add

        def failing_add(annotation: Annotation) -> Annotation:
            calls.append(annotation.id)
            if len(calls) == 3:
                raise LibraryError("the disk failed", code="io-error")
            return real_add(annotation)

        monkeypatch.setattr(new.annotations, "add", failing_add)
        with pytest.raises(LibraryError):
            import_annotation_file(new, backup)
        assert new.annotations.annotations() == []
        assert new.annotations.tag_counts() == {}


def test_cancelling_changes_nothing(stored: StoredLibrary, tmp_path: Path) -> None:
    backup = _backup(stored, tmp_path)
    stages: list[str] = []
    with _library(tmp_path / "new.sqlite", stored.sources) as new:

        def cancel() -> bool:
            return "save" in stages

        with pytest.raises(CancelledError):
            import_annotation_file(
                new, backup, progress=lambda _f, stage: stages.append(stage), cancel=cancel
            )
        assert new.annotations.annotations() == []


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"", "empty", "empty"),
        (b"{oops", "corrupt", "not valid JSON"),
        (b"[1, 2]", "mismatch", "expected an object"),
    ],
)
def test_a_bad_file_is_a_document_error_naming_it(
    stored: StoredLibrary, tmp_path: Path, content: bytes, code: str, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with stored.open() as library, pytest.raises(DocumentError) as caught:
        import_annotation_file(library, bad)
    assert caught.value.code == code
    assert str(bad) in str(caught.value)
    assert words in str(caught.value)


def test_a_missing_file_is_unreadable(stored: StoredLibrary, tmp_path: Path) -> None:
    with stored.open() as library, pytest.raises(DocumentError) as caught:
        import_annotation_file(library, tmp_path / "missing.json")
    assert caught.value.code == "unreadable"
    assert "missing.json" in str(caught.value)


def _foreign_annotation(text: str, words: str) -> dict:
    """An annotation as a web annotation tool writes it: its own id, the file's URL, a quote
    with 32 characters of context either side, no Pizhu extensions and no times."""
    start = text.index(words)
    quote = TextQuote.from_text(text, start, start + len(words))
    return {
        "id": "https://example.org/anno/7",
        "type": "Annotation",
        "bodyValue": "外部工具的批注",
        "target": {
            "source": "file:///home/u/%E4%BD%9C%E9%A3%8E%E5%BB%BA%E8%AE%BE%E8%AE%B2%E8%AF%9D.txt",
            "selector": {
                "type": "TextQuoteSelector",
                "exact": quote.exact,
                "prefix": quote.prefix,
                "suffix": quote.suffix,
            },
        },
    }


def test_another_tools_annotation_finds_its_single_speech_by_url(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources")
    path = tmp_path / "hypothesis.json"
    with _library(tmp_path / "new.sqlite", sources) as new:
        (style,) = new.store.speeches(2)
        item = _foreign_annotation(new.store.speech_text(style.id), "久久为功")
        page = {"@context": ANNO_CONTEXT, "type": "AnnotationPage", "items": [item]}
        path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
        report = import_annotation_file(new, path)
        (annotation,) = new.annotations.annotations()
        text = new.store.speech_text(annotation.speech_id)
    assert report.added == 1
    assert annotation.speech_id == style.id
    assert text[annotation.start : annotation.end] == "久久为功"
    assert annotation.state != AnchorState.ORPHANED
    assert annotation.note == "外部工具的批注"
    assert annotation.created  # a time is filled in when the file has none


@settings(max_examples=40)
@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=2),
    bounds=st.tuples(st.integers(0, 10_000), st.integers(1, 40)),
    note=st.text(max_size=30),
    tags=st.lists(st.text(min_size=1, max_size=6), max_size=3),
)
def test_any_range_of_any_text_round_trips(
    text: str, bounds: tuple[int, int], note: str, tags: list[str]
) -> None:
    start = bounds[0] % len(text)
    end = min(len(text), start + bounds[1])
    with tempfile.TemporaryDirectory() as folder:
        document = ImportedDocument(
            "汇编", "/d/汇编.txt", "utf-8", "txt", [Speech(1, "讲话", text)]
        )
        with open_library(Path(folder) / "a.sqlite", seed=None, daily_backup=False) as first:
            first.store.import_document(document)
            original = first.annotations.create(1, "highlight", start, end, note=note, tags=tags)
            reader = LibraryReader(first)
            data = select(reader, ExportScope()).export_set(reader, with_text=False)
        with open_library(Path(folder) / "b.sqlite", seed=None, daily_backup=False) as second:
            second.store.import_document(document)
            parsed = parse_annotation_collection(render("json", data))
            report = import_annotations(second, parsed)
            restored = second.annotations.get(original.id)
    assert report.added == 1
    assert restored == original
