"""Tests for desktop/core/footnotes.py: the body's note marks and the notes they cite."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.core.footnotes import (
    _NOTE_LINES_MAX,
    NO_FOOTNOTES,
    Footnotes,
    NoteItem,
    _may_end_on_notes,
    find_footnotes,
    note_words,
)
from desktop.core.importing.notes import CONTINUATION_MAX, is_label, notes_block, opening_mark

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


def _notes_start(notes: Footnotes) -> int:
    """Where the notes begin: at their first label, or at their first note if none is
    labelled (the reader's blocks and the importer's outline both end the body there)."""
    firsts = [start for start, _end in notes.labels[:1]] + [item.start for item in notes.items[:1]]
    return min(firsts, default=0)


def test_marks_cite_the_notes_inline_and_a_list_number_is_no_mark() -> None:
    notes = find_footnotes(ARTICLE)
    cited = [(ARTICLE[m.start : m.end], m.number) for m in notes.marks]
    assert cited == [("①", 1), ("②", 2), ("②", 2), ("①", 1)]
    list_start = ARTICLE.index("①加强领导")
    assert notes.mark_at(list_start) is None
    assert notes.mark_at(ARTICLE.index("论述①") + 2) == notes.marks[0]
    assert [ARTICLE[start:end] for start, end in notes.labels] == ["注释："]


def test_each_note_has_its_mark_and_its_words() -> None:
    notes = find_footnotes(ARTICLE)
    first, second = notes.items
    assert (first.number, ARTICLE[first.start : first.mark_end]) == (1, "①")
    assert ARTICLE[first.text_start : first.end] == "《某某文选》第三卷，某出版社1993年版。"
    assert ARTICLE[second.text_start : second.end] == "《某某论述摘编》，某出版社2020年版。"
    assert notes.item_mark_at(second.start) == second
    assert notes.item_mark_at(second.text_start) is None
    cites_first = [ARTICLE.index("论述①") + 2, ARTICLE.index("抓实①") + 2]
    assert [m.start for m in notes.marks_of(first)] == cites_first
    assert all(mark.note == second for mark in notes.marks_of(second))


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
        "\n注释：\n①某书。\n参考文献：\n[1] 某书.\n[2] 某刊.",
        "\n①某书。\n②某刊。\n参考文献\n[1] 某书.",  # a page's footnotes, unlabelled
    ]
)


@given(_BODY_PIECES, _NOTES)
@example(  # a line of marks alone over the notes is no block of notes: [1] is cited below
    ["论述", "[1]", "\n", "[1]", "①", "②"], "\n①某书。\n②某刊。\n参考文献\n[1] 某书."
)
@example(["论述", "①", "②", "\n", "①"], "\n注释：\n①某书。\n②某刊。")  # a mark alone, too
@example(["论述", "①", "\n", "①", "论述"], "\n注：\n①某书。")  # a body line opening with ①
def test_marks_stay_inline_in_the_body_and_match_the_notes(pieces: list[str], tail: str) -> None:
    text = "".join(pieces) + tail
    notes = find_footnotes(text)
    lines = text.split("\n")
    block = notes_block(lines)
    assert bool(notes) == bool(block), "the reader and the importer agree"
    if not notes:
        assert notes.marks == ()
        return
    begins = _notes_start(notes)
    assert begins == len("\n".join(lines[: block.start])) + 1, "on where the notes start"
    uncited = set(notes.items) - {mark.note for mark in notes.marks}
    assert all(_listed_as_a_reference(text, notes, item) for item in uncited), "each note cited"
    for mark in notes.marks:
        assert mark.end <= mark.note.start, "a mark cites a note below it"
        line_start = text.rfind("\n", 0, mark.start) + 1
        assert text[line_start : mark.start].strip(" \t\u3000"), "never one opening a line"
        assert opening_mark(text[mark.start : mark.end]) == opening_mark(
            text[mark.note.start : mark.note.mark_end]
        )
    for item in notes.items:
        assert begins <= item.start <= item.mark_end <= item.text_start <= item.end
        assert item.end == len(text) or text[item.end] == "\n"


@pytest.mark.parametrize(
    ("body_mark", "note_mark"),
    [
        ("［1］", "[1]"),  # typed in a Chinese input method, the reference pasted
        ("〔1〕", "[1]"),
        ("[１]", "[1]"),  # a full-width digit
        ("[1]", "［1］"),
        ("[1]", "〔1〕"),
        ("［１］", "〔1〕"),
    ],
)
def test_a_mark_cites_its_note_whatever_its_brackets_and_digits(
    body_mark: str, note_mark: str
) -> None:
    text = f"研究表明{body_mark}，效果显著[2]。\n参考文献\n{note_mark} 某某. 某书.\n[2] 某某. 某刊."
    notes = find_footnotes(text)
    cited = [(text[m.start : m.end], m.number) for m in notes.marks]
    assert cited == [(body_mark, 1), ("[2]", 2)]
    assert notes.items[0].start == text.index(note_mark)


def _listed_as_a_reference(text: str, notes: Footnotes, item: NoteItem) -> bool:
    """Whether ``item`` stands under a 参考文献 label: a work read, which no mark need cite."""
    labels = [(start, end) for start, end in notes.labels if end <= item.start]
    return bool(labels) and "参考文献" in text[labels[-1][0] : labels[-1][1]]


def test_a_bracketed_mark_does_not_cite_a_circled_note() -> None:
    assert find_footnotes("研究表明[1]，效果显著②。\n注释：\n①某书。\n②某刊。") is NO_FOOTNOTES
    references = find_footnotes("研究表明①，显著[2]。\n参考文献\n[1] 某书.\n[2] 某刊.")
    assert [mark.number for mark in references.marks] == [2], "① cites no [1]"


def test_a_reference_list_is_the_works_read_though_the_body_cites_none() -> None:
    notes = find_footnotes("研究表明效果显著。\n参考文献\n[1] 某某. 某书.\n[2] 某某. 某刊.")
    assert (len(notes.items), notes.marks) == (2, ())


STACKED = "\n".join(
    [
        "我们要深入学习有关重要论述①，研究表明［1］效果显著，",
        "这项工作要抓紧抓实②，其他研究[2]也表明了这一点①。",
        "注释：",
        "①《某某文选》第三卷，某出版社1993年版。",
        "②《某某论述摘编》，某出版社2020年版。",
        "参考文献：",
        "[1] 某某. 某书[M]. 北京: 某出版社, 2014.",
        "[2] 某某. 某刊[J]. 2020(1).",
    ]
)


def _cited(text: str) -> list[tuple[str, str]]:
    """Each mark and the first words of the note it cites."""
    notes = find_footnotes(text)
    return [
        (text[m.start : m.end], text[m.note.text_start : m.note.text_start + 4])
        for m in notes.marks
    ]


def test_stacked_blocks_are_all_notes_and_each_family_cites_its_own() -> None:
    notes = find_footnotes(STACKED)
    assert [STACKED[start:end] for start, end in notes.labels] == ["注释：", "参考文献："]
    assert [STACKED[i.start : i.mark_end] for i in notes.items] == ["①", "②", "[1]", "[2]"]
    assert _cited(STACKED) == [
        ("①", "《某某文"),
        ("［1］", "某某. "),
        ("②", "《某某论"),
        ("[2]", "某某. "),
        ("①", "《某某文"),
    ]
    assert _notes_start(notes) == STACKED.index("注释：")
    assert [m.start for m in notes.marks_of(notes.items[2])] == [STACKED.index("［1］")]


def test_a_page_s_unlabelled_footnotes_over_the_references_are_notes() -> None:
    text = "学习论述①，研究表明[1]。\n①《某某文选》第三卷。\n参考文献\n[1] 某某. 某书."
    notes = find_footnotes(text)
    assert [text[start:end] for start, end in notes.labels] == ["参考文献"]
    assert _notes_start(notes) == text.index("①《")
    assert _cited(text) == [("①", "《某某文"), ("[1]", "某某. ")]


def test_a_block_the_body_does_not_cite_in_full_stays_text_over_the_notes() -> None:
    # ② is never cited: the 注释 block is body text, its ① cites nothing, as the importer says.
    text = STACKED.replace("抓实②", "抓实")
    notes = find_footnotes(text)
    assert [text[start:end] for start, end in notes.labels] == ["参考文献："]
    assert _cited(text) == [("［1］", "某某. "), ("[2]", "某某. ")]
    assert notes_block(text.split("\n")) == range(5, 8)


def test_a_mark_cites_the_nearest_block_of_its_family_under_it() -> None:
    # Two ① blocks: the body cites the upper, a note of the upper cites the lower.
    text = "学习论述①。\n注：\n①某书，见①。\n尾注：\n①某刊。"
    notes = find_footnotes(text)
    upper, lower = notes.items
    assert [(m.start, m.note) for m in notes.marks] == [
        (text.index("论述①") + 2, upper),
        (text.index("见①") + 1, lower),
    ]


WRAPPED = "\n".join(
    [
        "我们要深入学习有关重要论述①，切实把思想统一到决策部署上来②。",
        "注释：",
        "①《某某文选》第三卷，某出版社1993年版，",
        "第373页。",
        "② Zhang San, A Study of the Reform of State-Owned",
        "Enterprises, Journal of Chinese Economics, 2020.",
    ]
)


def test_a_note_run_onto_the_next_line_holds_it() -> None:
    notes = find_footnotes(WRAPPED)
    first, second = notes.items
    assert WRAPPED[first.start : first.end] == "①《某某文选》第三卷，某出版社1993年版，\n第373页。"
    assert second.end == len(WRAPPED)
    assert note_words(WRAPPED, first) == "《某某文选》第三卷，某出版社1993年版，第373页。"
    assert note_words(WRAPPED, second) == (
        "Zhang San, A Study of the Reform of State-Owned "
        "Enterprises, Journal of Chinese Economics, 2020."
    )


@pytest.mark.parametrize(
    "after",
    [
        "今后还要继续努力。",  # body text after a finished note
        "二、下一步工作",  # a heading
        "2020年1月1日",  # a date line
        "某某市人民政府",  # a sign-off
    ],
)
def test_a_line_that_can_be_something_else_ends_the_block(after: str) -> None:
    assert find_footnotes(f"{ARTICLE}\n{after}") is NO_FOOTNOTES


def test_a_note_runs_on_a_few_lines_at_most() -> None:
    lines = ["研究表明[1]。", "参考文献", "[1] 某某, 某书,"]
    wrapped = ["某出版社,"] * (CONTINUATION_MAX - 1)
    assert find_footnotes("\n".join([*lines, *wrapped, "2014."]))
    assert not find_footnotes("\n".join([*lines, *wrapped, "某出版社,", "2014."]))


def test_the_reader_looks_as_far_up_as_a_note_runs() -> None:
    assert _NOTE_LINES_MAX == CONTINUATION_MAX + 1


_BODY_NO_NOTES = st.lists(
    st.sampled_from(
        ["论述", "①", "②", "[1]", "［1］", "〔2〕", "[２]", "\n", "\n[1] 某书.", "。", "注：", "."]
    ),
    max_size=40,
)


def test_a_bare_circled_line_under_bracketed_notes_is_no_note_without_a_label() -> None:
    # Found by the property below: [1] 某书. then ②论述 closing a text citing [1] and ②.
    assert not find_footnotes("论述[1]②\n[1] 某书.\n②论述")
    assert find_footnotes("论述[1]再论[2]\n[1] 某书.\n[2] 某刊.")


@given(_BODY_NO_NOTES)
def test_without_a_label_only_bracketed_notes_cited_in_order_close_a_text(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    lines = text.split("\n")
    label = next((i for i in range(len(lines) - 1, -1, -1) if is_label(lines[i])), None)
    if label is not None and label + 1 < len(lines) and opening_mark(lines[label + 1]):
        return  # a label over a note: maybe a block, tested above
    notes = find_footnotes(text)
    if notes:  # as a .docx's or a .md's notes: [1]… closing the text, first cited in order
        first = max(i for i, item in enumerate(notes.items) if item.number == 1)
        closing = notes.items[first:]
        assert (notes.labels, closing[-1].end) == ((), len(text))
        assert all(text[item.start] in "[［〔" for item in closing)
        firsts = dict.fromkeys(mark.number for mark in notes.marks if mark.note in closing)
        assert list(firsts) == list(range(1, len(closing) + 1))


def test_a_last_line_may_open_with_any_note_mark_and_only_those() -> None:
    # The marks are a set now, not a regex class: its edges as the class had them.
    for mark in ["①", "⑳", "[", "［", "〔"]:
        assert _may_end_on_notes(f"正文。\n{mark}某书。"), mark
    for other in ["⑴", "⓪", "(", "（", "【", "注"]:
        assert not _may_end_on_notes(f"正文。\n{other}某书。"), other
    assert not _may_end_on_notes("正文。\n")
