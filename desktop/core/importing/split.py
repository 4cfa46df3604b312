"""Split a compilation into its speeches, or find that a file holds a single document.

Compilations mark each speech in one of a few ways, tried in this order:

1. a header line ending in ``篇N`` (``在全市…工作会上的讲话 篇1``);
2. a header numbered at its start (``【第N篇】…``, ``篇N：…``, ``范文N``), unless the parts it
   opens are one work's (a 规划纲要's 第一篇 … 第二篇: see ``parts``);
3. numbered title lines in a sequence of speech titles (``一、在…会议上的讲话``, ``1. …致辞``);
4. a title line followed by a date line, repeated through the file (the title is the speech's own),
   or a speech's title followed by its speaker's line (the speeches a 主持词 introduces), or a
   title over its speaker's or date line and a salutation alone (``Comrades:``); these heads are
   read in either script (English speeches, or the English translations in a Chinese
   collection: ``split_heads``); or a dated byline over the title (``王建国`` / ``2024年3月6日``
   / title), said again from the top of the file, as a collection of one speaker's posts gives;
5. a title style the file format declares (docx "Title"), repeated;
6. one speech title said again after a speech's body (a 汇编 of 发言 at one meeting, each
   under the meeting's title with neither date nor speaker).

The numbers must count 1, 2, 3… in order. A count the compilation announces (``…(精选7篇)``) is
evidence: a way of splitting that finds exactly that many speeches wins.

A page cut off (a 文库 preview) may end with the next speech's title, maybe its speaker and
date, and nothing under them: that header opens no speech, and is left out of the last one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from desktop.core.importing.chair import with_chair_parts
from desktop.core.importing.chars import ends_sentence
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.contents import labelled_toc, listed_again
from desktop.core.importing.head_titles import is_undashed_subtitle
from desktop.core.importing.lines import (
    TITLE_MAX,
    dash_led,
    is_title_like,
    is_toc_heading,
    mentions_a_speech,
    names_a_speech,
)
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.parts import parts_of_one_work
from desktop.core.importing.separators import (
    Separator,
    announced_count,
    prefix_separator,
    suffix_separator,
)
from desktop.core.importing.speakers import is_byline, speaker
from desktop.core.importing.split_heads import (
    by_dated_bylines,
    by_heads,
    is_plain_title,
    ranges_from,
)
from desktop.core.importing.title_sets import set_title_start

_HEAD_SCAN = 8
# A cut-off header: a title, a speaker's line and a date, maybe a subtitle or a second date.
_CUT_OFF_LINES = 3
_SEPARATOR_MAX = 100
_TOC_HEADING_MAX = 12
_TITLE_COUNT = re.compile(
    r"\s*[（(【\[]\s*(?:之)?[一二三四五六七八九十0-9０-９]{1,3}\s*[）)】\]]\s*$"
)
# A line naming where the words above it come from: ——在…的讲话, 摘自…, 选自….
_ATTRIBUTION = re.compile(r"\s*(?:[—－\-~～]|摘自|选自|出自|引自|节选自)")
_QUOTES = "\"'“”‘’「」『』"
# A lead's last line announcing the speech under it (现将讲话全文刊发如下：).
_ANNOUNCES = re.compile(r"(?:如下|[：:])[。.]?$")


@dataclass(frozen=True, slots=True)
class SpeechRange:
    """Paragraphs ``[first, end)`` of one speech, and its separator line and listed title."""

    first: int
    end: int
    separator: int | None = None
    listed_title: str | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    """How a document divides: its speeches and the paragraphs before them (the head)."""

    speeches: list[SpeechRange]
    announced: int | None
    # The first paragraph of a header left at the end with no body (a page cut off after it):
    # it and the paragraphs after it belong to no speech.
    cut_off: int | None = None

    @property
    def head_end(self) -> int:
        """Index of the first paragraph that belongs to a speech or its separator."""
        first = self.speeches[0]
        return first.separator if first.separator is not None else first.first

    @property
    def found(self) -> int:
        """How many speeches the layout saw, counting one cut off after its header."""
        return len(self.speeches) + (self.cut_off is not None)


Finder = Callable[[Sequence[Paragraph]], list[SpeechRange]]


def split(paragraphs: Sequence[Paragraph]) -> Layout:
    """The speeches of ``paragraphs`` (one range over everything for a single document)."""
    candidates = []
    for finder in _FINDERS:
        found = finder(paragraphs)
        if len(found) < 2:
            continue
        layout = _without_empty_last(paragraphs, found)
        # A speech without a line of its own (two separators in a row: a list of the titles at
        # the top, or a header over nothing) means the lines were not separators after all.
        if all(speech.first < speech.end for speech in layout.speeches):
            candidates.append(layout)
    announced = _announced(paragraphs, candidates)
    chosen = next((found for found in candidates if found.found == announced), None)
    if chosen is None and candidates:
        chosen = candidates[0]
    if chosen is None:
        chosen = Layout([SpeechRange(0, len(paragraphs))], None)
    chosen = _with_headlines(paragraphs, chosen)
    return _without_trailing_title(paragraphs, replace(chosen, announced=announced))


def _with_headlines(paragraphs: Sequence[Paragraph], layout: Layout) -> Layout:
    """``layout`` with each speech found at its subtitle (——在…会议上的讲话, or that line
    with its dash lost) opened at the headline right over it, which the speech above would
    otherwise end with (or the collection's head hold); and at the headline's upper line
    when it is set over two."""
    speeches = list(layout.speeches)
    for position, speech in enumerate(speeches):
        above = speech.first - 1
        floor = speeches[position - 1].first + 1 if position else 0
        if speech.separator is not None or above < floor:
            continue
        line = paragraphs[speech.first].text
        first = speech.first
        if is_undashed_subtitle(paragraphs[above].text, dash_led(line) or line):
            first = above
        first = set_title_start(paragraphs, first, floor)  # 凝心聚力谋发展 / 实干担当开新局
        if first != speech.first:
            speeches[position] = replace(speech, first=first)
            if position:
                speeches[position - 1] = replace(speeches[position - 1], end=first)
    return replace(layout, speeches=speeches)


def _announced(paragraphs: Sequence[Paragraph], candidates: list[Layout]) -> int | None:
    """The count announced by a line above the first speech (``…(精选7篇)``), if any."""
    starts = [found.head_end for found in candidates]
    limit = min(starts) if starts else _HEAD_SCAN
    for paragraph in paragraphs[:limit]:
        count = announced_count(paragraph.text)
        if count:
            return count
    return None


def _without_empty_last(paragraphs: Sequence[Paragraph], found: list[SpeechRange]) -> Layout:
    """``found`` as a layout, its last speech cut off when it holds no more than its header
    (a separator at the very end, or a title over its speaker's and date lines)."""
    last = found[-1]
    own = paragraphs[last.first : last.end]
    if not all(_is_header_line(paragraph.text) for paragraph in own):
        return Layout(found, None)
    return Layout(found[:-1], None, last.separator if last.separator is not None else last.first)


def _without_trailing_title(paragraphs: Sequence[Paragraph], layout: Layout) -> Layout:
    """``layout`` with a speech title at the end of its last speech (maybe over a speaker's and
    a date line) cut off: the next speech's header on a page that ends there. The title must
    follow a sentence and differ from the titles the speech opens with."""
    last = layout.speeches[-1]
    start = _byline_start(paragraphs, last) - 1
    if layout.cut_off is not None or start <= last.first:
        return layout
    key = _speech_title_key(paragraphs[start].text)
    if key is None or not ends_sentence(paragraphs[start - 1].text):
        return layout
    if _ATTRIBUTION.match(paragraphs[start].text):
        return layout  # the source of the passage above (——在…会议上的讲话), not a new speech
    opening = paragraphs[last.first : min(last.first + _HEAD_SCAN, start)]
    if any(_speech_title_key(paragraph.text) == key for paragraph in opening):
        return layout  # its own title said again under it (a page's footer link)
    kept = replace(last, end=start)
    return replace(layout, speeches=[*layout.speeches[:-1], kept], cut_off=start)


def _byline_start(paragraphs: Sequence[Paragraph], speech: SpeechRange) -> int:
    """Where the speaker's and date lines at the end of ``speech`` start (its end if none)."""
    start = speech.end
    while (
        start > speech.first
        and speech.end - start < _CUT_OFF_LINES
        and is_byline(paragraphs[start - 1].text)
    ):
        start -= 1
    return start


def _is_header_line(text: str) -> bool:
    """A line of a speech's header: its title, its speaker's line or its date."""
    return is_byline(text) or _speech_title_key(text) is not None


def _by_separators(
    paragraphs: Sequence[Paragraph], read: Callable[[str], Separator | None]
) -> list[SpeechRange]:
    found: list[tuple[int, Separator]] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        index += 1
        if len(paragraph.text) > _SEPARATOR_MAX or (paragraph.heading or 0) > 1:
            continue
        if len(paragraph.text) <= _TOC_HEADING_MAX and is_toc_heading(paragraph.text):
            index = _past_contents(paragraphs, index - 1, read)
            continue
        separator = read(paragraph.text)
        if separator is not None and separator.number == len(found) + 1:
            found.append((index - 1, separator))
    return _ranges_after(found, len(paragraphs))


def _past_contents(
    paragraphs: Sequence[Paragraph], at: int, read: Callable[[str], Separator | None]
) -> int:
    """Where to look for separators after the 目录 line at ``at``: past the list under it when
    the separators it lists stand again below it (the list separates nothing), else from the
    line under it (a list whose lines run on into the first speech's own separator)."""
    listed = labelled_toc(paragraphs, at)
    first = next((i for i in listed[1:] if read(paragraphs[i].text) is not None), None)
    if first is not None and listed_again(paragraphs, first, listed.stop):
        return listed.stop
    return at + 1


def _ranges_after(found: list[tuple[int, Separator]], total: int) -> list[SpeechRange]:
    ranges = []
    for position, (index, separator) in enumerate(found):
        end = found[position + 1][0] if position + 1 < len(found) else total
        ranges.append(SpeechRange(index + 1, end, index, separator.title or None))
    return ranges


def _by_suffix(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    return _by_separators(paragraphs, suffix_separator)


def _by_prefix(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    found = _by_separators(paragraphs, prefix_separator)
    parts = [(part.first, part.end, part.listed_title) for part in found]
    return [] if found and parts_of_one_work(paragraphs, parts) else found


def _numbered_title(text: str) -> Separator | None:
    marker = heading_marker(text)
    if marker is None or marker.style not in {"cn-dun", "arabic-dot", "cn-paren"}:
        return None
    title = text[marker.end :].strip()
    if not is_title_like(title) or not names_a_speech(title):
        return None
    return Separator(marker.number, title)


def _by_numbered_titles(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    return _by_separators(paragraphs, _numbered_title)


def _by_heads(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    return [SpeechRange(first, end) for first, end in by_heads(paragraphs)]


def _by_dated_bylines(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    return [SpeechRange(first, end) for first, end in by_dated_bylines(paragraphs)]


def _by_title_and_speaker(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    """Speeches opened by a speech's title over its speaker's line (``在…会议上的讲话`` /
    ``市长 某某``), as a meeting's 主持词 gives each speech it introduces: at least two, each
    over sentences of its own."""
    starts = [
        index
        for index, paragraph in enumerate(paragraphs[:-1])
        if _speech_title_key(paragraph.text) is not None
        and speaker(paragraphs[index + 1].text) is not None
    ]
    if len(starts) < 2:
        return []
    ends = starts[1:] + [len(paragraphs)]
    opened = [
        start
        for start, end in zip(starts, ends, strict=True)
        if _has_sentences(paragraphs[start + 2 : end])
    ]
    if len(opened) < 2:
        return []
    return with_chair_parts(paragraphs, _ranges_from(opened, len(paragraphs)))


def _by_speech_headings(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    """Speeches opened by a heading of the file's top level that names a speech (a Markdown
    ``# 在…会议上的讲话`` after a 倡议 of its own), as a speech's title over its speaker's line
    opens one in a text: each after sentences of the text above that do not announce it
    (…全文如下：, a lead over the speech it reposts)."""
    top = min((paragraph.heading for paragraph in paragraphs if paragraph.heading), default=0)
    starts = [0]
    for index, paragraph in enumerate(paragraphs):
        if not top or paragraph.heading != top or _speech_title_key(paragraph.text) is None:
            continue
        above = paragraphs[starts[-1] : index]
        if above and _has_sentences(above) and not _ANNOUNCES.search(above[-1].text):
            starts.append(index)
    return _ranges_from(starts, len(paragraphs)) if len(starts) >= 2 else []


def _by_declared_titles(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    starts = [index for index, paragraph in enumerate(paragraphs) if paragraph.heading == 0]
    return _ranges_from(starts, len(paragraphs))


def _ranges_from(starts: list[int], total: int) -> list[SpeechRange]:
    return [SpeechRange(first, end) for first, end in ranges_from(starts, total)]


def _by_repeated_titles(paragraphs: Sequence[Paragraph]) -> list[SpeechRange]:
    """Speeches opened by one speech title said again, each time after a body's sentences
    and over sentences of its own: a title repeated at the top (文库 pages) opens nothing."""
    titles = [
        (index, key)
        for index, paragraph in enumerate(paragraphs)
        if (key := _speech_title_key(paragraph.text)) is not None
    ]
    if not titles:
        return []
    first_key = titles[0][1]
    starts = [titles[0][0]]
    for index, key in titles[1:]:
        if key == first_key and _has_sentences(paragraphs[starts[-1] + 1 : index]):
            starts.append(index)
    if len(starts) >= 2 and not _has_sentences(paragraphs[starts[-1] + 1 :]):
        starts.pop()  # said again at the end, over nothing: a footer's link
    return _ranges_from(starts, len(paragraphs)) if len(starts) >= 2 else []


def _speech_title_key(text: str) -> str | None:
    """A speech's title as compared with another (``在…座谈会上的发言``): widths, spaces,
    quotation marks and a closing count in brackets (（二）) do not count."""
    # a title is short: most paragraphs are ruled out before any search through their words
    if len(text) > TITLE_MAX or not mentions_a_speech(text):
        return None
    if not is_plain_title(text) or not names_a_speech(_TITLE_COUNT.sub("", text)):
        return None
    words = unicodedata.normalize("NFKC", _TITLE_COUNT.sub("", text))
    return "".join(char for char in words if not char.isspace() and char not in _QUOTES)


def _has_sentences(paragraphs: Sequence[Paragraph]) -> bool:
    return any(ends_sentence(paragraph.text) for paragraph in paragraphs)


_FINDERS: list[Finder] = [
    _by_suffix,
    _by_prefix,
    _by_numbered_titles,
    _by_heads,
    _by_dated_bylines,
    _by_title_and_speaker,
    _by_speech_headings,
    _by_declared_titles,
    _by_repeated_titles,
]
