"""Paint a document onto a printer page by page, with the page number in the footer.

``QTextDocument.print_`` would number the pages too, but only with a bare figure at the
bottom right that cannot be worded or placed; so the pages are painted here, as it paints them:
the document laid out in the screen's units (as ``print_`` lays out a paginated one), cut
into pages of the printable height less a footer band, each page clipped and painted scaled
to the printer's resolution (only the lines on it: see ``print_page_lines``), and "第N页" /
"Page N" centred in the band, or the page number as GB/T 9704 sets it for official
documents (``OFFICIAL_FOOTER``). The printer's page range, page order and copies (where its
driver cannot make them) are honoured.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import CancelledError
from desktop.gui.print_page_lines import (
    blocks_cut_by_page_breaks,
    cut_on_page,
    paint_page,
    quote_rules,
)
from desktop.gui.reader.balance import balance_centred_blocks

PAGE_MARGINS_MM = QMarginsF(25, 25, 25, 20)
"""Left, top, right, bottom: room to hole-punch or bind an A4 sheet, as office printing wants."""

FOOTER_POINTS = 9.0
FOOTER_LINES = 2.4
"""The footer band's height, in lines of its font: the number sits in its lower part."""

OFFICIAL_FOOTER_POINTS = 14.0
"""GB/T 9704's page numbers are in 4号 (14 pt) figures."""

KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
"""A block property: the block is not left at the foot of a page without the line after it
(a heading, the title, a "Notes" heading), as a word processor's "keep with next"."""

PageLabel = Callable[[int], str]


def page_label(number: int) -> str:
    """The footer's words for page ``number`` in the UI language ("第3页", "Page 3")."""
    return QCoreApplication.translate("Printing", "Page %1").replace("%1", str(number))


def official_page_label(number: int) -> str:
    """GB/T 9704's page number, the same in every language: between two 一字线, "— 3 —"."""
    return f"\N{EM DASH} {number} \N{EM DASH}"


@dataclass(frozen=True, slots=True)
class FooterStyle:
    """How the page numbers print: their words, their size, and where in the footer."""

    label: PageLabel
    points: float
    outside: bool = False
    """GB/T 9704: odd pages at the right, even pages at the left, one character in from the
    edge of the text block (a bound document's numbers then sit at its outer edges)."""


PLAIN_FOOTER = FooterStyle(page_label, FOOTER_POINTS)
OFFICIAL_FOOTER = FooterStyle(official_page_label, OFFICIAL_FOOTER_POINTS, outside=True)


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait with the app's margins: the page set-up a new printer starts with."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        PAGE_MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)


def footer_font(points: float = FOOTER_POINTS) -> QFont:
    """The page number's font: the UI's, small by default.

    Not the reader's serif: Qt's PDF output maps some of Noto Serif CJK's figures back to the
    wrong characters, so a PDF's "Page 1" would not read back (or search) as such.
    """
    font = QFont()
    font.setPointSizeF(points)
    return font


def paint_document(
    printer: QPrinter,
    document: QTextDocument,
    footer: FooterStyle = PLAIN_FOOTER,
    *,
    dpi: float | None = None,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Paint ``document`` onto ``printer``; the number of pages painted (0 if it cannot start).

    The document is paginated to the printer's page here (its page size is set), laid out at
    ``dpi`` (the screen's when None: a worker thread is given it, as it asks no screen).
    Between pages ``cancel()`` may stop the painting (``CancelledError``, the printer's job
    ended) and ``progress`` hears the share of pages painted.
    """
    painted = 0
    steps = paint_pages(printer, document, footer, dpi=dpi)  # the whole document laid out
    try:
        if cancel is not None and cancel():
            raise CancelledError("printing cancelled")
        for painted, total in steps:
            if progress is not None:
                progress(painted / total)
            if cancel is not None and painted < total and cancel():
                raise CancelledError("printing cancelled")
    finally:
        steps.close()  # the painter ended: what was painted is the printer's
    return painted


def paint_pages(
    printer: QPrinter,
    document: QTextDocument,
    footer: FooterStyle = PLAIN_FOOTER,
    *,
    dpi: float | None = None,
) -> Generator[tuple[int, int], None, None]:
    """Paint ``document`` onto ``printer`` a page at a time, as the result is iterated: after
    each page, (pages painted, pages to paint); nothing when the printer cannot start.

    The pages and the printer's range are settled now, the painter begun on it; closing the
    result early ends the painter where it is (``paint_document`` says the rest).
    """
    font = footer_font(footer.points)
    scale = printer.resolution() / (dpi or layout_dpi())
    band = QFontMetricsF(font, printer).height() * FOOTER_LINES
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    body = QSizeF(area.width() / scale, max(area.height() - band, 1.0) / scale)
    document.setPageSize(body)
    # At the page's width a centred title may wrap onto a lone character: even its lines first.
    balance_centred_blocks(document)
    keep_with_next(document)
    pages = _page_numbers(printer, document.pageCount())
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return _no_pages()
    painter.setFont(font)
    footer_band = QRectF(0, area.height() - band, area.width(), band)
    steps = _painted_pages(painter, printer, document, footer, pages, (scale, footer_band))
    # Started: a generator closed before it starts skips its ``finally`` (a cancel before the
    # first page left the painter to QPainter's destructor); now a close ends it.
    next(steps)
    return steps


def _no_pages() -> Generator[tuple[int, int], None, None]:
    yield from ()


def _painted_pages(
    painter: QPainter,
    printer: QPrinter,
    document: QTextDocument,
    footer: FooterStyle,
    pages: list[int],
    place: tuple[float, QRectF],
) -> Generator[tuple[int, int], None, None]:
    """``pages`` painted one by one as they are asked for (``place``: the scale and the footer
    band); the painter ended at the last, or when closed early."""
    scale, band = place
    try:
        yield 0, len(pages)  # taken by ``paint_pages``: the caller's first step is the first page
        breaks = blocks_cut_by_page_breaks(document)
        rules = quote_rules(document)
        for count, number in enumerate(pages):
            if count:
                printer.newPage()
            paint_page(painter, document, number, scale, cut_on_page(breaks, number), rules)
            _paint_footer(painter, footer, number, band)
            yield count + 1, len(pages)
    finally:
        painter.end()


def keep_with_next(document: QTextDocument) -> None:
    """Move each run of ``KEEP_WITH_NEXT`` blocks left at a page's foot to the next page.

    Qt's layout has no "keep with next", so a paginated document is looked at block by block:
    where the line after a run of such blocks falls on a later page than the run's start, the
    run starts a new page. Each break moves only what follows it, so one pass is enough.
    """
    # The whole document laid out first: Qt lays one out lazily, and a break set where only part
    # was laid out left its layout short, ending the printout pages early (a speech of 17
    # pages printed 8, jumping from its fifth part to the first lines of its eighth).
    document.documentLayout().documentSize()
    page_height = document.pageSize().height()
    run_start: QTextBlock | None = None
    block = document.firstBlock()
    while block.isValid():
        if not block.blockFormat().boolProperty(KEEP_WITH_NEXT):
            run_start = None
        else:
            run_start = run_start or block
            following = _first_line_bottom(block.next())
            run_top = document.documentLayout().blockBoundingRect(run_start).top()
            if following is not None and _page_of(following - 1, page_height) > _page_of(
                run_top, page_height
            ):
                _break_before(run_start, page_height)
        block = block.next()


def _first_line_bottom(block: QTextBlock) -> float | None:
    """Where ``block``'s first line ends in the document (None: no such block or line)."""
    if not block.isValid():
        return None
    # Asking for a block's rectangle lays it out: only then has it lines.
    top = block.document().documentLayout().blockBoundingRect(block).top()
    if not block.layout().lineCount():
        return None
    return top + block.layout().lineAt(0).rect().bottom()


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _break_before(block: QTextBlock, page_height: float) -> None:
    """Start a page at ``block``, unless it starts one already (no blank page)."""
    previous = block.previous()
    if not previous.isValid():
        return
    layout = block.document().documentLayout()
    previous_bottom = layout.blockBoundingRect(previous).bottom()
    if _page_of(previous_bottom - 1, page_height) < _page_of(
        layout.blockBoundingRect(block).top(), page_height
    ):
        return
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def _paint_footer(painter: QPainter, footer: FooterStyle, number: int, band: QRectF) -> None:
    """Page ``number``'s label in the footer ``band``: centred, or at the outer edge."""
    if not footer.outside:
        painter.drawText(band, _FOOTER_ALIGNMENT, footer.label(number))
        return
    # One character of the number's size in from the edge: an em, in the printer's pixels.
    em = footer.points * painter.device().logicalDpiY() / 72
    side = Qt.AlignmentFlag.AlignRight if number % 2 else Qt.AlignmentFlag.AlignLeft
    inset = band.adjusted(em, 0, -em, 0)
    painter.drawText(inset, side | Qt.AlignmentFlag.AlignBottom, footer.label(number))


def layout_dpi() -> float:
    """The resolution a document without a paint device is laid out at: the screen's."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


_FOOTER_ALIGNMENT = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom


def _page_numbers(printer: QPrinter, count: int) -> list[int]:
    """The pages to paint, in order, with copies the driver cannot make itself."""
    low, high = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or low <= 0:
        low, high = 1, count
    numbers = list(range(max(low, 1), min(high or count, count) + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        numbers.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return numbers * copies
    return [number for number in numbers for _copy in range(copies)]
