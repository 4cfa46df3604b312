"""Footnotes and endnotes of a .docx: their marks in the text, their text after the body."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from desktop.core.document import NodeKind
from desktop.core.footnotes import find_footnotes
from desktop.core.importing import import_bytes
from desktop.core.importing.readers.docx import read_docx
from tests.core.importing.readers.docx_factory import (
    add_raw_paragraph,
    new_document,
    to_bytes,
    with_notes,
)

_FOOTNOTE = (
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'
)
_W = nsdecls("w")
_ENDNOTE = '<w:r><w:endnoteReference w:id="{}"/></w:r>'


def _cited(*parts: str) -> bytes:
    """A document of one paragraph per part: text with {f1}, {e2}… placeholders for notes."""
    document = new_document()
    for part in parts:
        xml = part.format(f1=_FOOTNOTE.format(1), f2=_FOOTNOTE.format(2), e1=_ENDNOTE.format(1))
        add_raw_paragraph(
            document, xml.replace("<t>", "<w:r><w:t>").replace("</t>", "</w:t></w:r>")
        )
    return to_bytes(document)


def _texts(data: bytes) -> list[str]:
    return [line.text for line in read_docx(data, "a.docx").lines]


def test_notes_are_marked_where_cited_and_follow_the_body_in_citing_order() -> None:
    data = _cited(
        "<t>正如所指出的那样，</t>{f2}<t>我们必须坚持实事求是。</t>", "<t>这是根本。</t>{f1}"
    )
    data = with_notes(data, "footnote", {1: "《邓小平文选》第二卷。", 2: "《毛泽东选集》第三卷。"})
    assert _texts(data) == [
        "正如所指出的那样，[1]我们必须坚持实事求是。",
        "这是根本。[2]",
        "[1]《毛泽东选集》第三卷。",
        "[2]《邓小平文选》第二卷。",
    ]


def _numbered(**forms: str) -> bytes:
    """Two footnotes and two endnotes cited in turn, each kind in the number form ``forms``
    gives it (a w:numFmt in the document's settings)."""
    document = new_document()
    settings = document.settings.element
    for kind, form in forms.items():
        settings.append(parse_xml(f'<w:{kind}Pr {_W}><w:numFmt w:val="{form}"/></w:{kind}Pr>'))
    parts = ["<t>甲。</t>{f1}<t>乙。</t>{e1}", "<t>丙。</t>{f2}<t>丁。</t>{e2}"]
    for part in parts:
        xml = part.format(
            f1=_FOOTNOTE.format(1),
            f2=_FOOTNOTE.format(2),
            e1=_ENDNOTE.format(1),
            e2=_ENDNOTE.format(2),
        )
        add_raw_paragraph(
            document, xml.replace("<t>", "<w:r><w:t>").replace("</t>", "</w:t></w:r>")
        )
    data = with_notes(to_bytes(document), "footnote", {1: "脚注一。", 2: "脚注二。"})
    return with_notes(data, "endnote", {1: "尾注一。", 2: "尾注二。"})


@pytest.mark.parametrize(
    ("forms", "body", "notes"),
    [
        ({}, "甲。[1]乙。[i] 丙。[2]丁。[ii]", "[1]脚注一。 [2]脚注二。 [i]尾注一。 [ii]尾注二。"),
        (
            {"footnote": "decimalEnclosedCircleChinese", "endnote": "decimal"},
            "甲。[①]乙。[1] 丙。[②]丁。[2]",
            "[①]脚注一。 [②]脚注二。 [1]尾注一。 [2]尾注二。",
        ),
        (
            {"footnote": "chicago", "endnote": "upperLetter"},
            "甲。[1]乙。[i] 丙。[2]丁。[ii]",
            "[1]脚注一。 [2]脚注二。 [i]尾注一。 [ii]尾注二。",
        ),
        (
            {"endnote": "decimal"},
            "甲。[1]乙。[2] 丙。[3]丁。[4]",
            "[1]脚注一。 [2]尾注一。 [3]脚注二。 [4]尾注二。",
        ),
    ],
)
def test_footnotes_and_endnotes_are_marked_as_word_shows_them(
    forms: dict[str, str], body: str, notes: str
) -> None:
    """Footnotes 1, 2…, endnotes i, ii… unless the document sets a form a mark can take;
    two kinds in one form count on together, so no two notes share a mark."""
    assert _texts(_numbered(**forms)) == body.split() + notes.split()


def test_a_damaged_notes_part_costs_the_notes_not_the_text() -> None:
    data = with_notes(_cited("<t>正文。</t>{f1}"), "footnote", "<w:footnotes><broken")
    assert _texts(data) == ["正文。"]


def test_an_imported_speech_keeps_its_notes_out_of_the_outline() -> None:
    data = _cited(
        "<t>在纪念大会上的讲话</t>",
        "<t>一、坚持实事求是</t>",
        "<t>正如毛泽东同志所指出的那样，</t>{f1}<t>我们必须坚持实事求是。</t>",
        "<t>二、坚持群众路线</t>",
        "<t>群众路线是党的生命线。</t>{f2}",
    )
    data = with_notes(data, "footnote", {1: "《毛泽东选集》第三卷，第801页。", 2: "同上。"})
    speech = import_bytes(data, "a.docx").speeches[0]
    assert speech.text.endswith("\n[1]《毛泽东选集》第三卷，第801页。\n[2]同上。")
    headings = [node.label for node in speech.outline if node.kind == NodeKind.HEADING]
    assert headings == ["一、坚持实事求是", "二、坚持群众路线"]


def test_circled_footnotes_are_linked_to_their_marks_without_a_label() -> None:
    """A .docx numbering its footnotes ①: its notes close the text with no label, bracketed
    as every note mark, so they are told from a list numbered ① and linked in the reader."""
    speech = import_bytes(_numbered(footnote="decimalEnclosedCircle"), "a.docx").speeches[0]
    footnotes = find_footnotes(speech.text)
    marks = [speech.text[mark.start : mark.end] for mark in footnotes.marks]
    assert marks == ["[①]", "[i]", "[②]", "[ii]"]
    assert [item.number for item in footnotes.items] == [1, 2, 1, 2]
