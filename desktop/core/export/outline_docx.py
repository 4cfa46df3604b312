"""The outline (提纲) of the exported speeches as a Word document: the outline's headings in Word's
heading styles with their numbering as written (so Word's navigation pane shows the outline and
official-document fonts apply: 一、 in 黑体, （一） in 楷体), points as indented paragraphs."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.export import labels
from desktop.core.export.docx_style import (
    BODY_STYLE,
    FANGSONG,
    HEI,
    KAI,
    META_STYLE,
    CjkFont,
    DocxBuilder,
    add_run,
)
from desktop.core.export.model import ExportSet, outline_line
from desktop.core.export.words import ExportWords, book_title
from desktop.core.records import CollectionRecord, SpeechContent

_DEEPEST_HEADING = 9
# GB/T 9704: 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, deeper in 仿宋, whatever Word level.
_LEVEL_FONTS: dict[int, tuple[CjkFont, bool]] = {
    1: (HEI, False),
    2: (KAI, False),
    3: (FANGSONG, True),
}


def write_outline_docx(data: ExportSet, *, include_points: bool = True) -> bytes:
    """The outlines of the set's speeches as .docx bytes.

    One speech: its title is the document's title and its outline starts at Heading 1. Several:
    each speech is a Heading 1 and its outline starts at Heading 2.
    """
    single = len(data.speeches) == 1
    title = _document_title(data, single)
    document = DocxBuilder(title, data.generated, data.words.generator, data.words.language_tag)
    document.paragraph(title, style="Title")
    for content in data.speeches:
        collection = data.collection_of(content.record)
        _add_speech(document, content, collection, single, include_points, data.words)
    return document.to_bytes()


def _document_title(data: ExportSet, single: bool) -> str:
    if single:
        return data.words.outline_title(book_title(data.speeches[0].record.title))
    return data.words.outline_title(data.scope_title)


def _add_speech(
    document: DocxBuilder,
    content: SpeechContent,
    collection: CollectionRecord | None,
    single: bool,
    include_points: bool,
    words: ExportWords,
) -> None:
    record = content.record
    if not single:
        document.paragraph(book_title(record.title), style="Heading 1")
    facts = document.paragraph(labels.citation(record, collection, words), style=META_STYLE)
    facts.alignment = WD_ALIGN_PARAGRAPH.CENTER if single else None
    offset = 0 if single else 1
    _add_nodes(document, (content.outline, content.text), offset, include_points)


def _add_nodes(
    document: DocxBuilder,
    outline: tuple[list[OutlineNode], str],
    offset: int,
    include_points: bool,
) -> None:
    nodes, text = outline
    for node in nodes:
        if node.kind == NodeKind.POINT:
            if not include_points:
                continue
            document.paragraph(outline_line(node, text), style=BODY_STYLE)
        else:
            level = max(min(node.level + offset, _DEEPEST_HEADING), 1)
            paragraph = document.paragraph(style=f"Heading {level}")
            font, bold = _LEVEL_FONTS.get(node.level, (FANGSONG, False))
            add_run(paragraph, outline_line(node, text), font=font, bold=bold)
            if not any(include_points or c.kind != NodeKind.POINT for c in node.children):
                # A heading keeps with the line under it only where that line is its own: an
                # outline is all headings, and a chain of them kept together leaves a page
                # half empty before it (一、 on page 1, 二、 and all after on page 2).
                paragraph.paragraph_format.keep_with_next = False
        _add_nodes(document, (node.children, text), offset, include_points)
