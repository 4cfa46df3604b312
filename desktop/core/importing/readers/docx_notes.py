"""A .docx's footnotes and endnotes: the marks citing them and their text, as a reader meets them.

Word keeps a note's text in its own part (footnotes.xml, endnotes.xml) and only a reference in
the body, so a reader that skipped the references would lose every source a speech cites. Each
note is numbered in the order the body first cites it and marked ``[1]``, ``[2]``…, the form
the importer already knows as a notes block: the mark stays in the sentence, the notes follow
the body.

Footnotes and endnotes are counted apart and marked as Word shows them, in the number form the
document sets (w:footnotePr, w:endnotePr in its last section or its settings): by default
footnotes ``[1]``, ``[2]``… and endnotes ``[i]``, ``[ii]``…; circled numbers too, bracketed
(``[①]``) as every mark is: the brackets stand for the superscript a note reference is set in,
and tell notes closing the text from a list numbered ①, which the text alone could not. Other
forms (capital letters, Chinese numerals, symbols) are marks the importer could not tie back
to their notes, so they read as Word's defaults. Two kinds set to one form share one count, so
no two notes ever share a mark. A set start number (w:numStart) and counts restarting on each
page are not followed: the text has no pages, and notes are known by counting up from one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import XMLSyntaxError

from desktop.core.importing.readers.numerals import format_number

_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_PARTS = {"footnote": RELATIONSHIP_TYPE.FOOTNOTES, "endnote": RELATIONSHIP_TYPE.ENDNOTES}
# Separators and continuation notices are notes of these types, never cited text.
_NOTE_TYPES = {None, "normal"}
_DEFAULT_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}
# Word's number forms a note mark can take and still be read back as one (importing.notes).
_MARK_FORMS = {"decimal": "[{}]", "lowerRoman": "[{}]", "decimalEnclosedCircle": "[{}]"}
# Forms Word names apart that show a note's number alike.
_SAME_FORM = {
    "decimalHalfWidth": "decimal",
    "decimalEnclosedCircleChinese": "decimalEnclosedCircle",
}

NoteKey = tuple[str, str]


def is_note_reference(tag: str) -> bool:
    """Whether ``tag`` is a body's reference to a footnote or an endnote."""
    return tag in _REFERENCES


def note_key(reference: Any) -> NoteKey:
    """Which note a w:footnoteReference or w:endnoteReference cites."""
    return _REFERENCES[reference.tag], reference.get(qn("w:id")) or ""


class Notes:
    """The notes a document's body cites, each kind numbered in the order it first cites them."""

    def __init__(self, document: Any) -> None:
        self._texts = {kind: _notes_in(document, relation) for kind, relation in _PARTS.items()}
        forms = {kind: _number_format(document, kind) for kind in _PARTS}
        counts: dict[str, int] = {}  # per number form: kinds set to one form count on together
        self.marks: dict[NoteKey, str] = {}
        self._forms: dict[NoteKey, str] = {}
        for reference in document.element.body.iter(*_REFERENCES):
            key = note_key(reference)
            if key in self.marks or key[1] not in self._texts[key[0]]:
                continue
            form = forms[key[0]]
            counts[form] = counts.get(form, 0) + 1
            self.marks[key] = _MARK_FORMS[form].format(format_number(counts[form], form))
            self._forms[key] = form

    def lines(self, text_of: Callable[[Any], str]) -> Iterator[str]:
        """Each cited note as one line, its mark first, the notes of one form together (as
        Word sets footnotes apart from endnotes); ``text_of`` reads a note's paragraph."""
        order = list(dict.fromkeys(self._forms.values()))
        cited = sorted(self.marks.items(), key=lambda item: order.index(self._forms[item[0]]))
        for (kind, note_id), mark in cited:
            paragraphs = self._texts[kind][note_id]
            text = "".join(text_of(paragraph).strip() for paragraph in paragraphs)
            yield mark + text


def _notes_in(document: Any, relation: str) -> dict[str, list[Any]]:
    """The paragraphs of each note in the part ``relation`` names (none if there is no part)."""
    root = _part_root(document, relation)
    if root is None:
        return {}  # no notes part, or a damaged one: it costs the notes, not the document
    notes: dict[str, list[Any]] = {}
    for note in root:
        if note.get(qn("w:type")) in _NOTE_TYPES and note.get(qn("w:id")) is not None:
            notes[note.get(qn("w:id"))] = list(note.iter(qn("w:p")))
    return notes


def _number_format(document: Any, kind: str) -> str:
    """The number form ``kind``'s notes are shown in: the last section's, else the settings',
    else Word's default; one the importer cannot read back as a mark counts as the default."""
    properties = qn(f"w:{kind}Pr")
    settings = _part_root(document, RELATIONSHIP_TYPE.SETTINGS)
    places = [document.element.body.find(qn("w:sectPr")), settings]
    for place in places:
        found = place.find(f"{properties}/{qn('w:numFmt')}") if place is not None else None
        value = found.get(qn("w:val")) if found is not None else None
        if value is not None:
            form = _SAME_FORM.get(value, value)
            return form if form in _MARK_FORMS else _DEFAULT_FORMATS[kind]
    return _DEFAULT_FORMATS[kind]


def _part_root(document: Any, relation: str) -> Any:
    """The root element of the part ``relation`` names; None when there is no such part or
    its XML is damaged. python-docx parses only the parts it knows; the others are parsed here."""
    try:
        part = document.part.part_related_by(relation)
    except (KeyError, AttributeError):
        return None
    element = getattr(part, "element", None)
    try:
        return element if element is not None else parse_xml(part.blob)
    except XMLSyntaxError:
        return None
