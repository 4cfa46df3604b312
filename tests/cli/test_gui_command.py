"""``python -m desktop gui`` and ``python main.py``: the arguments reach the window's start."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import build_parser, gui_command, main


def test_gui_takes_files_and_a_library(tmp_path: Path) -> None:
    args = build_parser().parse_args(["gui", "--library", str(tmp_path / "l.sqlite"), "a.txt"])
    assert args.handler is gui_command.run
    assert args.files == ["a.txt"]
    assert args.library == str(tmp_path / "l.sqlite")


def test_gui_runs_the_window_on_the_chosen_library_with_absolute_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr(
        "desktop.gui.app.run_gui", lambda library, files: calls.append((library, files)) or 0
    )
    monkeypatch.chdir(tmp_path)
    assert main(["gui", "--library", "lib.sqlite", "讲话.txt"]) == 0
    assert calls == [(Path("lib.sqlite"), [tmp_path / "讲话.txt"])]


def test_without_library_the_environment_chooses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr("desktop.gui.app.run_gui", lambda library, files: calls.append(library))
    main(["gui"])
    assert calls == [tmp_path / "library.sqlite"]
