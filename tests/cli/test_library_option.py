"""``--library`` and opening a library from the command line: a daily backup that cannot be
written costs a warning on stderr, not the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.library_option import GLOBAL_LIBRARY
from desktop.core.storage.schema import LATEST_VERSION
from tests.cli.new_library import new_library
from tests.core.storage.disk_failures import full_after
from tests.core.storage.version_12 import stored, version_12_library


def test_a_full_backups_folder_is_a_warning_and_the_command_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = new_library(tmp_path / "lib" / "library.sqlite")
    full_after(monkeypatch, 3)
    assert main(["list", "--json", "--library", str(library)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["collections"]
    [warning] = captured.err.splitlines()
    assert warning.startswith("warning: today's backup was not taken: ")
    assert str(library.parent / "backups") in warning
    assert "full" in warning


def _speech(folder: Path) -> Path:
    """A short speech to import."""
    speech = folder / "讲话.txt"
    speech.write_text("关于效能的讲话\n\n同志们，今天开会。\n", encoding="utf-8")
    return speech


def _listed_source(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(list(argv)) == 0
    return [c["source"] for c in json.loads(capsys.readouterr().out)["collections"]]


def test_library_may_stand_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = tmp_path / "before.sqlite"
    after = tmp_path / "after.sqlite"
    speech = _speech(tmp_path)
    assert main(["--library", str(before), "import", str(speech)]) == 0
    assert (before.exists(), after.exists()) == (True, False)
    assert main([f"--library={after}", "import", str(speech)]) == 0
    assert after.exists()
    capsys.readouterr()
    assert str(speech) in _listed_source(capsys, "--library", str(before), "list", "--json")
    assert str(speech) in _listed_source(capsys, "list", "--json", f"--library={after}")


def test_a_library_named_after_the_command_wins(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    speech = _speech(tmp_path)
    assert main(["--library", str(first), "import", str(speech), "--library", str(second)]) == 0
    assert second.exists()
    assert not first.exists()


def test_a_library_before_a_command_that_takes_none_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text("关于效能的讲话\n\n同志们，今天开会。\n", encoding="utf-8")
    with pytest.raises(SystemExit) as raised:
        main(["--library", str(tmp_path / "l.sqlite"), "outline", str(speech)])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "python -m desktop: argument --library: the outline command does not use a library\n"
    )


def test_the_global_option_leaves_nothing_behind_for_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    monkeypatch.setattr("desktop.cli.run_command", lambda args: seen.append(vars(args)) or 0)
    main(["--library", str(tmp_path / "l.sqlite"), "check"])
    assert seen[0]["library"] == str(tmp_path / "l.sqlite")
    assert GLOBAL_LIBRARY not in seen[0]


def test_a_command_on_an_older_library_says_it_upgrades_it_then_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = tmp_path / "library.sqlite"
    version_12_library(library)
    assert main(["list", "--json", "--library", str(library)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["collections"], "stdout holds the command's output alone"
    said, *steps = captured.err.splitlines()
    assert said.startswith(f"upgrading the library {library} to this version's schema")
    assert steps == [
        "  step 1 of 5: Finding the same speech in other files",
        "  step 2 of 5: Counting words anew",
        "  step 3 of 5: Re-indexing notes for search",
        "  step 4 of 5: Indexing dates and speakers",
        "  step 5 of 5: Counting words for keywords and formulations",
    ], "one line per step, as it starts (migrations 13 to 20)"
    assert stored(library)[0] == LATEST_VERSION
    assert main(["list", "--json", "--library", str(library)]) == 0
    assert capsys.readouterr().err == "", "said only when an upgrade runs"


@pytest.mark.parametrize("command", [["check"], ["backup"]])
def test_check_and_backup_on_an_older_library_say_they_upgrade_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    library = tmp_path / "library.sqlite"
    version_12_library(library)
    assert main([*command, "--library", str(library)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"upgrading the library {library}")
    assert err.endswith("  step 5 of 5: Counting words for keywords and formulations\n")
