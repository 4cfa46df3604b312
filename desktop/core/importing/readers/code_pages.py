"""Which 8-bit code page a text is in, once it is known not to be Chinese (or Korean, Japanese).

Plausibility (``hanzi``) tells CJK text from nonsense, but every 8-bit code page turns the
same bytes into letters, so it cannot choose among them: an English or French file in
Windows-1252 read as Central European or Baltic (cp1250, cp1257, Mac Latin 2) scores the
same or better, ``naïve`` turned ``naďve``. The detector's own measures are made for that
choice: how messy the decoded text is (chaos) and how well its letters fit a language
(coherence). Where they cannot tell candidates apart (a short text), Windows-1252 wins: it
is what Windows calls "ANSI" across Western Europe and the Americas, and what browsers
assume for Latin-1; and the choice is reported as a guess, since another would read some
letters differently. Unless Windows-1252 makes letters no language writes together where
another page makes one language's own (``latin_letters``): Turkish ş ğ ı are þ ð ý in it,
Polish ł is ³.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import cache

from desktop.core.importing.readers.latin_letters import implausible

_WESTERN = "cp1252"
_CHAOS_TIE = 0.01  # the detector's measures within these of the chosen's make a rival
_COHERENCE_TIE = 0.02
_BETTER_FIT = 0.1  # a code page whose letters fit a language this much better wins
_IMPLAUSIBLE = 2  # Windows-1252 loses to a code page on this many implausible characters
_ACCENTED_SHARE = 0.35  # at most this share of a Latin-script text's letters are non-ASCII


@dataclass(frozen=True, slots=True)
class Guess:
    """An encoding the detector proposes, with its measures of the text it decodes to."""

    encoding: str
    chaos: float  # 0 (clean) … 1 (a mess of symbols, odd case, unprintable characters)
    coherence: float  # 0 … 1: how well the letters' frequencies fit a language


@dataclass(frozen=True, slots=True)
class CodePageChoice:
    """The code page chosen, and the others that fit as well but read the text differently."""

    encoding: str
    rivals: tuple[str, ...] = ()


@cache
def is_single_byte(encoding: str) -> bool:
    """Whether ``encoding`` maps each byte to one character on its own (cp1252, koi8-r)."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)
    except LookupError:
        return False
    # Stateless charmap codecs derive straight from IncrementalDecoder; UTF-8/7 buffer and
    # the CJK codecs (also HZ and ISO-2022, ASCII-looking) derive from the multibyte one.
    if decoder.__bases__ != (codecs.IncrementalDecoder,):
        return False
    return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 0x80


def choose_code_page(guesses: list[Guess], sample: bytes) -> CodePageChoice | None:
    """The 8-bit code page of ``sample`` among ``guesses`` (the detector's, best first), or
    None when it proposes none that decodes it."""
    fitting = [guess for guess in guesses if _decodes(sample, guess.encoding)]
    if not fitting:
        return None
    chosen = _western(fitting, sample) or fitting[0]
    if chosen.encoding == _WESTERN:
        by_letters = _by_letters(fitting, sample)
        if by_letters is not None:
            return by_letters
    text = sample.decode(chosen.encoding)
    rivals = (
        guess.encoding
        for guess in fitting
        if guess is not chosen and _as_good(guess, chosen) and sample.decode(guess.encoding) != text
    )
    return CodePageChoice(chosen.encoding, tuple(rivals))


def _by_letters(fitting: list[Guess], sample: bytes) -> CodePageChoice | None:
    """The code page whose letters alone are plausible where Windows-1252's are not (Turkish
    ş ğ ı read as þ ð ý, Polish ł as ³): the detector's first among those that read the
    sample most plausibly; others that read it as plausibly but otherwise are rivals."""
    texts = {guess.encoding: sample.decode(guess.encoding) for guess in fitting}
    scores = {encoding: implausible(text) for encoding, text in texts.items()}
    best = min(scores.values())
    if scores[_WESTERN] < _IMPLAUSIBLE or best >= scores[_WESTERN]:
        return None
    chosen = next(guess.encoding for guess in fitting if scores[guess.encoding] == best)
    rivals = (
        encoding
        for encoding, score in scores.items()
        if score == best and texts[encoding] != texts[chosen]
    )
    return CodePageChoice(chosen, tuple(rivals))


def _western(fitting: list[Guess], sample: bytes) -> Guess | None:
    """Windows-1252, if the detector proposes it, it reads the sample as a Latin script does
    (accented letters a minority: Cyrillic or Greek bytes read as Latin-1 are all accents) and
    no other code page fits a language clearly better (Lithuanian in cp1257)."""
    western = next((guess for guess in fitting if guess.encoding == _WESTERN), None)
    if western is None or not _latin_letters(sample.decode(_WESTERN)):
        return None
    if any(guess.coherence > western.coherence + _BETTER_FIT for guess in fitting):
        return None
    return western


def _latin_letters(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if char > "\x7f")
    return bool(letters) and accented <= _ACCENTED_SHARE * len(letters)


def _as_good(guess: Guess, chosen: Guess) -> bool:
    """Whether the detector rates ``guess`` as well as ``chosen`` or better."""
    return (
        guess.chaos <= chosen.chaos + _CHAOS_TIE
        and guess.coherence >= chosen.coherence - _COHERENCE_TIE
    )


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
