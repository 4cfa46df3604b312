"""Tests for desktop/gui/reader/document.py: blocks, roles and formats of a speech."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.core.document import SpanKind, TextSpan
from desktop.core.importing.pipeline import import_bytes
from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.reader.document import (
    HEAD_GAP_EM,
    BlockRole,
    ReaderStyle,
    block_roles,
    bold_runs,
    build_document,
    paragraph_starts,
)
from desktop.gui.reader.line_hints import page_map
from tests.gui.reader.conftest import build_speech
from tests.gui.reader.helpers import page_text


@pytest.fixture
def document(qtbot: QtBot, speech: SpeechContent) -> QTextDocument:
    return build_document(speech, ReaderStyle())


def _block(document: QTextDocument, speech: SpeechContent, words: str):
    return document.findBlock(
        speech.text.index(words) + ("𠮷" in speech.text[: speech.text.index(words)])
    )


def test_paragraph_starts() -> None:
    assert paragraph_starts("甲\n乙丙\n\n丁") == [0, 2, 5, 6]
    assert paragraph_starts("") == [0]


def test_roles_from_spans_and_outline(speech: SpeechContent) -> None:
    roles = block_roles(speech, paragraph_starts(speech.text))
    assert roles[0] == BlockRole.TITLE
    assert roles[1] == BlockRole.DATE
    assert roles[2] == BlockRole.SPEAKER
    assert roles[3] == BlockRole.SALUTATION
    assert roles[5] == BlockRole.HEADING_1
    assert 6 not in roles  # the (一) heading is glued to its paragraph: body text, bold words
    assert 7 not in roles


def test_glued_headings_and_points_are_bold_runs(speech: SpeechContent) -> None:
    runs = bold_runs(speech, paragraph_starts(speech.text))
    assert [speech.text[start:end] for start, end in runs] == [
        "(一)加强领导",
        "第一,要加强思想教育",
    ]


def test_whole_line_headings_by_level() -> None:
    speech = build_speech(
        ["题目", "一、大标题", "正文。", "(一)小标题", "1.第三级"], heading_at={1: 1, 3: 2, 4: 3}
    )
    roles = block_roles(speech, paragraph_starts(speech.text))
    assert roles == {1: BlockRole.HEADING_1, 3: BlockRole.HEADING_2, 4: BlockRole.HEADING_3}
    assert bold_runs(speech, paragraph_starts(speech.text)) == []


def test_one_block_per_paragraph_with_the_same_text(
    document: QTextDocument, speech: SpeechContent
) -> None:
    assert document.blockCount() == speech.text.count("\n") + 1
    assert page_text(document) == speech.text
    assert not document.isUndoRedoEnabled()


def test_body_paragraphs_are_indented_two_characters_and_justified(
    document: QTextDocument, speech: SpeechContent
) -> None:
    style = ReaderStyle()
    body = _block(document, speech, "第9段")
    assert body.blockFormat().textIndent() == pytest.approx(2 * style.em)
    assert body.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert body.blockFormat().lineHeight() == pytest.approx(style.line_height_percent)
    salutation = _block(document, speech, "同志们")
    assert salutation.blockFormat().textIndent() == 0


def test_title_is_centred_and_larger(document: QTextDocument, speech: SpeechContent) -> None:
    title = document.firstBlock()
    assert title.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    size = title.begin().fragment().charFormat().fontPointSize()
    assert size > ReaderStyle().font_size * 1.3


def test_glued_heading_words_are_bold_and_the_rest_is_not(
    document: QTextDocument, speech: SpeechContent
) -> None:
    start = speech.text.index("(一)加强领导") + 1  # one astral character earlier in the text
    cursor = QTextCursor(document)
    cursor.setPosition(start + 2)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    cursor.setPosition(start + 12)
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold


def test_fullwidth_option_changes_only_punctuation(speech: SpeechContent) -> None:
    document = build_document(speech, ReaderStyle(fullwidth_punctuation=True))
    shown = page_text(document)
    assert len(shown) == len(speech.text)
    assert "今天，市委" in shown
    assert document.blockCount() == speech.text.count("\n") + 1


def test_document_with_empty_paragraphs_and_no_outline() -> None:
    speech = build_speech(["标题", "", "正文"])
    document = build_document(speech, ReaderStyle())
    assert document.blockCount() == 3


def _with_spans(speech: SpeechContent, kinds: dict[int, str]) -> SpeechContent:
    """``speech`` with whole-paragraph spans of ``kinds`` (paragraph index → span kind)."""
    starts = paragraph_starts(speech.text)
    lines = speech.text.split("\n")
    speech.spans = [
        TextSpan(kind, starts[index], starts[index] + len(lines[index]))
        for index, kind in sorted(kinds.items())
    ]
    return speech


def _signed_notice() -> SpeechContent:
    paragraphs = ["关于做好防汛工作的通知", "2021年5月1日", "各单位：", "现将有关事项通知如下。"]
    paragraphs += ["一、提高认识", "各地要高度重视。", "某某县人民政府办公室", "2021年5月6日"]
    kinds = {0: SpanKind.TITLE, 1: SpanKind.DATE, 2: SpanKind.SALUTATION}
    kinds |= {6: SpanKind.SIGNATURE, 7: SpanKind.DATE}
    return _with_spans(build_speech(paragraphs, heading_at={4: 1}), kinds)


def test_a_date_after_the_body_closes_the_speech() -> None:
    speech = _signed_notice()
    roles = block_roles(speech, paragraph_starts(speech.text))
    assert roles[1] == BlockRole.DATE
    assert roles[6] == BlockRole.SIGNATURE
    assert roles[7] == BlockRole.CLOSING_DATE


def test_a_date_after_an_opening_heading_closes_the_speech_too() -> None:
    speech = build_speech(
        ["题目", "2024年9月8日", "一、大标题", "正文。", "2024年9月9日"], heading_at={2: 1}
    )
    speech = _with_spans(speech, {0: SpanKind.TITLE, 1: SpanKind.DATE, 4: SpanKind.DATE})
    roles = block_roles(speech, paragraph_starts(speech.text))
    assert (roles[1], roles[4]) == (BlockRole.DATE, BlockRole.CLOSING_DATE)


def test_a_head_with_no_body_keeps_its_dates_centred() -> None:
    speech = build_speech(["题目", "2024年9月8日"])
    speech = _with_spans(speech, {0: SpanKind.TITLE, 1: SpanKind.DATE})
    roles = block_roles(speech, paragraph_starts(speech.text))
    assert roles == {0: BlockRole.TITLE, 1: BlockRole.DATE}


def test_the_sign_off_is_set_at_the_right_two_characters_in() -> None:
    speech = _signed_notice()
    document = build_document(speech, ReaderStyle())
    assert page_text(document) == speech.text
    em = ReaderStyle().em
    blocks = [document.findBlockByNumber(index).blockFormat() for index in (1, 6, 7)]
    title_date, signature, closing_date = blocks
    assert title_date.alignment() & Qt.AlignmentFlag.AlignHCenter
    for sign_off in (signature, closing_date):
        assert sign_off.alignment() & Qt.AlignmentFlag.AlignRight
        assert sign_off.rightMargin() == pytest.approx(2 * em)
        assert sign_off.textIndent() == 0
    assert signature.topMargin() > document.findBlockByNumber(5).blockFormat().topMargin()
    position = speech.text.index("某某县人民政府办公室")
    assert document.findBlock(page_map(document, speech.text).to_utf16(position)).blockNumber() == 6


def _imported(body: str) -> SpeechContent:
    """A speech as the importer reads it from a file, as the library gives it to the reader."""
    head = "在全市作风建设工作会议上的讲话\n（2016年4月15日）\n同志们：\n"
    speech = import_bytes((head + body).encode("utf-8"), "讲话.txt").speeches[0]
    record = SpeechRecord(1, 1, 1, speech.title, speech.date, None, None, len(speech.text), "h")
    return SpeechContent(record, speech.text, speech.outline, speech.spans)


def _is_bold(document: QTextDocument, text: str, offset: int) -> bool:
    cursor = QTextCursor(document)
    # The format of the character before the cursor (past the hints put in the page).
    cursor.setPosition(page_map(document, text).to_utf16(offset + 1))
    return cursor.charFormat().fontWeight() == QFont.Weight.Bold


def test_a_paragraph_of_points_is_bold_only_in_each_lead_clause() -> None:
    points = "一是加强领导，落实责任；二是完善制度，规范管理；三是强化监督，严格考核。"
    speech = _imported(f"一、加强作风建设\n{points}\n")
    document = build_document(speech, ReaderStyle())
    start = speech.text.index(points)
    bold = "".join(c for i, c in enumerate(points) if _is_bold(document, speech.text, start + i))
    assert bold == "一是加强领导，二是完善制度，三是强化监督，"


def test_a_salutation_opening_a_paragraph_of_body_text_leaves_it_a_body_paragraph() -> None:
    appeal = "同志们！新征程上，我们要真抓实干、埋头苦干，为全面建设现代化城市而努力奋斗！"
    speech = build_speech(["题目", "同志们：", "现将有关事项通报如下。", appeal])
    speech = _with_spans(speech, {0: SpanKind.TITLE, 1: SpanKind.SALUTATION})
    closing = speech.text.index(appeal)
    spans = [*speech.spans, TextSpan(SpanKind.SALUTATION, closing, closing + 4)]
    speech = SpeechContent(record=speech.record, text=speech.text, outline=[], spans=spans)
    roles = block_roles(speech, paragraph_starts(speech.text))
    # The closing appeal is set as the body is (indented, justified); the opening one stands alone.
    assert roles == {0: BlockRole.TITLE, 1: BlockRole.SALUTATION}
    document = build_document(speech, ReaderStyle())
    assert document.findBlockByNumber(3).blockFormat().textIndent() == pytest.approx(
        2 * ReaderStyle().em
    )


def test_the_salutation_stands_clear_of_a_head_ending_on_its_date() -> None:
    speech = build_speech(["题目", "（2024年9月8日）", "同志们：", "正文。"])
    speech = _with_spans(speech, {0: SpanKind.TITLE, 1: SpanKind.DATE, 2: SpanKind.SALUTATION})
    document = build_document(speech, ReaderStyle())
    em = ReaderStyle().em
    assert document.findBlockByNumber(1).blockFormat().bottomMargin() == pytest.approx(
        HEAD_GAP_EM * em
    ), "as much room as under a speaker's line"
    assert document.findBlockByNumber(0).blockFormat().bottomMargin() < HEAD_GAP_EM * em


def test_a_head_followed_by_a_heading_keeps_its_own_spacing() -> None:
    speech = build_speech(["题目", "（2024年9月8日）", "一、大标题", "正文。"], heading_at={2: 1})
    speech = _with_spans(speech, {0: SpanKind.TITLE, 1: SpanKind.DATE})
    document = build_document(speech, ReaderStyle())
    date = document.findBlockByNumber(1).blockFormat()
    assert date.bottomMargin() < HEAD_GAP_EM * ReaderStyle().em, "the heading brings its room"
