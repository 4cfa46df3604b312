"""A .docx's footnotes and endnotes: the marks citing them and their text, as a reader meets them.

Word keeps a note's text in its own part (footnotes.xml, endnotes.xml) and only a reference in
the body, so a reader that skipped the references would lose every source a speech cites. Each
note is numbered in the order the body first cites it and marked ``[1]``, ``[2]``…, the form
the importer already knows as a notes block: the mark stays in the sentence, the notes follow
the body. Footnotes and endnotes share one count (Word counts them apart, in different number
forms, but a document using both is rare and one sequence reads unambiguously).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import XMLSyntaxError

_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_PARTS = {"footnote": RELATIONSHIP_TYPE.FOOTNOTES, "endnote": RELATIONSHIP_TYPE.ENDNOTES}
# Separators and continuation notices are notes of these types, never cited text.
_NOTE_TYPES = {None, "normal"}

NoteKey = tuple[str, str]


def is_note_reference(tag: str) -> bool:
    """Whether ``tag`` is a body's reference to a footnote or an endnote."""
    return tag in _REFERENCES


def note_key(reference: Any) -> NoteKey:
    """Which note a w:footnoteReference or w:endnoteReference cites."""
    return _REFERENCES[reference.tag], reference.get(qn("w:id")) or ""


class Notes:
    """The notes a document's body cites, numbered in the order it first cites them."""

    def __init__(self, document: Any) -> None:
        self._texts = {kind: _notes_in(document, relation) for kind, relation in _PARTS.items()}
        self.marks: dict[NoteKey, str] = {}
        for reference in document.element.body.iter(*_REFERENCES):
            key = note_key(reference)
            if key not in self.marks and key[1] in self._texts[key[0]]:
                self.marks[key] = f"[{len(self.marks) + 1}]"

    def lines(self, text_of: Callable[[Any], str]) -> Iterator[str]:
        """Each cited note as one line, its mark first; ``text_of`` reads a note's paragraph."""
        for (kind, note_id), mark in self.marks.items():
            paragraphs = self._texts[kind][note_id]
            text = "".join(text_of(paragraph).strip() for paragraph in paragraphs)
            yield mark + text


def _notes_in(document: Any, relation: str) -> dict[str, list[Any]]:
    """The paragraphs of each note in the part ``relation`` names (none if there is no part)."""
    try:
        part = document.part.part_related_by(relation)
    except (KeyError, AttributeError):
        return {}
    element = getattr(part, "element", None)
    try:
        root = element if element is not None else parse_xml(part.blob)
    except XMLSyntaxError:
        return {}  # a damaged notes part costs the notes, not the document
    notes: dict[str, list[Any]] = {}
    for note in root:
        if note.get(qn("w:type")) in _NOTE_TYPES and note.get(qn("w:id")) is not None:
            notes[note.get(qn("w:id"))] = list(note.iter(qn("w:p")))
    return notes
