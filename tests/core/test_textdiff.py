"""The hierarchical diff and the offset map it gives."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.sequence_align import _heaviest_increasing, align
from desktop.core.textdiff import Block, OffsetMap, diff_blocks, offset_map

_ALPHABET = "的是要加强教育工作，,。\n"
_TEXT = st.text(alphabet=_ALPHABET, max_size=60)
# Commas of one width only: with both, an edit can make a paragraph equal to another once widths
# are folded (a deletion joining "…，" with a line ending in ","), and the diff rightly pairs
# the two as a comma changed in width, keeping one character fewer than the edit preserved.
_ONE_WIDTH_PAIR = st.sampled_from(["，", ","]).flatmap(
    lambda comma: st.tuples(*[st.text(alphabet=_ALPHABET.replace(comma, ""), max_size=60)] * 2)
)


def _check_blocks(old: str, new: str, blocks: list[Block]) -> None:
    previous_old = previous_new = 0
    for block in blocks:
        assert block.size > 0
        assert block.old >= previous_old
        assert block.new >= previous_new
        assert old[block.old : block.old + block.size] == new[block.new : block.new + block.size]
        previous_old, previous_new = block.old + block.size, block.new + block.size


@given(_TEXT, _TEXT)
def test_blocks_match_equal_text_in_order(old: str, new: str) -> None:
    _check_blocks(old, new, diff_blocks(old, new))


@given(_ONE_WIDTH_PAIR, st.integers(min_value=0, max_value=60))
def test_an_insertion_keeps_every_old_character(texts: tuple[str, str], at: int) -> None:
    old, inserted = texts
    at = min(at, len(old))
    new = old[:at] + inserted + old[at:]
    blocks = diff_blocks(old, new)
    _check_blocks(old, new, blocks)
    assert sum(block.size for block in blocks) == len(old)


@given(_ONE_WIDTH_PAIR, st.integers(min_value=0, max_value=60), st.integers(0, 20))
def test_a_deletion_keeps_every_remaining_character(
    texts: tuple[str, str], at: int, length: int
) -> None:
    old, _unused = texts
    at = min(at, len(old))
    new = old[:at] + old[at + length :]
    blocks = diff_blocks(old, new)
    _check_blocks(old, new, blocks)
    assert sum(block.size for block in blocks) == len(new)


def test_identical_texts_are_one_block() -> None:
    assert diff_blocks("效能革命", "效能革命") == [Block(0, 0, 4)]
    assert diff_blocks("", "") == []


def test_punctuation_width_change_keeps_every_other_character() -> None:
    paragraph = "今天,市委、市政府在这里召开会议,总结前阶段工作,研究解决问题。"
    old = "\n".join([paragraph, "二、以铁的纪律,着力破解突出问题", paragraph[::-1]] * 40)
    new = old.replace(",", "，")
    blocks = diff_blocks(old, new)
    _check_blocks(old, new, blocks)
    assert sum(block.size for block in blocks) == len(old) - old.count(",")


def test_edits_in_some_paragraphs_leave_the_others_matched() -> None:
    paragraphs = [
        f"第{number}段：要加强思想教育，提高干部素质，推进效能建设。" for number in range(50)
    ]
    old = "\n".join(paragraphs)
    edited = paragraphs[:]
    edited[10] = edited[10].replace("思想", "思想政治")
    del edited[20]
    edited.insert(30, "新的一段。")
    new = "\n".join(edited)
    mapping = offset_map(old, new)
    untouched = old.index("第40段")
    assert mapping.image(untouched) == new.index("第40段")
    assert mapping.image(old.index("第20段")) is None
    inserted = new.index("新的一段。")
    assert (inserted, inserted + len("新的一段。\n")) in mapping.inserted_ranges()


def test_offset_map_around_a_replacement() -> None:
    old, new = "甲乙丙丁戊", "甲乙XY丁戊"
    mapping = offset_map(old, new)
    assert mapping.image(1) == 1
    assert mapping.image(2) is None
    assert mapping.image(3) == 4
    assert mapping.preimage(2) is None
    assert mapping.preimage(4) == 3
    # A range starting or ending on the replaced character takes the replacement in.
    assert mapping.map_start(2) == 2
    assert mapping.map_end(3) == 4
    assert mapping.map_start(len(old)) == len(new)
    assert mapping.map_end(0) == 0
    assert mapping.inserted_ranges() == [(2, 4)]


def test_provenance_counts_own_foreign_and_inserted() -> None:
    mapping = OffsetMap([Block(0, 0, 4), Block(6, 6, 4)], 10, 12)
    # new[2:8]: new 2-3 from old 2-3, new 4-5 inserted, new 6-7 from old 6-7.
    assert mapping.provenance(2, 8, own_start=6, own_end=10) == (2, 2)
    assert mapping.provenance(2, 8, own_start=0, own_end=10) == (4, 0)


def test_align_prefers_unique_anchors() -> None:
    # Patience diff pairs the unique items, not the repeated commas.
    old = ["甲", "，", "乙", "，", "丙"]
    new = ["丙", "，", "甲", "，", "乙"]
    assert align(old, new) == [(0, 2), (1, 3), (2, 4)]


def test_align_keeps_words_rather_than_punctuation() -> None:
    assert align(["丁", "。"], ["。", "丁"]) == [(0, 1)]


@given(st.permutations(range(7)), st.lists(st.integers(min_value=1, max_value=5), min_size=7))
def test_heaviest_increasing_run_is_the_heaviest(seconds: list[int], weights: list[int]) -> None:
    pairs = list(enumerate(seconds))
    weight = dict(zip(pairs, weights, strict=False))
    run = _heaviest_increasing(pairs, [float(weight[pair]) for pair in pairs])
    assert all(a[1] < b[1] for a, b in zip(run, run[1:], strict=False))
    best = max(
        sum(weight[pair] for pair in subset)
        for size in range(len(pairs) + 1)
        for subset in combinations(pairs, size)
        if all(a[1] < b[1] for a, b in zip(subset, subset[1:], strict=False))
    )
    assert sum(weight[pair] for pair in run) == best
