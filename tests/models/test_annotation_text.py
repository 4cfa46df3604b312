"""Tests for desktop/models/annotation_text.py: quotes, notes, times and states as listed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.annotation_text import (
    format_full_time,
    format_time,
    note_first_line,
    note_preview,
    parse_time,
    short_quote,
    state_label,
)
from tests.machine_zone import machine_zone

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@given(st.text())
def test_short_quote_is_one_line_and_bounded(quote: str) -> None:
    shown = short_quote(quote, 40)
    assert "\n" not in shown
    assert len(shown) <= 40


def test_note_first_line_skips_blank_lines_and_markdown_marks() -> None:
    assert note_first_line("\n\n## 要点\n正文") == "要点"
    assert note_first_line("- 第一条\n- 第二条") == "第一条"
    assert note_first_line("   ") == ""


def test_note_first_line_drops_emphasis_marks_but_keeps_their_words() -> None:
    assert note_first_line("**可作开头**：三个“需要”排比") == "可作开头：三个“需要”排比"
    assert note_first_line("> *引文* 与 `代码`") == "引文 与 代码"
    assert note_first_line("1. 第一条") == "第一条"
    assert note_first_line("3*4=12") == "3*4=12", "a lone star is not emphasis"


def test_a_note_first_line_reads_as_the_search_panel_shows_it() -> None:
    # The dock took 2020. for a list's number (5万人 shown) and showed a link's syntax.
    assert note_first_line("2020.5万人次参加") == "2020.5万人次参加"
    assert note_first_line("见[原文](https://www.gov.cn/)第三段") == "见原文第三段"
    assert note_first_line(r"\*不是强调\*") == "*不是强调*"


def test_a_note_preview_says_more_lines_follow() -> None:
    assert note_preview("第一行\n第二行") == "第一行…"
    assert note_preview("## 要点\n\n- 第一条") == "要点…"
    assert note_preview("只有一行\n\n   \n") == "只有一行", "blank lines are not more"
    assert note_preview("") == ""


@given(st.text())
def test_a_note_preview_is_one_line_starting_with_the_first(note: str) -> None:
    preview = note_preview(note)
    assert len(preview.splitlines()) <= 1
    assert preview.startswith(note_first_line(note))


def test_recent_times_are_relative() -> None:
    assert format_time(_stamp(NOW - timedelta(seconds=20)), NOW) == "just now"
    assert format_time(_stamp(NOW - timedelta(minutes=5)), NOW) == "5 min ago"


def test_older_times_show_the_local_date() -> None:
    long_ago = NOW - timedelta(days=400)
    local = long_ago.astimezone()
    assert format_time(_stamp(long_ago), NOW) == local.strftime("%Y-%m-%d")
    assert format_time("", NOW) == ""
    assert parse_time("not a time") is None


def test_states_have_labels_except_anchored() -> None:
    assert state_label("anchored") == ""
    assert state_label("orphaned") == "not found"


def test_times_are_in_the_machines_zone_not_utc() -> None:
    with machine_zone():  # UTC+08:00
        assert format_full_time("2024-05-01T08:30:00.000000Z") == "2024-05-01 16:30"
        # 23:30 UTC on 31 May is 07:30 on 1 June in Beijing: today there, not yesterday.
        assert format_time("2024-05-31T23:30:00.000000Z", NOW) == "today 07:30"


@pytest.mark.parametrize(
    ("stamp", "zone"), [("9999-12-31T20:00:00Z", "CST-8"), ("0001-01-01T05:00:00Z", "MIN+12")]
)
def test_a_time_the_machines_zone_moves_out_of_the_calendar_is_shown_as_stored(
    stamp: str, zone: str
) -> None:
    with machine_zone(zone):  # UTC+08:00, UTC-12:00
        assert format_time(stamp, NOW) == stamp
        assert format_full_time(stamp) == stamp
