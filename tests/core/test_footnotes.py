"""Tests for desktop/core/footnotes.py: the body's note marks and the notes they cite."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.footnotes import NO_FOOTNOTES, find_footnotes
from desktop.core.importing.notes import notes_block

ARTICLE = "\n".join(
    [
        "论某项工作",
        "我们要深入学习有关重要论述①，切实把思想统一到决策部署上来。",
        "①加强领导。②落实责任。",  # a list in the body: its ① opens a line, ② is inline
        "各级党组织要切实担负起主体责任②，把这项工作抓紧抓实①。",
        "注释：",
        "①　《某某文选》第三卷，某出版社1993年版。",
        "②《某某论述摘编》，某出版社2020年版。",
    ]
)


def test_marks_cite_the_notes_inline_and_a_list_number_is_no_mark() -> None:
    notes = find_footnotes(ARTICLE)
    cited = [(ARTICLE[m.start : m.end], m.number) for m in notes.marks]
    assert cited == [("①", 1), ("②", 2), ("②", 2), ("①", 1)]
    list_start = ARTICLE.index("①加强领导")
    assert notes.mark_at(list_start) is None
    assert notes.mark_at(ARTICLE.index("论述①") + 2) == notes.marks[0]
    assert ARTICLE[notes.label_start : notes.label_end] == "注释："


def test_each_note_has_its_mark_and_its_words() -> None:
    notes = find_footnotes(ARTICLE)
    first, second = notes.items
    assert (first.number, ARTICLE[first.start : first.mark_end]) == (1, "①")
    assert ARTICLE[first.text_start : first.end] == "《某某文选》第三卷，某出版社1993年版。"
    assert ARTICLE[second.text_start : second.end] == "《某某论述摘编》，某出版社2020年版。"
    assert notes.item(2) == second
    assert notes.item(3) is None
    assert notes.item_mark_at(second.start) == second
    assert notes.item_mark_at(second.text_start) is None
    cites_first = [ARTICLE.index("论述①") + 2, ARTICLE.index("抓实①") + 2]
    assert [m.start for m in notes.marks_of(1)] == cites_first
    assert notes.marks_of(3) == []


def test_bracketed_references() -> None:
    text = "有关研究表明[1]，效果显著[2]。\n参考文献\n[1] 某某. 某书.\n[2] 某某. 某刊."
    notes = find_footnotes(text)
    assert [(text[m.start : m.end], m.number) for m in notes.marks] == [("[1]", 1), ("[2]", 2)]
    assert text[notes.items[0].text_start : notes.items[0].end] == "某某. 某书."


def test_no_notes_block_no_marks() -> None:
    assert find_footnotes("我们要深入学习有关论述①。\n①加强领导\n②落实责任") is NO_FOOTNOTES
    assert find_footnotes("") is NO_FOOTNOTES
    assert not find_footnotes("论述①。\n注释：")  # a label with nothing under it


def test_a_note_the_body_does_not_cite_inline_is_no_block() -> None:
    # ② only numbers a line of the body: the importer keeps the lines as text, and so does the
    # reader (no marks at all rather than half of them).
    text = "学习论述①。\n②落实责任\n注：\n①某书。\n②某刊。"
    assert find_footnotes(text) is NO_FOOTNOTES
    assert notes_block(text.split("\n")) == range(0)


_BODY_PIECES = st.lists(
    st.sampled_from(["论述", "工作", "①", "②", "③", "[1]", "[2]", "\n", "　", " ", "。", "𠮷"]),
    max_size=40,
)
_NOTES = st.sampled_from(
    [
        "",
        "\n注释：\n①某书。\n②某刊。",
        "\n注：\n①某书。",
        "\n参考文献\n[1] 某书.\n[2] 某刊.",
        "\n注释：\n①某书。\n③某刊。",
        "\n①某书。\n②某刊。",
    ]
)


@given(_BODY_PIECES, _NOTES)
def test_marks_stay_inline_in_the_body_and_match_the_notes(pieces: list[str], tail: str) -> None:
    text = "".join(pieces) + tail
    notes = find_footnotes(text)
    lines = text.split("\n")
    assert bool(notes) == bool(notes_block(lines)), "the reader and the importer agree"
    if not notes:
        assert notes.marks == ()
        return
    assert {mark.number for mark in notes.marks} == {item.number for item in notes.items}
    for mark in notes.marks:
        assert mark.end <= notes.label_start, "never a mark outside the body"
        line_start = text.rfind("\n", 0, mark.start) + 1
        assert text[line_start : mark.start].strip(" \t\u3000"), "never one opening a line"
        item = notes.item(mark.number)
        assert item is not None
        assert text[mark.start : mark.end] == text[item.start : item.mark_end]
    for number, item in enumerate(notes.items, start=1):
        assert item.number == number
        assert notes.label_end < item.start <= item.mark_end <= item.text_start <= item.end
        assert "\n" not in text[item.start : item.end]
