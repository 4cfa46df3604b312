"""desktop/cli/wording.py: counts read as English, help text without docstring markup."""

from __future__ import annotations

import pytest

from desktop.cli import main
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
