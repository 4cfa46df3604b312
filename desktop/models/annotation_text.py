"""How an annotation reads in a list: its quote shortened, its note's first line, its time, state.

Plain functions shared by the annotations model, its delegate and the trash, so the same
annotation reads the same wherever it is listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.core.annotation import AnchorState, Color

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

QUOTE_CHARACTERS = 120
"""A quote longer than this is cut with an ellipsis; views elide it further to their width."""


def short_quote(quote: str, limit: int = QUOTE_CHARACTERS) -> str:
    """The quote on one line (line breaks and runs of spaces as one space), cut at ``limit``."""
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def note_first_line(note: str) -> str:
    """The first line of a note that holds text, as it reads: without Markdown's marks."""
    return next(_text_lines(note), "")


def note_preview(note: str) -> str:
    """A note on one line: its first line, ending in "…" when more lines of text follow."""
    lines = _text_lines(note)
    first = next(lines, "")
    # Without the mark a note of several lines read as the one line shown.
    return first + "…" if next(lines, None) is not None else first


def _text_lines(note: str) -> Iterator[str]:
    """The lines of a note that hold text, as they read: the search panel's reading (no
    Markdown marks; a number opening a line without a space after it, 2020.5万人, stays)."""
    from desktop.core.note_reading import reading_lines

    return reading_lines(note)


def parse_time(stamp: str) -> datetime | None:
    """A stored ISO 8601 UTC time (``…Z``) as an aware datetime; None when empty or malformed."""
    if not stamp:
        return None
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


RELATIVE_SPAN = timedelta(hours=1)
"""How long after it a time is shown relative to now (刚刚, 5 分钟前): a new text each minute."""


def format_time(stamp: str, now: datetime | None = None) -> str:
    """A stored time in local time: relative when recent (刚刚, 5 分钟前), else a date and time."""
    moment = parse_time(stamp)
    if moment is None:
        return ""
    now = now or datetime.now(UTC)
    local, local_now = _in_local_zone(moment), now.astimezone()
    if local is None:
        return stamp
    age = now - moment
    if timedelta(0) <= age < timedelta(minutes=1):
        return translate("AnnotationText", "just now")
    if timedelta(0) <= age < RELATIVE_SPAN:
        minutes = int(age.total_seconds()) // 60
        return translate("AnnotationText", "%1 min ago").replace("%1", str(minutes))
    clock = _local(local).toString("HH:mm")
    days = (local_now.date() - local.date()).days
    if days == 0:
        return translate("AnnotationText", "today %1").replace("%1", clock)
    if days == 1:
        return translate("AnnotationText", "yesterday %1").replace("%1", clock)
    if local.year == local_now.year:
        return _locale_format(local, translate("AnnotationText", "MMM d"))
    return _locale_format(local, translate("AnnotationText", "yyyy-MM-dd"))


def ageing_since(last: datetime | None, now: datetime) -> Callable[[str], bool] | None:
    """Which stored times ``format_time`` may show otherwise at ``now`` than at ``last``.

    None for every one: no reading before, the clock went back, or the local day changed
    (today's, yesterday's and this year's texts move with it). Else a test of a stamp, true
    for those still shown relative at ``last`` (or in the future then).
    """
    if last is None or now < last or last.astimezone().date() != now.astimezone().date():
        return None
    since = last - RELATIVE_SPAN
    # Most stamps are far older: their date alone rules them out, without parsing them (a
    # stamp's own date is within a day of its UTC one; an empty or malformed one never ages).
    day = (since - timedelta(days=1)).astimezone(UTC).date().isoformat()

    def ageing(stamp: str) -> bool:
        if stamp[:10] < day:
            return False
        moment = parse_time(stamp)
        return moment is not None and moment >= since

    return ageing


def format_full_time(stamp: str) -> str:
    """A stored time in local time, date and minutes, for tooltips."""
    moment = parse_time(stamp)
    local = None if moment is None else _in_local_zone(moment)
    if local is None:
        return "" if moment is None else stamp
    return _locale_format(local, translate("AnnotationText", "yyyy-MM-dd HH:mm"))


def _in_local_zone(moment: datetime) -> datetime | None:
    """``moment`` in the machine's zone; None where that leaves the calendar's years 1 to
    9999 (9999-12-31T20:00Z at +08:00, a time another tool wrote): the stored time is then
    shown as it is, as the exports show it (``export.times.in_zone``)."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError):
        return None


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _locale_format(moment: datetime, pattern: str) -> str:
    return QLocale().toString(_local(moment), pattern)


def state_label(state: str) -> str:
    """What an anchor state means to the user; empty for an annotation where it was made."""
    labels = {
        AnchorState.MOVED: translate("AnnotationText", "moved"),
        AnchorState.FUZZY: translate("AnnotationText", "approximate"),
        AnchorState.ORPHANED: translate("AnnotationText", "not found"),
    }
    return labels.get(state, "")


def state_explanation(state: str) -> str:
    """A sentence on what the state means, for tooltips."""
    explanations = {
        AnchorState.MOVED: translate(
            "AnnotationText", "The text changed; the passage was found at another place."
        ),
        AnchorState.FUZZY: translate(
            "AnnotationText", "The text changed; a similar passage was found. Check it."
        ),
        AnchorState.ORPHANED: translate(
            "AnnotationText",
            "The text changed and the passage was not found. Its quote and note are kept.",
        ),
    }
    return explanations.get(state, "")


def words_changed_label() -> str:
    """The small mark on a row whose words changed since they were marked."""
    return translate("AnnotationText", "words changed")


def marked_quote_text(marked_quote: str | None) -> str:
    """The words first marked, for an annotation whose words changed; empty otherwise."""
    if not marked_quote:
        return ""
    words = short_quote(marked_quote, 300)
    return translate("AnnotationText", "Originally marked: “%1”").replace("%1", words)


def color_name(color: str | None) -> str:
    """A highlight colour's name in the UI language ("黄色", "Yellow"); empty when none.

    Colour is never the only sign of a highlight: lists, tooltips and screen readers say it.
    """
    names = {
        Color.YELLOW: translate("AnnotationText", "Yellow"),
        Color.GREEN: translate("AnnotationText", "Green"),
        Color.BLUE: translate("AnnotationText", "Blue"),
        Color.PINK: translate("AnnotationText", "Pink"),
        Color.PURPLE: translate("AnnotationText", "Purple"),
    }
    return names.get(color, "") if color else ""


def color_word(color: str) -> str:
    """A highlight colour's name as a word within a sentence ("yellow", "黄色"): Show only
    yellow highlights."""
    words = {
        Color.YELLOW: translate("AnnotationText", "yellow"),
        Color.GREEN: translate("AnnotationText", "green"),
        Color.BLUE: translate("AnnotationText", "blue"),
        Color.PINK: translate("AnnotationText", "pink"),
        Color.PURPLE: translate("AnnotationText", "purple"),
    }
    return words.get(color, "")


def spoken_row(
    color: str | None,
    quote: str,
    note: str,
    tags: tuple[str, ...],
    marked_quote: str | None = None,
) -> str:
    """What a screen reader says for an annotation's row: "黄色 · 摘录 · 批注 · 标签", with the
    words first marked after the quote when they changed."""
    parts = (
        color_name(color),
        short_quote(quote, 300),
        marked_quote_text(marked_quote),
        note_first_line(note),
        "、".join(tags),
    )
    return " · ".join(part for part in parts if part)
