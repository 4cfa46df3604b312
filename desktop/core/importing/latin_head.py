"""The head of a speech in a Latin script (an English translation): its title line, the
speaker's name under it and its salutation.

The Chinese head rules ask for Han characters, so an English speech's first line
(``Report on the Work of the Government``) was read as body. These are the same rules in
Latin letters: a short first line of words without a sentence end is the title (the line
the speech's title is taken from anyway), a name alone under it over the salutation is the
speaker (as ``names_the_speaker`` takes ``王小明``), a date alone (``January 5, 2024``) is the
speech's date, and a salutation alone (``Fellow Deputies,``) ends the head. They are asked
only when the Chinese rules read no head line.

A name is read by its words' shapes, not by a count of them: capitalised words and initials,
the particles of many names (``Ursula von der Leyen``), a generation after it (``Martin Luther
King Jr.``) and a courtesy title before it (``H.E. Mr. António Guterres``). Words that name
an institution (``United Nations General Assembly``) are no person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.chars import CLOSERS, HAN_RE, has_sentence_end
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import dash_led
from desktop.core.importing.numbering import bare_numeral, heading_marker

if TYPE_CHECKING:  # clean joins lines by is_latin_title: no import of it at run time
    from desktop.core.importing.clean import Paragraph
    from desktop.core.importing.head import Head

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_WORDS = (2, 15)  # as a Chinese title line is at most 50 characters: short
_TITLE_CHARS_MAX = 100
# The words of a name alone: courtesy titles before it, particles inside it, a generation
# after it. Compared without case or a final full stop.
_COURTESY = re.compile(
    r"(?:H\.E|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|His|Her|Excellency|Hon|Rt|Honou?rable|Rev|Lord"
    r"|Lady|Madam|Mme)\.?",
    re.IGNORECASE,
)
_PARTICLE = re.compile(r"von|van|der|den|de|da|del|della|di|du|la|le|bin|binti|ibn|al|el|dos|das")
_GENERATION = re.compile(r"(?:Jr|Sr|II|III|IV)\.?", re.IGNORECASE)
# Words of an institution's, a meeting's or a place's name, never a person's.
_INSTITUTION = re.compile(
    r"Assembly|Nations|Council|Committee|Conference|Summit|Forum|University|Parliament"
    r"|Commission|Government|Ministry|Republic|Union|Organi[sz]ation|Department|Office|House"
    r"|Hall|Cent(?:re|er)|Meeting|Session|Congress|Association|Institute|School|College"
    r"|Society|Foundation|Bank|Fund|Agency|Court|States|Kingdom|World|International|National"
    r"|Annual|General|People's",
    re.IGNORECASE,
)
# The words an office's title opens with (Premier of…, Vice President of…, Minister of…).
_ROLE = re.compile(
    r"(?:(?:Vice|Deputy|Former|Acting|Executive|First)[- ])?(?:Premier|President|Prime Minister"
    r"|Minister|Secretary|Chair(?:man|woman|person)?|Governor|Mayor|Ambassador|Director"
    r"|Commissioner|Chancellor|Speaker|Chief|Head|Member|Representative|Envoy|Consul)\b",
    re.IGNORECASE,
)
_NAME_WORDS = (2, 8)
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]")  # J. or H.W.
# A salutation alone on its line: a few words closed by a comma, colon or exclamation mark.
_SALUTATION = re.compile(r"[A-Z][A-Za-z'’., -]*[A-Za-z][,:!]")  # Mr. President, Members,
_SALUTATION_WORDS_MAX = 5
_LATIN_SENTENCE_END = (".", "!", "?")
_SENTENCE_WORDS_MIN = 3  # more than Thank you., which may close a speech or stand as a line


def is_latin_title(text: str) -> bool:
    """A short line of Latin words without a sentence end, unnumbered: a title."""
    # the cheap tests first: most lines read here are a Chinese body's paragraphs
    if not text[:1].isupper() or len(text) > _TITLE_CHARS_MAX:
        return False
    return (
        _TITLE_WORDS[0] <= len(_WORD.findall(text)) <= _TITLE_WORDS[1]
        and HAN_RE.search(text) is None
        and text[-1] not in ",.:;"
        and not has_sentence_end(text)
        and heading_marker(text) is None
        and bare_numeral(text) is None
    )


def is_latin_sentence(text: str) -> bool:
    """A line of Latin words ending in a full stop (or ``!``, ``?``): prose, which Chinese
    rules miss, as a full stop alone also ends a number (3.5) or an initial."""
    stripped = text.rstrip(CLOSERS + " ")
    return (
        stripped[-1:] in _LATIN_SENTENCE_END
        and len(_WORD.findall(stripped)) >= _SENTENCE_WORDS_MIN
        and HAN_RE.search(stripped) is None
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
    subtitle = dash_led(paragraphs[1].text)
    if subtitle and is_latin_title(subtitle):
        # – Keynote Speech at…: a subtitle under the title, led by a dash as a Chinese one is
        head.mark(SpanKind.SUBTITLE, 1, 0, len(paragraphs[1].text))
        index = 2
    while index + 1 < len(paragraphs) and (taken := _take_name_or_date(head, paragraphs, index)):
        index += taken
    if index < len(paragraphs) - 1 and is_latin_salutation(paragraphs[index].text):
        head.mark(SpanKind.SALUTATION, index, 0, len(paragraphs[index].text))
        index += 1
    return index


def _take_name_or_date(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """How many lines from ``index`` give the speaker's name (and the role under it) or the
    speech's date: a date alone, or a name alone over the date or the salutation (0: none)."""
    text = paragraphs[index].text
    found = date_line(text)
    if found is not None and head.date is None:
        head.date = found
        head.mark(SpanKind.DATE, index, 0, len(text))
        return 1
    if head.speaker is None and _names_the_speaker(paragraphs, index):
        head.speaker = _without_courtesy(text.split())  # the person, however addressed
        head.mark(SpanKind.SPEAKER, index, 0, len(text))
        role = paragraphs[index + 1].text
        if not is_latin_role(role):
            return 1
        head.role = role
        head.mark(SpanKind.SPEAKER, index + 1, 0, len(role))
        return 2
    return 0


def _names_the_speaker(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A name alone under the title, over the speech's date or its salutation, maybe with
    the speaker's role between (``Premier of the State Council``)."""
    if not is_latin_name(paragraphs[index].text):
        return False
    following = paragraphs[index + 1].text
    if is_latin_role(following) and index + 2 < len(paragraphs):
        following = paragraphs[index + 2].text
    return is_latin_salutation(following) or date_line(following) is not None


def is_latin_role(text: str) -> bool:
    """A speaker's office on a line of its own (``Premier of the State Council``,
    ``Secretary-General of the United Nations``), as under the name in an English head."""
    return _ROLE.match(text) is not None and is_latin_title(text)


def is_latin_name(text: str) -> bool:
    """A person's name alone (``Li Qiang``, ``Ursula von der Leyen``, ``Martin Luther King
    Jr.``, ``H.E. Mr. António Guterres``, ``LI QIANG``): two capitalised words at least."""
    if text.rstrip()[-1:] in ",:;!":
        return False  # a salutation (Fellow Deputies,)
    words = text.replace(",", " ").split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    if text.isupper():  # a head set in capitals (LI QIANG, URSULA VON DER LEYEN)
        words = [_in_lower_case(word) for word in words]
    words = _without_courtesy(words).split()
    if words and _GENERATION.fullmatch(words[-1]):
        words = words[:-1]
    names = [word for word in words if not _PARTICLE.fullmatch(word)]
    return (
        len(names) >= 2
        and names[0] is words[0]  # a name opens with a name, not with ``von``
        and all(_is_name_word(word) for word in names)
    )


def _in_lower_case(word: str) -> str:
    """A word of a name in capitals as it is written in lower case (QIANG → Qiang, VON →
    von); an initial stays (H.W.)."""
    if _INITIALS.fullmatch(word):
        return word
    lower = word.lower()
    return lower if _PARTICLE.fullmatch(lower) else word.capitalize()


def _without_courtesy(words: Sequence[str]) -> str:
    """The words of a name without the courtesy titles before it (H.E. Mr.)."""
    at = 0
    while at < len(words) - 1 and _COURTESY.fullmatch(words[at]):
        at += 1
    return " ".join(words[at:])


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters (António, O'Brien, Jean-Claude) or an initial."""
    if _INITIALS.fullmatch(word):
        return True
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return (
        letters.isalpha()
        and word[0].isupper()
        and not letters.isupper()
        and not _INSTITUTION.fullmatch(word)
        and HAN_RE.search(word) is None
    )
