"""The rank of each heading style in one speech, fixed when the style first appears.

Styles rank by the order in which they first appear (02 opens with （一） so （一） is its top
level), except that Chinese numerals always rank above Arabic ones.
"""

from __future__ import annotations

from desktop.core.importing.numbering import PLAIN, canon, tier


class StyleRanks:
    """The rank of each heading style in one speech, fixed when the style first appears."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self._first_numbers: dict[str, int] = {}

    def rank(self, style: str, open_styles: list[str], number: int = 1) -> int:
        """The rank of ``style``, placing it below the innermost open heading that may hold it;
        ``number`` is the heading's number (0 when it has none)."""
        if style not in self.order:
            self.order.insert(self._position(style, open_styles), style)
            self._first_numbers[style] = number
        return self.order.index(style)

    def _position(self, style: str, open_styles: list[str]) -> int:
        position = 0
        for open_style in reversed(open_styles):
            if is_decimal(style) and is_decimal(open_style) and open_style >= style:
                continue  # 1.1 open when 2 comes: a deeper decimal section never holds it
            if _declared(style) and _declared(open_style) and canon(open_style) > canon(style):
                continue  # ### open when ## comes (a Markdown note, a page): h3 never holds h2
            if self._first_numbers[open_style] > 1 and canon(open_style) > canon(style):
                # a text that opens in the middle of a count (a page of a longer document,
                # （三）…（六） then 三、) lost the heading over it: 三、 does not go under （六）
                continue
            if style == PLAIN or open_style == PLAIN or tier(open_style) <= tier(style):
                position = self.order.index(open_style) + 1
                break
        if style == PLAIN:
            return position
        while (
            position < len(self.order)
            and self.order[position] != PLAIN
            and canon(self.order[position]) < canon(style)
        ):
            position += 1
        return position


def _declared(style: str) -> bool:
    """A level the file declares (h1–h6: Markdown's #, a page's <h2>, Word's Heading 2)."""
    return style.startswith("h") and style[1:].isdigit()


def is_decimal(style: str) -> bool:
    """A decimal section (``1.2``): its run was checked when it was found, it is no list."""
    return style.startswith("decimal-")
