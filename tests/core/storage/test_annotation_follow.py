"""Tests for desktop/core/storage/annotation_follow.py: a state taken on an earlier text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.core.document import text_hash
from desktop.core.storage.annotation_follow import in_text

# Context-only anchoring wants the quote's full context: the passage is not at the very start.
OLD = (
    "这是一段用于上下文的较长文字，内容关于政务服务的改革与发展。\n"
    "一、总体要求\n深入推进效能革命，提升政务服务水平。\n二、重点任务\n抓好落实。"
)
NEW = "前言一段新加的文字。\n" + OLD.replace("抓好落实。", "狠抓工作落实。")


def _made_on(text: str, words: str) -> Annotation:
    start = text.index(words)
    end = start + len(words)
    return Annotation(
        id="a1",
        speech_id=1,
        kind="highlight",
        start=start,
        end=end,
        quote=TextQuote.from_text(text, start, end),
        text_hash=text_hash(text),
        color="yellow",
    )


def test_a_state_taken_on_the_text_stored_stays_as_it_is() -> None:
    made = _made_on(OLD, "效能革命")
    assert in_text(made, OLD) is made


def test_a_state_taken_on_an_earlier_text_is_found_again_at_its_words() -> None:
    followed = in_text(_made_on(OLD, "效能革命"), NEW)
    assert followed.start is not None
    assert followed.end is not None
    assert NEW[followed.start : followed.end] == "效能革命"
    assert followed.text_hash == text_hash(NEW)
    assert followed.quote == TextQuote.from_text(NEW, followed.start, followed.end)


def test_a_state_whose_words_are_gone_is_kept_orphaned_with_its_quote_and_note() -> None:
    made = _made_on(OLD, "抓好落实")
    followed = in_text(made, NEW.replace("狠抓工作落实。", "另起炉灶。"))
    assert followed.state == AnchorState.ORPHANED
    assert (followed.start, followed.end) == (None, None)
    assert followed.quote == made.quote
    assert followed.text_hash == made.text_hash


def test_an_orphan_or_a_speech_note_has_no_offsets_to_follow() -> None:
    orphan = Annotation("a2", 1, "highlight", None, None, TextQuote("x", "", ""), "old")
    assert in_text(orphan, NEW) is orphan


@given(st.text(alphabet="甲乙丙丁戊己庚辛壬癸，。\n", max_size=60))
def test_whatever_comes_before_it_a_state_lands_on_its_own_words_or_nowhere(
    before: str,
) -> None:
    followed = in_text(_made_on(OLD, "效能革命"), before + OLD)
    if followed.start is not None:
        assert (before + OLD)[followed.start : followed.end] == "效能革命"


# Both sides of the words rewritten: their context no longer agrees, but the diff says where
# the words went.
REWORDED = OLD.replace("深入推进", "全面持续").replace(
    "，提升政务服务水平。\n二、重点任务\n抓好落实。",
    "，切实改进机关作风。\n二、主要措施\n务求实效。",
)


def test_with_the_text_it_was_taken_on_a_state_follows_the_diff() -> None:
    made = _made_on(OLD, "效能革命")
    assert in_text(made, REWORDED).state == AnchorState.ORPHANED  # by quote and context alone
    followed = in_text(made, REWORDED, OLD)
    assert followed.state == AnchorState.ANCHORED
    assert (followed.start, followed.end) == (made.start, made.end)
    assert followed.text_hash == text_hash(REWORDED)


def test_another_text_than_the_one_it_was_taken_on_is_not_diffed() -> None:
    made = _made_on(OLD, "效能革命")
    assert in_text(made, REWORDED, OLD + "附言").state == AnchorState.ORPHANED


def test_its_words_pushed_down_by_text_before_them_are_anchored_at_the_new_offset() -> None:
    """The diff maps their range onto the same words: nothing for the user to confirm."""
    made = _made_on(OLD, "效能革命")
    followed = in_text(made, NEW, OLD)
    assert followed.state == AnchorState.ANCHORED
    assert followed.start == made.start + len("前言一段新加的文字。\n")


def test_its_own_words_found_in_a_paragraph_moved_elsewhere_are_stored_as_moved() -> None:
    made = _made_on(OLD, "效能革命")
    lines = OLD.split("\n")
    moved_up = "\n".join([lines[2], *lines[:2], *lines[3:]])  # its paragraph put first
    followed = in_text(made, moved_up, OLD)
    assert followed.state == AnchorState.MOVED
    assert followed.start == moved_up.index("效能革命")
