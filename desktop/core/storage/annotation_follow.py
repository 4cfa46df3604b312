"""An annotation state taken on a speech's earlier text, found again in the text stored now.

A window may keep a change (a new highlight, an undo's state) while an import holds the
library's write lock, and write it once that import committed: if the import re-imported the
speech, the change's offsets point into the old text. It is re-anchored by its quote like the
import's own annotations (``core.anchoring``, without the old text: the context must agree), or
kept as orphaned with its quote and note when its words are gone. Never written at offsets the
text no longer means.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.anchoring import AnchorTarget, reanchor
from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.core.document import text_hash
from desktop.core.storage.annotation_values import first_marked


def in_text(annotation: Annotation, text: str) -> Annotation:
    """``annotation`` as it belongs in ``text``: unchanged if taken on it, else re-anchored."""
    if annotation.start is None or annotation.end is None:
        return annotation  # a speech note, or an orphan: no offsets to be wrong
    current = text_hash(text)
    if annotation.text_hash == current:
        return annotation
    anchor = reanchor(None, text, AnchorTarget(annotation.quote, None, None))
    if anchor.start is None or anchor.end is None:
        # The words are gone: keep the old quote (and the hash of the text it quotes).
        return replace(annotation, state=AnchorState.ORPHANED, start=None, end=None)
    quote = TextQuote.from_text(text, anchor.start, anchor.end)
    return replace(
        annotation,
        start=anchor.start,
        end=anchor.end,
        quote=quote,
        text_hash=current,
        state=str(anchor.state),
        marked_quote=first_marked(annotation.quote.exact, annotation.marked_quote, quote.exact),
    )
