"""What tells apart collections that bear one title: a draft and its final version, say.

Two files called 政府工作报告 stay two collections, and a list of titles shows them as one. Where
titles clash, each collection is told apart by its file's name (without the folders), or, when
the files' names are the same too, by when it was imported: the day, or the day and the minute
when both came the same day. The library tree's second line, the annotations dock's group
headings and the breadcrumb all say it, worded by ``desktop.models.collection_labels``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import PureWindowsPath

from desktop.core.records import CollectionRecord

_URL_SCHEME_END = "://"


@dataclass(frozen=True, slots=True)
class CollectionDistinction:
    """What tells a collection from another of its title: ``file_name`` when that differs,
    else ``imported`` (local time), to the minute when ``with_time``."""

    file_name: str = ""
    imported: datetime | None = None
    with_time: bool = False


def file_name_of(source: str | None) -> str:
    """The file a collection came from, without its folders (a URL as it is)."""
    if not source:
        return ""
    if _URL_SCHEME_END in source:
        return source
    return PureWindowsPath(source).name  # splits on both / and \


def title_key(title: str) -> str:
    """A title as compared for a clash: trimmed and casefolded."""
    return title.strip().casefold()


def clashing_titles(titles: Iterable[str]) -> set[str]:
    """The title keys (``title_key``) borne by more than one of ``titles``."""
    counts = Counter(title_key(title) for title in titles)
    return {key for key, count in counts.items() if count > 1}


def collection_distinctions(
    collections: Sequence[CollectionRecord], zone: tzinfo | None = None
) -> dict[int, CollectionDistinction]:
    """For each collection whose title another of ``collections`` bears, what tells it apart;
    the others are left out. Times are in ``zone`` (this machine's when None)."""
    clashes = clashing_titles(record.title for record in collections)
    groups: dict[str, list[CollectionRecord]] = {}
    for record in collections:
        key = title_key(record.title)
        if key in clashes:
            groups.setdefault(key, []).append(record)
    found: dict[int, CollectionDistinction] = {}
    for group in groups.values():
        found.update(_group_distinctions(group, zone))
    return found


def _group_distinctions(
    group: list[CollectionRecord], zone: tzinfo | None
) -> dict[int, CollectionDistinction]:
    """The distinctions within one group of same-titled collections."""
    names = Counter(file_name_of(record.source).casefold() for record in group)
    times = {record.id: _local_time(record.imported, zone) for record in group}
    days = Counter(moment.date() for moment in times.values() if moment is not None)
    found = {}
    for record in group:
        name = file_name_of(record.source)
        if name and names[name.casefold()] == 1:
            found[record.id] = CollectionDistinction(file_name=name)
            continue
        moment = times[record.id]
        shared_day = moment is not None and days[moment.date()] > 1
        found[record.id] = CollectionDistinction(imported=moment, with_time=shared_day)
    return found


def _local_time(stamp: str, zone: tzinfo | None) -> datetime | None:
    """A stored ISO 8601 time in ``zone``; None when empty or malformed."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone)
