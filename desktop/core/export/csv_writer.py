"""Notes and highlights as CSV for Excel and WPS: UTF-8 with a BOM, one row per annotation.

The header row keeps English field names (``collection``, ``quote``, ``color``…): a researcher's
scripts and tools read the columns by name, whatever the app's language. The cells a person
reads are in the export's language, worded as every other export words them (a colour is
``黄色``, or ``Yellow`` in English, as in Markdown, HTML and Word and in the app's menus); the
last columns (times, the anchoring ``state``, the ``id``, then where the words are) are values
for scripts, the same in every language. A compilation repeats its speeches' title, so each row
names its speech by id (``speech_id``, as ``list`` and the search CSV give it) and by its number
in the collection (``speech_no``, "No. 3"); ``start`` and ``end`` are the words' offsets in the
speech's text (Python ``str`` indices, as JSON's TextPositionSelector), empty for a note on the
whole speech or words no longer in the text. They come last, so scripts that read the columns
by position before they were added read the same.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from desktop.core.annotation import AnchorState, Annotation
from desktop.core.export import labels, times
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.export.words import CHINESE_WORDS, ExportWords

COLUMNS = (
    "collection",
    "speech",
    "date",
    "speaker",
    "section",
    "quote",
    "marked_quote",
    "note",
    "color",
    "tags",
    "created",
    "modified",
    "state",
    "id",
    "speech_id",
    "speech_no",
    "start",
    "end",
)
"""The header row. English, so that scripts reading the file can rely on it."""

TAG_SEPARATOR = "; "
# OWASP's and ASVS 1.2.10's list. LibreOffice Calc drops a leading NUL and runs the rest:
# "\x00=1+1" showed 2.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")


ROWS_PER_PIECE = 200


def write_csv(data: ExportSet) -> bytes:
    """The export as CSV bytes: a UTF-8 BOM (so Excel reads Chinese), CRLF rows (RFC 4180)."""
    return "".join(csv_pieces(data)).encode("utf-8")


def csv_pieces(data: ExportSet) -> Iterator[str]:
    """The CSV text in pieces of ``ROWS_PER_PIECE`` rows, the first starting with the BOM,
    which joined and encoded in UTF-8 are ``write_csv``'s bytes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    in_zone = times.iso_converter(data.zone)
    yield "\ufeff" + _take(buffer)
    for number, item in enumerate(data.each_item(), start=1):
        writer.writerow(item_row(item, in_zone, data.words))
        if number % ROWS_PER_PIECE == 0:
            yield _take(buffer)
    yield _take(buffer)


def _take(buffer: io.StringIO) -> str:
    """What the buffer holds, leaving it empty."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def item_row(
    item: ExportItem, in_zone: Callable[[str], str], words: ExportWords = CHINESE_WORDS
) -> list[str]:
    """One annotation's cells, in ``COLUMNS`` order; its times ISO 8601 with their offset in
    the export's zone (``in_zone``, from ``times.iso_converter``: ``2024-05-01T16:30:00+08:00``):
    local to read, unambiguous to a script."""
    note = item.annotation
    user_text = [
        item.collection.title,
        item.speech.title,
        item.speech.date or "",
        item.speech.speaker or "",
        labels.section_label(item.section_path),
        note.quote.exact,  # empty on a whole-speech note; an orphan keeps its words
        note.marked_quote or "",  # the words first marked, when re-anchoring changed the quote
        note.note,
        words.color(note.color),  # 黄色 or Yellow: as the menus and every export name it
        TAG_SEPARATOR.join(note.tags),
    ]
    ours = [
        in_zone(note.created),
        in_zone(note.modified),
        str(note.state),
        note.id,
        str(item.speech.id),
        str(item.speech.index),
        _offset(note.start, note),
        _offset(note.end, note),
    ]
    return [defuse_formula(cell) for cell in user_text] + ours


def _offset(offset: int | None, note: Annotation) -> str:
    """An offset as a cell: empty where there is none (a whole-speech note, an orphan)."""
    if offset is None or note.state == AnchorState.ORPHANED:
        return ""
    return str(offset)


def defuse_formula(cell: str) -> str:
    """A cell that Excel or WPS would run as a formula, made plain text (CSV injection).

    Spreadsheet apps evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some a tab,
    a carriage return or a NUL before one) even when it is quoted, so a note like
    ``=HYPERLINK(...)`` or ``@SUM(...)`` from an imported file could run. A leading apostrophe
    makes the app show it as text, which is OWASP's recommended defence; the apostrophe is
    visible in other readers (and in LibreOffice Calc), a small price.
    """
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell
