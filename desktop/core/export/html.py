"""Notes and highlights as one self-contained, printable HTML page with the colours shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, tzinfo

from desktop.core.export import labels, times
from desktop.core.export.html_base import (
    NOTE_CLASSES,
    color_class,
    content_lang,
    esc,
    highlight_html,
    mixed_html,
    note_html,
    page_parts,
    tags_html,
    text_html,
    user_text_lang,
)
from desktop.core.export.model import ExportItem, ExportSet, SpeechGroup
from desktop.core.export.words import CHINESE_WORDS, ExportWords


def write_html(data: ExportSet) -> str:
    """The export as an HTML document."""
    return "".join(html_pieces(data))


def html_pieces(data: ExportSet) -> Iterator[str]:
    """The HTML document in pieces, a speech each, which joined are ``write_html``'s."""
    title = data.scope_title or data.words.notes
    head, tail = page_parts(title, data.generated, data.zone, data.words)
    zone_note = esc(times.zone_note(data.zone, data.generated, data.words))
    # A collection's or speech's title is theirs; with none, the page names itself.
    lang = content_lang(data.words) if data.scope_title else ""
    yield f'{head}<h1{lang}>{esc(title)}</h1>\n<p class="zone">{zone_note}</p>'
    titled = data.titled_by_its_speech()
    for group in data.speech_groups():
        yield "\n" + _speech_section(group, data.zone, data.words, titled=titled)
    yield tail


def _speech_section(
    group: SpeechGroup, zone: tzinfo, words: ExportWords, *, titled: bool = False
) -> str:
    """One speech's notes; ``titled``: the page's title is the speech's, so it is not repeated
    and the sections move up a level."""
    facts = labels.facts_line(labels.speech_facts(group.speech, group.collection, words))
    lang = content_lang(words)
    section = "h2" if titled else "h3"
    parts = [
        '<section class="speech">',
        "" if titled else f"<h2{lang}>{esc(labels.speech_heading(group, words))}</h2>",
        f'<p class="meta">{mixed_html(facts, words)}</p>' if facts else "",
    ]
    for path, items in group.sections:
        if path:
            parts.append(f"<{section}{lang}>{esc(labels.section_label(path))}</{section}>")
        parts.extend(item_html(item, zone, words) for item in items)
    parts.append("</section>")
    return "\n".join(part for part in parts if part)


def item_html(item: ExportItem, zone: tzinfo = UTC, words: ExportWords = CHINESE_WORDS) -> str:
    """One annotation as an ``article``: quote in its colour, note, tags and facts (its time
    in ``zone``)."""
    note = item.annotation
    lang = content_lang(words)
    kind = "orphan" if item.is_orphaned else "item"  # one class: LibreOffice styles no two
    parts = [f'<article class="{kind}" id="a-{esc(note.id)}">']
    if note.quote.exact:  # a whole-speech note has none; an orphan keeps its words
        colour = color_class(note.color)
        parts.append(
            f'<blockquote class="{colour}"{lang}>'
            f"{highlight_html(text_html(note.quote.exact), note.color)}</blockquote>"
        )
    if note.marked_quote:  # the words changed since they were marked: keep what was marked
        parts.append(
            f'<p class="marked">'
            f"{mixed_html(labels.marked_quote_line(note.marked_quote, words), words)}</p>"
        )
    if note.note.strip():
        note_lang = user_text_lang(note.note, words)
        parts.append(
            f'<div class="note"{note_lang}>{note_html(note.note, classes=NOTE_CLASSES)}</div>'
        )
    facts = labels.annotation_facts(note.color, note.kind, note.state, words)
    facts.append(times.display_time(note.created, zone))
    tags = tags_html(note.tags, words)
    meta = labels.facts_line([tags, esc(labels.facts_line(facts))])
    parts.append(f'<p class="meta">{meta}</p>')
    citation = mixed_html(labels.quote_citation(item.speech, words), words)
    parts.append(f'<p class="cite">{citation}</p>')
    parts.append("</article>")
    return "\n".join(parts)
