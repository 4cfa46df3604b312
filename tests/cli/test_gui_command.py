"""``python -m desktop gui`` and ``python main.py``: the arguments reach the window's start."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import _main as desktop_main
from desktop.cli import build_parser, command_parser, gui_command, main
from desktop.core.errors import LibraryError

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize(
    "argv",
    [
        ["--library", "lib.sqlite", "gui", "讲话.txt"],
        ["--library=lib.sqlite", "gui", "讲话.txt"],
        ["gui", "--library", "lib.sqlite", "讲话.txt"],
    ],
)
def test_python_m_desktop_takes_the_library_before_or_after_gui(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    calls = []
    monkeypatch.setattr(
        "desktop.gui.app.run_gui", lambda library, files: calls.append((library, files)) or 0
    )
    monkeypatch.chdir(tmp_path)
    assert desktop_main(argv) == 0
    assert calls == [(Path("lib.sqlite"), [tmp_path / "讲话.txt"])]


def test_main_py_parses_only_the_window_s_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr(
        "desktop.gui.app.run_gui", lambda library, files: calls.append((library, files)) or 0
    )
    monkeypatch.chdir(tmp_path)
    assert gui_command.main(["--library", "lib.sqlite", "讲话.txt", "b.txt"]) == 0
    assert calls == [(Path("lib.sqlite"), [tmp_path / "讲话.txt", tmp_path / "b.txt"])]


def test_main_py_reports_bad_arguments_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        gui_command.main(["--library"])
    assert raised.value.code == 2
    assert capsys.readouterr().err == "python main.py: argument --library: expected one argument\n"


def test_a_library_error_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(library: Path, files: list[Path]) -> int:
        raise LibraryError("this library needs a newer Pizhu", path=library)

    monkeypatch.setattr("desktop.gui.app.run_gui", refuse)
    assert gui_command.main(["--library", "new.sqlite"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert "newer Pizhu" in err


def test_the_window_s_command_line_loads_no_other_command() -> None:
    """main.py and ``python -m desktop gui`` parse without the headless commands' modules."""
    probe = "import sys\nfrom desktop.cli import gui_command\ngui_command.main(['--help'])\n"
    for command in (["-c", probe], ["-m", "desktop", "gui", "--help"]):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "[--library PATH] [FILE ...]" in result.stdout
        loaded = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
        others = {name for name in loaded if name.startswith("desktop.cli.")}
        assert others == {"desktop.cli.gui_command", "desktop.cli.library_option"}
        assert not any(name.startswith(("desktop.core.storage", "PySide6")) for name in loaded)


def test_python_m_desktop_gui_and_main_py_take_the_same_arguments() -> None:
    full = build_parser()
    (gui,) = (
        choice
        for action in full._subparsers._group_actions  # type: ignore[union-attr]
        for name, choice in action.choices.items()
        if name == "gui"
    )
    fast = command_parser("python -m desktop gui")
    gui_command.add_arguments(fast)
    assert fast.format_help() == gui.format_help()


def test_no_arguments_are_what_the_parser_makes_of_none() -> None:
    """main.py without arguments skips argparse; what it passes on is the parser's own."""
    parser = command_parser("python main.py")
    gui_command.add_arguments(parser)
    assert vars(gui_command.no_arguments()) == vars(parser.parse_args([]))


def test_main_py_without_arguments_opens_the_default_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr(
        "desktop.gui.app.run_gui", lambda library, files: calls.append((library, files)) or 0
    )
    assert gui_command.main([]) == 0
    assert calls == [(tmp_path / "library.sqlite", [])]


@pytest.mark.usefixtures("automatic_collector")
def test_the_collector_is_paused_while_the_window_starts_and_on_again_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = []
    monkeypatch.setattr(
        "desktop.gui.app.run_gui", lambda library, files: seen.append(gc.isenabled()) or 0
    )
    assert gc.isenabled()
    assert gui_command.main([]) == 0
    assert seen == [False], "paused through start-up (then collected on the GUI thread)"
    assert gc.isenabled()


def test_without_a_display_the_window_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Qt itself aborts the process (status 134, seven lines about xcb) when it finds no display.
    calls = []
    monkeypatch.setattr("desktop.gui.app.run_gui", lambda library, files: calls.append(library))
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["gui"]) == 2
    assert calls == []
    err = capsys.readouterr().err
    assert "no display" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "environment", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "vnc"}]
)
def test_a_display_or_a_chosen_platform_opens_the_window(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    calls = []
    monkeypatch.setattr("desktop.gui.app.run_gui", lambda library, files: calls.append(library))
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    main(["gui"])
    assert len(calls) == 1
