"""``export`` and ``import-annotations`` on the command line; outputs read back with parsers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import desktop
from desktop.core import fileio
from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.export import FORMATS, labels
from desktop.core.export.web_annotation import ANNO_CONTEXT
from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS, ExportWords, book_title
from tests.cli.run_cli import run_cli
from tests.core.export.readback import (
    docx_text,
    pdf_text,
    read_csv,
    read_html,
    squeeze,
    without_markers,
)
from tests.core.export.stored_library import (
    STYLE_LINES,
    Note,
    StoredLibrary,
    build_stored_library,
)

NOTE_FORMATS = ["md", "html", "docx", "csv", "json"]
TEXT_FORMATS = ["annotated-html", "annotated-docx", "pdf"]
OUTLINE_FORMATS = ["outline-md", "outline-docx"]


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


def _export(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, name: str, *extra: str
) -> bytes:
    out = stored.path.parent / f"export{FORMATS[name].extension}"
    status, stdout, err = run_cli(
        capsys, "export", "--format", name, "--out", str(out), "--library", str(stored.path), *extra
    )
    assert (status, err) == (0, "")
    assert str(out) in stdout
    return out.read_bytes()


def _visible_text(name: str, data: bytes) -> str:
    """What a reader of the file sees, as text, read with the format's own parser."""
    extension = FORMATS[name].extension
    if extension == ".docx":
        return docx_text(data)
    if extension == ".pdf":
        return pdf_text(data)
    if extension == ".html":
        return read_html(data.decode("utf-8")).text
    if extension == ".md":  # a note's raw HTML is escaped: its source is not what shows
        return read_html(MarkdownIt("commonmark").render(data.decode("utf-8"))).text
    return data.decode("utf-8-sig")


def _plain(text: str) -> str:
    """Text without whitespace, note markers or Markdown emphasis, to compare across formats."""
    return without_markers(squeeze(text)).replace("**", "")


def _citation_parts(name: str, note: Note) -> list[str]:
    """How each format cites a speech: the full citation, or its title and date."""
    if name in ("html", "docx", "annotated-html", "annotated-docx", "pdf", "outline-docx"):
        return [labels.source_citation(note.speech)]
    if name in ("md", "outline-md"):  # the date under a title, as a Chinese document writes it
        return [book_title(note.speech.title), CHINESE_WORDS.date(note.speech.date or "")]
    return [note.speech.title, note.speech.date or ""]


@pytest.mark.parametrize("name", NOTE_FORMATS + TEXT_FORMATS)
def test_every_quote_note_tag_and_citation_is_in_the_export(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, name: str
) -> None:
    text = _plain(_visible_text(name, _export(capsys, stored, name)))
    for note in stored.notes:
        assert _plain(note.quote) in text, note.quote
        assert _plain(note.annotation.note) in text, note.annotation.note
        for tag in note.annotation.tags:
            assert tag in text
        for part in _citation_parts(name, note):
            assert _plain(part) in text, part


@pytest.mark.parametrize("name", OUTLINE_FORMATS)
def test_outlines_hold_every_heading_and_point_and_cite_the_speech(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, name: str
) -> None:
    data = _export(capsys, stored, name, "--speech", str(stored.style.id))
    text = _plain(_visible_text(name, data))
    for heading in ("一、作风建设永远在路上", "二、以钉钉子精神抓落实"):
        assert heading in text
    style_note = next(n for n in stored.notes if n.speech.id == stored.style.id)
    for part in _citation_parts(name, style_note):
        assert _plain(part) in text
    assert "效能革命" not in text  # only the chosen speech


@pytest.mark.parametrize("name", ["md", "docx", "pdf"])
def test_language_chooses_the_exports_own_words_and_defaults_to_chinese(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, name: str
) -> None:
    default = _plain(_visible_text(name, _export(capsys, stored, name, "--utc")))
    chinese = _plain(
        _visible_text(name, _export(capsys, stored, name, "--utc", "--language", "zh"))
    )
    english = _plain(_visible_text(name, _export(capsys, stored, name, "--language", "en")))
    note = stored.notes[0]
    for words, text in ((CHINESE_WORDS, chinese), (ENGLISH_WORDS, english)):
        other = ENGLISH_WORDS if words is CHINESE_WORDS else CHINESE_WORDS
        own = _own_words(name, note, words)
        assert _plain(own) in text
        assert _plain(_own_words(name, note, other)) not in text
    # The two runs differ only in the time they were made at.
    assert _digitless(default) == _digitless(chinese), "without --language, Chinese as before"
    assert _plain(note.quote) in english, "the user's words as they are"


def _own_words(name: str, note: Note, words: ExportWords) -> str:
    """Words a format writes of its own: a list's source line, else a speech's citation."""
    if name == "md":
        return words.source.format(source="")
    return labels.source_citation(note.speech, words)


def _digitless(text: str) -> str:
    return "".join(char for char in text if not char.isdigit())


def test_an_unknown_language_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    out = stored.path.parent / "export.md"
    status, _, err = run_cli(
        capsys, "export", "--format", "md", "--out", str(out), "--language", "fr"
    )
    assert status == 2
    assert "--language" in err
    assert not out.exists()


def test_csv_has_one_row_per_annotation_with_its_fields(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    header, *rows = read_csv(_export(capsys, stored, "csv"))
    by_id = {row[header.index("id")]: dict(zip(header, row, strict=True)) for row in rows}
    assert len(rows) == len(stored.notes)
    for note in stored.notes:
        row = by_id[note.annotation.id]
        assert row["quote"] == note.quote
        assert row["note"] == note.annotation.note
        assert row["tags"].split("; ") == list(note.annotation.tags or [""])
        assert (row["speech"], row["date"]) == (note.speech.title, note.speech.date)
        assert row["state"] == note.annotation.state
        # The stored time to the second (the machine running the tests may be anywhere).
        shown = datetime.fromisoformat(row["created"])
        assert shown == datetime.fromisoformat(note.annotation.created).replace(microsecond=0)


def test_json_is_a_w3c_annotation_collection_of_every_annotation(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    document = json.loads(_export(capsys, stored, "json"))
    assert ANNO_CONTEXT in document["@context"]
    assert document["type"] == "AnnotationCollection"
    items = {item["id"]: item for item in document["first"]["items"]}
    assert document["total"] == len(items) == len(stored.notes)
    for note in stored.notes:
        item = items[f"urn:uuid:{note.annotation.id}"]
        assert item["type"] == "Annotation"
        assert item["created"] == note.annotation.created
        bodies = item.get("body", [])
        notes = [b["value"] for b in bodies if b["purpose"] == "commenting"]
        assert notes == ([note.annotation.note] if note.annotation.note else [])
        assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == list(
            note.annotation.tags
        )
        target = item["target"]
        assert target["source"].startswith("urn:pizhu:speech:")
        assert target["pizhu:speech"]["title"] == note.speech.title
        selectors = {s["type"]: s for s in target.get("selector", [])}
        if note.quote:
            assert selectors["TextQuoteSelector"]["exact"] == note.quote
        if note.annotation.start is not None:
            position = selectors["TextPositionSelector"]
            assert (position["start"], position["end"]) == (
                note.annotation.start,
                note.annotation.end,
            )


def test_html_keeps_a_script_in_a_note_as_text(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    for name in ("html", "annotated-html"):
        parsed = read_html(_export(capsys, stored, name).decode("utf-8"))
        assert "script" not in parsed.elements
        assert "<script>alert(1)</script>" in parsed.text


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--color", "green"], ["效能是发展的保障"]),
        (["--color", "绿", "--color", "5"], ["效能是发展的保障", "一锤接着一锤敲"]),
        (["--tag", "数据"], ["政务服务中心建设"]),
        (["--words", "金句"], ["效能是发展的保障", "一锤接着一锤敲"]),
        (["--words", "结尾 金句"], ["一锤接着一锤敲"]),
        (["--kind", "section-note"], ["二、以钉钉子精神抓落实"]),
        (
            ["--from", "2017", "--date-field", "speech"],
            ["二、以钉钉子精神抓落实", "一锤接着一锤敲"],
        ),
    ],
)
def test_filters_choose_the_annotations(
    capsys: pytest.CaptureFixture[str],
    stored: StoredLibrary,
    options: list[str],
    expected: list[str],
) -> None:
    header, *rows = read_csv(_export(capsys, stored, "csv", *options))
    assert [row[header.index("quote")] for row in rows] == expected


def test_the_title_names_the_words_as_typed(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    """The words filter matches folded (Alert finds alert) but the title keeps what was typed."""
    text = _export(capsys, stored, "md", "--words", "Alert").decode("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("# "))
    assert "Alert" in title
    assert "alert" not in title
    assert "alert(1)" in text  # the note it found


def test_orphans_can_be_left_out(capsys: pytest.CaptureFixture[str], stored: StoredLibrary) -> None:
    header, *rows = read_csv(_export(capsys, stored, "csv", "--no-orphans"))
    states = [row[header.index("state")] for row in rows]
    assert AnchorState.ORPHANED not in states
    assert len(rows) == len(stored.notes) - 1


def test_scope_by_speech_and_by_collection(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    header, *rows = read_csv(_export(capsys, stored, "csv", "--speech", str(stored.style.id)))
    assert {row[header.index("speech")] for row in rows} == {stored.style.title}
    collection = str(stored.reform.collection_id)
    header, *rows = read_csv(_export(capsys, stored, "csv", "--collection", collection))
    assert {row[header.index("speech")] for row in rows} == {stored.reform.title}
    kinds = {n.annotation.kind for n in stored.notes if n.speech.id == stored.reform.id}
    assert len(rows) == sum(1 for n in stored.notes if n.speech.id == stored.reform.id)
    assert AnnotationKind.SPEECH_NOTE in kinds


def test_annotated_text_holds_the_whole_speech(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    data = _export(capsys, stored, "annotated-docx", "--speech", str(stored.style.id))
    text = _plain(docx_text(data))
    for line in STYLE_LINES[3:]:
        assert _plain(line) in text


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or "part" in p.name)


def test_an_unwritable_destination_is_one_line_and_leaves_no_file(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stored.path.parent / "out"
    folder.mkdir()
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(folder)):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fileio.os, "open", refuse)
    out = folder / "notes.docx"
    status, stdout, err = run_cli(
        capsys, "export", "--format", "docx", "--out", str(out), "--library", str(stored.path)
    )
    assert status == 2
    assert stdout == ""
    assert err.count("\n") == 1
    assert str(out) in err
    assert "not writable" in err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_keeps_its_old_file(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    folder = stored.path.parent / "locked"
    folder.mkdir()
    old = folder / "notes.md"
    old.write_text("previous", encoding="utf-8")
    folder.chmod(0o500)
    try:
        status, _out, err = run_cli(
            capsys, "export", "--format", "md", "--out", str(old), "--library", str(stored.path)
        )
    finally:
        folder.chmod(0o700)
    assert status == 2
    assert err.count("\n") == 1
    assert old.read_text(encoding="utf-8") == "previous"
    assert _leftovers(folder) == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--speech", "999"], "no speech with id 999"),
        (["--collection", "999"], "no collection with id 999"),
        (["--color", "orange"], "unknown colour 'orange'"),
        (["--from", "last week"], "not a date"),
        (["--tag", "无此标签"], "nothing to export"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, argv: list[str], words: str
) -> None:
    out = stored.path.parent / "x.md"
    status, stdout, err = run_cli(
        capsys,
        "export",
        "--format",
        "md",
        "--out",
        str(out),
        "--library",
        str(stored.path),
        *argv,
    )
    assert status == 2
    assert stdout == ""
    assert err.count("\n") == 1
    assert words in err
    assert not out.exists()


def test_a_missing_folder_is_refused_before_the_library_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = tmp_path / "never.sqlite"
    out = tmp_path / "nowhere" / "x.md"
    status, _out, err = run_cli(
        capsys, "export", "--format", "md", "--out", str(out), "--library", str(library)
    )
    assert status == 2
    assert "folder does not exist" in err
    assert not library.exists()


def test_export_works_without_a_display_or_qt(stored: StoredLibrary) -> None:
    out = stored.path.parent / "annotated.pdf"
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"status = main(['export', '--format', 'pdf', '--out', {str(out)!r},"
        f" '--library', {str(stored.path)!r}])\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt was loaded'\n"
        "sys.exit(status)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    root = Path(desktop.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_import_annotations_prints_its_report(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    backup = stored.path.parent / "backup.json"
    backup.write_bytes(_export(capsys, stored, "json"))
    status, out, err = run_cli(
        capsys, "import-annotations", str(backup), "--library", str(stored.path)
    )
    assert (status, err) == (0, "")
    total = len(stored.notes)
    assert f"{total} annotations: 0 added, 0 updated, {total} unchanged" in out
    assert "trash" not in out


def test_import_annotations_says_how_many_are_in_the_trash(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary
) -> None:
    backup = stored.path.parent / "backup.json"
    backup.write_bytes(_export(capsys, stored, "json"))
    with stored.open() as library:
        library.annotations.delete(stored.notes[0].annotation.id)
    status, out, _err = run_cli(
        capsys, "import-annotations", str(backup), "--library", str(stored.path)
    )
    assert status == 0
    assert "in the trash, counted above: 1 annotation (the app's File > Trash..." in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{broken", "not valid JSON"),
        (b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Person"}', "Annotation"),
    ],
)
def test_import_of_a_bad_file_names_it(
    capsys: pytest.CaptureFixture[str], stored: StoredLibrary, content: bytes, words: str
) -> None:
    bad = stored.path.parent / "bad.json"
    bad.write_bytes(content)
    status, out, err = run_cli(
        capsys, "import-annotations", str(bad), "--library", str(stored.path)
    )
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert str(bad) in err
    assert words in err


@pytest.mark.parametrize("trashed", [False, True], ids=["none-imported", "all-in-the-trash"])
@pytest.mark.parametrize("name", list(FORMATS))
def test_an_empty_library_is_one_line_saying_so_and_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, trashed: bool
) -> None:
    # The command said "nothing to export", as for filters that match nothing, and did not
    # say why: a first run, or every collection in the trash.
    from desktop.core.storage.library import open_library, sample_document

    path = tmp_path / "empty.pizhu"
    library = open_library(path, seed=sample_document if trashed else None)
    for collection in library.store.collections():
        library.store.trash_collection(collection.id)
    library.close()
    out = tmp_path / "out"
    out.mkdir()
    status, stdout, err = run_cli(
        capsys, "export", "--format", name, "--out", str(out), "--library", str(path)
    )
    assert (status, stdout) == (2, "")
    assert err.count("\n") == 1
    assert str(path) in err
    assert "no speeches" in err
    assert list(out.iterdir()) == []
