"""The ``--json`` and ``--csv PATH`` pair every table command takes: one or the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.run_cli import run_cli


@pytest.mark.parametrize(
    "command", [["search", "经济"], ["trend", "经济"], ["keywords", "--all"], ["terms", "--all"]]
)
def test_json_and_csv_go_together_nowhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    library = tmp_path / "library.sqlite"
    argv = [*command, "--json", "--csv", str(tmp_path / "out.csv"), "--library", str(library)]
    status, out, err = run_cli(capsys, *argv)
    assert (status, out) == (2, "")
    assert "not allowed with" in err
    assert not library.exists()  # refused before anything is opened
