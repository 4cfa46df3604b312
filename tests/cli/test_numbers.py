"""Tests for desktop/cli/numbers.py: an option's number of things, refused in a user's words."""

from __future__ import annotations

import pytest

from tests.cli.run_cli import run_cli


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["search", "效能", "--width", "x"], "argument --width: 'x' is not a whole number"),
        (["search", "效能", "--limit", "-1"], "argument --limit: must be 0 or more"),
        (["compare", "1", "2", "--context", "2.5"], "argument --context: '2.5' is not a whole"),
        (["keywords", "--top", "0"], "argument --top: must be 1 or more"),
        (["keywords", "--top", "十"], "argument --top: '十' is not a whole number"),
    ],
)
def test_a_number_that_is_not_one_is_refused_naming_the_option_not_our_function(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    """argparse named the type function: "invalid _count value: 'x'"."""
    status, out, err = run_cli(capsys, *argv)
    assert (status, out) == (2, "")
    assert said in err
    assert "_count" not in err
    assert "_positive" not in err
