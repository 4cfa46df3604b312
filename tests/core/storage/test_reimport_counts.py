"""What a re-import reports about the annotations it checked: every live one counted once."""

from __future__ import annotations

from pathlib import Path

from desktop.core.storage.library import open_library
from tests.core.storage.documents import make_document, sample_paragraphs

P = sample_paragraphs()


def _start(paragraphs: list[str], paragraph: int, title: str = "讲话1") -> int:
    return len(title) + 1 + sum(len(p) + 1 for p in paragraphs[:paragraph]) + 4


def test_words_pushed_up_by_a_deleted_paragraph_count_as_anchored(library_path: Path) -> None:
    """Words the diff maps untouched to a new offset are anchored, not "moved" for the user to
    confirm (a deleted paragraph made every later one "moved": 38 of 40); trashed orphans are
    counted apart from live ones."""
    paragraphs = list(P[:4])
    library = open_library(library_path, seed=lambda: make_document([paragraphs]))
    speech_id = library.store.speeches(1)[0].id
    create = library.annotations.create
    starts = [_start(paragraphs, n) for n in range(4)]
    create(speech_id, start=starts[0], end=starts[0] + 12, note="不动")
    up = create(speech_id, start=starts[2], end=starts[2] + 12, note="上移")
    create(speech_id, start=starts[3], end=starts[3] + 12, note="也上移")
    gone = create(speech_id, start=starts[1], end=starts[1] + 12, note="段落删掉了")
    trashed = create(speech_id, start=starts[1] + 20, end=starts[1] + 32, note="已在回收站")
    library.annotations.delete(trashed.id)

    report = library.store.import_document(make_document([[P[0], P[2], P[3]]]))

    assert report.anchors == {"anchored": 3, "orphaned": 1}
    assert report.trashed_orphaned == 1
    assert library.annotations.get(gone.id).state == "orphaned"
    pushed = library.annotations.get(up.id)
    assert (pushed.state, pushed.start) == ("anchored", starts[2] - len(P[1]) - 1)
    library.close()


def test_the_state_stored_is_the_state_counted(library_path: Path) -> None:
    """Words found in a paragraph moved elsewhere are stored as moved, as the report counts
    them; text left alone keeps the state; a later change that leaves them where they stand
    anchors them."""
    paragraphs = list(P[:4])
    library = open_library(library_path, seed=lambda: make_document([paragraphs]))
    speech_id = library.store.speeches(1)[0].id
    start = _start(paragraphs, 1)
    pushed = library.annotations.create(speech_id, start=start, end=start + 12, note="移到最后")
    stays = library.annotations.create(speech_id, start=4, end=10, note="标题后")
    moved = [P[0], P[2], P[3], P[1]]  # its paragraph put last
    report = library.store.import_document(make_document([moved]))
    assert report.anchors == {"moved": 1, "anchored": 1}
    assert library.annotations.get(pushed.id).state == "moved"
    assert library.annotations.get(stays.id).state == "anchored"

    unchanged = library.store.import_document(make_document([moved]))
    assert unchanged.anchors == {}
    assert library.annotations.get(pushed.id).state == "moved"

    report = library.store.import_document(make_document([[*moved, P[4]]]))
    assert report.anchors == {"anchored": 2}
    assert library.annotations.get(pushed.id).state == "anchored"
    library.close()
