"""Clean decoded lines into paragraphs: the one place where the text changes length.

Order of work, line by line: control characters out, odd spaces to plain spaces, layout
indentation off; lines that are wholly noise (catalogue stamps, page numbers, footers,
watermark lines, a page's chrome at its top or bottom) out; noise inside lines out
(watermarks, page-jump markers, glued stamps) with the spaces they leave; stray spaces
between Chinese characters and punctuation out. Then lines become paragraphs, rejoining
hard wraps and broken sentences. Every deletion is kept as a ``Removal`` to be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.errors import CancelledError
from desktop.core.imported import RemovalKind
from desktop.core.importing.chars import HAN_RE, display_width
from desktop.core.importing.edits import Cut, EditedText
from desktop.core.importing.glued import (
    split_glued_headings,
    split_theme_label,
    split_title_label,
)
from desktop.core.importing.headline_wrappers import is_post_furniture
from desktop.core.importing.hyphens import SpelledForms, wrap_hyphen
from desktop.core.importing.joining import (
    WRAP_MAX,
    WrapLayout,
    carries_clause_on,
    detect_ragged_wrap,
    detect_wrap,
    is_closing_only,
    is_unindented_wrap,
    joint,
    opens_unindented,
    opens_with_closing_mark,
    sentence_continues,
    split_lost_breaks,
    wrap_continues,
)
from desktop.core.importing.noise import (
    control_spans,
    inline_noise_spans,
    normalise_spaces,
    odd_characters,
)
from desktop.core.importing.overlong import PARAGRAPH_MAX, split_overlong
from desktop.core.importing.page_edges import mark_noise_lines
from desktop.core.importing.source import SourceLine, SourceText
from desktop.core.importing.spacing import spaces_out_digits, stray_space_spans

_CANCEL_EVERY = 2000
# Two lines of one wrap: this many columns wide at least (20 Chinese characters), their widths
# this close (a Latin letter or digit among them is half a character's width).
_WRAP_WIDTH_MIN = 40
_WRAP_SLACK = 4
_INDENTED_MIN_LINES = 4
# Lines without the indent following a sentence broken off: enough to tell how a file wraps.
_WRAP_EVIDENCE_MIN = 3
# Formats whose lines are the file's layout, not its paragraphs: a PDF's lines are wrapped to
# its text column just as a hard-wrapped .txt file's are.
_WRAPPED_FORMATS = frozenset({"txt", "pdf"})


@dataclass(slots=True)
class PendingRemoval:
    """A removal before speeches exist: in paragraph ``paragraph`` at ``offset``.

    ``between`` marks a whole removed line, which sat before paragraph ``paragraph`` (equal to
    the number of paragraphs when it came after the last one).
    """

    kind: str
    text: str
    paragraph: int
    offset: int
    between: bool = False


@dataclass(slots=True)
class Paragraph:
    """One cleaned paragraph and the heading level its file format declared, if any."""

    text: str
    heading: int | None = None


@dataclass(slots=True)
class CleanText:
    """The cleaned document: paragraphs (joined by "\\n" they are the text) and removals."""

    paragraphs: list[Paragraph]
    removals: list[PendingRemoval]  # in paragraph order: the structure reader bisects them

    @property
    def text(self) -> str:
        """The cleaned text, paragraphs joined by newlines."""
        return "\n".join(paragraph.text for paragraph in self.paragraphs)


@dataclass(slots=True)
class _Line:
    edit: EditedText
    heading: int | None
    width: int = 0
    fill: int = 0
    indent: int = 0
    noise: str | None = None  # the kind of a line that is wholly noise


@dataclass(slots=True)
class _Builder:
    """Gathers paragraphs and the removals that sit in or between them."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    removals: list[PendingRemoval] = field(default_factory=list)
    last_width: int = 0
    gap_removals: list[Cut] = field(default_factory=list)
    gap_lines: int = 0
    gap_noise: bool = False
    spelled: SpelledForms | None = None  # the text's Latin words, where a line ends in "-"
    headline: bool = False  # the last paragraph opens the document: a kicker (重磅！) may head it
    opened: bool = False  # a paragraph of the document's words has started, not a post's day

    def add_gap_line(self, line: _Line) -> None:
        self.gap_lines += 1
        if line.noise is not None:
            self.gap_noise = True
            # The whole line is gone, so each piece cut from it sits where the line was.
            self.gap_removals.extend(Cut(cut.kind, cut.text, 0) for cut in line.edit.cuts)
            if line.edit.text:
                self.gap_removals.append(Cut(line.noise, line.edit.text, 0))

    def start(self, line: _Line) -> None:
        index = len(self.paragraphs)
        for cut in self.gap_removals:
            self.removals.append(PendingRemoval(cut.kind, cut.text, index, 0, between=True))
        self.headline = not self.opened  # under a post's day (2024-03-06) its headline stands
        self.opened = self.opened or not is_post_furniture(line.edit.text)
        self.paragraphs.append(Paragraph(line.edit.text, line.heading))
        self._add_cuts(index, 0, line.edit.cuts)
        self._reset_gap(line)

    def extend(self, line: _Line) -> None:
        index = len(self.paragraphs) - 1
        paragraph = self.paragraphs[index]
        offset = len(paragraph.text)
        wrap, between = "\n" * (self.gap_lines + 1), joint(paragraph.text, line.edit.text)
        if wrap_hyphen(paragraph.text, line.edit.text, self.spelled):
            # econ- / omy: the typesetter's hyphen goes with the wrap it was set at
            offset, wrap, between = offset - 1, "-" + wrap, ""
            paragraph.text = paragraph.text[:-1]
        self._add_cuts(index, offset, self.gap_removals)
        self.removals.append(PendingRemoval(RemovalKind.LINE_BREAK, wrap, index, offset))
        paragraph.text += between + line.edit.text
        self._add_cuts(index, len(paragraph.text) - len(line.edit.text), line.edit.cuts)
        self._reset_gap(line)

    def finish(self) -> CleanText:
        index = len(self.paragraphs)
        for cut in self.gap_removals:
            self.removals.append(PendingRemoval(cut.kind, cut.text, index, 0, between=True))
        return CleanText(self.paragraphs, self.removals)

    def _add_cuts(self, index: int, offset: int, cuts: list[Cut]) -> None:
        for cut in cuts:
            self.removals.append(PendingRemoval(cut.kind, cut.text, index, offset + cut.position))

    def _reset_gap(self, line: _Line) -> None:
        self.gap_removals, self.gap_lines, self.gap_noise = [], 0, False
        self.last_width = line.fill


def _theme_as_title(lines: list[SourceLine]) -> list[SourceLine]:
    """``lines`` with the label cut off a theme opening the document (主题：…), its title."""
    first = next((number for number, line in enumerate(lines) if line.text.strip()), None)
    if first is None:
        return lines
    return [*lines[:first], *split_theme_label(lines[first]), *lines[first + 1 :]]


def clean(source: SourceText, cancel: Callable[[], bool] | None = None) -> CleanText:
    """Clean ``source`` into paragraphs, recording every piece of text taken out."""
    source_lines = [
        glued
        for line in _theme_as_title(source.lines)
        for bounded in split_overlong(line)
        for piece in split_lost_breaks(bounded)
        for labelled in split_title_label(piece)
        for glued in split_glued_headings(labelled)
    ]
    whole = "\n".join(line.text for line in source_lines)
    scan = _Scan(*odd_characters(whole), digits_spaced=spaces_out_digits(whole))
    lines = [_prepare(line.text, line.heading, _noise_of(line), scan) for line in source_lines]
    _check(cancel)
    mark_noise_lines(lines)
    for number, line in enumerate(lines):
        if number % _CANCEL_EVERY == 0:
            _check(cancel)
        if line.noise is None and line.edit.text:
            _clean_inside(line, scan)
    layout = None
    content = [line for line in lines if line.noise is None and line.edit.text]
    if source.format in _WRAPPED_FORMATS:
        layout = _wrap_layout(content)
    indents = _indents_paragraphs(content)
    unindented_wrap = _unindented_lines_carry_on(content)
    return _build(lines, layout, indents_paragraphs=indents, unindented_wrap=unindented_wrap)


def _indents_paragraphs(content: list[_Line]) -> bool:
    """Whether the file opens its paragraphs with an indent (most lines start indented)."""
    indented = sum(1 for line in content if line.indent > 0)
    return len(content) >= _INDENTED_MIN_LINES and indented >= 0.5 * len(content)


def _unindented_lines_carry_on(content: list[_Line]) -> bool:
    """Whether, where paragraphs open indented, a line without the indent is a wrap even after
    a sentence end: most such lines follow a sentence broken off (a Word copy wrapped at its
    page's width), so those after a full stop were wrapped there by chance."""
    broken = whole = 0
    # only lines under an indented paragraph's first line tell anything
    indented_above = bool(content) and content[0].indent > 0
    for previous, line in zip(content, content[1:], strict=False):
        if line.indent > 0:
            indented_above = True
            continue
        opens = opens_unindented(previous.edit.text, line.edit.text) if indented_above else None
        if opens is None:
            indented_above = False  # a heading or title: what follows it starts afresh
            continue
        whole += opens
        broken += not opens
    return broken >= _WRAP_EVIDENCE_MIN and broken > whole


def _wrap_layout(content: list[_Line]) -> WrapLayout | None:
    """The layout of a hard-wrapped file, measuring line widths only when lines are short."""
    if not content or sum(1 for line in content if line.width > WRAP_MAX) > 0.05 * len(content):
        return None
    for line in content:
        text = line.edit.text  # as laid out, after ``indent`` spaces (one column each)
        line.width = line.indent + display_width(text)
        # Chinese text may be cut by character count rather than by width: count both
        chinese = HAN_RE.search(text) is not None
        line.fill = max(line.width, 2 * (line.indent + len(text))) if chinese else line.width
    widths = [line.width for line in content]
    indents = [line.indent for line in content]
    layout = detect_wrap(widths, indents)
    if layout is None:
        layout = detect_ragged_wrap([line.edit.text for line in content], widths, indents)
    return layout


@dataclass(frozen=True, slots=True)
class _Scan:
    """What a first look at the whole text found, so that most lines skip most work."""

    controls: bool
    odd_spaces: bool
    digits_spaced: bool = False  # "1 9 9 8 年": a PDF copy spaced out every digit


def _noise_of(line: SourceLine) -> str | None:
    """The removal kind of a line its reader marked as furniture, or None."""
    if line.noise is not None:
        return line.noise
    return RemovalKind.WEB_CHROME if line.chrome else None


def _prepare(raw: str, heading: int | None, furniture: str | None, scan: _Scan) -> _Line:
    edit = EditedText(raw)
    if furniture is not None:
        stripped = raw.strip()
        return _Line(EditedText(stripped), heading, noise=furniture if stripped else None)
    if scan.controls:
        edit.delete(control_spans(raw))
    if scan.odd_spaces:
        edit.text = normalise_spaces(edit.text)
    text = edit.text.rstrip(" ")
    stripped = text.lstrip(" ")
    line = _Line(edit, heading, width=len(text), indent=len(text) - len(stripped))
    if edit.cuts:
        edit.text = text
        edit.strip(" ")
        if not edit.text:
            line.noise = RemovalKind.CONTROL
    else:
        edit.text = stripped  # layout only: nothing recorded
    return line


def _clean_inside(line: _Line, scan: _Scan) -> None:
    noise = inline_noise_spans(line.edit.text)
    if noise:  # else the line is as _prepare stripped it
        line.edit.delete(noise)
        line.edit.strip(" ")
        if not line.edit.text:
            line.noise = line.edit.cuts[0].kind if line.edit.cuts else RemovalKind.CONTROL
            return
    spaces = stray_space_spans(line.edit.text, digits_spaced=scan.digits_spaced)
    if spaces:
        line.edit.delete(spaces)


def _build(
    lines: list[_Line],
    layout: WrapLayout | None,
    *,
    indents_paragraphs: bool,
    unindented_wrap: bool,
) -> CleanText:
    builder = _Builder()
    if any(line.edit.text.endswith("-") for line in lines):
        # A word broken at a wrap is told by how the text spells it elsewhere.
        builder.spelled = SpelledForms(line.edit.text for line in lines)
    for line in lines:
        if line.noise is not None or not line.edit.text:
            builder.add_gap_line(line)
        elif builder.paragraphs and (
            _continues(builder, line, layout, indents_paragraphs)
            or (unindented_wrap and _wraps_unindented(builder, line))
        ):
            builder.extend(line)
        else:
            builder.start(line)
    return builder.finish()


def _continues(
    builder: _Builder, line: _Line, layout: WrapLayout | None, indents_paragraphs: bool
) -> bool:
    previous = builder.paragraphs[-1]
    if previous.heading is not None or line.heading is not None:
        return False
    if len(previous.text) + len(line.edit.text) > PARAGRAPH_MAX:
        # no real paragraph is this long: the file's line break is the place to end it, and
        # each line joined costs time in proportion to the paragraph it joins
        return False
    if builder.gap_lines == 0 and (
        is_closing_only(line.edit.text) or opens_with_closing_mark(line.edit.text)
    ):
        return True  # a 。 (or ，…) wrapped onto a line's start never opens a paragraph
    wrap_gap = builder.gap_lines == 0 or builder.gap_noise
    if (
        layout is not None
        and wrap_gap
        and wrap_continues(layout, previous.text, builder.last_width, line.edit.text, line.indent)
    ):
        return True
    wrapped_at_one_width = builder.gap_lines == 0 and _as_wide(builder.last_width, line.fill)
    headline = builder.headline
    if wrapped_at_one_width and carries_clause_on(previous.text, line.edit.text, headline=headline):
        return True  # a copy too short to measure its wrap, broken at one width
    if indents_paragraphs and line.indent > 0:
        # where paragraphs open indented, an indented line opens one: the paragraph above
        # merely lacks its full stop (…改造资本主义商业的道路), it was not broken off
        return False
    return builder.gap_lines <= 3 and sentence_continues(
        previous.text,
        line.edit.text,
        across_noise=builder.gap_noise,
        across_blank=builder.gap_lines > 0 and not builder.gap_noise,
        headline=headline,
    )


def _as_wide(above: int, fill: int) -> bool:
    """Whether a line fills as many columns as the one above it: two lines of one wrap."""
    return fill >= _WRAP_WIDTH_MIN and abs(above - fill) <= _WRAP_SLACK


def _wraps_unindented(builder: _Builder, line: _Line) -> bool:
    """A line without the paragraph indent, right after a paragraph, where the file wraps so."""
    previous = builder.paragraphs[-1]
    if line.indent > 0 or builder.gap_lines > 0 or previous.heading is not None:
        return False
    if line.heading is not None or len(previous.text) + len(line.edit.text) > PARAGRAPH_MAX:
        return False
    return is_unindented_wrap(previous.text, line.edit.text, headline=builder.headline)


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError("the import was cancelled")
