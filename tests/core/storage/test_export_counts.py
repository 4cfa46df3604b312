"""The preview's counting query against the full selection, on random libraries and filters:
the same totals, and the same first annotations, whatever the filter and scope."""

from __future__ import annotations

import tempfile
from datetime import UTC, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, AnnotationKind, Color
from desktop.core.export.model import DateField, ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.selection import ExportScope, select, select_head
from desktop.core.importing import import_bytes
from desktop.core.storage.library import Library, open_library

_TAGS = ("金句", "Économie", "économie", "DATA", "提法")
_DAYS = ("2024-01-31T23:30:00Z", "2024-02-01T10:00:00Z", "2024-02-29T16:30:00Z", "2025-07-01")
_SPEECH_DATES = (None, "2016", "2016-04", "2016-04-15", "2024-02-01")


def _speech_file(number: int) -> bytes:
    lines = [f"第{number}篇讲话", "同志们：", "一、提高认识"]
    lines += ["要坚持以人民为中心的发展思想，把各项工作落到实处。"] * 3
    return ("\n".join(lines) + "\n").encode("utf-8")


_notes = st.lists(
    st.tuples(
        st.integers(0, 20),  # which speech (modulo their number)
        st.integers(0, 40),  # where it starts
        st.sampled_from([*Color, None]),
        st.sampled_from([AnnotationKind.HIGHLIGHT, AnnotationKind.NOTE]),
        st.lists(st.sampled_from(_TAGS), max_size=2, unique_by=str.casefold),
        st.sampled_from(_DAYS),
        st.sampled_from(_DAYS),
        st.sampled_from([AnchorState.ANCHORED, AnchorState.ORPHANED]),
        st.booleans(),  # in the trash
    ),
    max_size=30,
)

_filters = st.builds(
    ExportFilter,
    colors=st.frozensets(st.sampled_from(list(Color)), max_size=2),
    tags=st.frozensets(
        st.sampled_from(["金句", "ÉCONOMIE", "data", "ｄａｔａ", "none"]), max_size=2
    ),
    kinds=st.frozensets(st.sampled_from(list(AnnotationKind)), max_size=2),
    date_from=st.sampled_from([None, "2024", "2024-02", "2024-02-01", "2016-04"]),
    date_to=st.sampled_from([None, "2024-02-01", "2024-12-31", "2016-04-15"]),
    date_field=st.sampled_from(list(DateField)),
    include_orphans=st.booleans(),
    zone=st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(-timedelta(hours=5))]),
    words=st.sampled_from([(), ("人民",), ("#金句",), ("économie",), ("发展", "工作")]),
)


def _build(library: Library, notes: list[tuple], trash_second: bool) -> list[int]:
    """Four collections (a speech each) with ``notes`` on them; their speech ids in order."""
    ids: list[int] = []
    for number in range(1, 5):
        report = library.store.import_document(
            import_bytes(_speech_file(number), f"讲话{number}.txt")
        )
        ids += [speech.id for speech in library.store.speeches(report.collection_id)]
    with library.db.transaction() as conn:
        for position, speech_id in enumerate(ids):
            date = _SPEECH_DATES[position % len(_SPEECH_DATES)]
            conn.execute("UPDATE speeches SET date = ? WHERE id = ?", (date, speech_id))
    for which, start, color, kind, tags, created, modified, state, trashed in notes:
        note = library.annotations.create(
            ids[which % len(ids)], kind, start, start + 4, color=color, tags=tags
        )
        with library.db.transaction() as conn:
            conn.execute(
                "UPDATE annotations SET created = ?, modified = ?, state = ? WHERE id = ?",
                (created, modified, state, note.id),
            )
        if trashed:
            library.annotations.delete(note.id)
    if trash_second:
        with library.db.transaction() as conn:
            conn.execute("UPDATE collections SET deleted = '2024-03-01T00:00:00Z' WHERE id = 2")
    return ids


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes=_notes,
    export_filter=_filters,
    scope_kind=st.sampled_from(["library", "collection", "speeches"]),
    trash_second=st.booleans(),
    head=st.integers(0, 12),
)
def test_the_counted_totals_are_the_full_selections(
    notes: list[tuple],
    export_filter: ExportFilter,
    scope_kind: str,
    trash_second: bool,
    head: int,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite"
        with open_library(path, seed=None, daily_backup=False) as library:
            ids = _build(library, notes, trash_second)
            scope = {
                "library": ExportScope(),
                "collection": ExportScope(collection_ids=(1,)),
                "speeches": ExportScope(speech_ids=(ids[3], ids[1])),
            }[scope_kind]
            reader = LibraryReader(library)
            full = select(reader, scope, export_filter)
            counted = select_head(reader, scope, export_filter, head=head)
            assert counted.totals() == full.totals()
            assert counted.annotation_count == full.annotation_count
            assert counted.annotated_speech_count == full.annotated_speech_count
            assert counted.annotations[:head] == full.annotations[:head]
