"""Word documents (.docx): body paragraphs in order (table cells and text boxes included), heading
levels from styles, and Word's automatic list numbers written into the text as Word shows them.

The XML is walked directly (python-docx opens the package and reads the styles) because what a
reader needs is finer than python-docx's ``Paragraph.text``: deleted revisions and field codes
left out, hidden runs skipped, text boxes kept once, line breaks judged by how the text reads.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from desktop.core.errors import DocumentError
from desktop.core.importing.chars import CELL_GAP, with_list_number
from desktop.core.importing.readers.docx_notes import NoteKey, Notes, is_note_reference, note_key
from desktop.core.importing.readers.docx_styles import Styles, child_val, outline_heading
from desktop.core.importing.readers.numbering import Numbering
from desktop.core.importing.source import SourceLine, SourceText

_MAX_UNPACKED = 2 * 1024**3  # a zip bomb, not a speech
_CONTAINERS = {qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml")}
_TEXT, _TAB, _PTAB = qn("w:t"), qn("w:tab"), qn("w:ptab")
_BREAKS = {qn("w:br"), qn("w:cr")}
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
# Not shown as text: properties, deleted or moved-away revisions, field codes, comments' marks.
_SKIPPED = {
    qn(tag)
    for tag in (
        "w:pPr",
        "w:rPr",
        "w:del",
        "w:moveFrom",
        "w:instrText",
        "w:delText",
        "w:commentReference",
        "w:sym",
    )
}
_DRAWINGS = {qn("w:drawing"), qn("w:pict")}
_MARKUP_COMPATIBILITY = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = _MARKUP_COMPATIBILITY + "AlternateContent"
_CHOICE = _MARKUP_COMPATIBILITY + "Choice"
_FALLBACK = _MARKUP_COMPATIBILITY + "Fallback"
_TEXT_BOX = qn("w:txbxContent")
_RUN = qn("w:r")
_PARAGRAPH = qn("w:p")
_CJK_EDGE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# A line that ends like this is cut mid-sentence by a manual line break: read it on.
_MID_SENTENCE = "，、,（(《“‘"
_OPEN_END = re.compile(rf"[{_MID_SENTENCE}\w]$")
# A line starting like this starts a new point of an outline, never the rest of a sentence.
_OUTLINE_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇])"
)
_WRAPPED_LINE = 15  # a shorter line without punctuation is a line of its own (a title, a name)
_ROW, _CELL = qn("w:tr"), qn("w:tc")
Marks = dict[NoteKey, str]
# A row of a table of data (序号 | 项目名称 | 完成率) reads as one line, its cells set apart as
# columns; a cell holding more (a layout table around the text, a long remark) keeps its lines.
_DATA_CELL_MAX = 60


def read_docx(data: bytes, name: str) -> SourceText:
    """A Word document: its paragraphs as lines, headings and list numbers as Word shows them."""
    document = _open(data, name)
    styles = Styles(document.styles.element)
    numbering = Numbering(_numbering_xml(document), styles.numbering_links)
    notes = Notes(document)
    lines: list[SourceLine] = []
    for paragraph in _paragraphs(document.element.body):
        if paragraph.tag == _ROW:
            lines.append(SourceLine(CELL_GAP.join(_cell_texts(paragraph, notes.marks))))
        else:
            lines.extend(_paragraph_lines(paragraph, styles, numbering, notes.marks))
    lines.extend(SourceLine(text) for text in notes.lines(_one_line_text))
    properties = document.core_properties
    title = (properties.title or "").strip() or None
    author = (properties.author or "").strip()
    meta = {"author": author} if author else {}
    stamps = [stamp for stamp in (properties.created, properties.modified) if stamp is not None]
    if stamps:  # when Word created and last saved the file: no date of the speech's own
        meta["file-dates"] = " ".join(stamp.date().isoformat() for stamp in stamps)
    return SourceText(lines, "docx", "docx", title=title, meta=meta)


def _open(data: bytes, name: str) -> Any:
    """The python-docx Document, or ``DocumentError("corrupt")`` whatever is wrong with it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > _MAX_UNPACKED:
            message = "the Word document unpacks to more than 2 GB"
            raise DocumentError(message, code="too-large", path=name)
        return docx.Document(io.BytesIO(data))
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - zipfile, lxml and python-docx raise many types
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        message = f"the Word document is damaged and cannot be read ({reason})"
        raise DocumentError(message, code="corrupt", path=name) from error


def _numbering_xml(document: Any) -> Any | None:
    try:
        return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except (KeyError, AttributeError):
        return None


def _paragraphs(container: Any) -> Iterator[Any]:
    """Paragraphs in document order, descending into tables (cell by cell) and content controls;
    a row of a table of data comes whole."""
    for child in container.iterchildren():
        if child.tag == _PARAGRAPH or (child.tag == _ROW and _is_data_row(child)):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _paragraphs(child)


def _is_data_row(row: Any) -> bool:
    """A row of two cells or more, each holding one short line at most and no table."""
    cells = row.findall(_CELL)
    if len(cells) < 2 or not any(_cell_texts(row)):
        return False
    for cell in cells:
        if cell.find(".//" + qn("w:tbl")) is not None:
            return False
        texts = [text for text in _paragraph_texts(cell) if text]
        if len(texts) > 1 or any(len(text) > _DATA_CELL_MAX for text in texts):
            return False
    return True


def _cell_texts(row: Any, marks: Marks | None = None) -> list[str]:
    """Each cell's text, its paragraphs' lines joined."""
    return ["".join(_paragraph_texts(cell, marks)) for cell in row.findall(_CELL)]


def _paragraph_texts(cell: Any, marks: Marks | None = None) -> list[str]:
    return [_one_line_text(paragraph, marks) for paragraph in cell.iter(_PARAGRAPH)]


def _one_line_text(paragraph: Any, marks: Marks | None = None) -> str:
    """A paragraph's text on one line (a table cell's, a note's)."""
    return "".join(line.strip() for line in join_breaks(_segments(paragraph, marks)[0]))


def _paragraph_lines(
    paragraph: Any, styles: Styles, numbering: Numbering, marks: Marks
) -> Iterator[SourceLine]:
    segments, text_boxes = _segments(paragraph, marks)
    style_id = child_val(paragraph, "w:pPr", "w:pStyle")
    label = _list_label(paragraph, style_id, styles, numbering)
    heading = _heading_level(paragraph, style_id, styles)
    lines = [line for line in join_breaks(segments) if line.strip()]
    for index, line in enumerate(lines):
        text = with_list_number(label, line) if label and index == 0 else line
        yield SourceLine(text, heading=heading)
    for box in text_boxes:
        for inner in _paragraphs(box):
            yield from _paragraph_lines(inner, styles, numbering, marks)


def _heading_level(paragraph: Any, style_id: str | None, styles: Styles) -> int | None:
    level = outline_heading(child_val(paragraph, "w:pPr", "w:outlineLvl"))
    if level is False:
        return None
    if level is not None:
        return int(level)
    return styles.heading_level(style_id)


def _list_label(
    paragraph: Any, style_id: str | None, styles: Styles, numbering: Numbering
) -> str | None:
    num_id = child_val(paragraph, "w:pPr", "w:numPr", "w:numId")
    ilvl_text = child_val(paragraph, "w:pPr", "w:numPr", "w:ilvl")
    ilvl = int(ilvl_text) if ilvl_text is not None and ilvl_text.isdigit() else None
    if num_id is None:
        inherited = styles.numbering(style_id)
        if inherited is None:
            return None
        num_id, ilvl = inherited[0], ilvl if ilvl is not None else inherited[1]
    if num_id == "0":
        return None  # numbering switched off for this paragraph
    if ilvl is None:
        ilvl = numbering.level_for_style(num_id, style_id or "")
    return numbering.next_label(num_id, ilvl)


def _segments(paragraph: Any, marks: Marks | None = None) -> tuple[list[str], list[Any]]:
    """The paragraph's text split at manual line breaks, and the text boxes anchored in it;
    a reference to a note reads as its mark in ``marks`` (nothing if it has none)."""
    segments: list[list[str]] = [[]]
    text_boxes: list[Any] = []
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag == _TEXT:
            segments[-1].append(element.text or "")
        elif tag in (_TAB, _PTAB):
            segments[-1].append(" ")
        elif tag in _BREAKS:
            segments.append([])
        elif tag == _NO_BREAK_HYPHEN:
            segments[-1].append("-")
        elif is_note_reference(tag):
            segments[-1].append((marks or {}).get(note_key(element), ""))
        elif tag in _DRAWINGS or tag == _ALTERNATE:
            text_boxes.extend(_text_boxes(element))
        elif tag not in _SKIPPED and not (tag == _RUN and _is_hidden(element)):
            stack.extend(reversed(element))
    return ["".join(parts) for parts in segments], text_boxes


def _text_boxes(element: Any) -> list[Any]:
    # Word stores a text box twice (DrawingML choice, VML fallback): read the first only.
    if element.tag == _ALTERNATE:
        choice = element.find(_CHOICE)
        element = choice if choice is not None else element.find(_FALLBACK)
        if element is None:
            return []
    return list(element.iter(_TEXT_BOX))


def _is_hidden(run: Any) -> bool:
    vanish = run.find(qn("w:rPr") + "/" + qn("w:vanish"))
    return vanish is not None and vanish.get(qn("w:val")) not in {"0", "false", "off"}


def join_breaks(segments: list[str]) -> list[str]:
    """Rejoin pieces of a paragraph that a manual line break cut mid-sentence; keep the rest."""
    lines = [segments[0]]
    for segment in segments[1:]:
        previous = lines[-1].rstrip()
        if _reads_on(previous, segment):
            lines[-1] = previous + _joiner(previous, segment) + segment.lstrip()
        else:
            lines.append(segment)
    return lines


def _reads_on(previous: str, following: str) -> bool:
    if not previous or not following.strip() or _OUTLINE_START.match(following):
        return False
    if previous[-1] in _MID_SENTENCE:
        return True
    return _OPEN_END.search(previous) is not None and len(previous) >= _WRAPPED_LINE


def _joiner(previous: str, following: str) -> str:
    following = following.lstrip()
    if _CJK_EDGE.match(previous[-1]) or (following and _CJK_EDGE.match(following[0])):
        return ""
    return " "
