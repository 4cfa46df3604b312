"""A comparison's changes as a Word document, set as the app's other Word exports are
(``export.docx_style``: GB/T 9704's page, 仿宋 body and 黑体 headings, page numbers).

The title names both speeches, a line counts the changes, each speech's facts follow; then
each change is a first-level heading (its number, section and kind, so Word's navigation pane
lists the changes) over its old and new line in context: the old words struck through on the
compare window's orange, the new underlined on its blue, a blank's name and a paragraph break
in grey.
"""

from __future__ import annotations

from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

from desktop.core.annotation import utc_now
from desktop.core.compare_export import (
    DEFAULT_CONTEXT,
    ChangeWords,
    ComparedSpeeches,
    side_facts,
)
from desktop.core.compare_segments import (
    DELETED_FILL,
    INSERTED_FILL,
    NAME_GREY,
    Segment,
    change_segments,
)
from desktop.core.export.docx_order import keep_with_next
from desktop.core.export.docx_style import META_STYLE, QUOTE_STYLE, DocxBuilder, add_run
from desktop.core.export.words import GENERATOR

_GREY = RGBColor.from_string(NAME_GREY.upper())


def to_docx(
    compared: ComparedSpeeches,
    words: ChangeWords | None = None,
    context: int = DEFAULT_CONTEXT,
    generated: str | None = None,
) -> bytes:
    """The changes as .docx bytes; ``generated`` (ISO, UTC) stamps the document, now if None."""
    words = words or ChangeWords()
    old, new = compared.old, compared.new
    title = words.title_of(old.title, new.title)
    document = DocxBuilder(title, generated or utc_now(), GENERATOR, words.language)
    document.paragraph(title, style="Title")
    summary = document.paragraph(style=META_STYLE)
    add_run(summary, words.summary_of(compared.comparison), bold=True)
    sides = zip((words.old, words.new), (old, new), compared.sources, strict=True)
    for label, record, source in sides:
        facts = side_facts(record, source, words)
        _speech_line(document.paragraph(style=META_STYLE), label, record.title, facts)
    old_text, new_text = compared.texts
    hunks = zip(compared.comparison.hunks, compared.sections, strict=True)
    for number, (hunk, section) in enumerate(hunks, 1):
        kind = words.kinds.get(hunk.kind.value, hunk.kind.value)
        if section:
            kind = words.kind_in(section, kind)
        document.paragraph(f"{number}. {kind}", style="Heading 1")
        lines = []
        for deleted, label, text, start, end in (
            (True, words.old, old_text, hunk.old_start, hunk.old_end),
            (False, words.new, new_text, hunk.new_start, hunk.new_end),
        ):
            if start < end:
                line = document.paragraph(style=QUOTE_STYLE)
                add_run(line, label).font.color.rgb = _GREY
                for segment, piece in change_segments(text, start, end, context, words):
                    _add_segment(line, segment, piece, deleted=deleted)
                lines.append(line)
        if len(lines) == 2:  # a change's old line on the page of its new one
            keep_with_next(lines[0])
        # A change of one side keeps nothing: its heading already holds its line, and a
        # line kept with the next heading chained every change to the next, pushing a run of
        # them whole to a new page (half a page left blank under the third change).
    return document.to_bytes()


def _speech_line(paragraph: Paragraph, label: str, title: str, facts: list[str]) -> None:
    add_run(paragraph, label)
    add_run(paragraph, title, bold=True)
    if facts:
        add_run(paragraph, " · " + " · ".join(facts))


def _add_segment(paragraph: Paragraph, segment: Segment, piece: str, *, deleted: bool) -> None:
    if segment is Segment.TEXT:
        add_run(paragraph, piece)
        return
    if segment is Segment.BREAK:
        add_run(paragraph, f" {piece} ").font.color.rgb = _GREY
        return
    run = add_run(paragraph, piece, fill=DELETED_FILL if deleted else INSERTED_FILL)
    if deleted:
        run.font.strike = True
    else:
        run.underline = True
    if segment is Segment.NAMED:
        run.font.color.rgb = _GREY
