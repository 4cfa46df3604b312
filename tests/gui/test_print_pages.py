"""Tests for desktop/gui/print_pages.py: pages painted with a numbered footer."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import (
    QFontMetricsF,
    QPageLayout,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.core.errors import CancelledError
from desktop.gui.i18n import Language
from desktop.gui.print_document import (
    PRINT_FONT_SIZE,
    WORD_JOINER,
    PrintJob,
    build_print_document,
)
from desktop.gui.print_hints import PRINT_HINTS
from desktop.gui.print_pages import (
    KEEP_WITH_NEXT,
    OFFICIAL_FOOTER,
    FooterStyle,
    footer_font,
    page_label,
    paint_document,
)
from desktop.gui.theme import reader_font
from tests.core.export.factory import Library, speech_citing_its_notes
from tests.gui.print_helpers import normalised, pdf_pages, pdf_printer
from tests.gui.ui_languages import ui_language  # noqa: F401 (a fixture)


def _long_document() -> QTextDocument:
    document = QTextDocument()
    # The print font: what the application's font is depends on the tests run before.
    document.setDefaultFont(reader_font(PRINT_FONT_SIZE))
    document.setPlainText("\n".join(f"第{n}段效能是发展的保障。" for n in range(1, 121)))
    return document


def test_every_page_has_its_number_in_the_footer(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    printer = pdf_printer(path)
    count = paint_document(printer, _long_document())
    pages = pdf_pages(path)
    assert count == len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert text.endswith(f"Page{number}")
    assert pages[0].startswith("第1段效能是发展的保障。")
    assert "第120段" in pages[-1]
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    margins = printer.pageLayout().margins(QPageLayout.Unit.Millimeter)
    assert margins.left() == margins.right() == 25


def test_a_page_range_prints_only_those_pages(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    printer = pdf_printer(path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert paint_document(printer, _long_document()) == 1
    (only,) = pdf_pages(path)
    assert only.endswith("Page2")
    assert not only.startswith("第1段")


def test_the_last_page_first_when_the_printer_asks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    printer = pdf_printer(path)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    paint_document(printer, _long_document(), FooterStyle(lambda number: f"p{number}", 9))
    pages = pdf_pages(path)
    assert [text[-2:] for text in pages] == [f"p{n}" for n in range(len(pages), 0, -1)]


def _long_speech_document() -> tuple[str, QTextDocument]:
    """A speech of one- to four-line paragraphs, each unique, as it prints; and its text.

    The text has no title line: the printout puts the speech's title first.
    """
    library = Library()
    collection = library.add_collection("讲话汇编")
    sentence = "效能是发展的保障，改革是发展的动力。"
    text = "\n".join(f"第{n}段，" + sentence * (1 + n % 4) for n in range(1, 81))
    speech = library.add_speech(collection, text, title="关于提高效能的讲话")
    job = PrintJob(speech, library.collections[0], (), language="zh_CN")
    return text, build_print_document(job)


def test_each_line_prints_once_across_the_page_breaks(qtbot: QtBot, tmp_path: Path) -> None:
    """A paragraph cut by a page break is drawn line by line: no line on both pages."""
    text, document = _long_speech_document()
    path = tmp_path / "speech.pdf"
    count = paint_document(pdf_printer(path), document)
    pages = pdf_pages(path)
    assert count == len(pages) > 3
    bodies = []
    for number, page in enumerate(pages, 1):
        assert page.endswith(f"Page{number}")
        bodies.append(page.removesuffix(f"Page{number}"))
    printed = "".join(bodies)
    assert printed.startswith("关于提高效能的讲话第1段")
    for line in text.splitlines():
        assert printed.count(normalised(line)) == 1, line
    # Once each and in reading order: a cut paragraph's lines on the next page come first.
    shown = document.toPlainText().translate(dict.fromkeys(map(ord, PRINT_HINTS)))
    assert printed == normalised(shown)  # the line-break hints print nothing


def test_latin_words_with_digits_read_back_from_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    """Copied or searched, a printed PDF gives the words printed: digits after Latin letters
    (shaped in the CJK font, Qt's PDF left them out of its text map) included."""
    library = Library()
    collection = library.add_collection("讲话汇编")
    text = "一、关于G20峰会\n要抓好5G网络建设，做好COVID-19防控，落实A1类项目和abc123号文件。"
    speech = library.add_speech(collection, text, title="关于G20峰会的讲话")
    path = tmp_path / "speech.pdf"
    job = PrintJob(speech, collection, (), language="zh_CN")
    paint_document(pdf_printer(path), build_print_document(job))
    [page] = pdf_pages(path)
    for words in ("关于G20峰会的讲话", "一、关于G20峰会", "5G网络", "COVID-19", "A1类", "abc123"):
        assert words in page


def test_a_paragraph_longer_than_a_page_prints_each_line_once(qtbot: QtBot, tmp_path: Path) -> None:
    document = _long_document()
    text = "".join(f"第{n}句效能是发展的保障。" for n in range(1, 401))
    document.setPlainText(f"开头一段。\n{text}\n结尾一段。")
    path = tmp_path / "long.pdf"
    count = paint_document(pdf_printer(path), document)
    pages = pdf_pages(path)
    assert count == len(pages) >= 3  # the middle page is all one paragraph
    printed = "".join(page.removesuffix(f"Page{n}") for n, page in enumerate(pages, 1))
    shown = document.toPlainText().translate(dict.fromkeys(map(ord, PRINT_HINTS)))
    assert printed == normalised(shown)  # the line-break hints print nothing


@pytest.fixture
def language(ui_language: Language) -> Language:  # noqa: F811 (the imported fixture)
    """The UI language the test runs in, English then Chinese."""
    return ui_language


def test_the_footer_speaks_the_ui_language(qtbot: QtBot, language: Language) -> None:
    expected = {Language.ENGLISH: "Page 3", Language.CHINESE: "第3页"}
    assert page_label(3) == expected[language]


def _label_left_edge(path: Path, page: int) -> tuple[str, float]:
    """The last text painted on ``page`` (0-based) of the PDF and where it starts, in points."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append((text, cm[0] * tm[4] + cm[4]))

    pypdf.PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found[-1]


def test_official_page_numbers_sit_at_the_outer_edge_one_character_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "official.pdf"
    printer = pdf_printer(path)
    count = paint_document(printer, _long_document(), OFFICIAL_FOOTER)
    pages = pdf_pages(path)
    assert count == len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert text.endswith(f"\N{EM DASH}{number}\N{EM DASH}")
    margins = printer.pageLayout().margins(QPageLayout.Unit.Point)
    right_edge = printer.pageLayout().fullRect(QPageLayout.Unit.Point).width() - margins.right()
    em = 14.0  # one character of GB/T 9704's 4号 figures
    metrics = QFontMetricsF(footer_font(em), printer)
    for page, expected_edge in ((0, "right"), (1, "left")):
        label, left = _label_left_edge(path, page)
        assert label.split() == ["\N{EM DASH}", str(page + 1), "\N{EM DASH}"]
        if expected_edge == "left":  # even pages
            assert left == pytest.approx(margins.left() + em, abs=0.5)
        else:
            width = metrics.horizontalAdvance(label.replace("\t", " ")) * 72 / printer.resolution()
            assert left + width == pytest.approx(right_edge - em, abs=0.5)


def _headed_document(lines_before: int) -> QTextDocument:
    """Body lines, then a heading kept with the paragraph after it, then more body lines."""
    document = _long_document()
    document.setPlainText("")
    cursor = QTextCursor(document)
    body, heading = QTextBlockFormat(), QTextBlockFormat()
    heading.setProperty(KEEP_WITH_NEXT, True)
    heading.setTopMargin(20)
    cursor.insertText("第1段效能是发展的保障。")
    for number in range(2, lines_before + 1):
        cursor.insertBlock(body)
        cursor.insertText(f"第{number}段效能是发展的保障。")
    cursor.insertBlock(heading)
    cursor.insertText("二、提高思想认识")
    for number in range(10):
        cursor.insertBlock(body)
        cursor.insertText(f"正文第{number}段。")
    return document


def _page(document: QTextDocument, block: QTextBlock) -> int:
    """The page where ``block``'s first line is printed."""
    top = document.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineAt(0).rect()
    return int((top + line.bottom() - 1) // document.pageSize().height())


def test_a_heading_is_never_the_last_line_of_a_page(qtbot: QtBot, tmp_path: Path) -> None:
    """Wherever the heading falls, the paragraph it introduces starts on its page."""
    lines_on_a_page = 32  # at the print size, about 30 lines fill A4: each place is tried
    moved = 0
    for lines_before in range(20, 20 + lines_on_a_page):
        document = _headed_document(lines_before)
        paint_document(pdf_printer(tmp_path / "out.pdf"), document)
        heading = document.findBlockByNumber(lines_before)
        assert heading.text() == "二、提高思想认识"
        assert _page(document, heading) == _page(document, heading.next())
        policy = heading.blockFormat().pageBreakPolicy()
        moved += policy == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    assert 1 <= moved <= 2  # only where it fell at a page's foot (its margin or its line)


def test_note_marks_read_back_from_the_pdf_as_printed(qtbot: QtBot, tmp_path: Path) -> None:
    """The joiners holding marks to their words (``print_document.WORD_JOINER``) print nothing:
    the PDF reads the words and their marks as the speech has them."""
    library = Library()
    speech = speech_citing_its_notes(library)
    collection = library.collections[0]
    items = tuple(library.annotations)
    document = build_print_document(PrintJob(speech, collection, items, language="zh_CN"))
    assert WORD_JOINER in document.toPlainText()
    path = tmp_path / "marks.pdf"
    paint_document(pdf_printer(path), document)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert WORD_JOINER not in text
    [page] = pdf_pages(path)
    assert normalised("各项任务[批1]，深入领会会议精神［1］。") in page


def test_a_wrapping_title_prints_in_even_lines(qtbot: QtBot, tmp_path: Path) -> None:
    """The page's width wraps a long title onto one character alone: printed, its lines even."""
    library = Library()
    collection = library.add_collection("讲话汇编")
    words = (
        "关于深化改革扩大开放推动经济社会持续健康发展全面建设小康社会奋斗目标坚持以人为本统筹城乡"
    )

    def printed_title(title: str, *, paint: bool) -> tuple[QTextDocument, list[int]]:
        speech = library.add_speech(collection, "要抓好效能建设。" * 40, title=title)
        document = build_print_document(PrintJob(speech, collection, (), language="zh_CN"))
        if paint:
            paint_document(pdf_printer(tmp_path / "out.pdf"), document)
        else:
            document.setPageSize(page)
        block = document.firstBlock()
        document.documentLayout().blockBoundingRect(block)
        lines = [block.layout().lineAt(i).textLength() for i in range(block.layout().lineCount())]
        return document, lines

    page = printed_title(words[:4], paint=True)[0].pageSize()
    per_line = printed_title(words, paint=False)[1][0]
    title = words[: per_line + 1]
    assert printed_title(title, paint=False)[1] == [per_line, 1]
    document, lines = printed_title(title, paint=True)
    assert document.firstBlock().text() == title
    assert len(lines) == 2
    assert abs(lines[0] - lines[1]) <= 2


def _parts_document(paragraphs: int) -> QTextDocument:
    """Ten parts of ``paragraphs`` paragraphs, each under a heading kept with the next line."""
    document = _long_document()
    document.setPlainText("")
    cursor = QTextCursor(document)
    body, heading = QTextBlockFormat(), QTextBlockFormat()
    heading.setProperty(KEEP_WITH_NEXT, True)
    heading.setTopMargin(20)
    cursor.setBlockFormat(heading)
    for part, numeral in enumerate("一二三四五六七八九十", 1):
        if part > 1:
            cursor.insertBlock(heading)
        cursor.insertText(f"{numeral}、关于第{part}方面的工作")
        for number in range(paragraphs):
            cursor.insertBlock(body)
            sentences = "效能是发展的保障，改革是发展的动力。" * (1 + (part + number) % 4)
            cursor.insertText(f"第{part}部分第{number}段，{sentences}")
    return document


def test_a_heading_moved_to_the_next_page_leaves_the_rest_printed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A heading moved off a page's foot (``keep_with_next``) ended the printout there or soon
    after: a speech of 17 pages printed 8, jumping from its fifth part into its eighth."""
    moved = 0
    for paragraphs in range(4, 13):
        document = _parts_document(paragraphs)
        path = tmp_path / "out.pdf"
        count = paint_document(pdf_printer(path), document)
        pages = pdf_pages(path)
        assert count == len(pages)
        printed = "".join(page.removesuffix(f"Page{n}") for n, page in enumerate(pages, 1))
        assert printed == normalised(document.toPlainText()), paragraphs
        moved += sum(
            document.findBlockByNumber(number).blockFormat().pageBreakPolicy()
            == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            for number in range(document.blockCount())
        )
    assert moved >= 3  # headings fell at a page's foot, and were moved


def test_painting_reports_its_pages_and_stops_when_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    """The print job's progress and Cancel: heard between pages, and before the first once
    the document is laid out (a long one takes seconds)."""
    shares: list[float] = []
    count = paint_document(
        pdf_printer(tmp_path / "out.pdf"), _long_document(), progress=shares.append
    )
    assert shares == [number / count for number in range(1, count + 1)]
    none: list[float] = []
    with pytest.raises(CancelledError):
        paint_document(
            pdf_printer(tmp_path / "no.pdf"),
            _long_document(),
            progress=none.append,
            cancel=lambda: True,
        )
    assert none == [], "cancelled before the first page"
    asked: list[float] = []
    with pytest.raises(CancelledError):
        paint_document(
            pdf_printer(tmp_path / "one.pdf"),
            _long_document(),
            progress=asked.append,
            cancel=lambda: bool(asked),
        )
    assert len(asked) == 1, "stopped after the page under way"
