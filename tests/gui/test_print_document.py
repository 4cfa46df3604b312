"""Tests for desktop/gui/print_document.py: the speech as it prints."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.colors import COLOR_TABLE
from desktop.core.document import SpanKind, TextSpan
from desktop.core.records import SpeechContent
from desktop.gui.print_document import (
    PRINT_FONT_SIZE,
    PRINT_THEME,
    WORD_JOINER,
    PrintJob,
    build_print_document,
)
from desktop.gui.print_pages import KEEP_WITH_NEXT
from desktop.gui.reader.document import BlockRole
from desktop.gui.reader.title_plate import HEAD_GAP_EM
from tests.core.export.factory import Library, sample_library, speech_citing_its_notes

BLACK = QColor("#000000")


def _job(library: Library, speech: SpeechContent, **options: object) -> PrintJob:
    """A job printing ``speech`` with its annotations, in Chinese unless ``options`` say."""
    annotations = tuple(a for a in library.annotations if a.speech_id == speech.record.id)
    options.setdefault("language", "zh_CN")
    return PrintJob(speech, library.collections[0], annotations, **options)  # type: ignore[arg-type]


def _text(document: QTextDocument) -> str:
    """What the document prints: its text without the joiners holding marks to their words."""
    return document.toPlainText().replace(WORD_JOINER, "")


def _position(document: QTextDocument, words: str) -> int:
    """The document position of the first character of ``words`` in ``_text(document)``
    (no astral characters in these texts)."""
    printed = [i for i, char in enumerate(document.toPlainText()) if char != WORD_JOINER]
    return printed[_text(document).index(words)]


def _cursor_on(document: QTextDocument, words: str) -> QTextCursor:
    """A cursor on the first character of ``words``."""
    cursor = QTextCursor(document)
    cursor.setPosition(_position(document, words) + 1)  # the format of the character before
    return cursor


def _block_with(document: QTextDocument, words: str) -> QTextBlock:
    return document.findBlock(_position(document, words))


def test_the_speech_prints_with_numbered_marks_and_its_notes_after_the_text(
    qtbot: QtBot,
) -> None:
    library = sample_library()
    speech = library.speeches[0]
    document = build_print_document(_job(library, speech))
    text = _text(document)
    assert text.startswith("在全市效能革命工作会上的讲话")
    assert "两集中、两到位[批1]" in text  # the mark where the noted words end
    assert "效能是发展的保障[批3]" in text
    notes = text.index("Notes")
    assert notes > text.index("一个窗口对外")  # after the whole text
    assert "[批1]\t提法：两集中、两到位  #提法 #效能 革命" in text[notes:]
    assert "[批2]\t并联审批的做法\n第二行说明" in text[notes:]  # a note's second paragraph
    assert "[批3]\t金句，可用于开头" in text[notes:]
    assert "全篇结构清晰，可作范文。" in text[notes:]  # the note on the whole speech


def test_highlights_are_light_tints_and_the_text_is_black(qtbot: QtBot) -> None:
    library = sample_library()
    speech = library.speeches[0]
    document = build_print_document(_job(library, speech))
    tinted = _cursor_on(document, "效能是发展的保障").charFormat()
    assert tinted.background().color() == QColor(COLOR_TABLE["green"].fill)
    plain = _cursor_on(document, "发展是第一要务").charFormat()
    assert plain.background().style() == Qt.BrushStyle.NoBrush
    for words in ("在全市效能革命", "发展是第一要务", "一、提高认识", "金句，可用于开头"):
        assert _cursor_on(document, words).charFormat().foreground().color() == BLACK, words
    assert document.defaultFont().pointSizeF() == PRINT_FONT_SIZE


def test_lines_are_set_as_the_reader_sets_them(qtbot: QtBot) -> None:
    library = sample_library()
    document = build_print_document(_job(library, library.speeches[0]))
    title = _block_with(document, "在全市效能革命")
    assert title.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert title.blockFormat().property(0x100000) == BlockRole.TITLE.value  # UserProperty
    body = _block_with(document, "发展是第一要务").blockFormat()
    assert body.textIndent() > 0  # two characters in
    heading = _block_with(document, "一、提高认识").blockFormat()
    assert heading.property(0x100000) == BlockRole.HEADING_1.value


def test_text_only_prints_no_tint_mark_or_note(qtbot: QtBot) -> None:
    library = sample_library()
    speech = library.speeches[0]
    document = build_print_document(_job(library, speech, with_annotations=False))
    text = _text(document)
    assert "[批1]" not in text
    assert "金句" not in text
    assert "Notes" not in text
    tinted = _cursor_on(document, "效能是发展的保障").charFormat()
    assert tinted.background().style() == Qt.BrushStyle.NoBrush
    assert text == speech.text


def test_a_speech_without_a_title_line_prints_its_title_first(qtbot: QtBot) -> None:
    library = sample_library()
    other = library.speeches[1]  # its text opens with the body
    document = build_print_document(_job(library, other))
    first = document.firstBlock()
    assert first.text() == "关于作风建设的讲话"
    assert first.blockFormat().property(0x100000) == BlockRole.TITLE.value


def test_deleted_annotations_do_not_print_and_orphans_print_with_their_words(
    qtbot: QtBot,
) -> None:
    library = Library()
    library.add_collection("汇编")
    speech = library.add_speech(1)
    trashed = library.annotate(speech, "推进并联审批", color="pink", note="删掉的批注")
    library.annotations[-1] = replace(trashed, deleted="2024-05-01T00:00:00Z")
    lost = library.annotate(speech, "一个窗口对外", note="原文改了", state=AnchorState.ORPHANED)
    document = build_print_document(_job(library, speech))
    text = _text(document)
    assert "删掉的批注" not in text
    assert "「一个窗口对外」 原文改了" in text
    assert lost.kind == AnnotationKind.HIGHLIGHT


def test_full_width_punctuation_prints_as_the_reader_shows_it(qtbot: QtBot) -> None:
    library = Library()
    library.add_collection("汇编")
    speech = library.add_speech(1, "我们要改进作风,提高效率。", title="标题")
    document = build_print_document(_job(library, speech, fullwidth_punctuation=True))
    assert _text(document) == "标题\n我们要改进作风，提高效率。"


def test_a_selection_prints_only_its_words_and_the_notes_ending_in_it(qtbot: QtBot) -> None:
    library = sample_library()
    speech = library.speeches[0]
    start = speech.text.index("效能是发展的保障")
    end = speech.text.index("二是要提高效率")
    document = build_print_document(_job(library, speech, selection=(start, end)))
    text = _text(document)
    cited = "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）"
    assert text.startswith(f"效能是发展的保障[批3]。一是要改进作风，\n{cited}\nNotes\n")
    assert document.firstBlock().blockFormat().textIndent() == 0, "it starts mid-paragraph"
    assert "[批3]\t金句，可用于开头" in text
    assert "提法" not in text  # note 1's words are outside the selection
    assert "全篇结构清晰" not in text  # notes on the whole speech go with the whole speech


def test_headings_and_the_notes_heading_keep_with_the_line_after_them(qtbot: QtBot) -> None:
    library = sample_library()
    document = build_print_document(_job(library, library.speeches[0]))

    def kept(words: str) -> bool:
        return _block_with(document, words).blockFormat().boolProperty(KEEP_WITH_NEXT)

    assert kept("在全市效能革命")  # the title
    assert kept("一、提高认识")
    assert kept("Notes")
    assert not kept("发展是第一要务")
    assert not kept("金句，可用于开头")


def _speech_citing_notes(library: Library) -> SpeechContent:
    """The first sample speech's record over a text whose body cites the notes closing it."""
    text = "\n".join(
        [
            "关于某项工作的讲话",
            "我们要深入学习有关重要论述①，切实把思想统一到决策部署上来。",
            "各级党组织要担负起主体责任[2]，把这项工作抓紧抓实。",
            "注释：",
            "①《某某文选》第三卷，某出版社1993年版。",
            "[2] 某某. 某刊[J]. 2020(1).",
        ]
    )
    return SpeechContent(record=library.speeches[0].record, text=text)


def _is_quiet_superscript(fmt: QTextCharFormat) -> bool:
    raised = fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    return raised and fmt.foreground().color() == QColor(PRINT_THEME.muted)


def test_a_speechs_note_marks_print_raised_and_quieter_as_the_reader_sets_them(
    qtbot: QtBot,
) -> None:
    library = sample_library()
    document = build_print_document(_job(library, _speech_citing_notes(library)))
    assert _is_quiet_superscript(_cursor_on(document, "①，切实").charFormat())
    assert _is_quiet_superscript(_cursor_on(document, "[2]，把这").charFormat())
    for words in ("论述①", "，切实", "，把这", "《某某文选》"):
        # Only the marks themselves: the words around them, and a note's own number, stay.
        fmt = _cursor_on(document, words).charFormat()
        assert fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignNormal, words
        assert fmt.foreground().color() == BLACK, words
    opening = _cursor_on(document, "①《某某文选》").charFormat()
    assert opening.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignNormal


def test_stacked_notes_blocks_both_print_as_notes_with_their_marks_raised(qtbot: QtBot) -> None:
    library = sample_library()
    text = "\n".join(
        [
            "关于某项工作的讲话",
            "我们要深入学习有关重要论述①，研究表明［1］，效果显著。",
            "各级党组织要担负起主体责任②，另有研究[2]也表明了这一点。",
            "注释：",
            "①《某某文选》第三卷，某出版社1993年版。",
            "②《某某论述摘编》，某出版社2020年版。",
            "参考文献：",
            "[1] 某某. 论某项工作[J]. 某某研究, 2020(1): 1-10.",
            "[2] 某某. 某书[M]. 北京: 某出版社, 2014.",
        ]
    )
    speech = SpeechContent(record=library.speeches[0].record, text=text)
    document = build_print_document(_job(library, speech, with_annotations=False))
    for mark in ("①，研究", "［1］，效果", "②，另有", "[2]也"):
        assert _is_quiet_superscript(_cursor_on(document, mark).charFormat()), mark
    body = _block_with(document, "我们要深入").charFormat().font().pointSizeF()
    note_lines = ["①《某某文选》", "②《某某论述", "[1] 某某. 论", "[2] 某某. 某书"]
    sizes = {_block_with(document, words).charFormat().font().pointSizeF() for words in note_lines}
    assert len(sizes) == 1, "the two blocks' notes look alike"
    assert sizes.pop() < body, "set as notes, smaller than the body"
    labels = [_block_with(document, words).charFormat() for words in ("注释：", "参考文献：")]
    assert labels[0].foreground().color() == labels[1].foreground().color() != BLACK


def test_a_selection_entering_a_line_mid_way_still_raises_its_marks(qtbot: QtBot) -> None:
    library = sample_library()
    speech = _speech_citing_notes(library)
    start = speech.text.index("学习")
    document = build_print_document(_job(library, speech, selection=(start, start + 20)))
    assert _text(document).startswith("学习有关重要论述①，")
    assert _is_quiet_superscript(_cursor_on(document, "①，切实").charFormat())
    assert not _is_quiet_superscript(_cursor_on(document, "述①").charFormat())


def test_an_english_printout_marks_the_notes_a1_a2(qtbot: QtBot) -> None:
    library = sample_library()
    document = build_print_document(_job(library, library.speeches[0], language="en"))
    text = _text(document)
    assert "两集中、两到位[A1]" in text
    assert "[A1]\t提法：两集中、两到位" in text[text.index("Notes") :]
    assert "[批" not in text


def test_the_users_marker_and_the_speechs_own_note_mark_print_apart(qtbot: QtBot) -> None:
    library = Library()
    speech = speech_citing_its_notes(library)
    document = build_print_document(_job(library, speech))
    text = _text(document)
    assert "各项任务[批1]，深入领会会议精神［1］。" in text
    # Both raised: the user's in the text's ink, the speech's own quieter, as the reader sets it.
    user = _cursor_on(document, "[批1]，").charFormat()
    assert user.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    assert user.foreground().color() == BLACK
    assert _is_quiet_superscript(_cursor_on(document, "［1］。").charFormat())
    # Two lists, each leading with its own kind of mark.
    assert "注释：\n［1］《某某文选》" in text
    assert text[text.index("Notes") :] == "Notes\n[批1]\t抓落实"


def test_notes_stand_in_by_their_widest_marker_and_their_words_line_up(qtbot: QtBot) -> None:
    """Twelve notes: [批12] is wider than two characters; every note's lines stand in by the
    widest marker, and a tab takes each first line's words there: [批1]'s and [批12]'s words
    start at one place."""
    library = Library()
    collection = library.add_collection("讲话汇编")
    text = "。".join(f"第{n}条意见要落实到位" for n in range(1, 13)) + "。"
    speech = library.add_speech(collection, text, title="关于落实意见的讲话")
    for n in range(1, 13):
        library.annotate(speech, f"第{n}条意见", note=f"批注{n}")
    document = build_print_document(
        PrintJob(speech, collection, tuple(library.annotations), language="zh_CN")
    )
    blocks = [_block_with(document, f"[批{n}]\t批注{n}") for n in (1, 9, 12)]
    formats = [block.blockFormat() for block in blocks]
    margins = {fmt.leftMargin() for fmt in formats}
    assert len(margins) == 1
    [margin] = margins
    assert all(fmt.textIndent() == -margin for fmt in formats)
    font = blocks[-1].charFormat().font()
    assert margin >= QFontMetricsF(font).horizontalAdvance("[批12] ")
    assert all([tab.position for tab in fmt.tabPositions()] == [margin] for fmt in formats)


def test_a_job_names_its_language_as_only_the_window_knows_it() -> None:
    library = sample_library()
    speech = library.speeches[0]
    with pytest.raises(TypeError, match="language"):
        PrintJob(speech, library.collections[0])  # type: ignore[call-arg]


def _line_starts(block: QTextBlock) -> list[int]:
    layout = block.layout()
    return [block.position() + layout.lineAt(i).textStart() for i in range(layout.lineCount())]


@pytest.mark.parametrize("mark", ["［1］。", "[批1]，"])
def test_a_mark_at_a_lines_end_keeps_to_the_word_before_it(qtbot: QtBot, mark: str) -> None:
    """The page is made just too narrow for the mark after the words before it: the mark
    goes to the next line with the last character it follows, never on its own."""
    library = Library()
    document = build_print_document(_job(library, speech_citing_its_notes(library)))
    document.setTextWidth(1000)
    document.size()  # laid out: the mark's place on its one line
    block = _block_with(document, mark)
    position = _position(document, mark)
    line = block.layout().lineForTextPosition(position - block.position())
    assert line.isValid()
    x, _ = line.cursorToX(position - block.position())
    document.setTextWidth(x + 0.5)
    document.size()
    starts = _line_starts(block)
    assert len(starts) > 1
    joined = position - len(WORD_JOINER) - 1  # the character the mark follows
    assert position not in starts
    assert joined in starts
    assert WORD_JOINER not in _text(document)


def test_a_highlight_whose_words_changed_prints_the_words_first_marked(qtbot: QtBot) -> None:
    """Its mark [批1] leads to a note saying what was marked, as the annotated exports say it
    (the note printed empty: a bare [批1] under 批注)."""
    library = Library()
    library.add_collection("汇编")
    speech = library.add_speech(1, "有学者指出：文风不正，危害甚大。", title="标题")
    moved = library.annotate(speech, "文风不正，危害甚大", state=AnchorState.FUZZY)
    library.annotations[-1] = replace(moved, marked_quote="文风不正，危害极大")
    text = _text(build_print_document(_job(library, speech)))
    assert "危害甚大[批1]" in text
    assert "[批1]\t标注时原文：“文风不正，危害极大”" in text


def test_a_highlight_without_a_note_prints_the_words_it_marks_then_its_tags(
    qtbot: QtBot,
) -> None:
    """Read away from the text, "[批1] #提法" alone would not say what was marked."""
    library = Library()
    library.add_collection("汇编")
    speech = library.add_speech(1, "我们要推动高质量发展，\n坚持稳中求进。", title="标题")
    library.annotate(speech, "高质量发展", note="", tags=("提法",))
    library.annotate(speech, "坚持稳中求进", note="关键表述", tags=("金句",))
    text = _text(build_print_document(_job(library, speech)))
    assert "[批1]\t「高质量发展」 #提法" in text
    assert "[批2]\t关键表述  #金句" in text  # a note says what it says: no quote before it


def test_a_title_printed_first_stands_apart_from_the_salutation_under_it(qtbot: QtBot) -> None:
    library = sample_library()
    other = library.speeches[1]  # its text opens with the body, as a compilation's speech may
    document = build_print_document(_job(library, other))
    title = document.firstBlock()
    layout = document.documentLayout()
    gap = layout.blockBoundingRect(title.next()).top() - layout.blockBoundingRect(title).bottom()
    em = QFontMetricsF(document.defaultFont()).horizontalAdvance("国")
    assert gap >= HEAD_GAP_EM * em, "as the reader's title plate leaves room under the title"


def test_the_salutation_stands_apart_from_a_head_ending_on_its_date(qtbot: QtBot) -> None:
    library = Library()
    library.add_collection("汇编")
    text = "标题\n（2016年4月15日）\n同志们：\n正文。"
    speech = library.add_speech(1, text, title="标题")
    speech.spans = [
        TextSpan(kind, text.index(words), text.index(words) + len(words))
        for kind, words in (
            (SpanKind.TITLE, "标题"),
            (SpanKind.DATE, "（2016年4月15日）"),
            (SpanKind.SALUTATION, "同志们："),
        )
    ]
    document = build_print_document(_job(library, speech))
    date = document.findBlockByNumber(1)
    assert date.text() == "（2016年4月15日）"
    layout = document.documentLayout()
    gap = layout.blockBoundingRect(date.next()).top() - layout.blockBoundingRect(date).bottom()
    em = QFontMetricsF(document.defaultFont()).horizontalAdvance("国")
    assert gap >= HEAD_GAP_EM * em, "as on the page: the head, then room, then 同志们："


def test_a_link_in_a_note_prints_as_a_link_and_an_unsafe_one_as_typed(qtbot: QtBot) -> None:
    library = Library()
    library.add_collection("汇编")
    speech = library.add_speech(1, "我们要推动高质量发展。", title="标题")
    library.annotate(speech, "高质量发展", note="见[通知](https://www.gov.cn/a) [坏](javascript:x)")
    document = build_print_document(_job(library, speech))
    assert "[批1]\t见通知 [坏](javascript:x)" in _text(document)
    link = _cursor_on(document, "通知").charFormat()
    assert link.isAnchor()
    assert link.anchorHref() == "https://www.gov.cn/a"
    assert not _cursor_on(document, "[坏]").charFormat().isAnchor()


def test_an_english_paragraph_prints_ragged_right_the_chinese_justified(qtbot: QtBot) -> None:
    library = sample_library()
    speech = library.speeches[0]
    english = (
        "Advancing the efficiency revolution is an important measure for comprehensively "
        "improving the government's governance capacity."
    )
    text = f"{speech.text}\n{english}"
    bilingual = replace(speech, record=speech.record._replace(length=len(text)), text=text)
    document = build_print_document(_job(library, bilingual))
    alignment = Qt.AlignmentFlag.AlignHorizontal_Mask
    translated = _block_with(document, "Advancing the efficiency").blockFormat()
    assert translated.alignment() & alignment == Qt.AlignmentFlag.AlignLeft
    chinese = _block_with(document, "发展是第一要务").blockFormat()
    assert chinese.alignment() & alignment == Qt.AlignmentFlag.AlignJustify
