"""The head of a speech in a Latin script (an English translation): its title line, the
speaker's name under it and its salutation.

The Chinese head rules ask for Han characters, so an English speech's first line
(``Report on the Work of the Government``) was read as body. These are the same rules in
Latin letters: a short first line of words without a sentence end is the title (the line
the speech's title is taken from anyway), a name alone under it over the salutation is the
speaker (as ``names_the_speaker`` takes ``王小明``), and a salutation alone (``Fellow
Deputies,``) ends the head. They are asked only when the Chinese rules read no head line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.chars import HAN_RE, has_sentence_end
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.numbering import bare_numeral, heading_marker

if TYPE_CHECKING:
    from desktop.core.importing.head import Head

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_WORDS = (2, 15)  # as a Chinese title line is at most 50 characters: short
_TITLE_CHARS_MAX = 100
# A name alone: two or three capitalised words (Li Qiang, Ursula von der Leyen is not asked).
_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.?| [A-Z][a-z'’-]+){1,2}")
# A salutation alone on its line: a few words closed by a comma, colon or exclamation mark.
_SALUTATION = re.compile(r"[A-Z][A-Za-z'’ -]*[A-Za-z][,:!]")
_SALUTATION_WORDS_MAX = 5


def is_latin_title(text: str) -> bool:
    """A short line of Latin words without a sentence end, unnumbered: a title."""
    words = _WORD.findall(text)
    return (
        _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]
        and len(text) <= _TITLE_CHARS_MAX
        and HAN_RE.search(text) is None
        and text[:1].isupper()
        and text[-1] not in ",.:;"
        and not has_sentence_end(text)
        and heading_marker(text) is None
        and bare_numeral(text) is None
    )


def is_latin_salutation(text: str) -> bool:
    """A salutation standing alone (``Fellow Deputies,``, ``Ladies and gentlemen:``)."""
    return (
        _SALUTATION.fullmatch(text) is not None
        and len(_WORD.findall(text)) <= _SALUTATION_WORDS_MAX
    )


def read_latin_head(head: Head, paragraphs: Sequence[Paragraph]) -> int:
    """Read a Latin-script head from the first paragraph: where the body starts (0: none)."""
    if len(paragraphs) < 2 or paragraphs[0].heading is not None:
        return 0
    if not is_latin_title(paragraphs[0].text):
        return 0
    head.titles.append(paragraphs[0].text)
    head.mark(SpanKind.TITLE, 0, 0, len(paragraphs[0].text))
    index = 1
    if index + 1 < len(paragraphs) and _names_the_speaker(paragraphs, index):
        head.speaker = paragraphs[index].text.strip()
        head.mark(SpanKind.SPEAKER, index, 0, len(paragraphs[index].text))
        index += 1
    if index < len(paragraphs) - 1 and is_latin_salutation(paragraphs[index].text):
        head.mark(SpanKind.SALUTATION, index, 0, len(paragraphs[index].text))
        index += 1
    return index


def _names_the_speaker(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A name alone under the title, over the speech's date or its salutation."""
    if _NAME.fullmatch(paragraphs[index].text.strip()) is None:
        return False
    following = paragraphs[index + 1].text
    return is_latin_salutation(following) or date_line(following) is not None
