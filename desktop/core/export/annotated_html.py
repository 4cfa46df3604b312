"""The annotated speech as HTML: the whole text, highlights in their colours, numbered notes after
each paragraph, headings by outline level; one self-contained printable page."""

from __future__ import annotations

from desktop.core.export import labels
from desktop.core.export.html_base import (
    NOTE_CLASSES,
    blocks_html,
    color_class,
    content_lang,
    esc,
    highlight_html,
    mixed_html,
    note_html,
    note_html_blocks,
    page,
    tags_html,
    text_html,
    user_text_lang,
)
from desktop.core.export.layout import (
    AnnotatedSpeech,
    Block,
    BlockKind,
    NoteRef,
    Run,
    layout_all,
)
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.export.words import ExportWords, note_marker

# One class an element: LibreOffice (and so Word's import of it) styles an element of two
# classes by neither (``class="meta title-block"`` was left black and at the left); the rule
# of each class carries all its styles (html_base's CSS).
_BLOCK_TAGS = {
    BlockKind.TITLE: ("h1", "title"),
    BlockKind.SUBTITLE: ("p", "subtitle"),
    BlockKind.META: ("p", "title-meta"),
    BlockKind.SALUTATION: ("p", "salutation"),
    BlockKind.BODY: ("p", "body"),
    BlockKind.SIGNATURE: ("p", "signature"),
    BlockKind.CLOSING_DATE: ("p", "closing-date"),
}


def write_annotated_html(data: ExportSet) -> str:
    """The set's speeches as one annotated HTML document."""
    title = data.scope_title or data.words.notes
    speeches = [
        _speech_html(number, speech, data.words)
        for number, speech in enumerate(layout_all(data), 1)
    ]
    return page(title, "\n".join(speeches), data.generated, data.zone, data.words)


def _speech_html(number: int, speech: AnnotatedSpeech, words: ExportWords) -> str:
    record = speech.content.record
    anchor = f"s{number}"
    head, body = speech.split_head()
    parts = [f'<article class="speech" id="{anchor}">']
    if not speech.has_title:
        parts.append(f"<h1{content_lang(words)}>{esc(record.title)}</h1>")
    parts.extend(_block_html(block, anchor, words) for block in head)
    citation = labels.citation(record, speech.collection, words)
    parts.append(f'<p class="title-cite">{mixed_html(citation, words)}</p>')
    if speech.speech_notes:
        parts.append(_item_list(words.speech_notes, speech.speech_notes, words))
    parts.extend(_block_html(block, anchor, words) for block in body)
    if speech.orphans:
        parts.append(_item_list(words.orphans, speech.orphans, words, hint=words.orphan_hint))
    parts.append("</article>")
    return "\n".join(parts)


def _block_html(block: Block, anchor: str, words: ExportWords) -> str:
    if block.kind == BlockKind.HEADING:
        level = min(block.level + 1, 6)
        tag, css = f"h{level}", f"level-{block.level}"
    else:
        tag, css = _BLOCK_TAGS[block.kind]
    runs = "".join(_run_html(run, anchor, words) for run in block.runs)
    html = f'<{tag} class="{css}"{content_lang(words)}>{runs}</{tag}>'
    if block.notes:
        html += "\n" + _notes_html(block.notes, anchor, words)
    return html


def _run_html(run: Run, anchor: str, words: ExportWords) -> str:
    html = esc(run.text)
    if run.emphasis:
        html = f'<strong class="heading-run">{html}</strong>'
    if run.color:
        html = highlight_html(html, run.color)
    for number in run.markers:
        html += (
            f'<sup class="ref" id="{anchor}-r{number}">'
            f'<a href="#{anchor}-n{number}">{esc(note_marker(number, words))}</a></sup>'
        )
    return html


def _notes_html(notes: list[NoteRef], anchor: str, words: ExportWords) -> str:
    """The notes marked in a paragraph, after it. Paragraphs, not an ``<ol>``: LibreOffice and
    Word number a list's items whatever its ``list-style`` says (a "1." before each [批1])."""
    return (
        '<div class="notes">' + "".join(_endnote_html(n, anchor, words) for n in notes) + "</div>"
    )


def _endnote_html(note: NoteRef, anchor: str, words: ExportWords) -> str:
    """One note: its first line led by its marker, which links back to where it is marked in
    the text, hanging out from its further paragraphs, lists and quotes (a note opening with a
    list or quote has its marker on a line of its own); its tags after its last words."""
    annotation = note.item.annotation
    lang = user_text_lang(annotation.note, words)
    blocks = [
        (kind, number, f"<span{lang}>{inner}</span>")
        for kind, number, inner in note_html_blocks(annotation.note)
    ]
    if not blocks or blocks[0][0] != "paragraph":
        blocks.insert(0, ("paragraph", 0, ""))
    tags = tags_html(annotation.tags, words)
    if tags:
        kind, number, inner = blocks[-1]
        blocks[-1] = (kind, number, f'{inner} <span class="meta">{tags}</span>')
    if annotation.marked_quote:  # the words changed since they were marked: say what was marked
        marked = labels.marked_quote_line(annotation.marked_quote, words)
        blocks.append(("paragraph", 0, f'<span class="marked">{mixed_html(marked, words)}</span>'))
    lead = (
        f'<a class="lead" href="#{anchor}-r{note.number}">'
        f"{esc(note_marker(note.number, words))}</a> {_quote_html(note.item, words)}"
    )
    first, *rest = blocks
    return f'<p class="endnote" id="{anchor}-n{note.number}">{lead}{first[2]}</p>' + blocks_html(
        rest, classes=_ENDNOTE_CLASSES
    )


# One class an element (see _BLOCK_TAGS): a note's lists and quotes stand in as its paragraphs.
_ENDNOTE_CLASSES = {
    "p": "endnote-more",
    "ul": "endnote-list",
    "ol": "endnote-list",
    "blockquote": "endnote-quote",
}


def _quote_html(item: ExportItem, words: ExportWords) -> str:
    """The words a highlight without a note marks, before its tags (``labels.endnote_quote``)."""
    quote = labels.endnote_quote(item.annotation)
    if not quote:
        return ""
    return f'<span class="quote"{content_lang(words)}>{esc(quote)}</span> '


def _note_body(item: ExportItem, words: ExportWords) -> str:
    note = item.annotation
    parts = []
    if note.note.strip():
        lang = user_text_lang(note.note, words)
        parts.append(note_html(note.note, lang, classes=NOTE_CLASSES))
    tags = tags_html(note.tags, words)
    if tags:
        parts.append(f'<span class="meta">{tags}</span>')
    if note.marked_quote:  # the words changed since they were marked: say what was marked
        marked = labels.marked_quote_line(note.marked_quote, words)
        parts.append(f'<span class="marked">{mixed_html(marked, words)}</span>')
    return " ".join(parts)


def _item_list(
    heading: str, items: list[ExportItem], words: ExportWords, *, hint: str | None = None
) -> str:
    """Notes under ``heading``; with a ``hint``, passages not found, each with its quote."""
    quoted = hint is not None
    parts = [f'<section class="notes-block"><h2>{esc(heading)}</h2>']
    if hint is not None:
        parts.append(f'<p class="meta">{esc(hint)}</p>')
    for item in items:
        note = item.annotation
        parts.append('<div class="orphan">' if quoted else '<div class="item">')
        if quoted and note.quote.exact:
            colour = color_class(note.color)
            parts.append(
                f'<blockquote class="{colour}"{content_lang(words)}>'
                f"{highlight_html(text_html(note.quote.exact), note.color)}</blockquote>"
            )
        parts.append(f'<div class="note">{_note_body(item, words)}</div></div>')
    parts.append("</section>")
    return "\n".join(parts)
