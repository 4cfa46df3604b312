"""Annotations made by the model and dock tests (no library needed)."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

from desktop.core.annotation import AnchorState, Annotation, TextQuote

_numbers = count(1)


def make_annotation(
    speech_id: int = 1,
    start: int | None = 0,
    quote: str = "统一思想，提高认识",
    *,
    color: str | None = "yellow",
    note: str = "",
    tags: tuple[str, ...] = (),
    state: str = AnchorState.ANCHORED,
    created: str = "2024-03-05T08:00:00.000000Z",
    annotation_id: str | None = None,
) -> Annotation:
    """An annotation of ``quote`` at ``start`` in speech ``speech_id``."""
    number = next(_numbers)
    return Annotation(
        id=annotation_id or f"a{number:04d}",
        speech_id=speech_id,
        kind="highlight",
        start=start,
        end=None if start is None else start + len(quote),
        quote=TextQuote(quote, "", ""),
        text_hash="hash",
        color=color,
        note=note,
        tags=tags,
        state=state,
        created=created,
        modified=created,
    )


def changed(annotation: Annotation, **fields: object) -> Annotation:
    """A copy of ``annotation`` with some fields changed."""
    return replace(annotation, **fields)
