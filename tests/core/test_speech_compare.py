"""Comparing two versions of a speech: hunks, the merging rule, offsets, totals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.speech_compare import ChangeKind, Hunk, compare_texts, joins, merge_hunks


def _changes(old: str, new: str) -> list[tuple[str, str, str]]:
    comparison = compare_texts(old, new)
    assert comparison is not None
    return [
        (h.kind.value, old[h.old_start : h.old_end], new[h.new_start : h.new_end])
        for h in comparison.hunks
    ]


def test_identical_texts_have_no_hunks() -> None:
    comparison = compare_texts("今年要推进改革。\n明年继续。", "今年要推进改革。\n明年继续。")
    assert comparison is not None
    assert comparison.hunks == ()
    assert comparison.identical
    assert (comparison.added, comparison.removed) == (0, 0)


def test_an_insertion_a_deletion_and_a_replacement() -> None:
    same = "这一段没有改动，前后两稿一字不差。"
    old = f"我们要坚定不移推进改革开放。\n{same}\n第二段讲作风建设。\n{same}\n第三段讲廉政建设。"
    new = f"我们要坚定不移全面推进改革开放。\n{same}\n{same}\n第三段讲党风廉政建设。"
    assert _changes(old, new) == [
        ("inserted", "", "全面"),
        ("deleted", "第二段讲作风建设。\n", ""),
        ("inserted", "", "党风"),
    ]
    old2, new2 = "要加快建设现代化产业体系。", "要着力建设现代化产业体系。"
    assert _changes(old2, new2) == [("replaced", "加快", "着力")]


def test_totals_count_the_characters_changed() -> None:
    comparison = compare_texts("要加快建设产业体系。", "要着力建设现代化产业体系")
    assert comparison is not None
    # 加快 → 着力 (2 removed, 2 added), 现代化 added, 。 removed; the first two changes are
    # two characters (建设) apart: one hunk, whose common run the totals do not count.
    assert (comparison.added, comparison.removed) == (5, 3)
    assert len(comparison.hunks) == 2


def test_changes_a_tiny_common_run_apart_are_one_hunk() -> None:
    # 深化 → 全面深化改革 and 扩大 → 扩大高水平: two changes two characters apart.
    assert _changes("坚持深化改革开放，推动发展", "坚持全面深化体制改革开放，推动发展") == [
        ("replaced", "深化", "全面深化体制")
    ]
    # Only punctuation between: one hunk however long it is.
    assert _changes("提出“甲乙”“丙丁”要求", "提出“戊己”“庚辛”要求") == [
        ("replaced", "甲乙”“丙丁", "戊己”“庚辛")
    ]


def test_changes_three_words_apart_or_across_paragraphs_stay_apart() -> None:
    assert _changes("甲乙要抓紧抓实丙丁", "戊己要抓紧抓实庚辛") == [
        ("replaced", "甲乙", "戊己"),
        ("replaced", "丙丁", "庚辛"),
    ]
    old = "一段写的是甲乙\n丙丁是二段"
    new = "一段写的是戊己\n庚辛是二段"
    assert _changes(old, new) == [("replaced", "甲乙", "戊己"), ("replaced", "丙丁", "庚辛")]


def test_the_merging_rule() -> None:
    assert [joins(common) for common in ["", "的", "加强", "”，“"]] == [True] * 4
    assert [joins(common) for common in ["抓紧抓", "\n", "，\n"]] == [False] * 3
    hunks = [Hunk(0, 1, 0, 1), Hunk(3, 4, 3, 5), Hunk(9, 9, 10, 12)]
    assert merge_hunks(hunks, "甲乙丙丁戊己庚辛壬癸") == [Hunk(0, 4, 0, 5), Hunk(9, 9, 10, 12)]


def test_offsets_are_str_indices_after_a_character_outside_the_bmp() -> None:
    old, new = "𠮷今年要推进改革。", "𠮷今年要深化改革。"
    comparison = compare_texts(old, new)
    assert comparison is not None
    (hunk,) = comparison.hunks
    assert (hunk.old_start, hunk.old_end, hunk.new_start, hunk.new_end) == (4, 6, 4, 6)
    assert hunk.kind == ChangeKind.REPLACED
    assert old[hunk.old_start : hunk.old_end] == "推进"


def test_aligned_places_follow_the_diff() -> None:
    old, new = "开头一样。\n删掉的一段话在这里。\n结尾一样。", "开头一样。\n结尾一样。"
    comparison = compare_texts(old, new)
    assert comparison is not None
    assert comparison.new_offset(old.index("结尾")) == new.index("结尾")
    assert comparison.old_offset(new.index("结尾")) == old.index("结尾")
    assert comparison.new_offset(old.index("删掉")) == new.index("结尾")
    assert comparison.new_offset(10_000) == len(new)


def test_a_cancelled_comparison_gives_nothing() -> None:
    assert compare_texts("甲", "乙", cancelled=lambda: True) is None


_TEXT = st.text(alphabet="的是要加强教育𠮷，。\n", max_size=50)


@given(_TEXT, _TEXT)
def test_hunks_rebuild_the_new_text(old: str, new: str) -> None:
    comparison = compare_texts(old, new)
    assert comparison is not None
    rebuilt, at = [], 0
    for hunk in comparison.hunks:
        assert hunk.old_start < hunk.old_end or hunk.new_start < hunk.new_end
        rebuilt += [old[at : hunk.old_start], new[hunk.new_start : hunk.new_end]]
        at = hunk.old_end
    rebuilt.append(old[at:])
    assert "".join(rebuilt) == new
    assert comparison.added - comparison.removed == len(new) - len(old)
