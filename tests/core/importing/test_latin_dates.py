"""English dates on a line of their own: the day an English speech was given."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.dates import date_line
from desktop.core.importing.latin_dates import latin_date_line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("January 5, 2024", "2024-01-05"),
        ("5 January 2024", "2024-01-05"),
        ("Jan. 5, 2024", "2024-01-05"),
        ("Sept. 30, 2023", "2023-09-30"),
        ("Dec 1 1999", "1999-12-01"),
        ("Friday, 5th January 2024", "2024-01-05"),
        ("Wednesday, March 13, 2024", "2024-03-13"),
        ("5th of January 2024", "2024-01-05"),
        ("New York, 21 September 2023", "2023-09-21"),
        ("(Strasbourg, 13 September 2023)", "2023-09-13"),
        ("  November 11, 1918.  ", "1918-11-11"),
    ],
)
def test_an_english_date_alone_is_a_date_line(line: str, iso: str) -> None:
    assert latin_date_line(line) == iso
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "We met on January 5, 2024",  # a sentence naming a day
        "In January 5, 2024",
        "February 30, 2024",  # no such day
        "Chapter 5, 2024",
        "Mayday 5 2024",
        "Report on the Work of the Government",
        "January 2024",  # a month: no day to date a speech by
    ],
)
def test_a_line_that_is_more_or_less_than_a_day_is_no_english_date(line: str) -> None:
    assert latin_date_line(line) is None
    assert date_line(line) is None


_BODY = (
    "It is a great honour to address this Assembly today. We meet at a time of great "
    "challenges, and we must work together for peace and development.\n\n"
    "Let me begin with the situation of the world economy, which has slowed this year.\n"
)


@pytest.mark.parametrize(
    "day", ["January 5, 2024", "5 January 2024", "Jan. 5, 2024", "2024-01-05", "Friday, 5 Jan 2024"]
)
def test_an_english_speech_is_dated_by_the_day_under_its_title(day: str) -> None:
    text = f"Address to the General Assembly\n\n{day}\n\n{_BODY}"
    (speech,) = import_bytes(text.encode(), "address.txt").speeches
    assert speech.date == "2024-01-05"
    assert speech.title == "Address to the General Assembly"
    assert speech.text.startswith(f"Address to the General Assembly\n{day}\nIt is a great")
