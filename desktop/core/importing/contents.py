"""A table of contents at the top of a speech: the ``目录`` line and its entries, or a list of
numbered heading lines given without ``目录`` and repeated later as the headings themselves."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.lines import is_title_like, salutation_length
from desktop.core.importing.numbering import bare_numeral, decimal_section, heading_marker

_TOC_ENTRY_MAX = 60
_TOC_MIN_ENTRIES = 3


def labelled_toc(paragraphs: Sequence[Paragraph], index: int) -> range:
    """The ``目录`` line at ``index`` and the heading lines listed under it (empty: none)."""
    last = index
    seen: set[str] = set()
    for following in range(index + 1, len(paragraphs)):
        text = paragraphs[following].text
        if len(text) > _TOC_ENTRY_MAX or salutation_length(text) or not _is_toc_entry(text):
            break
        if _entry_key(text) in seen:
            break  # the first entry again: the headings themselves begin, right under the list
        seen.add(_entry_key(text))
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


def is_numbered_entry(text: str) -> bool:
    """A numbered heading line (``一、总体情况``, ``1.1 编制目的``), its page number aside."""
    words = _entry_key(text)
    numbered = heading_marker(words) is not None or decimal_section(words)
    return numbered and is_title_like(words)


def _entry_key(text: str) -> str:
    """A contents entry as its heading reads: without the dot leaders and page number."""
    return text.rstrip("0123456789０-９.…·． ")


def _is_toc_entry(text: str) -> bool:
    words = _entry_key(text)
    return bool(heading_marker(words) or bare_numeral(words) or is_title_like(words))
