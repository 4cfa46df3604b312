"""``import``, ``list``, ``check`` and ``backup`` on the command line."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from desktop.core.importing import import_file
from desktop.core.storage.backup import list_backups
from desktop.core.storage.library import open_library
from desktop.resources import sample_collection_path
from tests.cli.new_library import new_library
from tests.cli.run_cli import run_cli
from tests.core.importing.fake_office import BAD, fake_office, installed, old_word, runs
from tests.core.importing.readers.docx_factory import new_document, to_bytes
from tests.core.storage.documents import sample_paragraphs


def _speech_file(path: Path, paragraphs: list[str]) -> Path:
    """A plain-text speech: a title line, a date, then paragraphs."""
    lines = ["关于进一步提高机关效能的讲话", "2016年4月15日", *paragraphs]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where the commands' library goes (it does not exist yet)."""
    return tmp_path / "lib" / "library.sqlite"


def test_a_library_made_by_an_import_starts_with_the_sample(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    file = _speech_file(tmp_path / "speech.txt", list(sample_paragraphs()[10:16]))
    said = f"made a new library at {library_path}\n"
    assert run_cli(capsys, "import", str(file), "--library", str(library_path))[::2] == (0, said)
    status, out, err = run_cli(capsys, "list", "--json", "--library", str(library_path))
    assert (status, err) == (0, "")
    collection, imported = json.loads(out)["collections"]
    assert imported["source"] == str(file)
    sample = import_file(sample_collection_path())
    assert collection["title"] == sample.title
    assert set(collection) == {"id", "title", "source", "speeches"}
    assert [s["title"] for s in collection["speeches"]] == [s.title for s in sample.speeches]
    for speech in collection["speeches"]:
        assert set(speech) == {"id", "index", "title", "date", "speaker"}


def test_the_library_comes_from_pizhu_library_unless_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _speech_file(tmp_path / "speech.txt", list(sample_paragraphs()[10:16]))
    from_env = tmp_path / "env" / "library.sqlite"
    monkeypatch.setenv("PIZHU_LIBRARY", str(from_env))
    assert run_cli(capsys, "import", str(file))[0] == 0
    assert from_env.exists()
    given = tmp_path / "given" / "library.sqlite"
    assert run_cli(capsys, "import", str(file), "--library", str(given))[0] == 0
    assert given.exists()
    assert len(json.loads(run_cli(capsys, "list", "--json")[1])["collections"]) == 2


def test_import_reports_each_file_and_is_idempotent(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    file = _speech_file(tmp_path / "speech.txt", list(sample_paragraphs()[10:16]))
    lib = ["--library", str(library_path)]
    status, out, err = run_cli(capsys, "import", str(file), *lib)
    assert (status, err) == (0, "")
    assert re.fullmatch(
        rf"{re.escape(str(file))}: collection 2 created: 1 speech; \d+ noise removed; "
        r"annotations: none re-anchored\n",
        out,
    )
    status, out, _err = run_cli(capsys, "import", str(file), *lib)
    assert "collection 2 unchanged" in out
    status, out, _err = run_cli(capsys, "list", "--json", *lib)
    assert len(json.loads(out)["collections"]) == 2


def test_import_notes_a_guessed_encoding_on_stderr(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    file = tmp_path / "release.txt"
    file.write_bytes("PRESS RELEASE\nThe café’s “Open Day” – a naïve façade.\n".encode("cp1252"))
    status, out, err = run_cli(capsys, "import", str(file), "--library", str(library_path))
    assert status == 0
    assert "collection 2 created" in out
    assert err.startswith(f"note: {file}: the encoding was guessed as cp1252;")


def _import_annotated(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> tuple[Path, list[str], list[str], str]:
    """A speech file imported with one highlight on its fourth paragraph: the file, its
    paragraphs, the ``--library`` arguments and the quote highlighted."""
    paragraphs = list(sample_paragraphs()[10:16])
    file = _speech_file(tmp_path / "speech.txt", paragraphs)
    lib = ["--library", str(library_path)]
    run_cli(capsys, "import", str(file), *lib)
    collection = json.loads(run_cli(capsys, "list", "--json", *lib)[1])["collections"][1]
    speech = str(collection["speeches"][0]["id"])
    quote = paragraphs[3][5:25]
    status, _out, _err = run_cli(capsys, "annotate", "--speech", speech, "--quote", quote, *lib)
    assert status == 0
    return file, paragraphs, lib, quote


def test_reimporting_a_changed_file_reports_the_reanchoring(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    file, paragraphs, lib, quote = _import_annotated(capsys, library_path, tmp_path)
    _speech_file(file, [*paragraphs[:2], "这是新插入的一段话，说明情况有了变化。", *paragraphs[2:]])
    status, out, err = run_cli(capsys, "import", str(file), *lib)
    assert (status, err) == (0, "")
    assert "collection 2 updated" in out
    assert "1 changed" in out
    # Its own words, untouched, pushed down by the new paragraph: anchored at their new offset
    # (the diff maps them there), not moved for the user to confirm.
    assert out.rstrip().endswith("annotations: 1 anchored, 0 moved, 0 fuzzy, 0 orphaned")
    [annotation] = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert annotation["exact"] == quote


def test_reimport_names_trashed_annotations_whose_passage_is_gone(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    file, paragraphs, lib, _quote = _import_annotated(capsys, library_path, tmp_path)
    [annotation] = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert run_cli(capsys, "delete", str(annotation["id"]), *lib)[0] == 0
    _speech_file(file, [*paragraphs[:3], *paragraphs[4:]])  # its paragraph deleted
    status, out, err = run_cli(capsys, "import", str(file), *lib)
    assert (status, err) == (0, "")
    assert out.rstrip().endswith(
        "annotations: none re-anchored; 1 in the trash whose passage was not found"
    )
    _speech_file(file, paragraphs)  # nothing in the trash left unfound: nothing said
    status, out, err = run_cli(capsys, "import", str(file), *lib)
    assert "in the trash" not in out


def test_a_bad_file_is_named_and_the_others_still_import(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    good = _speech_file(tmp_path / "good.txt", list(sample_paragraphs()[20:24]))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    status, out, err = run_cli(
        capsys, "import", str(empty), str(good), str(missing), "--library", str(library_path)
    )
    assert status == 2
    assert out.count("\n") == 1
    assert str(good) in out
    lines = err.splitlines()
    assert len(lines) == 2
    assert str(empty) in lines[0]
    assert str(missing) in lines[1]


def test_a_broken_link_is_named_as_given_not_by_where_it_leads(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nonexistent")
    status, out, err = run_cli(capsys, "import", str(link), "--library", str(library_path))
    assert (status, out) == (2, "")
    assert err.startswith(f"error: {link}: ")


def test_a_link_is_named_as_given_and_updates_the_collection_of_the_file_it_leads_to(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    file = _speech_file(tmp_path / "speech.txt", list(sample_paragraphs()[10:16]))
    link = tmp_path / "shortcut.txt"
    link.symlink_to(file)
    lib = ["--library", str(library_path)]
    status, out, _err = run_cli(capsys, "import", str(link), *lib)
    assert (status, out.split(": collection")[0]) == (0, str(link))
    status, out, _err = run_cli(capsys, "import", str(file), *lib)
    assert f"{file}: collection 2 unchanged" in out


def test_a_folder_imports_the_speeches_inside_it(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    folder = tmp_path / "讲话 稿"
    folder.mkdir()
    speech = _speech_file(folder / "一.txt", list(sample_paragraphs()[20:24]))
    status, out, err = run_cli(capsys, "import", str(folder), "--library", str(library_path))
    assert (status, err) == (0, "")
    assert str(speech) in out


@pytest.mark.parametrize("given", ["folder", "files"])
def test_old_word_files_convert_in_one_run_naming_the_file_it_failed_on(
    given: str,
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    folder = tmp_path / "archive"
    folder.mkdir()
    contents = old_word("甲"), old_word("乙", BAD), old_word("丙")
    paths = [folder / f"讲话{number}.doc" for number in (1, 2, 3)]
    for path, data in zip(paths, contents, strict=True):
        path.write_bytes(data)
    named = [str(folder)] if given == "folder" else list(map(str, paths))  # import a.doc b.doc …
    status, out, err = run_cli(capsys, "import", *named, "--library", str(library_path))
    assert status == 2
    assert [line.split(": collection")[0] for line in out.splitlines()] == [
        str(paths[0]),
        str(paths[2]),
    ]
    expected = "LibreOffice could not convert it to .docx (Error: source file could not be loaded)"
    assert [line for line in err.splitlines() if not line.startswith("note:")] == [
        f"error: {paths[1]}: {expected}"
    ]
    assert runs(converter) == [["00001.doc", "00002.doc", "00003.doc"]]


def test_check_says_ok(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    new_library(library_path)
    assert run_cli(capsys, "check", "--library", str(library_path)) == (0, "ok\n", "")


def test_check_on_a_missing_library_does_not_create_one(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    status, _out, err = run_cli(capsys, "check", "--library", str(library_path))
    assert status == 2
    assert "no library" in err
    assert not library_path.exists()


def test_backup_list_and_restore(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    lib = ["--library", str(library_path)]
    new_library(library_path)
    status, out, _err = run_cli(capsys, "backup", *lib)
    made = Path(out.strip())
    assert status == 0
    assert made.exists()
    run_cli(capsys, "list", *lib)  # the first opening after creation takes today's copy
    listing = run_cli(capsys, "backup", "--list", *lib)[1].splitlines()
    assert len(listing) == 2
    assert str(made) in listing[0]
    assert "daily" in listing[1]
    assert "00:00:00" not in listing[1]  # its name holds the day only: no made-up midnight
    run_cli(capsys, "annotate", "--speech", "1", "--start", "0", "--end", "2", *lib)
    status, out, _err = run_cli(capsys, "backup", "--restore", "latest", *lib)
    assert status == 0
    assert f"restored {made}" in out
    assert json.loads(run_cli(capsys, "annotations", "--json", *lib)[1]) == []


def test_a_damaged_library_names_the_backup_and_its_restore_command_works(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    lib = ["--library", str(new_library(library_path))]
    run_cli(capsys, "annotate", "--speech", "1", "--start", "0", "--end", "2", *lib)
    backup = Path(run_cli(capsys, "backup", *lib)[1].strip())
    library_path.write_bytes(library_path.read_bytes()[:5000])
    damaged = library_path.read_bytes()
    status, out, err = run_cli(capsys, "list", *lib)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert str(backup) in err
    assert library_path.read_bytes() == damaged
    command = err.split("restore it with: ")[1].split()
    assert command[:3] == ["python", "-m", "desktop"]
    assert run_cli(capsys, *command[3:])[0] == 0
    assert len(json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])) == 1
    kept = [p for p in library_path.parent.iterdir() if ".replaced-" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged]


def test_a_newer_library_is_refused_by_every_command(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    open_library(library_path, seed=None, daily_backup=False).close()
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    for argv in (["list"], ["annotations"], ["check"], ["backup"]):
        status, _out, err = run_cli(capsys, *argv, "--library", str(library_path))
        assert status == 2
        assert "newer Pizhu" in err
    assert list_backups(library_path) == []


def test_ctrl_c_during_an_import_leaves_that_file_out_in_one_line_and_exit_130(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    first = _speech_file(tmp_path / "first.txt", list(sample_paragraphs()[10:16]))
    second = _speech_file(tmp_path / "second.txt", list(sample_paragraphs()[20:24]))
    third = _speech_file(tmp_path / "third.txt", list(sample_paragraphs()[30:34]))
    lib = ["--library", str(library_path)]
    run_cli(capsys, "list", *lib)  # the library and its sample exist before the import

    from desktop.core.storage import import_writer

    storing_removals = import_writer.replace_removals

    def interrupt_the_second(conn: object, collection_id: int, *rest: object) -> None:
        # inside the transaction, once the collection and its speeches are written
        if collection_id > 2:
            raise KeyboardInterrupt
        storing_removals(conn, collection_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer, "replace_removals", interrupt_the_second)
    status, out, err = run_cli(capsys, "import", str(first), str(second), str(third), *lib)
    assert status == 130
    assert str(first) in out
    # the files after the one interrupted were not imported either: said, with what is kept
    assert err == (
        f"interrupted: {second} and the 1 file after it were not imported; "
        "the library keeps the 1 file imported before it\n"
    )
    monkeypatch.undo()
    sources = [
        c["source"] for c in json.loads(run_cli(capsys, "list", "--json", *lib)[1])["collections"]
    ]
    assert str(first) in sources
    assert str(second) not in sources
    assert str(third) not in sources


def test_ctrl_c_after_a_file_of_duplicates_does_not_count_it_as_imported(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    first = _speech_file(tmp_path / "first.txt", list(sample_paragraphs()[10:16]))
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())  # a colleague's copy: nothing of it is imported
    second = _speech_file(tmp_path / "second.txt", list(sample_paragraphs()[20:24]))
    lib = ["--library", str(library_path)]
    run_cli(capsys, "list", *lib)

    from desktop.core.storage import import_writer

    storing_removals = import_writer.replace_removals

    def interrupt_the_second(conn: object, collection_id: int, *rest: object) -> None:
        if collection_id > 2:  # the sample is 1, first.txt 2; the copy makes none
            raise KeyboardInterrupt
        storing_removals(conn, collection_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer, "replace_removals", interrupt_the_second)
    status, out, err = run_cli(capsys, "import", str(first), str(copy), str(second), *lib)
    assert status == 130
    assert f"{copy}: not imported" in out
    assert err == (
        f"interrupted: {second} was not imported; the library keeps the 1 file imported before it\n"
    )


def test_ctrl_c_in_any_command_is_one_line_and_exit_130(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*args: object, **options: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("desktop.cli.library_commands.open_cli_library", interrupt)
    status, out, err = run_cli(capsys, "list", "--library", str(library_path))
    assert (status, out, err) == (130, "", "interrupted\n")


def test_a_final_version_beside_its_draft_is_a_second_collection(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    file, paragraphs, lib, quote = _import_annotated(capsys, library_path, tmp_path)
    final = _speech_file(tmp_path / "定稿.txt", [*paragraphs[:4], "定稿时新加的一段话。"])
    status, out, err = run_cli(capsys, "import", str(final), *lib)
    assert (status, err) == (0, "")
    assert "collection 3 created" in out
    [annotation] = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert (annotation["exact"], annotation["state"]) == (quote, "anchored")
    # Once the draft is gone from its path, the same words elsewhere are that file moved.
    moved = tmp_path / "moved.txt"
    file.rename(moved)
    status, out, err = run_cli(capsys, "import", str(moved), *lib)
    assert "collection 2 updated" in out


def test_an_import_when_the_window_restored_meanwhile_fails_in_one_line_changing_nothing(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.core.importing as importing
    from desktop.core.storage.restore import restore_backup

    lib = ["--library", str(library_path)]
    new_library(library_path)  # with the sample
    assert run_cli(capsys, "backup", *lib)[0] == 0
    [saved] = list_backups(library_path)
    file = _speech_file(tmp_path / "speech.txt", list(sample_paragraphs()[10:16]))
    real_import = importing.import_file
    asides: list[Path | None] = []

    def read_while_the_window_restores(path: Path, **kwargs: object) -> object:
        # The window's restore runs while this command reads its file: it has the library open.
        asides.append(restore_backup(library_path, saved.path))
        return real_import(path, **kwargs)

    monkeypatch.setattr(importing, "import_file", read_while_the_window_restores)
    status, out, err = run_cli(capsys, "import", str(file), *lib)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "replaced" in err
    assert "nothing was changed" in err
    [aside] = asides
    assert aside is not None
    for library in (aside, library_path):
        with open_library(library, create=False, daily_backup=False) as opened:
            assert len(opened.store.collections()) == 1, f"{library} was written to"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_a_named_pipe_is_refused_as_one_without_waiting_for_a_writer(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    pipe = tmp_path / "讲话.txt"
    os.mkfifo(pipe)
    status, out, err = run_cli(capsys, "import", str(pipe), "--library", str(library_path))
    assert (status, out) == (2, "")
    assert err == f"error: {pipe}: not a regular file (a named pipe): only files can be imported\n"


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        (["Address to the General Assembly", "It is an honour to speak here today."], "No. 1"),
        (["Remarks at the Opening", "Ladies and gentlemen, welcome to this forum."], "No. 1"),
        (["在全市经济工作会议上的讲话", "同志们：今年的工作很重。"], "篇1"),
        (["2024年工作报告", "各位代表：现在，我代表市人民政府作报告。"], "篇1"),
    ],
)
def test_list_counts_an_english_speech_without_the_chinese_counter(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    lines: list[str],
    named: str,
) -> None:
    file = tmp_path / "speech.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    lib = ["--library", str(library_path)]
    assert run_cli(capsys, "import", str(file), *lib)[0] == 0
    out = run_cli(capsys, "list", *lib)[1]
    [line] = [line for line in out.splitlines() if line.startswith("  speech") and lines[0] in line]
    assert re.search(rf"  {re.escape(named)} {re.escape(lines[0])}", line)
    assert ("篇" in line) == (named == "篇1")


def test_the_same_speech_from_another_file_is_not_imported_twice_unless_allowed(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    """A .docx of a speech the library holds from a .txt: named, left out; then imported."""
    paragraphs = list(sample_paragraphs()[10:16])
    first = _speech_file(tmp_path / "讲话.txt", paragraphs)
    document = new_document()
    for line in ["关于进一步提高机关效能的讲话", "2016年4月15日", *paragraphs]:
        document.add_paragraph(line)
    copy = tmp_path / "同事发来的.docx"
    copy.write_bytes(to_bytes(document))
    lib = ["--library", str(library_path)]
    assert run_cli(capsys, "import", str(first), *lib)[0] == 0
    status, out, err = run_cli(capsys, "import", str(copy), *lib)
    assert (status, err) == (0, "")
    assert out == (
        f"{copy}: not imported: its speech is already in the library"
        " (--allow-duplicates imports them all the same)\n"
        "  篇1 《关于进一步提高机关效能的讲话》 already in the library as"
        " 《关于进一步提高机关效能的讲话》 in collection 2 (关于进一步提高机关效能的讲话)\n"
    )
    assert len(json.loads(run_cli(capsys, "list", "--json", *lib)[1])["collections"]) == 2
    status, out, _err = run_cli(capsys, "import", "--allow-duplicates", str(copy), *lib)
    assert status == 0
    assert f"{copy}: collection 3 created: 1 speech;" in out
    assert len(json.loads(run_cli(capsys, "list", "--json", *lib)[1])["collections"]) == 3


def test_a_txt_of_a_docx_s_speech_in_half_width_punctuation_and_wrapped_is_left_out(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    """The .txt writes its commas half-width, a space after each full stop, and one paragraph
    on two lines: the same speech, found by its loose hash and said to differ slightly."""
    paragraphs = list(sample_paragraphs()[10:16])
    document = new_document()
    for line in ["关于进一步提高机关效能的讲话", "2016年4月15日", *paragraphs]:
        document.add_paragraph(line)
    docx = tmp_path / "讲话.docx"
    docx.write_bytes(to_bytes(document))
    loose = [p.replace("，", ",").replace("。", "。 ") for p in paragraphs]
    middle = len(loose[2]) // 2
    loose[2] = loose[2][:middle] + "\n" + loose[2][middle:]
    txt = _speech_file(tmp_path / "同事发来的.txt", loose)
    lib = ["--library", str(library_path)]
    assert run_cli(capsys, "import", str(docx), *lib)[0] == 0
    status, out, err = run_cli(capsys, "import", str(txt), *lib)
    assert (status, err) == (0, "")
    assert out == (
        f"{txt}: not imported: its speech is already in the library"
        " (--allow-duplicates imports them all the same)\n"
        "  篇1 《关于进一步提高机关效能的讲话》 already in the library as"
        " 《关于进一步提高机关效能的讲话》 in collection 2 (关于进一步提高机关效能的讲话);"
        " the texts differ slightly (punctuation, spaces or line breaks)\n"
    )


def test_import_notes_damaged_utf8_on_stderr(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    new_library(library_path)  # an existing one: stderr holds the import's own lines
    file = tmp_path / "damaged.txt"
    line = "市委、市政府在这里召开工作会。\n".encode()
    file.write_bytes(line * 40 + b"\xff" + line * 40)
    status, out, err = run_cli(capsys, "import", str(file), "--library", str(library_path))
    assert status == 0
    assert "collection 2 created" in out
    assert err == (
        f"note: {file}: 1 byte(s) could not be read as utf-8 and were replaced with U+FFFD, "
        "the first on line 41; the file may be damaged or partly in another encoding\n"
    )
