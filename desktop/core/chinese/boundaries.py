"""Where jieba's words begin and end in a text, worked out only where someone asks.

jieba cuts each run of Han characters, letters and digits on its own (punctuation and spaces
split the text into runs before anything else), so the words around a position come from
segmenting the run that holds it: exactly what segmenting the whole paragraph would give.
"""

from __future__ import annotations

import re

from desktop.core.chinese.segmenter import Segmenter

# The runs jieba cuts as blocks (its ``re_han_default``): Han characters, letters, digits and
# a few symbols that join them (C++, 3.5%, e-mail).
RUN_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


def run_around(text: str, offset: int, chars: re.Pattern[str] = RUN_CHAR) -> tuple[int, int] | None:
    """The longest stretch around ``text[offset]`` of characters matching ``chars``, if any."""
    if not chars.match(text[offset]):
        return None
    start = offset
    while start > 0 and chars.match(text[start - 1]):
        start -= 1
    end = offset + 1
    while end < len(text) and chars.match(text[end]):
        end += 1
    return start, end


class WordBoundaries:
    """The word boundaries of one text, segmenting each run the first time it is asked about.

    The segmenter must be ready (or loading is waited for).
    """

    def __init__(self, text: str, segmenter: Segmenter) -> None:
        self.text = text
        self.segmenter = segmenter
        self._runs: dict[int, frozenset[int]] = {}  # run start -> its inner word boundaries

    def is_boundary(self, position: int) -> bool:
        """True if a word begins or ends at ``position``."""
        if position <= 0 or position >= len(self.text):
            return True
        if not (RUN_CHAR.match(self.text[position - 1]) and RUN_CHAR.match(self.text[position])):
            return True  # a run begins or ends here
        run = run_around(self.text, position)
        assert run is not None
        return position in self._inner_boundaries(*run)

    def next_boundary(self, low: int, high: int) -> int | None:
        """The first word boundary from ``low`` to ``high`` (both included), if any."""
        for position in range(low, min(high, len(self.text)) + 1):
            if self.is_boundary(position):
                return position
        return None

    def _inner_boundaries(self, start: int, end: int) -> frozenset[int]:
        """The boundaries between the words of the run ``text[start:end]``."""
        if start not in self._runs:
            tokens = self.segmenter.tokens(self.text[start:end], wait=True) or []
            self._runs[start] = frozenset(start + token.start for token in tokens)
        return self._runs[start]
