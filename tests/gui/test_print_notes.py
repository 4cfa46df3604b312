"""Tests for desktop/gui/print_notes.py: a printout's notes, their lists and quotes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter, QTextBlock, QTextDocument, QTextListFormat
from pytestqt.qtbot import QtBot

from desktop.gui.print_document import PrintJob, build_print_document
from desktop.gui.print_page_lines import (
    QUOTE_RULE,
    blocks_cut_by_page_breaks,
    paint_page,
    quote_rules,
)
from desktop.gui.print_pages import KEEP_WITH_NEXT, paint_document
from tests.core.export.factory import Library
from tests.gui.print_helpers import pdf_pages, pdf_printer

LISTED_NOTE = "三个层次：\n\n- 定调\n- 部署任务\n\n3. 先讲挑战\n4. 再讲机遇\n\n> 极不平凡\n> 的一年"


def _listed_document(*notes: str) -> QTextDocument:
    """A speech printed with a note of ``notes`` on each of its first words."""
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    for words, note in zip(("两集中、两到位", "效能是发展的保障"), notes, strict=False):
        library.annotate(speech, words, note=note, tags=("结构",) if note == notes[0] else ())
    job = PrintJob(speech, library.collections[0], tuple(library.annotations), language="zh_CN")
    return build_print_document(job)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _block_with(document: QTextDocument, text: str) -> QTextBlock:
    [block] = [block for block in _blocks(document) if block.text().startswith(text)]
    return block


def test_a_note_s_lists_are_qt_lists_hanging_their_markers(qtbot: QtBot) -> None:
    document = _listed_document(LISTED_NOTE, "- 开篇\n- 结尾")
    text = document.toPlainText()
    for typed in ("- 定调", "3. 先讲挑战", "> 极不平凡", "- 开篇"):
        assert typed not in text  # the list and the quote are drawn, not typed
    items = [block for block in _blocks(document) if block.textList() is not None]
    assert [block.text() for block in items] == ["定调", "部署任务", "先讲挑战", "再讲机遇"] + [
        "开篇",
        "结尾",
    ]
    bullets, numbered, second = (items[0].textList(), items[2].textList(), items[4].textList())
    assert items[1].textList() == bullets
    assert items[3].textList() == numbered
    assert len({id(bullets), id(numbered), id(second)}) == 3  # one list a run of items
    assert bullets.format().style() == QTextListFormat.Style.ListDisc
    assert numbered.format().style() == QTextListFormat.Style.ListDecimal
    assert [numbered.itemText(block) for block in items[2:4]] == ["3.", "4."]  # as typed
    # Every item's words line up, further in than the note's, its marker in the space before.
    note = _block_with(document, "[批1]\t三个层次：").blockFormat()
    margins = {block.blockFormat().leftMargin() for block in items}
    assert len(margins) == 1
    assert margins.pop() > note.leftMargin()
    assert {bullets.format().indent(), numbered.format().indent()} == {0}
    # A note opening with a list: its marker on a line of its own, above the bullets.
    lead = _block_with(document, "[批2]")
    assert lead.text() == "[批2]\t"
    assert lead.blockFormat().property(KEEP_WITH_NEXT) is True  # never alone at a page's foot
    assert note.property(KEEP_WITH_NEXT) is None


def test_a_note_s_quote_is_set_in_with_a_rule_down_its_left(qtbot: QtBot) -> None:
    document = _listed_document(LISTED_NOTE)
    quote = _block_with(document, "极不平凡")
    assert quote.text() == "极不平凡\u2028的一年  #结构"  # its lines, then the note's tags
    note = _block_with(document, "[批1]").blockFormat()
    rule = quote.blockFormat().property(QUOTE_RULE)
    assert note.leftMargin() < rule < quote.blockFormat().leftMargin()
    [line] = quote_rules(document)
    assert line.x1() == line.x2() == rule
    assert line.dy() >= 2 * quote.layout().lineAt(0).height() - 1  # down both its lines


def test_the_rule_is_painted_beside_the_quote(qtbot: QtBot) -> None:
    document = _listed_document(LISTED_NOTE)
    document.setPageSize(document.size() + document.size())  # one page
    [rule] = quote_rules(document)
    image = QImage(document.pageSize().toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_page(painter, document, 1, 1.0, [], [rule])
    painter.end()
    x = round(rule.x1())
    top, bottom = round(rule.y1()), round(rule.y2())
    assert bottom > top
    assert all(image.pixelColor(x, y).lightness() < 200 for y in range(top, bottom))
    assert image.pixelColor(x, round(rule.y1()) - 4).lightness() > 240  # not above the quote


def _cut_list_item(tmp_path: Path) -> QTextDocument:
    """A printout whose numbered list item starts at one page's foot and ends on the next."""
    probe = _listed_document("要点")
    paint_document(pdf_printer(tmp_path / "probe.pdf"), probe)  # the printer's page size
    item = "".join(f"第{n}条要点讲透讲足。" for n in range(1, 21))
    for lines in range(1, 80):
        filler = "\n\n".join(f"第{n}段。" for n in range(lines))
        document = _listed_document(f"{filler}\n\n7. {item}")
        document.setPageSize(probe.pageSize())
        block = _block_with(document, item[:6])
        if any(block in cut for cut in blocks_cut_by_page_breaks(document).values()):
            return document
    raise AssertionError("no page break cut the item")


def test_a_list_item_cut_by_a_page_break_prints_its_number_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    document = _cut_list_item(tmp_path)
    path = tmp_path / "notes.pdf"
    paint_document(pdf_printer(path), document)
    pages = pdf_pages(path)
    printed = "".join(pages)
    assert printed.count("7.第1条要点") == 1, "the number before its first line"
    [first] = [number for number, page in enumerate(pages) if "7.第1条要点" in page]
    assert pages[first + 1].startswith("足。#结构")  # its last line on the next page
