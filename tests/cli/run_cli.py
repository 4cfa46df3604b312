"""Run a ``python -m desktop`` command inside the test process, as the CLI tests do."""

from __future__ import annotations

import pytest

from desktop.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int | str | None, str, str]:
    """Run one command in this process: its exit status, stdout and stderr."""
    try:
        status: int | str | None = main(list(argv))
    except SystemExit as exiting:  # argparse refuses bad options this way
        status = exiting.code
    captured = capsys.readouterr()
    return status, captured.out, captured.err
