"""``--library`` and opening a library from the command line: a daily backup that cannot be
written costs a warning on stderr, not the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.core.storage.disk_failures import full_after


def test_a_full_backups_folder_is_a_warning_and_the_command_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    assert main(["list", "--json", "--library", str(library)]) == 0
    capsys.readouterr()
    full_after(monkeypatch, 3)
    assert main(["list", "--json", "--library", str(library)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["collections"]
    [warning] = captured.err.splitlines()
    assert warning.startswith("warning: today's backup was not taken: ")
    assert str(library.parent / "backups") in warning
    assert "full" in warning
