"""Times in exports: stored in UTC, shown in the reader's zone.

Annotations keep ISO 8601 UTC times (``2024-05-01T08:30:00.123456Z``). A person reads an export in
their own zone, so the human-readable writers convert with the zone the export was given
(``ExportSet.zone``), chosen once by whoever asked for the export: the machine's zone
(``local_zone``) for the dialog and the command line, UTC for ``--utc`` and for tests that want
fixed files. The writers state the zone once (``zone_label``) rather than after every time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from desktop.core.export.words import CHINESE_WORDS, ExportWords


def local_zone() -> tzinfo:
    """This machine's time zone now, as a fixed offset (what an export made now should use)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def parse_stamp(stamp: str) -> datetime | None:
    """A stored ISO time as an aware datetime (UTC when it names no zone); None if it is none."""
    if len(stamp) < 16 or stamp[10] not in "T ":
        return None  # a bare date ("2024-05-01") is a day, not a moment: nothing to convert
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def in_zone(moment: datetime, zone: tzinfo | None) -> datetime | None:
    """``moment`` in ``zone`` (the machine's when None); None where that falls outside the
    calendar's years 1 to 9999 (9999-12-31T20:00Z at +08:00): the stored time is then shown
    as it is, in every export and in the window, never a made-up one."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        return None


def display_time(stamp: str, zone: tzinfo = UTC) -> str:
    """``2024-05-01T08:30:00Z`` in ``zone`` to the minute (``2024-05-01 16:30`` at +08:00);
    a string that is not a time comes back unchanged."""
    moment = parse_stamp(stamp)
    shown = None if moment is None else in_zone(moment, zone)
    return stamp if shown is None else shown.strftime("%Y-%m-%d %H:%M")


def local_iso(stamp: str, zone: tzinfo = UTC) -> str:
    """An ISO time with its offset in ``zone``, to the second (``2024-05-01T16:30:00+08:00``,
    ``…Z`` at UTC, as stored); a string that is not a time comes back unchanged."""
    moment = parse_stamp(stamp)
    shown = None if moment is None else in_zone(moment, zone)
    if shown is None:
        return stamp
    text = shown.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


# How the app stores a moment: UTC to the second or below, with a Z. ASCII digits only: ``\d``
# would take ``２`` or ``٥``, which ``fromisoformat`` refuses (the stamp is then no time).
_STORED_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z")


def iso_converter(zone: tzinfo = UTC) -> Callable[[str], str]:
    """``local_iso`` in ``zone`` for the many times of one export (a CSV has two a row).

    The export's zone is a fixed offset (``local_zone``), so a time stored in the app's own
    form needs no zone arithmetic: the offset is added to the seconds and its text appended,
    about two thirds of ``local_iso``'s cost (at UTC the stored text is cut to the second).
    Only for an offset of whole minutes (one of seconds or below moves the fraction dropped
    and is written with its seconds) and a stamp that is a day of the calendar (else
    ``local_iso`` gives it back unchanged); anything else goes through ``local_iso``, so both
    give the same text."""
    offset = zone.utcoffset(None) if isinstance(zone, timezone) else None
    if offset is None or offset % timedelta(minutes=1):
        return lambda stamp: local_iso(stamp, zone)
    moment = datetime.fromisoformat
    if not offset:

        def cut(stamp: str) -> str:
            if _STORED_UTC.fullmatch(stamp):
                try:
                    moment(stamp[:19])  # 2024-02-30 is no day: local_iso leaves it whole
                except ValueError:
                    return stamp
                return stamp[:19] + "Z"
            return local_iso(stamp, zone)

        return cut
    suffix = zone_label(zone).removeprefix("UTC")

    def convert(stamp: str) -> str:
        if not _STORED_UTC.fullmatch(stamp):
            return local_iso(stamp, zone)
        try:
            start = moment(stamp[:19])
            return (start + offset).isoformat() + suffix
        except ValueError:  # not a day of the calendar: local_iso gives it back unchanged
            return stamp
        except OverflowError:  # the offset leaves the calendar: as local_iso has it
            return stamp

    return convert


def display_converter(zone: tzinfo = UTC) -> Callable[[str], str]:
    """``display_time`` in ``zone`` for the many times of one export, as ``iso_converter`` is
    ``local_iso``'s: a stored UTC time takes a fixed offset without zone arithmetic.

    Only where both give the same text: ASCII digits, a year from 1001 to 9998 (``strftime``
    writes a year before 1000 without its zero, and the offset must not leave the calendar) and
    an offset of whole seconds (the stamp's fraction, dropped, cannot then reach the minute)."""
    offset = zone.utcoffset(None) if isinstance(zone, timezone) else None
    if offset is None or offset.microseconds:
        return lambda stamp: display_time(stamp, zone)
    moment = datetime.fromisoformat

    def convert(stamp: str) -> str:
        if "1001" <= stamp[:4] <= "9998" and _STORED_UTC.fullmatch(stamp):
            try:
                return (moment(stamp[:19]) + offset).isoformat(" ", "minutes")
            except ValueError:  # not a day of the calendar (2024-02-30): as display_time has it
                pass
        return display_time(stamp, zone)

    return convert


def local_date(stamp: str, zone: tzinfo = UTC) -> str:
    """The day (``YYYY-MM-DD``) a stored time falls on in ``zone``; a date stays as it is."""
    moment = parse_stamp(stamp)
    shown = None if moment is None else in_zone(moment, zone)
    return stamp[:10] if shown is None else shown.date().isoformat()


def zone_label(zone: tzinfo, at: str = "") -> str:
    """The zone as a reader knows it: ``UTC`` or ``UTC+08:00`` (its offset at the time ``at``,
    which matters where summer time moves it; now when ``at`` is not a time)."""
    moment = parse_stamp(at)
    shown = None if moment is None else in_zone(moment, zone)
    if shown is None:  # no time, or one the zone cannot show: the offset now
        shown = datetime.now(UTC).astimezone(zone)
    offset = shown.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_note(zone: tzinfo, at: str = "", words: ExportWords = CHINESE_WORDS) -> str:
    """The sentence an export says once about its times: ``时间均为 UTC+08:00``."""
    return words.zone_note.format(zone=zone_label(zone, at))


def stamped(stamp: str, zone: tzinfo = UTC, words: ExportWords = CHINESE_WORDS) -> str:
    """A time with its zone, for a line that stands alone: ``2024-05-01 16:30（UTC+08:00）``."""
    shown = display_time(stamp, zone)
    if shown == stamp and stamp:
        return stamp
    return words.stamped.format(time=shown, zone=zone_label(zone, stamp))


def exported_note(generated: str, zone: tzinfo = UTC, words: ExportWords = CHINESE_WORDS) -> str:
    """The line under a list export's title: when it was made, and the zone its times are in."""
    note = zone_note(zone, generated, words)
    return words.exported.format(time=display_time(generated, zone), zone_note=note)
