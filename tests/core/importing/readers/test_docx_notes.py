"""Footnotes and endnotes of a .docx: their marks in the text, their text after the body."""

from __future__ import annotations

from desktop.core.document import NodeKind
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


def test_endnotes_count_on_from_the_footnotes() -> None:
    data = with_notes(_cited("<t>甲。</t>{f1}<t>乙。</t>{e1}"), "footnote", {1: "脚注。"})
    data = with_notes(data, "endnote", {1: "尾注。"})
    assert _texts(data) == ["甲。[1]乙。[2]", "[1]脚注。", "[2]尾注。"]


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
