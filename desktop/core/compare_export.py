"""A comparison's changes taken out of the app: as the CLI prints them, as Markdown, as CSV
(here), as HTML (``compare_html``) and as a Word document (``compare_docx``).

One formatter for the ``compare`` command and the compare window's Export Changes… and Copy
Changes, so a change reads the same wherever it goes. Plain text names the speeches as
``diff`` its files (``---`` old, ``+++`` new) and marks the changed part ``[-old-]`` /
``{+new+}`` with a little context; Markdown strikes the old ``~~…~~`` and sets the
new in bold (Typora and Obsidian show both); HTML and Word strike the old and underline the new
on the compare window's orange and blue; CSV is the app's table (UTF-8 with a BOM, formulas
defused). A change of blanks only is named (``spaces_named``). Writing goes through
``atomic_write``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.compare_segments import LINE_BREAK, spaces_named
from desktop.core.document import OutlineNode
from desktop.core.export.table import Table, to_csv
from desktop.core.fileio import atomic_write
from desktop.core.records import SpeechRecord
from desktop.core.section_paths import SectionPaths
from desktop.core.speech_compare import Comparison, Hunk
from desktop.core.text_templates import fill

DEFAULT_CONTEXT = 10
CSV_HEADER = ("section", "kind", "old", "new", "old_offset", "new_offset")
# Characters Markdown would read as marks: shown as themselves, escaped.
_MARKDOWN_MARKS = re.compile(r"([\\`*_~\[\]#<>|!])")
_HTML_TAGS = {"~~": "del", "**": "strong"}  # where a mark would not be read as one


class ChangesFormat(StrEnum):
    """The forms a comparison's changes are exported in, named by their file extension."""

    MARKDOWN = "md"
    CSV = "csv"
    TEXT = "txt"
    DOCX = "docx"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class ChangeWords:
    """The words of the Markdown export, in the UI's language (English for the CLI)."""

    title: str = "Changes: %1 → %2"
    old: str = "Old: "  # a label with its punctuation: "旧稿：" in Chinese
    new: str = "New: "
    source: str = "Source: %1"  # a side's file, named when both sides bear one title
    section_kind: str = "%1 (%2)"  # a change's section and its kind
    identical: str = "The two texts are identical."
    kinds: dict[str, str] = field(
        default_factory=lambda: {
            "inserted": "inserted",
            "deleted": "deleted",
            "replaced": "replaced",
        }
    )
    # Blanks named, as a mark around a blank shows nothing (see ``spaces_named``).
    space: str = "(space)"
    wide_space: str = "(full-width space)"  # U+3000, the indent of a Chinese paragraph
    tab: str = "(tab)"
    offsets: str = "old %1-%2, new %3-%4"  # where a plain-text change is, in either text
    language: str = "en-GB"  # a BCP 47 tag: the HTML's and the Word document's own words
    summary: Callable[[Comparison], str] | None = None
    """The line counting the changes (its plurals are the UI's); ``summary_line`` if None."""

    def title_of(self, old: str, new: str) -> str:
        """The title naming both speeches, filled in one pass (a title holding ``%2`` stays)."""
        return fill(self.title, old, new)

    def kind_in(self, section: str, kind: str) -> str:
        """A change's section, then its kind, filled in one pass as ``title_of``."""
        return fill(self.section_kind, section, kind)

    def summary_of(self, comparison: Comparison) -> str:
        """The line counting ``comparison``'s changes in these words."""
        if comparison.identical:
            return self.identical
        if self.summary is not None:
            return self.summary(comparison)
        line = summary_line(comparison)
        return line[:1].upper() + line[1:] + "."


@dataclass(frozen=True, slots=True)
class ComparedSpeeches:
    """Two speeches, their texts, their comparison and the new speech's section of each change."""

    old: SpeechRecord
    new: SpeechRecord
    old_text: str
    new_text: str
    comparison: Comparison
    sections: tuple[str, ...]
    sources: tuple[str, str] = ("", "")
    """Each side's source file, named where both bear one title (``source_names.side_names``)."""

    @property
    def texts(self) -> tuple[str, str]:
        """The old and the new text."""
        return self.old_text, self.new_text


def side_facts(speech: SpeechRecord, source: str, words: ChangeWords) -> list[str]:
    """What names a side after its title: date, speaker and, if given, its source file."""
    facts = [fact for fact in (speech.date, speech.speaker) if fact]
    return facts + ([words.source.replace("%1", source)] if source else [])


def section_paths(
    outline: Callable[[int], list[OutlineNode]], speech_id: int, comparison: Comparison
) -> tuple[str, ...]:
    """The section path in the new speech (``speech_id``) of each hunk's start."""
    paths = SectionPaths(outline)
    return tuple(paths(speech_id, hunk.new_start) for hunk in comparison.hunks)


# Plain text, as the CLI prints it ----------------------------------------------------------


def to_text(
    compared: ComparedSpeeches, context: int = DEFAULT_CONTEXT, words: ChangeWords | None = None
) -> str:
    """As ``compare`` prints it: a head naming both speeches (``text_head``), each change,
    then the line counting them; in ``words`` (the window's language), else as the CLI says it."""
    said = words or ChangeWords()
    hunks = compared.comparison.hunks
    parts = [
        hunk_lines(number, len(hunks), hunk, compared.texts, section, context, said)
        for number, (hunk, section) in enumerate(zip(hunks, compared.sections, strict=True), 1)
    ]
    comparison = compared.comparison
    summary = summary_line(comparison) if words is None else words.summary_of(comparison)
    return text_head(compared, said) + "".join(parts) + summary + "\n"


def text_head(compared: ComparedSpeeches, words: ChangeWords) -> str:
    """The old speech after ``---``, the new after ``+++`` (as ``diff`` names its files): each
    by its title, date, speaker and, where both bear one title, its file."""
    sides = zip(("---", "+++"), (compared.old, compared.new), compared.sources, strict=True)
    lines = [
        " ".join([mark, " · ".join([speech.title, *side_facts(speech, source, words)])])
        for mark, speech, source in sides
    ]
    return "".join(f"{line}\n" for line in lines)


def summary_line(comparison: Comparison) -> str:
    """ "3 changes: 4 characters added, 1 removed", or that the texts are the same."""
    if comparison.identical:
        return "no changes: the two texts are identical"
    changes = _counted(len(comparison.hunks), "change")
    added, removed = _counted(comparison.added, "character"), comparison.removed
    return f"{changes}: {added} added, {removed} removed"


def hunk_lines(
    number: int,
    total: int,
    hunk: Hunk,
    texts: tuple[str, str],
    section: str,
    context: int,
    words: ChangeWords | None = None,
) -> str:
    """One change: its heading (number, kind, offsets, section), the old and the new line."""
    old, new = texts
    words = words or ChangeWords()
    offsets = (hunk.old_start, hunk.old_end, hunk.new_start, hunk.new_end)
    where = fill(words.offsets, *(str(offset) for offset in offsets))
    kind = words.kinds.get(hunk.kind.value, hunk.kind.value)
    heading = f"@@ {number}/{total} {kind}  {where}"
    if section:
        heading += f"  [{section}]"
    lines = [heading]
    if hunk.old_start < hunk.old_end:
        marks = "[-", "-]"
        lines.append("- " + _in_context(old, hunk.old_start, hunk.old_end, context, marks, words))
    if hunk.new_start < hunk.new_end:
        marks = "{+", "+}"
        lines.append("+ " + _in_context(new, hunk.new_start, hunk.new_end, context, marks, words))
    return "\n".join(lines) + "\n"


def hunk_data(hunk: Hunk, texts: tuple[str, str], section: str, context: int) -> dict[str, Any]:
    """One change as data (the CLI's JSON)."""
    old, new = texts
    return {
        "kind": hunk.kind.value,
        "old": [hunk.old_start, hunk.old_end],
        "new": [hunk.new_start, hunk.new_end],
        "old_text": old[hunk.old_start : hunk.old_end],
        "new_text": new[hunk.new_start : hunk.new_end],
        "section": section,
        "before": new[max(0, hunk.new_start - context) : hunk.new_start],
        "after": new[hunk.new_end : hunk.new_end + context],
    }


def _in_context(
    text: str, start: int, end: int, context: int, marks: tuple[str, str], words: ChangeWords
) -> str:
    opening, closing = marks
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    changed = text[start:end]
    if changed and not changed.strip() and "\n" not in changed:  # "[- -]" showed nothing
        changed = spaces_named(changed, words)
    line = f"{before}{opening}{changed}{closing}{after}"
    return line.replace("\n", LINE_BREAK)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# Markdown ----------------------------------------------------------------------------------


def to_markdown(
    compared: ComparedSpeeches, words: ChangeWords | None = None, context: int = DEFAULT_CONTEXT
) -> str:
    """A heading naming both speeches (date, speaker), then each change: its number, section
    and kind, the old text struck through and the new in bold, with a little context."""
    words = words or ChangeWords()
    old, new = compared.old, compared.new
    title = words.title_of(_markdown(old.title), _markdown(new.title))
    lines = [f"# {title}", ""]
    sides = zip((old, new), compared.sources, strict=True)
    old_line, new_line = (_speech_line(speech, source, words) for speech, source in sides)
    lines += [f"- {words.old}{old_line}", f"- {words.new}{new_line}", ""]
    hunks = compared.comparison.hunks
    if not hunks:
        lines += [words.identical, ""]
    for number, (hunk, section) in enumerate(zip(hunks, compared.sections, strict=True), 1):
        kind = words.kinds.get(hunk.kind.value, hunk.kind.value)
        if section:
            kind = words.kind_in(_markdown(section), kind)
        lines += [f"## {number}. {kind}", ""]
        old_text, new_text = compared.texts
        if hunk.old_start < hunk.old_end:
            struck = _marked(old_text, hunk.old_start, hunk.old_end, context, "~~", words)
            lines.append(f"- {words.old}{struck}")
        if hunk.new_start < hunk.new_end:
            bold = _marked(new_text, hunk.new_start, hunk.new_end, context, "**", words)
            lines.append(f"- {words.new}{bold}")
        lines.append("")
    return "\n".join(lines)


def _speech_line(speech: SpeechRecord, source: str, words: ChangeWords) -> str:
    facts = [f"**{_markdown(speech.title)}**"]
    facts += [_markdown(fact) for fact in side_facts(speech, source, words)]
    return " · ".join(facts)


def _piece(piece: str, words: ChangeWords) -> str:
    """One paragraph's part of a change for Markdown: its words (the blanks at its edges left
    out, as a mark cannot open or close on one), or its blanks named when it holds nothing else."""
    if piece.strip():
        return _markdown(piece.strip())
    return _markdown(spaces_named(piece, words)) if piece else ""


def _marked(text: str, start: int, end: int, context: int, mark: str, words: ChangeWords) -> str:
    """The change between ``mark``s, its context either side; each paragraph's part marked
    apart, as a mark cannot span a line break."""
    before = _markdown(text[max(0, start - context) : start])
    after = _markdown(text[end : end + context])
    pieces = [_piece(piece, words) for piece in text[start:end].split("\n")]
    if not any(pieces):  # only line breaks changed
        pieces = [LINE_BREAK]
    # An empty piece stays, marking nothing: a paragraph ended or begun by the change keeps
    # its break (a paragraph added before another read as run into it).
    marked = [
        _emphasis(
            piece,
            before[-1:] if number == 0 else " ",
            after[:1] if number == len(pieces) - 1 else " ",
            mark,
        )
        if piece
        else ""
        for number, piece in enumerate(pieces)
    ]
    return f"{before}{f' {LINE_BREAK} '.join(marked)}{after}".replace("\n", f" {LINE_BREAK} ")


def _emphasis(piece: str, previous: str, following: str, mark: str) -> str:
    """``piece`` between ``mark``s where CommonMark reads them as marks, else in HTML tags:
    ``的**，坚持**`` is not bold (a mark between a letter and punctuation does not open), and
    Chinese changes often start or end with punctuation."""
    if _opens(previous, piece[0]) and _closes(piece[-1], following):
        return f"{mark}{piece}{mark}"
    tag = _HTML_TAGS[mark]
    return f"<{tag}>{piece}</{tag}>"


def _opens(previous: str, first: str) -> bool:
    """Whether a mark between these characters is left-flanking (CommonMark 6.2)."""
    if first.isspace():
        return False
    return not _punctuation(first) or not previous or previous.isspace() or _punctuation(previous)


def _closes(last: str, following: str) -> bool:
    """Whether a mark between these characters is right-flanking (CommonMark 6.2)."""
    if last.isspace():
        return False
    return not _punctuation(last) or not following or following.isspace() or _punctuation(following)


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"  # CommonMark 0.31: punctuation and symbols


def _markdown(text: str) -> str:
    return _MARKDOWN_MARKS.sub(r"\\\1", text)


# CSV and writing ---------------------------------------------------------------------------


def changes_table(compared: ComparedSpeeches) -> Table:
    """One row per change: section, kind, old text, new text, and where each starts.

    A change of blanks keeps its blanks here, unnamed (as in the JSON): the table is data,
    whose old and new cells a formula or a script compares with the texts themselves.
    """
    old, new = compared.texts
    rows = [
        (
            section,
            hunk.kind.value,
            old[hunk.old_start : hunk.old_end],
            new[hunk.new_start : hunk.new_end],
            hunk.old_start,
            hunk.new_start,
        )
        for hunk, section in zip(compared.comparison.hunks, compared.sections, strict=True)
    ]
    return Table.of(CSV_HEADER, rows)


def render(
    compared: ComparedSpeeches,
    form: ChangesFormat,
    words: ChangeWords | None = None,
    context: int = DEFAULT_CONTEXT,
) -> bytes:
    """The changes in ``form`` as the bytes of a file (CSV with a BOM; the others UTF-8), each
    with ``context`` characters either side (CSV has none)."""
    if form is ChangesFormat.CSV:
        return to_csv(changes_table(compared))
    if form is ChangesFormat.MARKDOWN:
        return to_markdown(compared, words, context).encode("utf-8")
    if form is ChangesFormat.HTML:
        from desktop.core.compare_html import to_html

        return to_html(compared, words, context).encode("utf-8")
    if form is ChangesFormat.DOCX:
        from desktop.core.compare_docx import to_docx

        return to_docx(compared, words, context)
    return to_text(compared, context, words).encode("utf-8")


def format_of(path: Path, default: ChangesFormat | None = None) -> ChangesFormat | None:
    """The format a file's extension names (``.htm`` is HTML too), else ``default``."""
    extension = path.suffix.lower().lstrip(".")
    by_extension = {form.value: form for form in ChangesFormat} | {"htm": ChangesFormat.HTML}
    return by_extension.get(extension, default)


def write_changes(
    compared: ComparedSpeeches,
    path: Path,
    form: ChangesFormat,
    words: ChangeWords | None = None,
    context: int = DEFAULT_CONTEXT,
) -> Path:
    """Write the changes to ``path`` in ``form``, atomically (ExportError if it cannot)."""
    return atomic_write(path, render(compared, form, words, context))
