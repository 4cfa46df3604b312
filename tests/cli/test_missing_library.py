"""A library path with no library: the commands that read refuse it in one line, making nothing;
``import`` alone makes a library there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app_paths import default_library_path
from desktop.core.storage.backup import list_backups
from tests.cli.new_library import new_library
from tests.cli.run_cli import run_cli

READ_COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["annotations"],
    ["search", "效能"],
    ["keywords", "--all"],
    ["terms", "--speech", "1"],
    ["concordance", "效能"],
    ["trend", "效能"],
    ["compare", "1", "2"],
    ["export", "--format", "md", "--out", "OUT"],
    ["trash"],
    ["tags"],
    ["check"],
    ["backup", "--list"],
]

# Writes that need what only an existing library holds (a speech, an annotation, a tag, the
# trash, the file to copy): made anew, the library would hold the sample alone, and the command
# would fail after leaving a stray library, or worse, annotate the sample.
WRITES_INTO_A_LIBRARY = [
    ["annotate", "--speech", "1", "--start", "0", "--end", "2"],
    ["annotate", "--speech", "1", "--quote", "同志们"],
    ["delete", "00000000-0000-0000-0000-000000000000"],
    ["restore", "00000000-0000-0000-0000-000000000000"],
    ["accept-place", "00000000-0000-0000-0000-000000000000"],
    ["trash", "--empty"],
    ["tags", "--rename", "旧", "新"],
    ["tags", "--delete", "旧"],
    ["import-annotations", "NOTES"],
    ["backup"],
]


def _argv(command: list[str], tmp_path: Path) -> list[str]:
    """The command with its files in ``tmp_path/files`` (an export's destination, a JSON file)."""
    files = tmp_path / "files"
    files.mkdir(exist_ok=True)
    notes = files / "notes.json"
    notes.write_text("[]", encoding="utf-8")
    places = {"OUT": str(files / "out.md"), "NOTES": str(notes)}
    return [places.get(arg, arg) for arg in command]


def _refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, library: Path, *argv: str) -> str:
    """Run the command on the missing ``library``: exit 2, nothing on stdout, one line on
    stderr (returned), and nothing made: no file, no -wal or -shm, no backups folder."""
    folder = library.parent
    before = sorted(folder.iterdir()) if folder.exists() else None
    (tmp_path / "files").mkdir(exist_ok=True)
    files_before = sorted((tmp_path / "files").iterdir())
    status, out, err = run_cli(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1, err
    assert err.startswith(f"error: no library at {library}: "), err
    assert (sorted(folder.iterdir()) if folder.exists() else None) == before
    assert sorted((tmp_path / "files").iterdir()) == files_before, "no export, no CSV"
    return err


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_read_command_refuses_a_missing_library_making_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    folder = tmp_path / "libraries"
    folder.mkdir()
    library = folder / "typo.sqlite"
    argv = [*_argv(command, tmp_path), "--library", str(library)]
    err = _refused(capsys, tmp_path, library, *argv)
    assert err == (
        f"error: no library at {library}: check the path given to --library, or make a library"
        f" there by importing a file (import FILE… --library {library})\n"
    )
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", WRITES_INTO_A_LIBRARY, ids=" ".join)
def test_a_write_that_needs_a_library_refuses_a_missing_one_making_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    library = tmp_path / "libraries" / "typo.sqlite"
    _refused(capsys, tmp_path, library, *_argv(command, tmp_path), "--library", str(library))
    assert not library.parent.exists(), "not even the folder"


def test_a_missing_folder_is_not_made_and_the_option_may_stand_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = tmp_path / "no" / "such" / "folder" / "library.sqlite"
    _refused(capsys, tmp_path, library, "--library", str(library), "list")
    assert not (tmp_path / "no").exists()


def test_a_missing_library_named_by_the_environment_names_the_variable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "env" / "typo.sqlite"
    monkeypatch.setenv("PIZHU_LIBRARY", str(library))
    err = _refused(capsys, tmp_path, library, "annotations")
    assert "$PIZHU_LIBRARY" in err
    assert not library.parent.exists()


def test_no_library_in_the_data_folder_yet_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_LIBRARY")
    library = default_library_path()
    assert tmp_path in library.parents, "the test's own data folder"
    for argv in (["list"], ["search", "效能"], ["check"], ["backup", "--list"]):
        err = _refused(capsys, tmp_path, library, *argv)
        assert "none was made yet" in err
        assert "import FILE" in err
    assert not library.parent.exists()


def test_an_import_makes_a_library_at_a_new_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text("关于效能的讲话\n\n同志们，今天开会。\n", encoding="utf-8")
    library = tmp_path / "new" / "library.sqlite"
    status, out, err = run_cli(capsys, "import", str(speech), "--library", str(library))
    assert (status, err) == (0, f"made a new library at {library}\n"), "said, in one line"
    assert "collection 2 created" in out
    status, out, _err = run_cli(capsys, "list", "--json", "--library", str(library))
    assert status == 0
    assert [c["source"] for c in json.loads(out)["collections"]][1:] == [str(speech)]
    status, _out, err = run_cli(capsys, "import", str(speech), "--library", str(library))
    assert (status, err) == (0, ""), "an existing library is not new"


def test_backups_of_a_library_gone_are_listed_and_one_restores_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = new_library(tmp_path / "lib" / "library.sqlite")
    lib = ["--library", str(library)]
    assert run_cli(capsys, "backup", *lib)[0] == 0
    [backup] = list_backups(library)
    library.unlink()
    status, out, _err = run_cli(capsys, "backup", "--list", *lib)
    assert status == 0
    assert out.startswith(f"{backup.path}  ")
    assert run_cli(capsys, "list", *lib)[0] == 2, "read commands still refuse it"
    assert run_cli(capsys, "backup", "--restore", "latest", *lib)[0] == 0
    assert run_cli(capsys, "list", *lib)[0] == 0
