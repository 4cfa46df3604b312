"""Whether a speech's text shows its title, or the title stands apart from it ("on a plate").

A compilation's speech may take its title from its separator line (``在…的讲话 篇2``), which the
importer keeps out of the speech: the text then opens on its salutation or first paragraph,
and the reader paints the title above it (``gui.reader.title_plate``). Such a title is in no
offset of the canonical text, so search looks for it apart (``storage.search_titles``). Both
ask this module, so what the reader shows apart is exactly what search finds apart.
"""

from __future__ import annotations

import unicodedata

_ELLIPSIS = "…"


def title_stands_apart(title: str, text: str, *, has_title_line: bool) -> bool:
    """Whether ``title`` is shown by none of the text's lines: no title line, and the title
    is not the text's first words (a title the importer took from the opening)."""
    title = title.strip()
    if not title or has_title_line:
        return False
    opening = _squeezed(text.lstrip()[: 2 * len(title)])
    return not opening.startswith(_squeezed(title.removesuffix(_ELLIPSIS)))


def _squeezed(text: str) -> str:
    """``text`` as compared with a title: widths and spacing do not count."""
    return "".join(unicodedata.normalize("NFKC", text).split())
