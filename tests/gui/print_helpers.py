"""Printing to a PDF file and reading it back, for the printing tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter

from desktop.gui.print_pages import prepare_printer


def pdf_printer(path: Path) -> QPrinter:
    """A high-resolution printer that writes an A4 PDF to ``path``, as the app sets one up."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, NFKC-normalised and without white space.

    Qt's PDF maps some CJK glyphs back to their compatibility forms (⾰ for 革, shared glyphs),
    and pypdf puts spaces and line breaks where the layout has gaps: neither is what printed.
    """
    return [normalised(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def normalised(text: str) -> str:
    """``text`` as ``pdf_pages`` gives a page's: NFKC, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())
