"""The words first marked: kept when re-anchoring or a re-attach changes an annotation's quote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.annotation import AnchorState
from desktop.core.storage.annotation_values import first_marked
from desktop.core.storage.database import Database
from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import make_document, sample_paragraphs

MARKED = "效率就是生产力"
LEAD = "我们常说，时间就是金钱，"
TAIL = "，这是多年来反复证明了的道理，大家一定要记住。"


def _document(phrase: str, *, extra: str = "") -> object:
    """One speech: two sample paragraphs around a sentence holding ``phrase``."""
    paragraphs = sample_paragraphs()
    middle = LEAD + phrase + TAIL + extra
    return make_document([[paragraphs[0], middle, paragraphs[1]]], source="/data/效率.txt")


@pytest.fixture
def marked(library_path: Path) -> tuple[Library, str]:
    """A library of one speech with a highlight on MARKED; the highlight's id."""
    library = open_library(library_path, seed=lambda: _document(MARKED))
    speech = library.store.speeches(1)[0]
    start = library.store.speech_text(speech.id).index(MARKED)
    made = library.annotations.create(speech.id, start=start, end=start + len(MARKED))
    yield library, made.id
    library.close()


def test_a_fuzzy_reanchor_keeps_the_words_first_marked(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    library.store.import_document(_document("效率就是战斗力"))
    found = library.annotations.get(annotation_id)
    assert (found.state, found.exact) == (AnchorState.FUZZY, "效率就是战斗力")
    assert found.marked_quote == MARKED


def test_the_first_marked_words_stay_when_they_change_again(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    library.store.import_document(_document("效率就是战斗力"))
    library.store.import_document(_document("效率才是战斗力"))
    found = library.annotations.get(annotation_id)
    assert (found.state, found.exact) == (AnchorState.FUZZY, "效率才是战斗力")
    assert found.marked_quote == MARKED


def test_exact_and_moved_reanchors_keep_no_marked_quote(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    paragraphs = sample_paragraphs()
    moved = make_document(
        [[paragraphs[2], paragraphs[0], LEAD + MARKED + TAIL, paragraphs[1]]],
        source="/data/效率.txt",
    )
    library.store.import_document(moved)
    found = library.annotations.get(annotation_id)
    assert found.exact == MARKED
    assert found.state in (AnchorState.ANCHORED, AnchorState.MOVED)
    assert found.marked_quote is None


def test_an_orphan_keeps_its_quote_and_no_marked_quote(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    paragraphs = sample_paragraphs()
    library.store.import_document(
        make_document([[paragraphs[0], paragraphs[1]]], source="/data/效率.txt")
    )
    found = library.annotations.get(annotation_id)
    assert (found.state, found.exact, found.marked_quote) == (AnchorState.ORPHANED, MARKED, None)


def test_reattaching_an_orphan_keeps_the_words_first_marked(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    library.store.import_document(_document("效率就是战斗力"))
    with library.db.transaction() as conn:
        conn.execute("UPDATE annotations SET state = 'orphaned', start_pos = NULL, end_pos = NULL")
    speech_id = library.annotations.get(annotation_id).speech_id
    start = library.store.speech_text(speech_id).index("时间就是金钱")
    attached = library.annotations.reattach(annotation_id, start, start + 6)
    assert (attached.exact, attached.marked_quote) == ("时间就是金钱", MARKED)


def test_reattaching_an_orphan_to_other_words_keeps_what_it_was_made_on(
    marked: tuple[Library, str],
) -> None:
    library, annotation_id = marked
    speech_id = library.annotations.get(annotation_id).speech_id
    start = library.store.speech_text(speech_id).index("时间就是金钱")
    attached = library.annotations.reattach(annotation_id, start, start + 6)
    assert attached.marked_quote == MARKED
    back = library.annotations.reattach(annotation_id, *_range_of(library, speech_id, MARKED))
    assert (back.exact, back.marked_quote) == (MARKED, None), "the words are as marked again"


def _range_of(library: Library, speech_id: int, words: str) -> tuple[int, int]:
    start = library.store.speech_text(speech_id).index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("before", "marked", "now", "kept"),
    [
        ("甲乙", None, "甲丙", "甲乙"),
        ("甲丙", "甲乙", "甲丁", "甲乙"),
        ("甲乙", None, "甲乙", None),
        ("甲丙", "甲乙", "甲乙", None),
        ("", None, "甲乙", None),
    ],
)
def test_first_marked(before: str, marked: str | None, now: str, kept: str | None) -> None:
    assert first_marked(before, marked, now) == kept


def test_undo_of_a_change_puts_the_marked_quote_back(marked: tuple[Library, str]) -> None:
    library, annotation_id = marked
    library.store.import_document(_document("效率就是战斗力"))
    before = library.annotations.get(annotation_id)
    library.annotations.delete(annotation_id)
    library.annotations.empty_trash()
    assert library.annotations.add(before) == before
    assert library.annotations.put(before).marked_quote == MARKED


def test_a_version_6_library_upgrades_with_no_marked_quotes(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Database.open(path, migrations=_first_six()) as db:
        assert db.user_version == 6
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO collections (id, title, encoding, format, fingerprint, imported, updated)
            VALUES (1, '合集', 'utf-8', 'txt', 'fp', '2016-05-01T00:00:00Z',
                '2016-05-01T00:00:00Z');
        INSERT INTO speeches (id, collection_id, idx, title, text, text_hash)
            VALUES (1, 1, 1, '讲话', '效率就是生产力', 'h');
        INSERT INTO annotations (id, speech_id, kind, start_pos, end_pos, exact, text_hash,
            created, modified) VALUES ('a-1', 1, 'highlight', 0, 7, '效率就是生产力', 'h',
            '2016-05-02T00:00:00Z', '2016-05-02T00:00:00Z');
        """
    )
    conn.commit()
    conn.close()
    with Database.open(path) as db:
        columns = [row["name"] for row in db.rows("PRAGMA table_info(annotations)")]
        assert "marked_quote" in columns
        assert db.value("SELECT marked_quote FROM annotations WHERE id = 'a-1'") is None
        assert db.check() == []


def _first_six() -> tuple:
    from desktop.core.storage.schema import MIGRATIONS

    return tuple(MIGRATIONS[:6])
