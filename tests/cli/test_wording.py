"""desktop/cli/wording.py: counts read as English; help text without docstring markup, saying
what every argument and option is, and naming the command as the user called it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

import pytest

from desktop.__main__ import main as desktop_main
from desktop.cli import build_parser, main
from desktop.cli.wording import counted, plain


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "annotation", "0 annotations"),
        (1, "annotation", "1 annotation"),
        (2, "hit", "2 hits"),
        (1, "speech", "1 speech"),
        (7, "speech", "7 speeches"),
    ],
)
def test_one_is_singular_and_every_other_count_plural(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun) == expected


def test_plain_drops_the_literal_marks_of_a_docstring() -> None:
    assert plain("``search -- -效能``: every hit") == "search -- -效能: every hit"


@pytest.mark.parametrize(
    "command", ["outline", "import", "list", "search", "keywords", "terms", "concordance"]
)
def test_no_help_shows_docstring_markup(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "``" not in capsys.readouterr().out


def _parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """``parser`` and every command's parser under it, by prog."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action.choices.values():
                yield from _parsers(choice)


def test_every_argument_and_option_of_every_command_says_what_it_is() -> None:
    """``--help`` has a line for each: a bare ``FILE`` or ``--speech ID`` tells nothing."""
    silent = [
        f"{prog} {'/'.join(action.option_strings) or action.metavar or action.dest}"
        for prog, parser in _parsers(build_parser())
        for action in parser._actions
        if action.help is not argparse.SUPPRESS
        and (not action.help or action.help.strip().lower() in _UNCLEAR)
    ]
    assert silent == []


def test_every_command_is_listed_with_what_it_does() -> None:
    (commands,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    listed = {choice.dest: choice.help for choice in commands._choices_actions}
    assert set(listed) == set(commands.choices)
    assert all(listed.values())


_UNCLEAR = {"repeatable", "yyyy[-mm[-dd]]"}
"""Help texts that name only how an option is given, not what it does."""


@pytest.mark.parametrize(
    ("program", "called"),
    [
        ("/home/li/.venv/bin/pizhu", "pizhu"),
        ("C:/Users/li/venv/Scripts/pizhu.exe", "pizhu"),
        ("/home/li/pizhu/desktop/__main__.py", "python -m desktop"),  # python -m desktop
    ],
)
@pytest.mark.parametrize("command", [[], ["list"]])
def test_help_names_the_command_as_the_user_typed_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    program: str,
    called: str,
    command: list[str],
) -> None:
    """The README's ``pizhu --help`` said "usage: python -m desktop", a command she never typed."""
    monkeypatch.setattr(sys, "argv", [program, *command, "--help"])
    with pytest.raises(SystemExit) as done:
        desktop_main()
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: {' '.join([called, *command])} ")
    if not command:
        assert f"{called} COMMAND --help shows its arguments" in " ".join(out.split())
