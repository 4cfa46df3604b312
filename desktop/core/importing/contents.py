"""A table of contents: the ``目录`` line and its entries, or a list of numbered heading lines
given without ``目录`` and repeated later as the headings themselves.

At the top of a speech a contents block is read as the head's last lines. Further down (under
an opening paragraph, a foreword) it is told by what it lists: every entry comes again later,
where the headings themselves stand, and a list without ``目录`` gives each entry its page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.lines import is_title_like, is_toc_heading, salutation_length
from desktop.core.importing.numbering import bare_numeral, decimal_section, heading_marker

_TOC_ENTRY_MAX = 60
_TOC_MIN_ENTRIES = 3
_PAGE_NUMBER = re.compile(r"(?:\s|[.…·．])[.…·．\s]*[0-9０-９]+$")


def labelled_toc(paragraphs: Sequence[Paragraph], index: int) -> range:
    """The ``目录`` line at ``index`` and the heading lines listed under it (empty: none)."""
    last = index
    seen: set[str] = set()
    for following in range(index + 1, len(paragraphs)):
        text = paragraphs[following].text
        if len(text) > _TOC_ENTRY_MAX or salutation_length(text) or not _is_toc_entry(text):
            break
        if _spaceless_key(text) in seen:
            break  # the first entry again: the headings themselves begin, right under the list
        seen.add(_spaceless_key(text))
        last = following
    return range(index, index) if last == index else range(index, last + 1)


def unlabelled_toc(paragraphs: Sequence[Paragraph], index: int) -> list[int]:
    """Heading lines listed at the top without ``目录``, each repeated later as a heading."""
    entries: list[int] = []
    seen: set[str] = set()
    for following in range(index, len(paragraphs)):
        text = paragraphs[following].text
        if len(text) > _TOC_ENTRY_MAX or not is_numbered_entry(text):
            break
        if _entry_key(text) in seen:
            break  # the headings themselves begin, right under the list
        seen.add(_entry_key(text))
        entries.append(following)
    if len(entries) < _TOC_MIN_ENTRIES:
        return []
    later = {_entry_key(p.text) for p in paragraphs[entries[-1] + 1 :]}
    firsts = entries[:_TOC_MIN_ENTRIES]
    if any(_entry_key(paragraphs[entry].text) not in later for entry in firsts):
        return []
    return entries


def tocs_in_body(paragraphs: Sequence[Paragraph], start: int) -> list[int]:
    """The paragraphs of contents blocks from ``start`` on whose entries all come again later."""
    found: list[int] = []
    index = start
    while index < len(paragraphs):
        entries = _toc_in_body(paragraphs, index)
        found.extend(entries)
        index = entries[-1] + 1 if entries else index + 1
    return found


def _toc_in_body(paragraphs: Sequence[Paragraph], index: int) -> list[int]:
    """The contents block starting at ``index`` in a speech's body, or nothing."""
    text = paragraphs[index].text
    if paragraphs[index].heading is not None:
        return []
    if is_toc_heading(text):
        block = list(labelled_toc(paragraphs, index))
        listed = block[1:]
    # an entry ends with its page number (a paragraph holds no newline): a look at the last
    # character spares searching the whole of every paragraph that ends with a full stop
    elif text[-1:].isdigit() and _PAGE_NUMBER.search(text) and is_numbered_entry(text):
        block = listed = unlabelled_toc(paragraphs, index)
        if not all(_PAGE_NUMBER.search(paragraphs[entry].text) for entry in listed):
            return []
    else:
        return []
    return block if listed and _all_come_again(paragraphs, listed) else []


def _all_come_again(paragraphs: Sequence[Paragraph], listed: Sequence[int]) -> bool:
    """Whether each listed heading opens a paragraph after the list, in the listed order."""
    position = listed[-1] + 1
    for entry in listed:
        key = _entry_key(paragraphs[entry].text)
        while position < len(paragraphs) and not paragraphs[position].text.startswith(key):
            position += 1
        if position == len(paragraphs):
            return False
        position += 1
    return True


def listed_again(paragraphs: Sequence[Paragraph], entry: int, after: int) -> bool:
    """Whether the heading the contents entry at ``entry`` lists opens a paragraph from
    ``after`` on: where the heading itself stands."""
    key = _entry_key(paragraphs[entry].text)
    return any(paragraph.text.startswith(key) for paragraph in paragraphs[after:])


def is_numbered_entry(text: str) -> bool:
    """A numbered heading line (``一、总体情况``, ``1.1 编制目的``), its page number aside."""
    words = _entry_key(text)
    numbered = heading_marker(words) is not None or decimal_section(words)
    return numbered and is_title_like(words)


def _entry_key(text: str) -> str:
    """A contents entry as its heading reads: without the dot leaders and page number."""
    return text.rstrip("0123456789０-９.…·． ")


def _spaceless_key(text: str) -> str:
    """An entry's key without the spaces a contents list or a heading may justify a short
    title with (总　则 listed, 总则 heading): the same entry either way."""
    return "".join(_entry_key(text).split())


def _is_toc_entry(text: str) -> bool:
    words = _entry_key(text)
    return bool(heading_marker(words) or bare_numeral(words) or is_title_like(words))
