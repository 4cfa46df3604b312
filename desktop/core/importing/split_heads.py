"""Split a compilation where each speech opens with a head of its own: its title over its
date (maybe with the speaker's line between), or an English title over the speaker's or date
line and a salutation alone (``Comrades:``, ``Ladies and gentlemen,``).

The lines are read in either script: a Chinese collection may give each speech's English
translation under it, headed the same way (``Speech at …`` / ``Li Qiang`` / ``February 8,
2024`` / ``Comrades:``), and a file may hold English speeches only. A name-shaped line under
a Latin title is that speech's speaker, not a title of its own, as ``latin_head`` reads it;
lines of one head closing on the same date or salutation (a title, its ——subtitle) open one
speech, at the first of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.importing.chars import ends_sentence
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.head_authors import named_day
from desktop.core.importing.head_titles import is_undashed_subtitle
from desktop.core.importing.latin_head import (
    is_latin_name,
    is_latin_role,
    is_latin_salutation,
    is_latin_sentence,
    is_latin_title,
)
from desktop.core.importing.lines import dash_led, is_title_like, salutation_length
from desktop.core.importing.names import bare_name
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.official import is_attachment_label, is_issuer_mark
from desktop.core.importing.speakers import speaker

# The lines between a title and the line closing its head: a subtitle, the speaker's line.
_HEAD_REACH = 3
_BYLINES_MAX = 2  # a speaker's line and a date, in either order


def is_plain_title(text: str) -> bool:
    """A Chinese title line: title-like, unnumbered, neither a date nor a speaker's line."""
    # a name alone (王小明), or a role and a name (县委书记 王军), over a date is the speaker
    # under the title, not a title
    return (
        is_title_like(text)
        and heading_marker(text) is None
        and date_line(text) is None
        and bare_name(text) is None
        and speaker(text) is None
        and named_day(text) is None  # 王建国 2024年3月6日: who gave it and when
    )


def by_heads(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """``(first, end)`` of the speeches opened by a head: a title over a date line (maybe
    after a subtitle or the speaker's line), or an English title over the speaker's or date
    line and a salutation alone; each with words of its own under it. One compilation may
    head some speeches the one way and some the other (a speech given without its date)."""
    heads = _heads(paragraphs)
    if not heads:
        return []
    ends = [index for index, _at, _kind in heads[1:]] + [len(paragraphs)]
    starts = [
        index
        for (index, at, by_date), end in zip(heads, ends, strict=True)
        if (
            _opens_a_body(paragraphs, at, end)
            if by_date
            else _has_sentences(paragraphs[at + 1 : end])
        )
    ]
    return ranges_from(starts, len(paragraphs))


def _heads(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, bool]]:
    """``(title, closing line, closed by a date)`` of each head."""
    heads: list[tuple[int, int, bool]] = []
    for index, paragraph in enumerate(paragraphs):
        if not _is_head_title(paragraph.text):
            continue
        date_at = _date_under(paragraphs, index)
        at = date_at
        if at is None and is_latin_title(paragraph.text):
            # A Chinese title over its speaker's line splits as a speech's title (split's
            # _by_title_and_speaker, which also finds the chair's words between speeches); an
            # English title names no kind of speech, so its salutation tells its head.
            at = _salutation_under(paragraphs, index)
        if at is None:
            continue
        if heads and heads[-1][1] == at:
            # a line of the head above (a subtitle, the speaker's name or role under a Latin
            # title): the head is opened by its first title, not split inside
            continue
        heads.append((index, at, date_at is not None))
    return heads


def _is_head_title(text: str) -> bool:
    """A speech's title line in either script."""
    if is_plain_title(text):
        return True
    return is_latin_title(text) and date_line(text) is None


def _is_byline(text: str) -> bool:
    """The speaker's line or a date line under a title, in either script."""
    if date_line(text) or speaker(text) or bare_name(text):
        return True
    return is_latin_name(text) or is_latin_role(text)


def _date_under(paragraphs: Sequence[Paragraph], index: int) -> int | None:
    """The date line right under the title, maybe after a subtitle (its dash maybe lost: an
    occasion line under a headline) or the speaker's line; or the speaker's name with the
    date on one line (王建国 2024年3月6日)."""
    title = paragraphs[index].text
    for position in range(index + 1, min(index + 1 + _HEAD_REACH, len(paragraphs))):
        text = paragraphs[position].text
        if date_line(text) or named_day(text):
            return position
        if _is_byline(text) or dash_led(text) is not None:
            continue
        if position != index + 1 or not is_undashed_subtitle(title, text):
            return None
    return None


def _salutation_under(paragraphs: Sequence[Paragraph], index: int) -> int | None:
    """The salutation alone under the title's speaker's or date lines (one or two), maybe
    after a subtitle led by a dash (– Keynote Speech at…)."""
    position = index + 1
    if position < len(paragraphs) and dash_led(paragraphs[position].text):
        position += 1
    first = position
    while position < len(paragraphs) and position - first < _BYLINES_MAX:
        if not _is_byline(paragraphs[position].text):
            break
        position += 1
    if position == first or position >= len(paragraphs):
        return None
    text = paragraphs[position].text
    alone = salutation_length(text) == len(text) or is_latin_salutation(text)
    return position if alone else None


def _opens_a_body(paragraphs: Sequence[Paragraph], date_at: int, end: int) -> bool:
    """Whether words follow the date line before ``end``. An official document signs off with
    its issuer's name over a date, then ends or gives its attachments (``附件1``): a title and
    a date with no words of their own under them open no speech."""
    following = paragraphs[date_at + 1 : end]
    if not following or is_attachment_label(following[0].text):
        return False
    # An issuer's name over a date opens a speech only over sentences: a saved page's last
    # lines (（此件公开发布）, its 主办 and 承办) are no words of a speech.
    return _has_sentences(following) or not _signs_off(paragraphs, date_at)


def _signs_off(paragraphs: Sequence[Paragraph], date_at: int) -> bool:
    """Whether the line over the date is an organisation's name alone (a 落款)."""
    return date_at > 0 and is_issuer_mark(paragraphs[date_at - 1].text)


def _has_sentences(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a line of ``paragraphs`` is a sentence, Chinese or English."""
    return any(ends_sentence(p.text) or is_latin_sentence(p.text) for p in paragraphs)


def by_dated_bylines(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """``(first, end)`` of the speeches opened by a dated byline over the title (``王建国`` /
    ``2024年3月6日`` / title, or ``王建国 2024年3月6日`` / title), as a collection of one
    speaker's posts heads each. Only a head said again (two or more, each over sentences of
    its own) splits, and only from the top: a speech signed off with its name and date over
    the next one's title would put the sign-off on the wrong speech."""
    starts = [index for index in range(len(paragraphs)) if _byline_head(paragraphs, index)]
    if len(starts) < 2 or _has_sentences(paragraphs[: starts[0]]):
        return []
    ends = starts[1:] + [len(paragraphs)]
    if not all(
        _has_sentences(paragraphs[first:end]) for first, end in zip(starts, ends, strict=True)
    ):
        return []
    return ranges_from(starts, len(paragraphs))


def _byline_head(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether a dated byline opens at ``index`` over a title line."""
    text = paragraphs[index].text
    if named_day(text) is not None:
        title_at = index + 1
    elif (bare_name(text) or speaker(text)) and index + 1 < len(paragraphs):
        if date_line(paragraphs[index + 1].text) is None:
            return False
        title_at = index + 2
    else:
        return False
    return title_at < len(paragraphs) and is_plain_title(paragraphs[title_at].text)


def ranges_from(starts: list[int], total: int) -> list[tuple[int, int]]:
    """``(first, end)`` of the parts opened at each of the sorted ``starts``, the last
    running to ``total``."""
    if not starts:
        return []
    ends = starts[1:] + [total]
    return list(zip(starts, ends, strict=True))
