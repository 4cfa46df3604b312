"""Re-anchoring annotations after their speech's text changed: each state, safety, properties."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.core.anchoring import (
    MIN_FUZZY_SCORE,
    MIN_QUOTE_SIMILARITY,
    Anchor,
    AnchorTarget,
    reanchor,
    reanchor_all,
    settled_state,
)
from desktop.core.annotation import AnchorState, TextQuote
from desktop.core.approx import edit_distance, similarity
from desktop.resources import sample_collection_path

ANCHORED, MOVED, FUZZY, ORPHANED = (
    AnchorState.ANCHORED,
    AnchorState.MOVED,
    AnchorState.FUZZY,
    AnchorState.ORPHANED,
)

INTRO = "同志们：今天我们召开全市机关效能建设工作会议，主要任务是总结工作、部署任务。\n"
EDUCATION = "一要加强学习。各级干部要加强思想教育，不断提高政治素质和业务能力。\n"
STYLE = "二要转变作风。我们还要加强思想教育和纪律教育，坚决纠正门难进、脸难看的问题。\n"
SERVICE = "三要优化服务。政务服务中心要推行并联审批，让群众少跑腿、好办事。\n"
CLOSING = "同志们，效能建设任重道远，让我们以更加饱满的热情做好各项工作！\n"
SPEECH = INTRO + EDUCATION + STYLE + SERVICE + CLOSING


def target(text: str, words: str, occurrence: int = 0) -> AnchorTarget:
    """The target of the ``occurrence``-th ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return AnchorTarget(
        TextQuote.from_text(text, start, start + len(words)), start, start + len(words)
    )


def landed(text: str, anchor: Anchor) -> str | None:
    """The words an anchor points at."""
    return None if anchor.start is None else text[anchor.start : anchor.end]


# --- one case per state --------------------------------------------------------------------


@pytest.mark.parametrize("old_known", [True, False])
def test_unchanged_text_is_anchored(old_known: bool) -> None:
    aim = target(SPEECH, "推行并联审批")
    anchor = reanchor(SPEECH if old_known else None, SPEECH, aim)
    assert anchor == Anchor(aim.start, aim.end, ANCHORED, 1.0)


@pytest.mark.parametrize("old_known", [True, False])
def test_edits_before_the_words_shift_them_but_they_stay_anchored(old_known: bool) -> None:
    new = "（根据录音整理）\n" + SPEECH.replace("主要任务是", "会议的主要任务是")
    aim = target(SPEECH, "推行并联审批")
    anchor = reanchor(SPEECH if old_known else None, new, aim)
    assert anchor.state == ANCHORED
    assert anchor.start == new.index("推行并联审批")
    # Stored: anchored where the diff maps them untouched; without the old text, no diff
    # says so, and the new offset is a move for the user to confirm.
    assert anchor.untouched == old_known
    assert settled_state(anchor, aim.start) == (ANCHORED if old_known else MOVED)


def test_words_untouched_below_a_deleted_paragraph_are_anchored_not_moved() -> None:
    """A re-import that deleted one paragraph marked every passage below it "moved" (38 of
    40) for the user to confirm, though the diff mapped each onto its very words."""
    new = SPEECH.replace(EDUCATION, "")
    aims = [target(SPEECH, words) for words in ("纪律教育", "推行并联审批", "任重道远")]
    for aim, anchor in zip(aims, reanchor_all(SPEECH, new, aims), strict=True):
        assert landed(new, anchor) == aim.quote.exact
        assert anchor.start == aim.start - len(EDUCATION)
        assert settled_state(anchor, aim.start) == ANCHORED, aim


def test_words_found_elsewhere_or_changed_still_need_confirming() -> None:
    moved_up = SERVICE + INTRO + EDUCATION + STYLE + CLOSING  # its paragraph put first
    aim = target(SPEECH, "推行并联审批")
    anchor = reanchor(SPEECH, moved_up, aim)
    assert landed(moved_up, anchor) == "推行并联审批"
    assert settled_state(anchor, aim.start) == MOVED
    reworded = SPEECH.replace("推行并联审批", "推行并联的审批")
    assert settled_state(reanchor(SPEECH, reworded, aim), aim.start) == FUZZY


def test_a_paragraph_moved_elsewhere_is_moved() -> None:
    new = INTRO + STYLE + SERVICE + EDUCATION + CLOSING
    anchor = reanchor(SPEECH, new, target(SPEECH, "不断提高政治素质和业务能力"))
    assert anchor.state == MOVED
    assert landed(new, anchor) == "不断提高政治素质和业务能力"


def test_edited_words_are_found_fuzzily() -> None:
    new = SPEECH.replace("政务服务中心要推行并联审批", "政务服务中心要全面推行并联审批")
    for old in (SPEECH, None):
        anchor = reanchor(old, new, target(SPEECH, "政务服务中心要推行并联审批"))
        assert anchor.state == FUZZY
        assert landed(new, anchor) == "政务服务中心要全面推行并联审批"
        assert MIN_FUZZY_SCORE <= anchor.score < 1.0


def test_rewritten_words_are_orphaned() -> None:
    new = SPEECH.replace("政务服务中心要推行并联审批", "行政审批窗口要实行一站办理")
    for old in (SPEECH, None):
        anchor = reanchor(old, new, target(SPEECH, "政务服务中心要推行并联审批"))
        assert anchor == Anchor(None, None, ORPHANED, 0.0)


# --- safety: a look-alike never captures an annotation whose passage was deleted -------------


@pytest.mark.parametrize("old_known", [True, False])
def test_a_look_alike_in_another_paragraph_does_not_capture_a_deleted_passage(
    old_known: bool,
) -> None:
    aim = target(SPEECH, "要加强思想教育")  # in EDUCATION; STYLE has the same words
    new = SPEECH.replace(EDUCATION, "")
    anchor = reanchor(SPEECH if old_known else None, new, aim)
    assert anchor.state == ORPHANED


def test_a_look_alike_in_new_text_with_other_context_does_not_capture_it() -> None:
    aim = target(SPEECH, "要加强思想教育", occurrence=1)  # in STYLE
    new = SPEECH.replace(STYLE, "") + "四要从严治党。党员要加强思想教育的自觉性。\n"
    assert reanchor(SPEECH, new, aim).state == ORPHANED


def test_words_kept_in_a_rewritten_sentence_stay_anchored() -> None:
    # The diff traces these very characters from the old sentence to the new one.
    aim = target(SPEECH, "要加强思想教育", occurrence=1)  # in STYLE
    new = SPEECH.replace(STYLE, "二要从严治党。党员要加强思想教育的自觉性。\n")
    anchor = reanchor(SPEECH, new, aim)
    assert anchor.state == ANCHORED
    assert anchor.start == new.index("党员要加强思想教育") + 2


def test_the_same_words_kept_elsewhere_are_not_taken_for_the_deleted_ones() -> None:
    # STYLE's sentence is deleted but the same sentence, context and all, stays in EDUCATION's
    # copy below: that copy is other old text, never the annotation's own.
    old = SPEECH + STYLE
    aim = target(old, "还要加强思想教育和纪律教育")
    new = old.replace(STYLE, "", 1)
    anchor = reanchor(old, new, aim)
    assert anchor.state == ORPHANED


@pytest.mark.parametrize("old_known", [True, False])
def test_a_short_quote_does_not_move_to_any_other_occurrence(old_known: bool) -> None:
    aim = target(SPEECH, "审批")
    new = SPEECH.replace("政务服务中心要推行并联审批，", "") + "审批事项要减少。\n"
    assert reanchor(SPEECH if old_known else None, new, aim).state == ORPHANED


def test_a_short_quote_moves_with_its_context() -> None:
    aim = target(SPEECH, "审批")
    new = INTRO + SERVICE + EDUCATION + STYLE + CLOSING
    anchor = reanchor(None, new, aim)
    assert anchor.state in {ANCHORED, MOVED}
    assert anchor.start == new.index("审批")


@pytest.mark.parametrize("old_known", [True, False])
def test_a_duplicated_passage_keeps_the_annotation_on_the_original(old_known: bool) -> None:
    aim = target(SPEECH, "政务服务中心要推行并联审批")
    new = SPEECH + "（附）" + SERVICE
    anchor = reanchor(SPEECH if old_known else None, new, aim)
    assert anchor == Anchor(aim.start, aim.end, ANCHORED, 1.0)


def test_a_duplicate_inserted_before_does_not_pull_the_annotation() -> None:
    aim = target(SPEECH, "政务服务中心要推行并联审批")
    new = SERVICE + SPEECH
    anchor = reanchor(SPEECH, new, aim)
    assert anchor.state == ANCHORED
    assert anchor.start == len(SERVICE) + aim.start


# --- targets that are odd --------------------------------------------------------------------


def test_stale_offsets_are_recovered_from_the_quote_in_the_old_text() -> None:
    aim = target(SPEECH, "推行并联审批")
    stale = AnchorTarget(aim.quote, 3, 9)
    new = "前言。\n" + SPEECH
    anchor = reanchor(SPEECH, new, stale)
    assert anchor.state == ANCHORED
    assert landed(new, anchor) == "推行并联审批"


def test_a_target_without_offsets_is_found_by_its_quote() -> None:
    aim = target(SPEECH, "推行并联审批")
    anchor = reanchor(SPEECH, SPEECH, AnchorTarget(aim.quote, None, None))
    assert (anchor.start, anchor.end) == (aim.start, aim.end)


def test_an_empty_quote_is_orphaned() -> None:
    assert reanchor(SPEECH, SPEECH, AnchorTarget(TextQuote("", "", ""), 0, 0)).state == ORPHANED


def test_reanchor_all_agrees_with_reanchor() -> None:
    new = SPEECH.replace(EDUCATION, "").replace("推行", "全面推行")
    targets = [target(SPEECH, words) for words in ("效能建设", "要加强思想教育", "推行并联审批")]
    assert reanchor_all(SPEECH, new, targets) == [reanchor(SPEECH, new, aim) for aim in targets]


# --- properties ------------------------------------------------------------------------------

_OTHER = "天地人和，。\n"  # text around the annotation (and every edit) is drawn from here
_WORDS = "甲乙丙丁"  # the annotated words are drawn from here
# Marks that no edit writes, around the annotated words: without them a diff could explain
# some edits equally well as the words moving (天丁天 → 天天丁), and nothing could tell which.
_OPEN, _CLOSE = "【", "】"
_other = st.text(alphabet=_OTHER, max_size=30)
# Edits write new words: rewriting old ones on the other side of the annotation would make
# the words look moved as much as the context (人。地【丁】 → 【丁】人。地).
_in_line = st.text(alphabet="春夏秋冬、；", max_size=30)


@st.composite
def _edited(draw: st.DrawFn, segment: str) -> str:
    """``segment`` with a range inside one line replaced by new text (which may be nothing).

    Edits keep the paragraphs: one that adds or removes line breaks can make the annotated
    paragraph look moved (a paragraph written before it that was after it) as well as not.
    """
    start = draw(st.integers(min_value=0, max_value=len(segment)))
    line_end = segment.find("\n", start)
    end = draw(st.integers(min_value=start, max_value=len(segment) if line_end < 0 else line_end))
    return segment[:start] + draw(_in_line) + segment[end:]


@given(
    before=_other,
    between=st.text(alphabet=_OTHER, min_size=1, max_size=20),
    after=_other,
    words=st.text(alphabet=_WORDS, min_size=1, max_size=12),
    look_alike=st.booleans(),
    data=st.data(),
)
def test_edits_elsewhere_leave_the_words_anchored_at_their_place(
    before: str, between: str, after: str, words: str, look_alike: bool, data: st.DataObject
) -> None:
    copy = words if look_alike else ""  # the same words elsewhere, untouched by the edits
    old = before + copy + between + _OPEN + words + _CLOSE + after
    start = len(before + copy + between + _OPEN)
    aim = AnchorTarget(
        TextQuote.from_text(old, start, start + len(words)), start, start + len(words)
    )
    new_before, new_between, new_after = (
        data.draw(_edited(part)) for part in (before, between, after)
    )
    new = new_before + copy + new_between + _OPEN + words + _CLOSE + new_after
    new_start = len(new_before + copy + new_between + _OPEN)
    anchor = reanchor(old, new, aim)
    assert anchor == Anchor(new_start, new_start + len(words), ANCHORED, 1.0)
    assert anchor.untouched, "the diff maps its range onto its words: no move to confirm"
    assert settled_state(anchor, start) == ANCHORED


_MIXED = st.text(alphabet=_OTHER + _WORDS, max_size=40)


@given(old=_MIXED, data=st.data(), old_known=st.booleans())
def test_whatever_the_edit_an_anchor_never_lands_on_wrong_words(
    old: str, data: st.DataObject, old_known: bool
) -> None:
    assume(old)
    start = data.draw(st.integers(min_value=0, max_value=len(old) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(old)))
    cut = data.draw(st.integers(min_value=0, max_value=len(old)))
    cut_end = data.draw(st.integers(min_value=cut, max_value=len(old)))
    new = old[:cut] + data.draw(_MIXED) + old[cut_end:]
    aim = AnchorTarget(TextQuote.from_text(old, start, end), start, end)
    anchor = reanchor(old if old_known else None, new, aim)
    exact = aim.quote.exact
    if anchor.state in {ANCHORED, MOVED}:
        assert landed(new, anchor) == exact
        assert anchor.score == 1.0
    elif anchor.state == FUZZY:
        found = landed(new, anchor)
        assert found is not None
        assert 1 - edit_distance(exact, found) / len(exact) >= MIN_QUOTE_SIMILARITY
        assert anchor.score >= MIN_FUZZY_SCORE
    else:
        assert (anchor.start, anchor.end, anchor.score) == (None, None, 0.0)


# Context from another block than _WORDS: unrelated text, as real look-alikes have.
_CJK = st.text(alphabet=st.characters(min_codepoint=0x5000, max_codepoint=0x7000), min_size=40)


@given(
    context=st.tuples(_CJK, _CJK, _CJK, _CJK),
    words=st.text(alphabet=_WORDS, min_size=1, max_size=16),
    old_known=st.booleans(),
)
def test_a_deleted_passage_is_never_taken_by_a_look_alike(
    context: tuple[str, str, str, str], words: str, old_known: bool
) -> None:
    own_before, own_after, other_before, other_after = context
    assume(similarity(own_before[-32:], other_before[-32:]) < 0.5)
    assume(similarity(own_after[:32], other_after[:32]) < 0.5)
    own = own_before + words + own_after + "\n"
    other = other_before + words + other_after + "\n"
    old = "开头。\n" + own + other
    aim = target(old, words)
    anchor = reanchor(old if old_known else None, "开头。\n" + other, aim)
    assert anchor.state == ORPHANED


# --- acceptance: a real speech collection, edited the way re-imports edit it -----------------

_CLAUSE = re.compile(r"[^，,。；;：:！!？?、“”\s]{6,30}")
_NEW_PARAGRAPHS = (
    "这是修订时新加入的一段话，用来说明会议精神的传达要求。",
    "会后，各单位要认真抓好贯彻落实，及时报送工作进展情况。",
)


@dataclass(frozen=True)
class Planted:
    """An annotation made on the old text, and what the edit did around it."""

    paragraph: int
    offset: int  # in its paragraph
    exact: str
    role: str  # "kept", "comma", "edited-after", "edited-before", "duplicated", "deleted"


def _sample_paragraphs() -> list[str]:
    text = sample_collection_path().read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _plant(paragraphs: list[str]) -> list[Planted]:
    """One annotation on a clause (or two joined by a comma) of each long paragraph."""
    long = [i for i, text in enumerate(paragraphs) if len(text) >= 150]
    deleted = next(i for i in long if "效能革命" in paragraphs[i])
    planted = [Planted(deleted, paragraphs[deleted].index("效能革命"), "效能革命", "deleted")]
    for count, index in enumerate(i for i in long if i != deleted):
        text = paragraphs[index]
        clauses = list(_CLAUSE.finditer(text))
        clause = clauses[count % len(clauses)]
        start, end = clause.span()
        follower = _CLAUSE.match(text, end + 1)
        role = "kept"
        if count % 4 == 0 and text[end : end + 1] == "," and follower:
            end, role = follower.end(), "comma"
        planted.append(Planted(index, start, text[start:end], role))
    return _with_roles(planted, paragraphs)


def _with_roles(planted: list[Planted], paragraphs: list[str]) -> list[Planted]:
    """Give three kept annotations the roles of the edits made next to them."""
    kept = [p for p in planted if p.role == "kept" and p.offset >= 12]
    roles = {kept[3].paragraph: "edited-after", kept[8].paragraph: "edited-before"}
    roles[kept[14].paragraph] = "duplicated"
    return [
        Planted(p.paragraph, p.offset, p.exact, roles.get(p.paragraph, p.role)) for p in planted
    ]


def _edit(paragraphs: list[str], planted: list[Planted]) -> tuple[list[str], list[int | None]]:
    """The edited paragraphs, and for each the old paragraph it is (None: new or a copy)."""
    by_paragraph = {p.paragraph: p for p in planted}
    annotated = set(by_paragraph)
    removed = [i for i in range(60, len(paragraphs)) if i not in annotated][:2]
    edited: list[str] = []
    origins: list[int | None] = []
    for index, text in enumerate(paragraphs):
        mark = by_paragraph.get(index)
        if index in removed or (mark and mark.role == "deleted"):
            continue
        if mark and mark.role == "edited-after":  # the sentence after the words gains two
            after = mark.offset + len(mark.exact) + 1
            text = text[:after] + "进一步" + text[after:]
        if mark and mark.role == "edited-before":  # the sentence before loses two characters
            text = text[: mark.offset - 3] + text[mark.offset - 1 :]
        edited.append(text)
        origins.append(index)
        if index in (15, 90):
            edited.append(_NEW_PARAGRAPHS[index == 90])
            origins.append(None)
    copy = next(p for p in planted if p.role == "duplicated")
    edited.insert(len(edited) - 5, paragraphs[copy.paragraph])
    origins.insert(len(origins) - 5, None)
    return [text.replace(",", "，") for text in edited], origins


def _expected(planted: Planted, edited: list[str], origins: list[int | None]) -> int:
    """Where the planted words start in the new text."""
    position = origins.index(planted.paragraph)
    start = sum(len(text) + 1 for text in edited[:position]) + planted.offset
    return start - 2 if planted.role == "edited-before" else start


@pytest.fixture(scope="module")
def sample_edit() -> tuple[str, str, list[Planted], list[int | None]]:
    """The sample collection as one text, its edited copy, the annotations, their places."""
    paragraphs = _sample_paragraphs()
    planted = _plant(paragraphs)
    edited, origins = _edit(paragraphs, planted)
    expected = [_expected(p, edited, origins) if p.role != "deleted" else None for p in planted]
    return "\n".join(paragraphs), "\n".join(edited), planted, expected


def _targets(old: str, planted: list[Planted]) -> list[AnchorTarget]:
    paragraphs = old.split("\n")
    targets = []
    for p in planted:
        start = sum(len(text) + 1 for text in paragraphs[: p.paragraph]) + p.offset
        assert old[start : start + len(p.exact)] == p.exact
        targets.append(
            AnchorTarget(
                TextQuote.from_text(old, start, start + len(p.exact)), start, start + len(p.exact)
            )
        )
    return targets


def test_sample_annotations_survive_a_re_import(sample_edit) -> None:
    old, new, planted, expected = sample_edit
    anchors = reanchor_all(old, new, _targets(old, planted))
    assert len(planted) >= 30
    assert {p.role for p in planted} == {
        "kept",
        "comma",
        "edited-after",
        "edited-before",
        "duplicated",
        "deleted",
    }
    for p, anchor, start in zip(planted, anchors, expected, strict=True):
        if p.role == "deleted":
            assert anchor.state == ORPHANED, p
            continue
        words = p.exact.replace(",", "，")
        assert (anchor.start, landed(new, anchor)) == (start, words), p
        assert anchor.state == (FUZZY if p.role == "comma" else ANCHORED), p


def test_sample_annotations_without_the_old_text_never_land_on_wrong_words(sample_edit) -> None:
    old, new, planted, expected = sample_edit
    anchors = reanchor_all(None, new, _targets(old, planted))
    found = 0
    for p, anchor, start in zip(planted, anchors, expected, strict=True):
        if p.role == "deleted":
            assert anchor.state == ORPHANED, p
        elif anchor.state != ORPHANED:
            found += 1
            assert (anchor.start, landed(new, anchor)) == (start, p.exact.replace(",", "，")), p
    assert found >= 0.9 * (len(planted) - 1)
