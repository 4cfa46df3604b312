"""View ▸ Sort Library: the order of the library tree's collections.

As imported (the library's own order, the default), by date (each collection's earliest dated
speech; undated ones last, as imported) or by title (as the window collates the user's words,
``collation``). Only the collections move: a collection's speeches keep its file's order, since
a compilation is read in the order it was put together. Loaded after the first frame, which
shows the collections as imported (no dates to read, no collator to make before it).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.records import CollectionRecord
from desktop.models.library_tree import CollectionOrder

AS_IMPORTED = "imported"
BY_DATE = "date"
BY_TITLE = "title"


def collection_order(
    sort: str, first_dates: Callable[[], dict[int, str]]
) -> CollectionOrder | None:
    """How ``sort`` orders the collections (None: as imported); ``first_dates`` gives each
    collection's earliest date, asked each time the collections are read (an import adds one)."""
    if sort == BY_DATE:

        def by_date(records: list[CollectionRecord]) -> list[CollectionRecord]:
            dates = first_dates()
            # sorted() is stable: the undated, and collections of one date, stay as imported.
            return sorted(records, key=lambda r: (r.id not in dates, dates.get(r.id, "")))

        return by_date
    if sort == BY_TITLE:
        from desktop.gui.collation import name_key

        def by_title(records: list[CollectionRecord]) -> list[CollectionRecord]:
            return sorted(records, key=lambda record: name_key(record.title))

        return by_title
    return None
