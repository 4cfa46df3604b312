"""Build .docx files for the reader tests: paragraphs, styles, tables and Word list numbering."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")


@dataclass(frozen=True)
class ListLevel:
    """One w:lvl of a list definition."""

    number_format: str
    text: str
    start: int = 1
    suffix: str = "nothing"
    restart: int | None = None


def new_document() -> docx.document.Document:
    """An empty document from python-docx's template, its sample numbering definitions removed."""
    document = docx.Document()
    numbering = numbering_xml(document)
    for child in list(numbering):
        numbering.remove(child)
    return document


def numbering_xml(document: docx.document.Document):
    """The root element of the document's numbering part."""
    return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element


def add_list(
    document: docx.document.Document,
    abstract_id: int,
    num_ids: list[int],
    levels: list[ListLevel],
    start_overrides: dict[int, int] | None = None,
) -> None:
    """Define an abstract list and the w:num lists that use it (some restarting at a value)."""
    root = numbering_xml(document)
    lvls = "".join(_level_xml(index, level) for index, level in enumerate(levels))
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
    )
    # abstractNum elements must precede num elements in numbering.xml.
    existing_nums = root.findall(qn("w:num"))
    if existing_nums:
        existing_nums[0].addprevious(abstract)
    else:
        root.append(abstract)
    for num_id in num_ids:
        override = ""
        if start_overrides and num_id in start_overrides:
            value = start_overrides[num_id]
            override = (
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{value}"/></w:lvlOverride>'
            )
        root.append(
            parse_xml(
                f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{override}</w:num>"
            )
        )


def _level_xml(index: int, level: ListLevel) -> str:
    restart = f'<w:lvlRestart w:val="{level.restart}"/>' if level.restart is not None else ""
    return (
        f'<w:lvl w:ilvl="{index}"><w:start w:val="{level.start}"/>'
        f'<w:numFmt w:val="{level.number_format}"/>{restart}'
        f'<w:suff w:val="{level.suffix}"/><w:lvlText w:val="{level.text}"/></w:lvl>'
    )


def numbered(paragraph, num_id: int, ilvl: int = 0):
    """Put ``paragraph`` in list ``num_id`` at level ``ilvl``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def add_raw_paragraph(document: docx.document.Document, inner_xml: str) -> None:
    """Append a paragraph given as the XML inside its w:p (runs, breaks, revisions…)."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{inner_xml}</w:p>"))


def to_bytes(document: docx.document.Document) -> bytes:
    """The document saved as .docx bytes."""
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


_NOTE_PARTS = {
    "footnote": ("footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml"),
    "endnote": ("endnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml"),
}


def with_notes(data: bytes, kind: str, notes: dict[int, str] | str) -> bytes:
    """``data`` with a footnotes or endnotes part: note id → its text, or the part's raw XML.
    Word's separator notes (ids -1 and 0) come first, as Word writes them."""
    part, content_type = _NOTE_PARTS[kind]
    if isinstance(notes, str):
        xml = notes
    else:
        separators = (
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f"</w:{kind}>"
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
        )
        items = "".join(
            f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{kind}Ref/></w:r>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}>"
            for note_id, text in notes.items()
        )
        xml = f"<w:{part} {W}>{separators}{items}</w:{part}>"
    source, output = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                override = (
                    f'<Override PartName="/word/{part}.xml" '
                    f'ContentType="{content_type}.{part}+xml"/></Types>'
                )
                content = content.replace(b"</Types>", override.encode())
            elif info.filename == "word/_rels/document.xml.rels":
                relation = (
                    f'<Relationship Id="rId{part}" Target="{part}.xml" Type="http://schemas'
                    f'.openxmlformats.org/officeDocument/2006/relationships/{part}"/>'
                    "</Relationships>"
                )
                content = content.replace(b"</Relationships>", relation.encode())
            archive.writestr(info, content)
        archive.writestr(f"word/{part}.xml", xml)
    return output.getvalue()
