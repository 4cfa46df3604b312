"""The reader's line-break hints, put into the print document's paragraphs as the page has them.

The page puts zero-width hints into its text (``reader.line_hints``): a line may end before an
opening quote (、“), and a paragraph never ends on one lone character (孤字). Paper takes the same
hints from the same functions, so a printed line breaks where the page's would; its glue is the
print document's WORD_JOINER, as before its note marks, which a PDF's text reads without. As on
the page, every paragraph gets them but the centred head's (balanced instead), and a line of its
own (a salutation, a sign-off) no glue against a lone last character.
"""

from __future__ import annotations

from desktop.gui.reader.document import SINGLE_LINE_ROLES
from desktop.gui.reader.line_hints import BREAK, GLUE, line_hints, widow_glue
from desktop.gui.reader.roles import CENTRED_ROLES, BlockRole

WORD_JOINER = "\u2060"
"""Set before a note mark in the print document only (the speech's text keeps none): Qt may
break a line before an opening bracket or ①, and a mark must not start a line away from the
word it cites. It has no width, and a PDF's text reads without it."""

PRINT_HINTS = WORD_JOINER + BREAK
"""The characters the print document holds that its speech's text does not."""


def paragraph_hints(text: str, start: int, end: int, *, widow: bool = True) -> dict[int, str]:
    """The hints of the paragraph ``text[start:end]``, by the ``str`` offset in ``text`` of the
    character each stands before: the page's quote breaks and, when ``widow``, glue against a
    lone last character (note marks are glued as they are printed, not here)."""
    hints = {start + offset: hint for offset, hint in line_hints(text[start:end]).items()}
    at = widow_glue(text, start, end) if widow else None
    if at is not None and at not in hints:
        hints[at] = GLUE
    return {offset: WORD_JOINER if hint == GLUE else hint for offset, hint in hints.items()}


def role_hints(text: str, start: int, end: int, role: BlockRole) -> dict[int, str]:
    """The page's hints for the paragraph ``text[start:end]`` of ``role`` (as
    ``reader.document`` sets them): none in the centred head, no widow's glue on a line of
    its own."""
    if role in CENTRED_ROLES:
        return {}
    return paragraph_hints(text, start, end, widow=role not in SINGLE_LINE_ROLES)


def hinted_pieces(text: str, start: int, hints: dict[int, str]) -> list[str]:
    """``text`` (at ``str`` offset ``start``) cut before each hint within it, the hint leading
    the piece it stands before: what to insert, in order."""
    cuts = sorted(offset - start for offset in hints if start <= offset < start + len(text))
    pieces, last = [], 0
    for cut in cuts:
        if cut > last:
            pieces.append(text[last:cut])
        pieces.append(hints[start + cut])
        last = cut
    pieces.append(text[last:])
    return [piece for piece in pieces if piece]
