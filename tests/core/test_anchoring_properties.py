"""Re-anchoring over generated speeches and edits: annotations at random places, the text then
edited as re-imports edit it (insertions, deletions, punctuation changing width, paragraphs
moved). Every annotation comes back, either on words close enough to its quote or orphaned."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.anchoring import (
    MIN_FUZZY_SCORE,
    MIN_QUOTE_SIMILARITY,
    Anchor,
    AnchorTarget,
    reanchor_all,
)
from desktop.core.annotation import AnchorState, TextQuote
from desktop.core.approx import edit_distance

_SETTINGS = settings(max_examples=60, derandomize=True)

_CLAUSES = st.sampled_from(
    [
        "同志们",
        "今天我们召开全市机关效能建设工作会议",
        "主要任务是总结工作、部署任务",
        "一要加强学习",
        "各级干部要加强思想教育",
        "不断提高政治素质和业务能力",
        "二要转变作风",
        "坚决纠正门难进、脸难看的问题",
        "政务服务中心要推行并联审批",
        "让群众少跑腿、好办事",
        "效能建设任重道远",
        "GDP增长6.5%",
        "𠮷𠮷",
        "“两集中、两到位”",
    ]
)
_MARKS = st.sampled_from(["，", "。", "；", "：", "！", "、", ",", ".", ";", " "])
_WIDTH = str.maketrans("，。；：！？（）,.;:!?()", ",.;:!?(),。；：！？（）")


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    clauses = draw(st.lists(_CLAUSES, min_size=1, max_size=5))
    return "".join(clause + draw(_MARKS) for clause in clauses)


_TEXT = st.lists(_paragraph(), min_size=1, max_size=8).map("\n".join)


@st.composite
def _targets(draw: st.DrawFn, text: str) -> list[AnchorTarget]:
    """Annotations on non-empty ranges of ``text``; some with stale or missing offsets."""
    targets = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 60)))
        quote = TextQuote.from_text(text, start, end)
        shift = draw(st.sampled_from([0, 0, 0, 3, -5, None]))
        if shift is None:
            targets.append(AnchorTarget(quote, None, None))
        else:
            moved = max(0, start + shift)
            targets.append(AnchorTarget(quote, moved, moved + end - start))
    return targets


@st.composite
def _edit(draw: st.DrawFn, text: str) -> str:
    """``text`` with one change: words written or cut, punctuation's width, a paragraph moved."""
    kind = draw(st.sampled_from(["insert", "delete", "replace", "width", "move", "split"]))
    at = draw(st.integers(0, len(text)))
    if kind == "insert":
        return text[:at] + draw(st.one_of(_paragraph(), _CLAUSES)) + text[at:]
    if kind in {"delete", "replace"}:
        end = draw(st.integers(at, min(len(text), at + 80)))
        new = draw(_CLAUSES) if kind == "replace" else ""
        return text[:at] + new + text[end:]
    if kind == "width":
        end = draw(st.integers(at, len(text)))
        return text[:at] + text[at:end].translate(_WIDTH) + text[end:]
    if kind == "split":
        return text[:at] + "\n" + text[at:]
    paragraphs = text.split("\n")
    moved = paragraphs.pop(draw(st.integers(0, len(paragraphs) - 1)))
    paragraphs.insert(draw(st.integers(0, len(paragraphs))), moved)
    return "\n".join(paragraphs)


def check_anchor(new: str, target: AnchorTarget, anchor: Anchor) -> None:
    """An anchor lands on its quote, on words close to it, or nowhere (orphaned)."""
    exact = target.quote.exact
    if anchor.state == AnchorState.ORPHANED:
        assert (anchor.start, anchor.end, anchor.score) == (None, None, 0.0)
        return
    assert anchor.start is not None
    assert anchor.end is not None
    assert 0 <= anchor.start < anchor.end <= len(new), anchor
    found = new[anchor.start : anchor.end]
    if anchor.state in {AnchorState.ANCHORED, AnchorState.MOVED}:
        assert found == exact, (anchor, found, exact)
        assert anchor.score == 1.0
    else:
        assert anchor.state == AnchorState.FUZZY, anchor
        assert 1 - edit_distance(exact, found) / len(exact) >= MIN_QUOTE_SIMILARITY
        assert anchor.score >= MIN_FUZZY_SCORE


@_SETTINGS
@given(old=_TEXT, data=st.data(), old_known=st.booleans())
def test_random_annotations_survive_random_edits(
    old: str, data: st.DataObject, old_known: bool
) -> None:
    targets = data.draw(_targets(old))
    new = old
    for _ in range(data.draw(st.integers(1, 4))):
        new = data.draw(_edit(new))
    anchors = reanchor_all(old if old_known else None, new, targets)
    assert len(anchors) == len(targets)
    for target, anchor in zip(targets, anchors, strict=True):
        check_anchor(new, target, anchor)


@_SETTINGS
@given(old=_TEXT, data=st.data())
def test_unchanged_text_keeps_every_annotation_where_it_was(old: str, data: st.DataObject) -> None:
    targets = [t for t in data.draw(_targets(old)) if t.start is not None]
    for target, anchor in zip(targets, reanchor_all(old, old, targets), strict=True):
        if old[target.start : target.end] == target.quote.exact:
            assert (anchor.start, anchor.end, anchor.state) == (
                target.start,
                target.end,
                AnchorState.ANCHORED,
            )
