"""Tests for desktop/gui/print_hints.py: paper breaks a paragraph's lines as the page does."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from desktop.core.document import NodeKind, OutlineNode
from desktop.gui.print_document import PrintJob, build_print_document
from desktop.gui.print_hints import PRINT_HINTS
from desktop.gui.print_pages import paint_document
from tests.core.export.factory import Library
from tests.gui.print_helpers import normalised, pdf_pages, pdf_printer

# One paragraph for each length of its opening, so that at the print width some line's end
# falls at a quote (，“) and some paragraph's last line on a lone character (实处。).
PARAGRAPHS = [
    "政" * count + "，“服务”要高效，“一个窗口”对外办理各项业务，务求落到实处。"
    for count in range(40)
]


def _lines(block: QTextBlock) -> list[str]:
    """``block``'s lines as printed: without the hints."""
    layout, text = block.layout(), block.text()
    lines = (layout.lineAt(index) for index in range(layout.lineCount()))
    shown = (text[line.textStart() : line.textStart() + line.textLength()] for line in lines)
    return [line.translate(dict.fromkeys(map(ord, PRINT_HINTS))).strip() for line in shown]


def test_printed_lines_break_before_quotes_and_keep_no_lone_last_character(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Printed on A4 (the document laid out at its text width), a line may end before an
    opening quote but never on one, and no paragraph ends on a line of one character, as on
    the page; the PDF reads the speech's words without the hints."""
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), "\n".join(PARAGRAPHS), title="讲话")
    document = build_print_document(PrintJob(speech, library.collections[0], language="zh_CN"))
    path = tmp_path / "quotes.pdf"
    paint_document(pdf_printer(path), document)
    block, paragraphs = document.begin().next(), []  # past the title printed first
    while block.isValid():
        paragraphs.append(_lines(block))
        block = block.next()
    assert len(paragraphs) == len(PARAGRAPHS)
    lines = [line for paragraph in paragraphs for line in paragraph]
    assert not [line for line in lines if line.endswith("“")]
    assert [line for line in lines if line.startswith("“")]  # broken at the quote, as the page
    assert all(len(paragraph[-1].rstrip("。")) > 1 for paragraph in paragraphs)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert not set(PRINT_HINTS) & set(text)
    printed = re.sub(r"Page\d+", "", "".join(pdf_pages(path)))  # without the footers
    assert normalised("".join(PARAGRAPHS)) in printed


def test_printed_headings_break_before_quotes_as_the_page_does(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A heading long enough to wrap breaks before an opening quote as the page's does (it
    had no hints: a run of 、“…” went whole to the next line, leaving the line before short)."""
    heads = [
        f"{number}、" + "政" * count + "，“服务”要高效，“一个窗口”对外办理"
        for number, count in zip("一二三四五六七八九十", range(20, 40, 2), strict=True)
    ]
    text = "\n".join(f"{head}\n正文。" for head in heads)
    library = Library()
    collection = library.add_collection("汇编")
    speech = library.add_speech(collection, text, title="讲话", outline=_headings(text, heads))
    document = build_print_document(PrintJob(speech, library.collections[0], language="zh_CN"))
    paint_document(pdf_printer(tmp_path / "heads.pdf"), document)
    headings, block = [], document.begin()
    while block.isValid():
        if block.text().translate(dict.fromkeys(map(ord, PRINT_HINTS))) in heads:
            headings.append(_lines(block))
        block = block.next()
    assert len(headings) == len(heads)
    lines = [line for heading in headings for line in heading]
    assert not [line for line in lines if line.endswith("“")]
    assert [line for line in lines if line.startswith("“")]  # broken at the quote, as the page


def _headings(text: str, heads: list[str]) -> list[OutlineNode]:
    """Each of ``heads`` a top heading of ``text``, its section running to the next."""
    starts = [text.index(head) for head in heads]
    ends = [*starts[1:], len(text)]
    return [
        OutlineNode(NodeKind.HEADING, 1, head[2:], start, end, start + len(head), head[:2])
        for head, start, end in zip(heads, starts, ends, strict=True)
    ]
