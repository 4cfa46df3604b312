"""desktop/cli/wording.py: counts read as English; help text without docstring markup, and
saying what every argument and option is."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

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
