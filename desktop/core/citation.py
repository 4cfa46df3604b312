"""Build the text of "copy with citation": a quote with its speech's title, speaker and date.

The format follows the way Chinese documents cite a speech (the 人民出版社 / GB/T 7714 habit of
``张三：《在……上的讲话》（2016年4月19日）``), with the quote first because that is what the
user is collecting::

    “要把思想教育作为基础，摆在首位。”（张三：《在全市效能革命工作会上的讲话》，2024年9月8日）

Quotation marks nest as GB/T 15834 asks: double quotes inside the quote become single quotes, and
book-title marks inside a title become ``〈〉``; a quote of several paragraphs opens each with “
and closes only the last, as it asks too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.records import SpeechRecord

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def chinese_date(iso_date: str) -> str:
    """``2016-04-15`` → ``2016年4月15日`` (also ``2016-04`` and ``2016``); other text unchanged."""
    match = _ISO_DATE.match(iso_date.strip())
    if match is None:
        return iso_date.strip()
    year, month, day = match.groups()
    parts = [f"{year}年"]
    if month:
        parts.append(f"{int(month)}月")
    if day:
        parts.append(f"{int(day)}日")
    return "".join(parts)


def nest_quote(quote: str) -> str:
    """Quotation marks inside a quote: “” → ‘’ (and ‘’ → “” for a quote in a quote in a quote)."""
    swap = {"“": "‘", "”": "’", "‘": "“", "’": "”"}
    return "".join(swap.get(char, char) for char in quote)


def nest_title(title: str) -> str:
    """Book-title marks inside a title: 《》 → 〈〉."""
    return title.replace("《", "〈").replace("》", "〉")


_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
"""A Chinese character. Left for ``re`` to compile on first use (and keep): compiling the class
builds a table of the BMP's 65,536 characters in Python, ~28 M instructions, and the first frame
loads this module (the library tree's dates) without citing anything."""


def marked_title(title: str) -> str:
    """``title`` in the marks that name a work: book-title marks (《…》, any inside as 〈〉), or
    for a title without Chinese characters (an official English translation's) quotation
    marks: 《》 belong to Chinese titles, and a Latin title in them reads as a mistake."""
    stripped = title.strip()
    if re.search(_HAN, stripped) is None:
        return stripped if stripped.startswith("“") and stripped.endswith("”") else f"“{stripped}”"
    return f"《{nest_title(stripped)}》"


_CLAUSE_MARKS = "，、；：,;:"
"""Marks that end or begin a clause: a passage cut from a sentence does not carry them."""


def quote_words(quote: str) -> str:
    """A quote as cited: without the comma, 、, ；or ：a selection took in at either end (a whole
    sentence keeps its 。！？, which belong to it)."""
    return quote.strip().strip(_CLAUSE_MARKS).strip()


def format_citation(
    quote: str, title: str, *, date: str | None = None, speaker: str | None = None
) -> str:
    """The quote in Chinese quotation marks followed by its source in full-width parentheses;
    Latin , : ; ? ! ( ) between Chinese words of the quote made full-width (GB/T 15834), as the
    reader's full-width option shows them: a quote goes into a document written to that rule."""
    from desktop.core.punctuation import to_fullwidth  # its patterns compile on first use

    source = marked_title(title) if title.strip() else ""
    if speaker and speaker.strip() and source:
        source = f"{speaker.strip()}：{source}"
    elif speaker and speaker.strip():
        source = speaker.strip()
    if date and date.strip():
        source = f"{source}，{chinese_date(date)}" if source else chinese_date(date)
    body = quoted_paragraphs(quote_words(to_fullwidth(quote)))
    return f"{body}（{source}）" if source else body


def quoted_paragraphs(quote: str) -> str:
    """``quote`` in quotation marks; a quote of several paragraphs opens each with “ and
    closes only the last (GB/T 15834-2011's rule for a quote set as paragraphs)."""
    paragraphs = [part.strip() for part in quote.split("\n") if part.strip()] or [""]
    return "\n".join(f"“{nest_quote(part)}" for part in paragraphs) + "”"


def cite_speech(quote: str, speech: SpeechRecord) -> str:
    """``quote`` cited from ``speech``: what "copy with citation" gives, in the reader or the
    annotations list."""
    return format_citation(quote, speech.title, date=speech.date, speaker=speech.speaker)


PASSAGE_SEPARATOR = "\n"
"""Between passages copied together: one passage a paragraph, as Word and WPS paste plain text."""


def join_passages(passages: Iterable[str]) -> str:
    """Passages copied together, in the order given, one a paragraph."""
    return PASSAGE_SEPARATOR.join(passage.strip("\n") for passage in passages)
