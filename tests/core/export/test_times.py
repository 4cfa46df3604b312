"""Stored UTC times shown in the export's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.export import times
from desktop.core.export.words import ENGLISH_WORDS
from tests.machine_zone import machine_zone

BEIJING = timezone(timedelta(hours=8))
STAMP = "2024-05-01T08:30:00.123456Z"


def test_display_time_is_local_to_the_minute() -> None:
    assert times.display_time(STAMP, BEIJING) == "2024-05-01 16:30"
    assert times.display_time(STAMP) == "2024-05-01 08:30"
    assert times.display_time("2024-04-30T23:59:00Z", BEIJING) == "2024-05-01 07:59"  # next day


def test_strings_that_are_not_times_come_back_unchanged() -> None:
    for text in ("2024-05-01", "", "昨天", "2024-05-01Tnonsense"):
        assert times.display_time(text, BEIJING) == text
        assert times.local_iso(text, BEIJING) == text


def test_a_time_without_a_zone_is_taken_as_utc() -> None:
    assert times.display_time("2024-05-01T08:30:00", BEIJING) == "2024-05-01 16:30"


def test_local_iso_carries_the_offset_and_z_at_utc() -> None:
    assert times.local_iso(STAMP, BEIJING) == "2024-05-01T16:30:00+08:00"
    assert times.local_iso(STAMP, UTC) == "2024-05-01T08:30:00Z"
    assert times.local_iso(STAMP, timezone(timedelta(hours=-5))) == "2024-05-01T03:30:00-05:00"


def test_local_date_is_the_day_in_the_zone() -> None:
    assert times.local_date("2024-04-30T20:00:00Z", BEIJING) == "2024-05-01"
    assert times.local_date("2024-04-30T20:00:00Z", UTC) == "2024-04-30"
    assert times.local_date("2024-05-01", BEIJING) == "2024-05-01"


def test_zone_label_names_the_offset() -> None:
    assert times.zone_label(UTC) == "UTC"
    assert times.zone_label(BEIJING) == "UTC+08:00"
    assert times.zone_label(timezone(timedelta(hours=-3, minutes=-30))) == "UTC-03:30"
    assert times.zone_label(timezone(timedelta(hours=5, minutes=45))) == "UTC+05:45"


def test_zone_label_takes_the_offset_at_the_time_given() -> None:
    try:
        berlin = ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone database")
    assert times.zone_label(berlin, "2024-01-15T12:00:00Z") == "UTC+01:00"
    assert times.zone_label(berlin, "2024-07-15T12:00:00Z") == "UTC+02:00"


def test_stamped_and_exported_note_say_the_zone() -> None:
    assert times.stamped(STAMP, BEIJING) == "2024-05-01 16:30（UTC+08:00）"
    assert times.exported_note(STAMP, BEIJING) == "导出于 2024-05-01 16:30 · 时间均为 UTC+08:00"
    assert times.zone_note(UTC) == "时间均为 UTC"


def test_the_zone_lines_in_english() -> None:
    english = ENGLISH_WORDS
    assert times.stamped(STAMP, BEIJING, english) == "2024-05-01 16:30 (UTC+08:00)"
    assert times.exported_note(STAMP, BEIJING, english) == (
        "Exported 2024-05-01 16:30 · All times are UTC+08:00"
    )
    assert times.zone_note(UTC, words=english) == "All times are UTC"


def test_local_zone_is_the_machines() -> None:
    with machine_zone():
        assert times.local_zone().utcoffset(None) == timedelta(hours=8)
    with machine_zone("UTC0"):
        assert times.local_zone().utcoffset(None) == timedelta(0)


_MOMENTS = st.datetimes(datetime(1970, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC))


@given(_MOMENTS, st.integers(-12 * 60, 14 * 60))
def test_local_iso_names_the_same_moment(moment: datetime, minutes: int) -> None:
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    zone = timezone(timedelta(minutes=minutes))
    shown = datetime.fromisoformat(times.local_iso(stamp, zone))
    assert shown == moment.replace(microsecond=0)
    assert times.display_time(stamp, zone) == shown.strftime("%Y-%m-%d %H:%M")


_STAMP_FORMS = st.sampled_from(
    ["%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%d"]
)


@given(_MOMENTS, st.integers(-12 * 60, 14 * 60), _STAMP_FORMS)
def test_the_converter_for_many_times_says_what_local_iso_says(
    moment: datetime, minutes: int, form: str
) -> None:
    stamp = moment.strftime(form)
    for zone in (timezone(timedelta(minutes=minutes)), UTC):
        assert times.iso_converter(zone)(stamp) == times.local_iso(stamp, zone)


@given(st.text(max_size=30))
def test_the_converter_leaves_what_is_not_a_time(text: str) -> None:
    assert times.iso_converter(BEIJING)(text) == times.local_iso(text, BEIJING)
    assert times.iso_converter(UTC)(text) == times.local_iso(text, UTC)


def test_the_converter_follows_a_zone_with_summer_time() -> None:
    try:
        zone = ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone database here")
    convert = times.iso_converter(zone)
    assert convert("2024-07-01T08:30:00Z") == "2024-07-01T10:30:00+02:00"
    assert convert("2024-01-01T08:30:00Z") == "2024-01-01T09:30:00+01:00"


@given(_MOMENTS, st.integers(-12 * 3600, 14 * 3600), _STAMP_FORMS)
def test_the_display_converter_says_what_display_time_says(
    moment: datetime, seconds: int, form: str
) -> None:
    stamp = moment.strftime(form)
    for zone in (timezone(timedelta(seconds=seconds)), UTC):
        assert times.display_converter(zone)(stamp) == times.display_time(stamp, zone)


# Where a shortcut would part from display_time: a year strftime writes without its zero, a
# day that is not in the calendar, the calendar's last day moved on, an offset of fractions of a
# second (the dropped fraction then reaches the minute), digits that are not ASCII.
_DISPLAY_EDGES = [
    "0999-05-01T08:30:00Z",
    "1000-01-01T00:10:00Z",
    "2024-02-30T08:30:00Z",
    "2024-05-01T24:00:00Z",
    "9999-12-31T20:00:00Z",
    "2024-05-01T08:30:59.900000Z",
    "２０２４-05-01T08:30:00Z",
    "2024-05-01T08:30:00+08:00",
    "昨天",
    "",
]


@pytest.mark.parametrize("stamp", _DISPLAY_EDGES)
def test_the_display_converter_keeps_display_times_edges(stamp: str) -> None:
    zones = (UTC, BEIJING, timezone(-timedelta(minutes=30)), timezone(timedelta(seconds=0.2)))
    for zone in zones:
        try:
            expected = times.display_time(stamp, zone)
        except OverflowError:
            with pytest.raises(OverflowError):
                times.display_converter(zone)(stamp)
            continue
        assert times.display_converter(zone)(stamp) == expected, zone


def _outcome(convert: Callable[[], str]) -> str:
    """What a conversion gives, or the name of what it raised (both must raise alike)."""
    try:
        return convert()
    except (OverflowError, ValueError) as error:
        return type(error).__name__


# Stamps in the stored form whose fields may leave the calendar, with or without a fraction,
# some with a digit that is not ASCII (``\d`` matches it; ``fromisoformat`` refuses it).
_ODD_STAMPS = st.builds(
    lambda year, month, day, hour, minute, second, fraction: (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{fraction}Z"
    ),
    st.sampled_from([1, 999, 1000, 2024, 9999]),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 60),
    st.integers(0, 61),
    st.sampled_from(["", ".5", ".9", ".123456", ".999999"]),
)
_FOREIGN_DIGITS = st.sampled_from("٠٥९２")


@st.composite
def _odd_stamp(draw: st.DrawFn) -> str:
    stamp = draw(_ODD_STAMPS)
    if draw(st.booleans()):
        place = draw(st.sampled_from([i for i, c in enumerate(stamp) if c.isdigit()]))
        stamp = stamp[:place] + draw(_FOREIGN_DIGITS) + stamp[place + 1 :]
    return stamp


_ODD_ZONES = st.one_of(
    st.just(UTC),
    st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes))),
    st.integers(-86_399_999_999, 86_399_999_999).map(
        lambda micro: timezone(timedelta(microseconds=micro))
    ),
)


@given(_odd_stamp(), _ODD_ZONES)
def test_the_converter_agrees_with_local_iso_on_any_stored_looking_stamp(
    stamp: str, zone: timezone
) -> None:
    expected = _outcome(lambda: times.local_iso(stamp, zone))
    assert _outcome(lambda: times.iso_converter(zone)(stamp)) == expected


# Where iso_converter's shortcut parted from local_iso: a day not in the calendar (with and
# without a fraction), hour 24, digits that are not ASCII, offsets of seconds or fractions.
_ISO_EDGES = [
    "2024-02-30T08:00:00.5Z",
    "2024-02-30T08:00:00Z",
    "2024-05-01T24:00:00Z",
    "２０２４-05-01T08:30:00.5Z",
    "2024-05-01T08:30:0٥Z",
    "2024-05-01T08:30:59.900000Z",
    "0999-05-01T08:30:00Z",
    "9999-12-31T20:00:00Z",
    "0001-01-01T00:10:00Z",
]


@pytest.mark.parametrize("stamp", _ISO_EDGES)
def test_the_converter_keeps_local_isos_edges(stamp: str) -> None:
    zones = (
        UTC,
        BEIJING,
        timezone(-timedelta(minutes=30)),
        timezone(timedelta(seconds=30)),
        timezone(timedelta(seconds=0.2)),
    )
    for zone in zones:
        expected = _outcome(lambda zone=zone: times.local_iso(stamp, zone))
        assert _outcome(lambda zone=zone: times.iso_converter(zone)(stamp)) == expected, zone


# Times an annotation import accepts (another tool wrote them) that a zone moves out of the
# calendar's years 1 to 9999: shown as stored, never an OverflowError.
MINUS_12 = timezone(timedelta(hours=-12))
_BEYOND = [("9999-12-31T20:00:00Z", BEIJING), ("0001-01-01T05:00:00.5Z", MINUS_12)]


@pytest.mark.parametrize(("stamp", "zone"), _BEYOND)
def test_a_time_the_zone_moves_out_of_the_calendar_is_shown_as_stored(
    stamp: str, zone: timezone
) -> None:
    moment = times.parse_stamp(stamp)
    assert moment is not None
    assert times.in_zone(moment, zone) is None
    assert times.display_time(stamp, zone) == stamp
    assert times.display_converter(zone)(stamp) == stamp
    assert times.local_iso(stamp, zone) == stamp
    assert times.iso_converter(zone)(stamp) == stamp
    assert times.local_date(stamp, zone) == stamp[:10]
    assert times.stamped(stamp, zone) == stamp, "its Z says its zone"
    assert times.zone_label(zone, stamp) == times.zone_label(zone)


def test_a_time_at_the_calendars_edge_the_zone_keeps_in_it_is_converted() -> None:
    assert times.display_time("9999-12-31T15:59:00Z", BEIJING) == "9999-12-31 23:59"
    assert times.local_iso("0001-01-01T12:00:00Z", MINUS_12) == "0001-01-01T00:00:00-12:00"
