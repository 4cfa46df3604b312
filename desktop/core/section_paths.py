"""The section path of an offset ("一、… › （一）…"), as search results and concordances show it."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from desktop.core.document import NodeKind, OutlineNode, node_path

OutlineLoader = Callable[[int], list[OutlineNode]]

# Hits come grouped by speech: a few outlines cover a screenful of them.
_CACHED_OUTLINES = 16


class SectionPaths:
    """The heading path of an offset in a speech, from its stored outline (headings only).

    Call it as ``paths(speech_id, offset)``; ``outline(speech_id)`` is the store's loader.
    """

    def __init__(self, outline: OutlineLoader) -> None:
        self._outline = lru_cache(maxsize=_CACHED_OUTLINES)(outline)

    def __call__(self, speech_id: int, offset: int) -> str:
        # The export package loads only when a path is asked for (not for every command).
        from desktop.core.export.labels import section_label
        from desktop.core.export.model import heading_text

        nodes = node_path(self._outline(speech_id), offset)
        return section_label(tuple(heading_text(n) for n in nodes if n.kind == NodeKind.HEADING))
