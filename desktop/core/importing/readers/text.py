"""Bytes → str for text files: find the encoding from the bytes themselves, then split lines.

Order of evidence, strongest first: a byte-order mark; the NUL pattern of UTF-16/32 without one;
strict UTF-8 (other encodings almost never decode as valid UTF-8 by chance); then the
candidates charset-normalizer proposes, together with GB18030 and Big5, each judged by how
plausible its decoded text is (``hanzi.plausibility``), because short Chinese texts fool the
detector into Korean, Japanese or Cyrillic code pages.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from desktop.core.errors import DocumentError
from desktop.core.imported import ImportNotice, NoticeKind
from desktop.core.importing.chars import CELL_GAP
from desktop.core.importing.readers.code_pages import Guess, choose_code_page, is_single_byte
from desktop.core.importing.readers.hanzi import plausibility
from desktop.core.importing.source import SourceLine, SourceText

# A tab between two cells of a row, with any spaces padding it.
_CELL_TAB = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030", "gb18030"),
)
# Names charset-normalizer (Python's codecs) may give, mapped to the codec we decode with:
# GB18030 is a superset of GB2312 and GBK, so it reads everything they write.
_ALIASES = {
    "ascii": "utf-8",
    "utf-8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
}
# Labels web pages use that Python's codec registry does not know (from the WHATWG list).
_WEB_LABELS = {"x-gbk": "gbk", "x-x-big5": "big5", "x-euc-cn": "gb2312", "x-cp1252": "cp1252"}
_CHINESE = ("gb18030", "big5")
_SAMPLE_SIZE = 64 * 1024  # bytes looked at for binary data and UTF-16/32 patterns
_DETECTION_SIZE = 16 * 1024  # bytes judged by the detector: thousands of characters
_GOOD_ENOUGH = 0.5  # below this plausibility no candidate is text in any script we know
_TIE = 0.01  # GB18030, then Big5, win ties: they are what our users' files are in
# C0 controls other than tab, line breaks and Ctrl-Z (an old end-of-file mark), plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1B, 0x20), 0x7F])
# What each codec says when the data ends inside a character (utf-8, CJK codecs, utf-16/32).
_CUT_OFF = {"unexpected end of data", "incomplete multibyte sequence", "truncated data"}
# str.splitlines() also breaks at these information separators, which are not line breaks.
_SEPARATORS = ("\x1c", "\x1d", "\x1e")
_C1 = re.compile("[\x80-\x9f]")  # C1 controls: bytes an ISO 8859 code page leaves unread
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes and the normalized name of their encoding."""

    text: str
    encoding: str
    replaced: int = 0  # bytes the encoding cannot read, shown as U+FFFD (a damaged file)
    rivals: tuple[str, ...] = ()  # code pages that fit as well but read some letters otherwise
    first_replaced_line: int = 0  # the 1-based line of the first replaced byte

    def meta(self) -> dict[str, str]:
        """What a ``SourceText`` should record about the decoding (damage, if any)."""
        return {"replaced-bytes": str(self.replaced)} if self.replaced else {}

    def notices(self) -> tuple[ImportNotice, ...]:
        """What the user should check: an encoding that was only a guess, bytes replaced."""
        notices = []
        if self.rivals:
            detail = (
                f"the encoding was guessed as {self.encoding}; {', '.join(self.rivals)} would "
                "read some letters differently"
            )
            notices.append(ImportNotice(NoticeKind.ENCODING_GUESSED, detail, self.encoding))
        if self.replaced:
            line = self.first_replaced_line
            detail = (
                f"{self.replaced} byte(s) could not be read as {self.encoding} and were "
                f"replaced with U+FFFD, the first on line {line}; the file may be damaged or "
                "partly in another encoding"
            )
            notices.append(
                ImportNotice(NoticeKind.REPLACED_BYTES, detail, str(self.replaced), line)
            )
        return tuple(notices)


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode ``data`` (a file called ``name``), raising ``DocumentError`` if no encoding fits."""
    decoded = _by_bom(data) or _by_nul_pattern(data)
    if decoded is None and looks_binary(data):
        raise DocumentError("the file holds binary data, not text", code="binary", path=name)
    decoded = decoded or _as_utf8(data) or _by_detection(data)
    if decoded is None:
        raise DocumentError(
            "the text's encoding could not be recognised (tried UTF-8, UTF-16, GB18030, Big5 "
            "and detection)",
            code="encoding",
            path=name,
        )
    return decoded


def read_text(data: bytes, name: str) -> SourceText:
    """A plain text file: one ``SourceLine`` per line, nothing declared."""
    decoded = decode_text(data, name)
    lines = [SourceLine(cells_apart(line)) for line in split_lines(decoded.text)]
    return SourceText(
        lines, decoded.encoding, "txt", meta=decoded.meta(), notices=decoded.notices()
    )


def cells_apart(line: str) -> str:
    """``line`` with each tab between two cells (a table copied from a spreadsheet or a Word
    table: 地区生产总值\t亿元\t1234.5) widened to a column gap, as the .docx reader sets its
    cells apart: the cleaner then keeps the gap and never joins the row to the next line. A
    tab indenting the line stays what it is."""
    if "\t" not in line:
        return line
    return _CELL_TAB.sub(CELL_GAP, line)


def looks_binary(data: bytes) -> bool:
    """True if the bytes hold more control characters than a text file (with stray NULs) has."""
    sample = data[:_SAMPLE_SIZE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 20)


def split_lines(text: str) -> list[str]:
    """Split at every line break (CRLF, CR, LF, NEL, VT, FF, U+2028, U+2029); no trailing empty."""
    if not any(separator in text for separator in _SEPARATORS):
        return text.splitlines()  # the same breaks, several times faster than the expression
    lines = _LINE_BREAKS.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode_strict(data: bytes, encoding: str) -> str | None:
    """``data`` decoded, tolerating only a character cut off at the very end; else ``None``."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if error.end < len(data) or error.start < len(data) - 3 or error.reason not in _CUT_OFF:
            return None
        try:
            return data[: error.start].decode(encoding) + "\ufffd"
        except UnicodeDecodeError:
            return None
    except LookupError:
        return None


def normalized_encoding(label: str) -> str | None:
    """Our name for an encoding label (``GBK`` → ``gb18030``), or ``None`` if Python lacks it."""
    label = _WEB_LABELS.get(label.strip().lower(), label.strip())
    try:
        name = codecs.lookup(label).name.replace("_", "-")
    except LookupError:
        return None
    if name.startswith("big5") and name != "big5hkscs" or name == "cp950":
        return "big5"
    return _ALIASES.get(name, name)


def decode_big5(data: bytes) -> str | None:
    """Big5 as written in practice: Microsoft's cp950, then the Hong Kong superset."""
    for codec in ("big5", "cp950", "big5hkscs"):
        text = decode_strict(data, codec)
        if text is not None:
            return text
    return None


def decode_as(data: bytes, encoding: str) -> str | None:
    """``data`` decoded with our encoding name ``encoding`` (see ``decode_strict``)."""
    if encoding == "big5":
        return decode_big5(data)
    return decode_strict(data, encoding)


def _by_bom(data: bytes) -> Decoded | None:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            text = decode_strict(data, codec)
            if codec == "gb18030" and text is not None:
                text = text.removeprefix("\ufeff")
            return Decoded(text, name) if text is not None else None
    return None


def _by_nul_pattern(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a BOM: ASCII characters leave NULs at one byte position."""
    sample = data[: _SAMPLE_SIZE - _SAMPLE_SIZE % 4]
    if sample.count(0) < 2:
        return None
    for encoding in _wide_candidates(sample):
        text = decode_strict(sample, encoding)
        if text is not None and plausibility(text) >= 0.7:
            text = text if len(sample) == len(data) else decode_strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding)
    return None


def _wide_candidates(sample: bytes) -> list[str]:
    nuls = [sample[offset::4].count(0) for offset in range(4)]
    quads = len(sample) // 4 or 1
    candidates = []
    if nuls[2] + nuls[3] >= 1.9 * quads:
        candidates.append("utf-32-le")
    if nuls[0] + nuls[1] >= 1.9 * quads:
        candidates.append("utf-32-be")
    # ASCII leaves its NUL in the high byte, ideographs like U+4E00 一 in the low one: try the
    # likelier byte order first and let plausibility reject stray NULs in an 8-bit file.
    even, odd = nuls[0] + nuls[2], nuls[1] + nuls[3]
    candidates += ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    return candidates


_DECODE_PIECE = 1 << 18
"""Bytes decoded by one call: the whole of a 30 MB file held the GIL ~50 ms in a worker."""


def decode_utf8(data: bytes) -> str:
    """``data.decode("utf-8")`` a piece at a time (the same text, the same errors)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    pieces = [
        decoder.decode(view[at : at + _DECODE_PIECE]) for at in range(0, len(data), _DECODE_PIECE)
    ]
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def _as_utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(decode_utf8(data), "utf-8")
    except UnicodeDecodeError:
        pass
    if decode_strict(data, "utf-8") is not None:
        return decode_replacing(data, "utf-8")  # only a character cut off at the end
    return _as_damaged_utf8(data)


def _as_damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a damaged download) is still UTF-8, not some other code page."""
    if len(data) > _SAMPLE_SIZE and _as_damaged_utf8(data[:_SAMPLE_SIZE]) is None:
        return None  # the start already has too many bad bytes: spare decoding the whole file
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(data) - len(text)  # bytes beyond one per character: evidence of UTF-8
    if replaced <= max(1, len(data) // 1000) and multibyte >= 20 * replaced:
        return decode_replacing(data, "utf-8")  # few bad bytes: counting them costs little
    return None


def decode_replacing(data: bytes, encoding: str) -> Decoded:
    """``data`` decoded with each byte sequence ``encoding`` cannot read replaced by U+FFFD
    (as ``errors="replace"`` does), counting the bytes and the line of the first."""
    codec = "cp950" if encoding == "big5" else encoding
    view = memoryview(data)
    pieces: list[str] = []
    replaced = at = 0
    first = -1  # the index in the text of the first replacement
    while True:
        try:
            pieces.append(str(view[at:], codec))
            break
        except UnicodeDecodeError as error:
            pieces.append(str(view[at : at + error.start], codec))
            if first < 0:
                first = sum(map(len, pieces))
            pieces.append("\ufffd")
            replaced += error.end - error.start
            at += error.end
    text = "".join(pieces)
    line = len(_LINE_BREAKS.findall(text, 0, first)) + 1 if replaced else 0
    return Decoded(text, encoding, replaced=replaced, first_replaced_line=line)


def _by_detection(data: bytes) -> Decoded | None:
    """The best candidate that reads every byte; failing that, the best read with a few
    bytes replaced (a byte past the sample that no candidate reads: damage)."""
    sample = _sample(data)
    guesses = _guesses(sample)
    scored = _scored_candidates(sample, [guess.encoding for guess in guesses])
    ranked = [encoding for score, encoding in sorted(scored, key=lambda item: -item[0])]
    ranked = ranked[: sum(1 for score, _ in scored if score >= _GOOD_ENOUGH)]
    code_pages_tried = False
    for encoding in ranked:
        if is_single_byte(encoding):
            if code_pages_tried:
                continue
            code_pages_tried = True
            # Not CJK: the detector's measures choose among the 8-bit code pages.
            pages = [g for g in guesses if is_single_byte(g.encoding)]
            decoded = _by_code_page(data, sample, pages)
            if decoded is not None:
                return decoded
            continue
        text = decode_as(data, encoding)
        if text is not None:
            return Decoded(text, encoding)
    return _with_replacements(data, sample, guesses, ranked)


def _with_replacements(
    data: bytes, sample: bytes, guesses: list[Guess], ranked: list[str]
) -> Decoded | None:
    """The best candidate read with the bytes it cannot read replaced, if they are few."""
    if not ranked:
        return None
    best = ranked[0]
    if is_single_byte(best):
        choice = choose_code_page([g for g in guesses if is_single_byte(g.encoding)], sample)
        best = choice.encoding if choice is not None else best
    decoded = decode_replacing(data, best)
    return decoded if decoded.replaced <= max(1, len(data) // 1000) else None


def _by_code_page(data: bytes, sample: bytes, guesses: list[Guess]) -> Decoded | None:
    """The 8-bit code page that reads ``data``; rivals that fit as well make it a guess."""

    while (choice := choose_code_page(guesses, sample)) is not None:
        text = decode_strict(data, choice.encoding)
        if text is not None and _C1.search(text, len(sample)) is None:
            return Decoded(text, choice.encoding, rivals=choice.rivals)
        # A byte past the sample that this code page leaves undefined (an ISO 8859 page
        # "reads" it as a C1 control, which no text holds): try the others.
        guesses = [guess for guess in guesses if guess.encoding != choice.encoding]
    return None


def _scored_candidates(sample: bytes, guesses: list[str]) -> list[tuple[float, str]]:
    """(plausibility, encoding) for GB18030, Big5 and the detector's guesses that decode."""
    scored: list[tuple[float, str]] = []
    for rank, encoding in enumerate(_candidates(guesses)):
        text = decode_as(sample, encoding)
        if text is not None:
            # A later candidate must beat an earlier one by more than a tie to rank above it.
            scored.append((plausibility(text) - rank * _TIE / 10, encoding))
    return scored


def _candidates(guesses: list[str]) -> list[str]:
    candidates = list(_CHINESE)
    for guess in guesses:
        if guess not in candidates:
            candidates.append(guess)
    return candidates


def _guesses(sample: bytes) -> list[Guess]:
    """The detector's encodings for ``sample``, best first, each under our name; an encoding
    that reads the bytes the same as a match's shares its measures."""
    guesses: dict[str, Guess] = {}
    for match in from_bytes(sample):
        for label in (match.encoding, *match.could_be_from_charset):
            name = normalized_encoding(label)
            if name and name not in guesses:
                guesses[name] = Guess(name, match.chaos, match.coherence)
    return list(guesses.values())


def _sample(data: bytes) -> bytes:
    """The first 16 KiB, cut after a line feed, which no GB or Big5 character contains."""
    if len(data) <= _DETECTION_SIZE:
        return data
    cut = data.rfind(b"\n", 0, _DETECTION_SIZE)
    return data[: cut + 1] if cut > _DETECTION_SIZE // 2 else data[:_DETECTION_SIZE]
