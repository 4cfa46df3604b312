"""The command line's restore refuses a library a window has open, and works once it is closed."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.new_library import new_library
from tests.cli.run_cli import run_cli

_ROOT = Path(__file__).resolve().parents[2]

# Claims the library as a window does at its start, says "held", keeps it until told to end.
_WINDOW = """
import sys
from pathlib import Path
from desktop.app_paths import claim_library
lock = claim_library(Path(sys.argv[1]), make_folder=True)
print("held" if lock is not None and lock.isLocked() else "not held", flush=True)
sys.stdin.readline()
"""


@contextmanager
def _window_open(library: Path) -> Iterator[None]:
    """Another process holds the library's window lock while the block runs."""
    window = subprocess.Popen(
        [sys.executable, "-c", _WINDOW, str(library)],
        cwd=_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert window.stdin is not None
    assert window.stdout is not None
    try:
        assert window.stdout.readline() == "held\n"
        yield
    finally:
        window.stdin.write("end\n")
        window.stdin.close()
        assert window.wait(timeout=30) == 0
        window.stdout.close()


def test_a_restore_leaves_a_library_open_in_a_window_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    lib = ["--library", str(library)]
    new_library(library)  # with the sample
    backup = Path(run_cli(capsys, "backup", *lib)[1].strip())
    run_cli(capsys, "annotate", "--speech", "1", "--start", "0", "--end", "2", "--note", "新", *lib)
    before = library.read_bytes()
    with _window_open(library):
        status, out, err = run_cli(capsys, "backup", "--restore", str(backup), *lib)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "open in a Pizhu window" in err
    assert library.read_bytes() == before
    assert sorted(path.name for path in library.parent.iterdir()) == ["backups", "library.sqlite"]
    notes = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert [note["note"] for note in notes] == ["新"]


def test_a_restore_works_once_the_window_is_closed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    lib = ["--library", str(library)]
    new_library(library)  # with the sample
    backup = Path(run_cli(capsys, "backup", *lib)[1].strip())
    run_cli(capsys, "annotate", "--speech", "1", "--start", "0", "--end", "2", *lib)
    with _window_open(library):
        pass
    status, out, _err = run_cli(capsys, "backup", "--restore", str(backup), *lib)
    assert status == 0
    assert f"restored {backup}" in out
    assert json.loads(run_cli(capsys, "annotations", "--json", *lib)[1]) == []
    assert not Path(f"{library}.lock").exists()
