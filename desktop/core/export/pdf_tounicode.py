"""Correcting a PDF's text layer where it names a CJK radical for the ideograph the page shows.

A PDF's text is copied, searched and extracted through each font's /ToUnicode CMap, which maps
the glyph codes on the page back to characters. Qt's PDF engine writes that map by reversing
the font's cmap and keeps, for each glyph, the lowest code point drawn with it. Noto CJK draws
most Kangxi radicals (U+2F00–U+2FD5) and many CJK Radicals Supplement characters
(U+2E80–U+2EF3) with the very glyph of an ideograph, and their code points are lower: a page
showing 二是投资项目 reads back as ⼆是投资项⽬.

Which ideograph a radical stands for is the caller's to say (the GUI asks the font that
printed, see desktop/gui/print_pdf_text.py); this module only rewrites the CMaps, leaving every
other byte of the file as it was (pypdf's incremental update appends the changed streams).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from pypdf import PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject, NameObject, StreamObject

from desktop.core.errors import ExportError
from desktop.core.fileio import atomic_write

RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
"""CJK Radicals Supplement and Kangxi Radicals: the blocks a shared glyph reads back from."""

_BLOCK = re.compile(rb"(\d+)\s+begin(bfchar|bfrange)(.*?)end\2", re.DOTALL)
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_PER_BLOCK = 100  # the CMap specification's limit of entries in one begin…end block

CodeMap = dict[bytes, str]
"""A CMap's mappings: each source code (as its hex digits) to the text it stands for."""


def is_radical(char: str) -> bool:
    """Whether ``char`` is a Kangxi radical or a CJK Radicals Supplement character."""
    return len(char) == 1 and any(low <= ord(char) <= high for low, high in RADICAL_RANGES)


def rewrite_tounicode(path: str | Path, replacements: Mapping[str, str]) -> int:
    """Make ``path``'s text read each key of ``replacements`` as its value; the number of
    /ToUnicode CMaps changed (0: the file is left untouched).

    The file is replaced atomically; on any failure (unreadable PDF, unwritable folder) it is
    left as it was and an ``ExportError`` says why.
    """
    target = Path(path)
    if not replacements:
        return 0
    try:
        writer = PdfWriter(target, incremental=True)
        changed = sum(_remap_stream(cmap, replacements) for cmap in _tounicode_streams(writer))
        if not changed:
            return 0
        buffer = io.BytesIO()
        writer.write(buffer)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        # OSError: the file gone or unreadable since Qt wrote it; the rest: pypdf's reading.
        code = "unreadable" if isinstance(error, OSError) else "bad-pdf"
        raise ExportError(f"cannot read the PDF: {error}", code=code, path=target) from error
    atomic_write(target, buffer.getvalue())
    return changed


def remap_cmap(program: bytes, replacements: Mapping[str, str]) -> bytes | None:
    """The CMap ``program`` with its mappings to the keys of ``replacements`` changed to their
    values; None when none maps to a key, or a block cannot be read (it is then left alone)."""
    blocks = list(_BLOCK.finditer(program))
    codes = _parse_blocks(blocks)
    if codes is None or not any(text in replacements for text in codes.values()):
        return None
    remapped = {code: replacements.get(text, text) for code, text in codes.items()}
    head = program[: blocks[0].start()]
    tail = program[blocks[-1].end() :]
    return head + _bfchar_blocks(remapped) + tail


def _tounicode_streams(writer: PdfWriter) -> Iterator[StreamObject]:
    """Every distinct /ToUnicode stream of the fonts the pages (and their forms) use."""
    seen: set[int] = set()
    for page in writer.pages:
        for font in _fonts(page.get("/Resources"), seen):
            for holder in (font, *_descendants(font)):
                cmap = holder.get("/ToUnicode")
                if isinstance(cmap, IndirectObject) and cmap.idnum not in seen:
                    seen.add(cmap.idnum)
                    yield cmap.get_object()


def _fonts(resources: object, seen: set[int]) -> Iterator[DictionaryObject]:
    """The font dictionaries of ``resources`` and of the form XObjects it holds."""
    resources = _resolved(resources, seen)
    if not isinstance(resources, DictionaryObject):
        return
    fonts = _resolved(resources.get("/Font"), set())
    if isinstance(fonts, DictionaryObject):
        for font in fonts.values():
            resolved = font.get_object()
            if isinstance(resolved, DictionaryObject):
                yield resolved
    xobjects = _resolved(resources.get("/XObject"), set())
    if isinstance(xobjects, DictionaryObject):
        for reference in xobjects.values():
            form = _resolved(reference, seen)
            if isinstance(form, StreamObject) and form.get("/Subtype") == NameObject("/Form"):
                yield from _fonts(form.get("/Resources"), seen)


def _resolved(value: object, seen: set[int]) -> object:
    """``value`` dereferenced; None for an object already walked (forms may nest in cycles)."""
    if isinstance(value, IndirectObject):
        if value.idnum in seen:
            return None
        seen.add(value.idnum)
        return value.get_object()
    return value


def _descendants(font: DictionaryObject) -> list[DictionaryObject]:
    """A Type0 font's CIDFonts (a /ToUnicode belongs on the Type0, but writers differ)."""
    children = font.get("/DescendantFonts")
    children = children.get_object() if children is not None else []
    return [child.get_object() for child in children]


def _remap_stream(cmap: StreamObject, replacements: Mapping[str, str]) -> bool:
    """Rewrite one CMap stream in place; whether it changed."""
    program = remap_cmap(cmap.get_data(), replacements)
    if program is None:
        return False
    cmap.set_data(program)
    return True


def _parse_blocks(blocks: list[re.Match[bytes]]) -> CodeMap | None:
    """The mappings of the bfchar and bfrange ``blocks``; None if any is not plainly readable."""
    if not blocks or any(_between(blocks)):
        return None
    codes: CodeMap = {}
    for block in blocks:
        body = block.group(3)
        pattern = _CHAR if block.group(2) == b"bfchar" else _RANGE
        if pattern.sub(b"", body).strip():
            return None  # something we do not understand: rewriting it could lose mappings
        for entry in pattern.finditer(body):
            if block.group(2) == b"bfchar":
                codes[entry.group(1)] = _text(entry.group(2))
            else:
                codes.update(_range_codes(entry))
    return codes


def _between(blocks: list[re.Match[bytes]]) -> Iterator[bytes]:
    """What stands between consecutive blocks other than white space (a notdefrange, say)."""
    for before, after in zip(blocks, blocks[1:], strict=False):
        gap = before.string[before.end() : after.start()].strip()
        if gap:
            yield gap


def _range_codes(entry: re.Match[bytes]) -> CodeMap:
    """One bfrange line's mappings: a run of codes to an incrementing text, or to an array."""
    low, high = int(entry.group(1), 16), int(entry.group(2), 16)
    width = len(entry.group(1))
    sources = [f"{code:0{width}X}".encode() for code in range(low, high + 1)]
    if entry.group(4) is not None:
        texts = [_text(item) for item in _HEX.findall(entry.group(4))]
        return dict(zip(sources, texts, strict=False))
    first = entry.group(3)
    start = int(first, 16) if first else 0
    step_width = len(first)
    return {
        source: _text(f"{start + offset:0{step_width}X}".encode())
        for offset, source in enumerate(sources)
    }


def _text(digits: bytes) -> str:
    """A CMap destination (UTF-16BE in hex) as text."""
    return bytes.fromhex(digits.decode("ascii")).decode("utf-16-be", errors="surrogatepass")


def _digits(text: str) -> bytes:
    """``text`` as a CMap destination: UTF-16BE in upper-case hex."""
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode("ascii")


def _bfchar_blocks(codes: Mapping[bytes, str]) -> bytes:
    """``codes`` written as bfchar blocks of at most a hundred entries each."""
    lines = [
        b"<%s> <%s>" % (source, _digits(text))
        for source, text in sorted(codes.items(), key=lambda item: int(item[0], 16))
    ]
    out = []
    for start in range(0, len(lines), _PER_BLOCK):
        chunk = lines[start : start + _PER_BLOCK]
        out.append(b"%d beginbfchar\n" % len(chunk) + b"\n".join(chunk) + b"\nendbfchar\n")
    return b"".join(out).rstrip(b"\n")
