"""Making text safe inside Markdown (CommonMark and Obsidian's extensions) and YAML front matter."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

# ASCII punctuation that starts Markdown or Obsidian syntax anywhere in a line (emphasis, links,
# wikilinks, HTML, tags, tables, ==marks==, $math$, %%comments%%, ^block ids, entities). CommonMark
# lets any ASCII punctuation be escaped with a backslash and shows the character itself.
_INLINE_SYNTAX = re.compile(r"([\\`*_\[\]<>#|~=$%^&{}!])")
# Line starts that make lists ("- ", "+ ", "1. ", "1) "), thematic breaks ("---", "- - -") and
# setext underlines ("---" under a line): a leading - or + is always escaped.
_LIST_START = re.compile(r"^([-+])()|^(\d{1,9})([.)])(\s|$)")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(\s|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# What a note's own Markdown keeps (emphasis, code, links, lists) is rendered; what reaches
# beyond the note or hides its words is escaped: line starts that make a quote (merging with
# the quote above it), a table, a thematic break, a link or footnote definition (moved or
# hidden); anywhere, raw HTML (an unclosed <!-- hides the rest of the file), Obsidian's %%
# comments and ^block-ids, footnote references, table pipes and $math$.
_NOTE_LINE_START = re.compile(r"^( {0,3})(>|\[(?=[^\]]*\]:)|([-*_])(?:[ \t]*\3){2,}[ \t]*$)")
_NOTE_INLINE = re.compile(r"<(?=[A-Za-z/!?])|%(?=%)|(?<=%)%|[\^|$]")
# Code spans and autolinks (<https://…>) show their text as it is: nothing in them is escaped.
_LITERAL_SPAN = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)|<(?:https?|mailto):[^\s<>]*>", re.I)
_INDENTED = re.compile(r"^(?: {4}|\t)")
# Fast paths: text none of whose characters any rule above looks at comes back as it is (most
# quotes and notes are plain Chinese). A line start counts when it holds a space or tab (stripped
# or indented), a list marker or digit, or any character a line-start rule looks for; line breaks
# other than \n are listed because ``splitlines`` turns them into \n.
_BREAKS = r"\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_INLINE_PLAIN = re.compile(r"^[ \t+\-\d]|[\\`*_\[\]<>#|~=$%^&{}!]")
_QUOTE_PLAIN = re.compile(rf"(?:^|\n)[ \t+\-\d\n]|\n$|[\\`*_\[\]<>#|~=$%^&{{}}!{_BREAKS}]")
_NOTE_PLAIN = re.compile(rf"(?:^|\n)[ \t`~#=\->\[*_]|[<%^|${_BREAKS}]")
_TAG_UNSAFE = re.compile(r"[^\w/-]+")
_YAML_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def escape_inline(text: str) -> str:
    """Text shown literally, whatever punctuation it holds (one line)."""
    if _INLINE_PLAIN.search(text) is None:
        return text
    line = _INLINE_SYNTAX.sub(r"\\\1", text.lstrip(" \t"))
    return _LIST_START.sub(_escape_list_marker, line)


def _escape_list_marker(match: re.Match[str]) -> str:
    if match.group(1):
        return f"\\{match.group(1)}{match.group(2)}"
    return f"{match.group(3)}\\{match.group(4)}{match.group(5)}"


def blockquote(text: str) -> str:
    """A quote as a Markdown blockquote: every line literal and prefixed with ``> ``."""
    if text and _QUOTE_PLAIN.search(text) is None:  # no line to escape, and none empty
        return "> " + text.replace("\n", "\n> ")
    lines = [escape_inline(line) for line in text.splitlines() or [""]]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def safe_note(note: str) -> str:
    """A note's own Markdown, kept, minus what would break the export's structure.

    Headings in a note would become headings of the export (and of Obsidian's outline), and a
    setext underline would turn the line above into one: both are escaped, and so is what would
    hide the note's words or change what follows it (``_NOTE_LINE_START``, ``_NOTE_INLINE``).
    An unclosed code fence would swallow the rest of the file: it is closed.
    """
    if _NOTE_PLAIN.search(note) is None:  # no line that any rule escapes, fences or indents
        return note.strip("\n")
    lines = note.strip("\n").splitlines()
    fence: str | None = None
    indented = False  # inside an indented code block, whose text shows as it is
    out: list[str] = []
    for line in lines:
        opening = _FENCE.match(line)
        if opening and (fence is None or opening.group(1)[0] == fence[0]):
            fence = None if fence is not None else opening.group(1)
            out.append(line)
            continue
        previous = out[-1] if out else ""
        if fence is None:
            indented = bool(_INDENTED.match(line)) and (indented or not previous.strip())
            if not indented:
                line = _escape_structure(line, previous)
        out.append(line)
    if fence is not None:
        out.append(fence)
    return "\n".join(out)


def _escape_structure(line: str, previous: str) -> str:
    line = _escape_note_inline(line)
    stripped = line.lstrip(" ")
    if _ATX_HEADING.match(line):
        return "\\" + stripped
    if previous.strip() and _SETEXT_UNDERLINE.match(line):
        return "\\" + stripped
    return _NOTE_LINE_START.sub(lambda match: f"{match.group(1)}\\{match.group(2)}", line, 1)


def _escape_note_inline(line: str) -> str:
    """The line with raw HTML, %%, ^, | and $ escaped outside its code spans and autolinks."""
    out: list[str] = []
    position = 0
    for match in _LITERAL_SPAN.finditer(line):
        out.append(_NOTE_INLINE.sub(r"\\\g<0>", line[position : match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(_NOTE_INLINE.sub(r"\\\g<0>", line[position:]))
    return "".join(out)


def obsidian_tag(tag: str) -> str:
    """A tag as Obsidian accepts it after ``#``: no spaces or punctuation, not only digits.

    Returns an empty string for a tag with nothing usable in it.
    """
    cleaned = _TAG_UNSAFE.sub("-", tag.strip()).strip("-/")
    if cleaned and cleaned.replace("-", "").replace("/", "").isdigit():
        cleaned = f"_{cleaned}"
    return cleaned


def hashtags(tags: Iterable[str]) -> str:
    """Tags as ``#one #two``, each made Obsidian-safe, duplicates dropped."""
    seen: dict[str, None] = {}
    for tag in tags:
        safe = obsidian_tag(tag)
        if safe:
            seen.setdefault(safe, None)
    return " ".join(f"#{tag}" for tag in seen)


def yaml_scalar(value: str) -> str:
    """A YAML scalar safe for any text: a plain ISO date (so Obsidian sees a date), else a
    double-quoted string (JSON strings are valid YAML)."""
    if _YAML_DATE.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def front_matter(
    fields: dict[str, str | list[str]],
    *,
    list_limit: int | None = None,
    more_items: str = "… and {count} more",
) -> str:
    """YAML front matter for Obsidian properties; empty values are left out.

    A preview passes ``list_limit``: a longer list shows that many items, then a YAML comment
    (``more_items``, given the ``{count}`` left out) in place of the rest, so that the notes are
    in sight rather than a hundred source files.
    """
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            if value:
                lines.append(f"{key}:")
                lines.extend(_yaml_list(value, list_limit, more_items))
        elif value:
            lines.append(f"{key}: {yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines)


def _yaml_list(values: list[str], limit: int | None, more_items: str) -> list[str]:
    # Cutting one item would show a line in its place: only a longer list is cut.
    shown = values if limit is None or len(values) <= limit + 1 else values[:limit]
    lines = [f"  - {yaml_scalar(item)}" for item in shown]
    if len(shown) < len(values):
        lines.append(f"  # {more_items.format(count=len(values) - len(shown))}")
    return lines
