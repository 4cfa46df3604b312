"""How plausible a Latin-script reading of 8-bit bytes is, by the letters it makes.

Code pages differ in the few bytes that hold a language's own letters: Turkish ş ğ ı in
Windows-1254 are þ ð ý in Windows-1252, Polish ł ą ż in Windows-1250 are ³ ¹ ¿. Read with the
wrong page, a text mixes letters no one language writes together (þ with ç and ü: Icelandic
has þ but no ç, Turkish ç but no þ) or glues symbols to letters (czu³). The detector's letter
frequencies cannot tell such short texts apart; these two signs can.
"""

from __future__ import annotations

# The non-ASCII letters (lower case) of the languages the 8-bit Latin code pages serve.
_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíóúñü",  # Spanish
    "ãõáâàçéêíóôú",  # Portuguese
    "àèéìíîòóù",  # Italian
    "àèéíïòóúç",  # Catalan
    "éèëïóöüáà",  # Dutch, Afrikaans
    "æøåéäö",  # Danish, Norwegian, Swedish
    "äöåšž",  # Finnish
    "áéíóúýðþæö",  # Icelandic
    "áíóúýðæø",  # Faroese
    "çğıöşüâîû",  # Turkish (İ is checked apart: its lower case is two characters)
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian, Bosnian
    "ăâîșțşţ",  # Romanian
    "ëç",  # Albanian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äõöüšž",  # Estonian
)
_TURKISH = "çğıöşüâîû"
# Marks that follow a letter in any text: quotes, apostrophes, dashes, an ellipsis, a degree.
_AFTER_LETTERS = "’‘”“»«›‹–—…°·"


def implausible(text: str) -> int:
    """How many characters of ``text`` no single language would write there: non-ASCII
    letters outside the alphabet that covers most of them, and symbols glued after a letter."""
    counts: dict[str, int] = {}
    glued = 0
    previous = " "
    for char in text:
        if char > "\x7f":
            if char.isalpha() and char not in "ªº":
                letter = "ı̇" if char == "İ" else char.lower()
                counts[letter] = counts.get(letter, 0) + 1
            elif previous.isalpha() and char not in _AFTER_LETTERS and not char.isspace():
                glued += 1
        previous = char
    if not counts:
        return glued
    total = sum(counts.values())
    return total - max(_covered(counts, alphabet) for alphabet in _ALPHABETS) + glued


def _covered(counts: dict[str, int], alphabet: str) -> int:
    return sum(
        count
        for letter, count in counts.items()
        if letter in alphabet or letter == "ı̇" and alphabet == _TURKISH
    )
