"""The tail of a speech: the date line closing it and the signature over that date (落款).

A date line may close the speech (``(2016年4月15日)``), above any 版记 lines; an official
document signs off with its issuer's name over the date, maybe before its attachments, or,
reposted without its date, with its issuer's name alone under its last sentence. A
compilation of excerpts (摘编, 论述摘录) closes each excerpt with a dated line naming its occasion
(（2017年2月13日在…开班式上的讲话）): the last of those dates one excerpt, not the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.chars import ends_sentence
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import is_distribution_line, is_head_title
from desktop.core.importing.names import bare_name
from desktop.core.importing.official import collective_author, is_issuer_mark, unit_byline
from desktop.core.importing.speakers import speaker

if TYPE_CHECKING:
    from desktop.core.importing.head import Head

_TAIL = 3
_SIGNATURE_MAX = 30
_JOINT_SIGNATURE_MAX = 2 * _SIGNATURE_MAX + 8  # two issuers side by side, spaces between
# What a dated line under an excerpt names: the occasion it was said or written on.
_OCCASION = re.compile(r"(?:在|于).{0,80}?(?:讲话|发言|报告|致辞|演讲|谈话|说明|指示|批示)")


def read_tail(head: Head, paragraphs: Sequence[Paragraph]) -> None:
    """A date line closing the speech (``(2016年4月15日)``), above any 版记 lines; failing
    that, the date of a signature (落款: an issuer's line, then a date line) in the body."""
    marked = head.whole_lines(paragraphs)
    end = len(paragraphs)
    while end > head.body_start and is_distribution_line(paragraphs[end - 1].text):
        end -= 1
    for index in range(end - 1, max(head.body_start, end - _TAIL) - 1, -1):
        if _attributes_an_excerpt(head, paragraphs, index):
            return
        if _take_closing_date(head, paragraphs, index, marked):
            return
    if _read_signature_date(head, paragraphs, marked):
        return
    _take_undated_signature(head, paragraphs, end - 1, marked)


def _attributes_an_excerpt(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether paragraph ``index`` is a dated occasion closing one excerpt of several: another
    such line stands in the body above it, so none of them dates the whole text."""
    if not _is_attribution(paragraphs[index].text):
        return False
    return any(_is_attribution(p.text) for p in paragraphs[head.body_start : index])


def _is_attribution(text: str) -> bool:
    return date_line(text) is not None and _OCCASION.search(text) is not None


def _take_undated_signature(
    head: Head, paragraphs: Sequence[Paragraph], index: int, marked: set[int]
) -> None:
    """An issuer's name closing the text without a date under it (a notice reposted without
    its 成文日期, joint issuers side by side): a signature when the body above it has ended
    with a sentence, as a heading over nothing would not have."""
    if index <= head.body_start or index in marked:
        return
    text = paragraphs[index].text
    names = text.split()
    if (
        len(text) > _JOINT_SIGNATURE_MAX
        or not names
        or not ends_sentence(paragraphs[index - 1].text)
    ):
        return
    if all(_is_signature(name) and _names_a_body(name) for name in names):
        head.signatures.append(index)
        head.mark(SpanKind.SIGNATURE, index, 0, len(text))


def _read_signature_date(head: Head, paragraphs: Sequence[Paragraph], marked: set[int]) -> bool:
    """The first signature's date: an official document may sign off before its attachments."""
    for index in range(max(head.body_start, 1), len(paragraphs)):
        if _is_signature(paragraphs[index - 1].text) and _take_closing_date(
            head, paragraphs, index, marked
        ):
            return True
    return False


def _take_closing_date(
    head: Head, paragraphs: Sequence[Paragraph], index: int, marked: set[int]
) -> bool:
    """Whether paragraph ``index`` is a date line closing the speech: if so it dates the
    speech (unless the head did) and the issuer's name over it is the signature."""
    text = paragraphs[index].text
    found = date_line(text) if index not in marked else None
    if not found:
        return False
    head.date = head.date or found
    head.mark(SpanKind.DATE, index, 0, len(text))
    _take_signature(head, paragraphs, index - 1, marked)
    return True


def _take_signature(
    head: Head, paragraphs: Sequence[Paragraph], index: int, marked: set[int]
) -> None:
    """The issuer's or the writer's name over the closing date (落款): a signature span,
    outside the outline. A person's name there (a letter's 江泽民, 市长 王小明) names the speaker
    when the head did not."""
    if index < head.body_start or index in marked:
        return
    text = paragraphs[index].text
    signed_by = _signer(text)
    if signed_by is None and not (_is_signature(text) and _names_a_body(text)):
        return
    head.signatures.append(index)
    head.mark(SpanKind.SIGNATURE, index, 0, len(text))
    if signed_by is not None and head.speaker is None:
        head.role, head.speaker = signed_by


def _signer(text: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of a person signing: a speaker's line (市长 王小明), the unit they work
    in and their name (某某局办公室 王某, as under an article's title), or a name alone."""
    said_by = speaker(text) or unit_byline(text)
    if said_by is not None:
        return said_by
    name = bare_name(text, said=True)  # over the closing date a person signs: 高峰 is a name
    return None if name is None else (None, name)


def _names_a_body(text: str) -> bool:
    """An issuer (某某县人民政府) or a body writing as one (某某课题组, 某某调研组)."""
    return is_issuer_mark(text) or collective_author(text) is not None


def _is_signature(text: str) -> bool:
    """An issuer's name standing alone (某某县人民政府): short, plain words, no numbering."""
    return len(text) <= _SIGNATURE_MAX and is_head_title(text)
