"""Labelled lines over a speech set in square brackets (``【致辞人】王某某``, ``【发布时间】…``,
``【致辞背景】…``): what a compilation or a handbook tells of each speech it prints.

They name the speaker, date the speech or describe the occasion; none of them names the speech,
so a head reads them as its speaker's, date or subtitle line, never as a title line; only the
occasion they name (``【致辞背景】某某大会致辞``) may stand for a title the speech lacks.
A paper's fields listing terms or codes (``关键词：…``, ``［中图分类号］…``) are lines of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.document import SpanKind
from desktop.core.importing.chars import HAN, either_script
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import names_a_speech
from desktop.core.importing.names import bare_name
from desktop.core.importing.official import unit_byline
from desktop.core.importing.speakers import speaker

_BRACKETED = re.compile(rf"[【〖\[［]\s*(?P<label>[{HAN}\s]{{2,10}}?)\s*[】〗\]］]\s*(?P<value>.*)")
_FIELD_MAX = 80
# Labels of what such a line tells: who spoke, when and where, on what occasion, from where.
_FIELD_LABEL = re.compile(
    either_script(
        r"(?:致辞|讲话|发言|主讲|演讲|报告|主持|撰稿|作|讲)(?:人|者)|作者|时间|日期|背景|场合|地点"
        r"|会议|来源|出处|主题|简介|摘要|关键词|关键字|类别|分类"
    )
)
# Labels over an example a handbook prints (【范例一】某某讲话): they head it, describing nothing.
_EXAMPLE_LABEL = re.compile(either_script(r"范例\S*|例文\S*|示例\S*|案例\S*"))
_SPEAKER_LABEL = re.compile(either_script(r"(?:致辞|讲话|发言|主讲|演讲|报告|作)(?:人|者)|作者"))
_DATE_LABEL = re.compile(either_script("时间|日期"))
# What a speech was given at (【致辞背景】某某大会致辞): named so, it can stand for a missing title.
_OCCASION_LABEL = re.compile(either_script("背景|场合|主题"))
# It names the speech given there with the word a speech's title ends with (…大会致辞), or
# as a summary (…年度工作总结), which as a title line names a document rather than a speech.
_SUMMARY_NAMED = re.compile(either_script("总结$"))
_LABEL_ALONE_MAX = 8
# The fields of a paper's front matter that list terms or codes (关键词：…；…, 中图分类号：D61,
# Key words: …): a line of their own, never a sentence carried on by the next line.
_LISTING_LABEL = (
    either_script(r"关\s*键\s*(?:词|字)|主题词|中图分类号|文献标识码|文献标志码|文章编号")
    + r"|DOI|Key\s*words?"
)
_LISTING_FIELD = re.compile(
    rf"[［\[【]\s*(?:{_LISTING_LABEL})\s*[］\]】]|(?:{_LISTING_LABEL})\s*[:：]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled line's kind of span, and the date or the speaker (role, name) it gives."""

    kind: str
    date: str | None = None
    said_by: tuple[str | None, str] | None = None
    occasion: str | None = None


def bracketed_field(text: str) -> Field | None:
    """What a line ``【label】value`` tells, or None when it is no such labelled line."""
    match = _BRACKETED.fullmatch(text.strip()) if len(text) <= _FIELD_MAX else None
    if match is None:
        return None
    label, value = "".join(match.group("label").split()), match.group("value").strip()
    if not value:
        # a label alone (【範例一】) heads what follows; it names nothing
        return Field(SpanKind.SUBTITLE) if len(label) <= _LABEL_ALONE_MAX else None
    if _FIELD_LABEL.search(label) is None and _EXAMPLE_LABEL.search(label) is None:
        return None  # 【重磅】 or 【山西】 before a headline: the headline is still a title
    if _DATE_LABEL.search(label):
        found = date_line(value)
        if found:
            return Field(SpanKind.DATE, date=found)
    if _SPEAKER_LABEL.fullmatch(label):
        said_by = _person(value)
        if said_by is not None:
            return Field(SpanKind.SPEAKER, said_by=said_by)
    if _OCCASION_LABEL.search(label) and _names_the_speech(value):
        return Field(SpanKind.SUBTITLE, occasion=value)
    return Field(SpanKind.SUBTITLE)


def describes_the_text(text: str) -> bool:
    """Whether ``text`` is a labelled line telling something of the text with its value
    (``【关键词】…``, ``【来源】…``), not a label over an example (``【案例一】…``)."""
    match = _BRACKETED.fullmatch(text.strip()) if len(text) <= _FIELD_MAX else None
    if match is None or not match.group("value").strip():
        return False
    label = "".join(match.group("label").split())
    return _FIELD_LABEL.search(label) is not None and _EXAMPLE_LABEL.search(label) is None


def _names_the_speech(occasion: str) -> bool:
    """Whether an occasion's value names the speech given at it (…致辞, …工作总结)."""
    return names_a_speech(occasion) or _SUMMARY_NAMED.search(occasion) is not None


def _person(value: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of a speaker's field: a role and name, a unit and name, or a name."""
    said_by = speaker(value) or unit_byline(value)
    if said_by is not None:
        return said_by
    name = bare_name(value, said=True)  # the label says a person is named (主讲人：高峰)
    return None if name is None else (None, name)


def is_listing_field(text: str) -> bool:
    """A paper's field listing terms or codes (关键词：…, ［关键词］…, 中图分类号：…)."""
    return _LISTING_FIELD.match(text.strip()) is not None
