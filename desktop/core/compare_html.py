"""A comparison's changes as HTML: the page Export Changes… writes, and what Copy Changes puts
on the clipboard for Word and WPS to paste.

Word and WPS keep little of a page's style sheet when they paste, so every style is inline:
headings as ``<h1>``/``<h2>`` (Word makes them its heading styles), the old words struck
through (``<s>``) and the new underlined (``<u>``), on the compare window's orange and blue
(a shading in Word), a blank's name and a paragraph break in grey. Every word that came from a
speech is escaped.
"""

from __future__ import annotations

import html

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
from desktop.core.records import SpeechRecord

# In single quotes: the styles stand in double-quoted attributes.
_BODY_FONT = "'仿宋', FangSong, STFangsong, 'Noto Serif CJK SC', serif"
_HEADING_FONT = "'黑体', SimHei, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"
_BODY = f"font-family: {_BODY_FONT}; line-height: 1.6"
_H1 = f"font-family: {_HEADING_FONT}; font-size: 16pt; font-weight: normal"
_H2 = f"font-family: {_HEADING_FONT}; font-size: 13pt; font-weight: normal; margin-top: 1em"
_GREY = f"color: #{NAME_GREY}"
# (tag, style) of the old words and of the new: the line for those who see no colour.
_MARKS = {
    "old": ("s", f"text-decoration: line-through; background: #{DELETED_FILL}"),
    "new": ("u", f"text-decoration: underline; background: #{INSERTED_FILL}"),
}


def to_html(
    compared: ComparedSpeeches, words: ChangeWords | None = None, context: int = DEFAULT_CONTEXT
) -> str:
    """A page: the title naming both speeches, the line counting the changes, each speech's
    facts, then each change under its number, section and kind, old and new in context."""
    words = words or ChangeWords()
    old, new = compared.old, compared.new
    title = _esc(words.title_of(old.title, new.title))
    body = [
        f'<h1 style="{_H1}">{title}</h1>',
        f"<p><b>{_esc(words.summary_of(compared.comparison))}</b></p>",
        f"<p>{_esc(words.old)}{_speech(old, compared.sources[0], words)}<br>"
        f"{_esc(words.new)}{_speech(new, compared.sources[1], words)}</p>",
    ]
    old_text, new_text = compared.texts
    hunks = zip(compared.comparison.hunks, compared.sections, strict=True)
    for number, (hunk, section) in enumerate(hunks, 1):
        kind = words.kinds.get(hunk.kind.value, hunk.kind.value)
        if section:
            kind = words.kind_in(section, kind)
        body.append(f'<h2 style="{_H2}">{number}. {_esc(kind)}</h2>')
        for side, text, start, end in (
            ("old", old_text, hunk.old_start, hunk.old_end),
            ("new", new_text, hunk.new_start, hunk.new_end),
        ):
            if start < end:
                segments = change_segments(text, start, end, context, words)
                label = _esc(words.old if side == "old" else words.new)
                line = "".join(_segment(kind, piece, side) for kind, piece in segments)
                body.append(f'<p><span style="{_GREY}">{label}</span>{line}</p>')
    return (
        f'<!DOCTYPE html>\n<html lang="{_esc(words.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n"
        f'<body style="{_BODY}">\n' + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _speech(speech: SpeechRecord, source: str, words: ChangeWords) -> str:
    facts = [f"<b>{_esc(speech.title)}</b>"]
    facts += [_esc(fact) for fact in side_facts(speech, source, words)]
    return " · ".join(facts)


def _segment(kind: Segment, piece: str, side: str) -> str:
    if kind is Segment.TEXT:
        return _esc(piece)
    if kind is Segment.BREAK:
        return f'<span style="{_GREY}"> {piece} </span>'
    tag, style = _MARKS[side]
    inner = _esc(piece) if kind is Segment.CHANGE else f'<span style="{_GREY}">{_esc(piece)}</span>'
    return f'<{tag} style="{style}">{inner}</{tag}>'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
