"""A PDF file printed through Qt, made to copy and search as the characters its pages show.

Qt's PDF engine maps each glyph back to the lowest code point the font draws with it, and Noto
CJK draws many radicals with an ideograph's glyph: 二 copies as ⼆, 民 as ⺠ (the full story is
in desktop/core/export/pdf_tounicode.py, which rewrites the file). Which ideograph a radical
stands for is asked of the fonts that printed: the printed character drawn with the very glyph
index of the radical. A table (NFKC for the Kangxi radicals, Unicode's
EquivalentUnifiedIdeograph for the Supplement) would be wrong where a Chinese font shares the
glyph with another character: Noto CJK SC draws ⼾ as 户, which NFKC makes 戶, and ⺫ as 罒,
which the table makes 目. Only characters of the printed text are candidates, so a radical
never turns into a character that was not printed, and a radical the text itself contains is
left as it is.

The radicals are matched on the GUI thread (the document and the fonts that laid it out live
there); the file is rewritten on the window's workers (``PdfMends``), and the user is told the
PDF is ready only once it reads right.
"""

from __future__ import annotations

import glob
import os
import shutil
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QPaintEngine, QRawFont, QTextDocument, QTextLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.core.export.pdf_tounicode import RADICAL_RANGES, is_radical, rewrite_tounicode
from desktop.gui.workers import Cancel, Progress, WorkerPool, WorkerTask

_RADICALS = "".join(chr(code) for low, high in RADICAL_RANGES for code in range(low, high + 1))


def printed_pdf_file(printer: QPrinter) -> Path | None:
    """The PDF file ``printer`` has just been painted into; None for a printer, or when the
    print preview painted its pages (its engine stands in for the PDF engine meanwhile)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
        return None
    engine = printer.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Pdf:
        return None
    return Path(printer.outputFileName())


def paint_aside(printer: QPrinter, paint: Callable[[], int]) -> int:
    """``paint()`` (the pages painted) into a PDF file under a hidden name beside the one
    chosen, put in its place once whole. Qt writes the file as it paints: a crash or kill
    midway left a truncated PDF there, in place of any earlier one of that name."""
    target = printed_pdf_file(printer)
    aside = _made_aside(target) if target is not None else None
    if target is None or aside is None:
        return paint()  # a printer, the preview, or a folder that takes no new file
    printer.setOutputFileName(str(aside))
    try:
        pages = paint()
        if pages:
            _put_in_place(aside, target)
    except OSError:
        pages = 0  # said as a print that failed: the earlier file is as it was
    finally:
        printer.setOutputFileName(str(target))
        aside.unlink(missing_ok=True)
    return pages


def _made_aside(target: Path) -> Path | None:
    _remove_stale_asides(target)
    aside = target.with_name(f".{target.name}.printing-{os.getpid()}")
    try:
        os.close(os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except OSError:
        return None
    return aside


def _remove_stale_asides(target: Path) -> None:
    """Delete what a print killed midway left beside ``target`` (its process is gone)."""
    if os.name != "posix":
        return  # os.kill(pid, 0) would end the process on Windows, not look for it
    for stale in target.parent.glob(f".{glob.escape(target.name)}.printing-*"):
        pid = stale.name.rpartition("-")[2]
        if pid.isdigit() and not _running(int(pid)):
            stale.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: not ours to judge
    return True


def _put_in_place(aside: Path, target: Path) -> None:
    try:
        os.replace(aside, target)
    except OSError:
        shutil.copyfile(aside, target)  # written over in place, as Qt itself would have


class PdfMends(QObject):
    """Printed PDF files being corrected on the window's workers, each reported once."""

    mended = Signal(object)
    """A PDF file (its Path) is ready: its text reads as printed."""
    failed = Signal(object)
    """A PDF could not be corrected (the ExportError); Qt's file is left as it was written."""

    def __init__(self, workers: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self._running: dict[WorkerTask, Path] = {}

    def start(
        self, path: Path, document: QTextDocument, others: Iterable[tuple[str, QFont]] = ()
    ) -> WorkerTask:
        """Make the PDF at ``path``, printed from ``document`` (and ``others``: texts painted
        beside it, such as the page numbers, with their fonts), read back as the text printed."""
        replacements = radical_replacements(document, others)
        task = self._workers.submit(partial(_mend, path, replacements), "pdf-mend")
        self._running[task] = path
        task.succeeded.connect(partial(self._on_task_succeeded, task, path))
        task.failed.connect(partial(self._on_task_failed, task))
        return task

    def is_running(self) -> bool:
        """Whether a PDF is still being corrected (until its outcome has been reported)."""
        return bool(self._running)

    def wait(self, path: Path) -> None:
        """Block until ``path``, if it is being corrected, is written: Qt must not print into a
        file pypdf is replacing. Another file, or the preview, does not wait (the GUI thread's
        wait may last as long as the work queued before the correction on the workers)."""
        for task, mending in list(self._running.items()):
            if _same_file(mending, path):
                task.wait()

    def _on_task_succeeded(self, task: WorkerTask, path: Path, _changed: int) -> None:
        del self._running[task]
        self.mended.emit(path)

    def _on_task_failed(self, task: WorkerTask, error: Exception) -> None:
        del self._running[task]
        self.failed.emit(error)


def _same_file(one: Path, other: Path) -> bool:
    """Whether two names lead to one file (a relative name, a link)."""
    return one == other or one.resolve() == other.resolve()


def _mend(path: Path, replacements: dict[str, str], _progress: Progress, _cancel: Cancel) -> int:
    """The worker's job. Not cancelled: a closing window waits the moment it takes rather
    than leave a PDF that copies as radicals."""
    return rewrite_tounicode(path, replacements)


def radical_replacements(
    document: QTextDocument, others: Iterable[tuple[str, QFont]] = ()
) -> dict[str, str]:
    """Each radical whose glyph, in a font that printed, is that of a printed character: the
    character; radicals the printed text contains are not replaced."""
    others = list(others)
    printed = set(document.toPlainText()).union(*(set(text) for text, _font in others))
    candidates = "".join(sorted(char for char in printed if not is_radical(char)))
    replacements: dict[str, str] = {}
    for raw in _printing_fonts(document, others):
        for radical, ideograph in _shared_glyphs(raw, candidates).items():
            if radical not in printed:
                replacements.setdefault(radical, ideograph)
    return replacements


def _shared_glyphs(raw: QRawFont, candidates: str) -> dict[str, str]:
    """The radicals ``raw`` draws with the glyph of one of ``candidates`` (the first, in code
    point order, when several share it: a unified ideograph before a compatibility one)."""
    radicals_by_glyph: dict[int, list[str]] = {}
    for radical, glyph in zip(_RADICALS, raw.glyphIndexesForString(_RADICALS), strict=True):
        if glyph:
            radicals_by_glyph.setdefault(glyph, []).append(radical)
    shared: dict[str, str] = {}
    glyphs = raw.glyphIndexesForString(candidates)
    for char, glyph in zip(candidates, glyphs, strict=True):
        for radical in radicals_by_glyph.pop(glyph, []) if glyph else []:
            shared[radical] = char
    return shared


def _printing_fonts(document: QTextDocument, others: list[tuple[str, QFont]]) -> list[QRawFont]:
    """The fonts the glyphs were drawn in, fallback fonts included (a glyph run names its own)."""
    fonts: list[QRawFont] = []
    layouts = [_block_layouts(document), (_laid_out(text, font) for text, font in others)]
    for group in layouts:
        for layout in group:
            # Line by line: a document block's layout answers glyphRuns() with nothing (its
            # text() is empty; the text stays with the document).
            for line in range(layout.lineCount()):
                for run in layout.lineAt(line).glyphRuns():
                    raw = run.rawFont()
                    if raw.isValid() and raw not in fonts:
                        fonts.append(raw)
    return fonts


def _block_layouts(document: QTextDocument) -> Iterable[QTextLayout]:
    block = document.begin()
    while block.isValid():
        if block.layout() is not None:
            yield block.layout()
        block = block.next()


def _laid_out(text: str, font: QFont) -> QTextLayout:
    """``text`` laid out in one line of ``font``, as a painter's drawText sets it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout
