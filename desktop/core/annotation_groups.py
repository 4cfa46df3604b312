"""Annotations in the annotations dock's order: one speech's in text order, or every speech's
grouped by speech in library order, with the passages not found (orphans) in a group at the end.

A pure function of the annotations and the speeches' order, so a worker can sort and group
20,000 annotations of "all speeches" and the GUI thread only adopts the result. The dock's
model places single changes later with the same keys (``annotation_key``, ``group_key``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.annotation import AnchorState, Annotation

ORPHANS = "orphans"
"""The key of the group of annotations whose passage was not found."""

GroupKey = int | str
"""What a group stands for: a speech's id, or ``ORPHANS``."""


@dataclass(frozen=True, slots=True)
class AnnotationGroups:
    """Annotations in display order: loose rows first, then groups (orphans last)."""

    loose: list[Annotation] = field(default_factory=list)
    """Rows outside any group: one speech's anchored annotations, in text order."""
    groups: list[tuple[GroupKey, list[Annotation]]] = field(default_factory=list)
    """Each group's key and its annotations, in order; no group is empty."""

    def count(self) -> int:
        """How many annotations there are in all."""
        return len(self.loose) + sum(len(members) for _key, members in self.groups)


def speech_ranks(speech_ids: Iterable[int]) -> dict[int, int]:
    """Each speech's place in library order, from its ids in that order."""
    return {speech_id: rank for rank, speech_id in enumerate(speech_ids)}


def speech_rank(ranks: Mapping[int, int], speech_id: int) -> int:
    """Where a speech sorts: its rank, or after every ranked speech (by id) when unranked."""
    rank = ranks.get(speech_id)
    return rank if rank is not None else len(ranks) + speech_id


def annotation_key(annotation: Annotation, ranks: Mapping[int, int]) -> tuple:
    """Where an annotation sorts among its siblings.

    By speech in library order (orphans and groups mix speeches), then by place in the text;
    a note on a whole speech (no range) comes before its passages; ties by age, then id.
    """
    start = annotation.start if annotation.start is not None else -1
    speech = speech_rank(ranks, annotation.speech_id)
    return (speech, start, annotation.created, annotation.id)


def group_key(annotation: Annotation, all_speeches: bool) -> GroupKey | None:
    """The group an annotation belongs to, or None when it is a loose row."""
    if annotation.state == AnchorState.ORPHANED:
        return ORPHANS
    return annotation.speech_id if all_speeches else None


def in_scope(annotation: Annotation, speech_id: int | None, all_speeches: bool) -> bool:
    """Whether the dock shows ``annotation``: live, and of ``speech_id`` unless all speeches."""
    if annotation.deleted is not None:
        return False
    return all_speeches or annotation.speech_id == speech_id


def group_annotations(
    annotations: Iterable[Annotation],
    ranks: Mapping[int, int],
    *,
    speech_id: int | None = None,
    all_speeches: bool = False,
) -> AnnotationGroups:
    """The annotations in scope, sorted and grouped as the dock lists them.

    ``ranks`` gives each speech's place in library order (``speech_ranks``); speeches it does
    not know sort after the others. Trashed annotations, and other speeches' unless
    ``all_speeches``, are left out.
    """
    shown = [a for a in annotations if in_scope(a, speech_id, all_speeches)]
    shown.sort(key=lambda annotation: annotation_key(annotation, ranks))
    loose: list[Annotation] = []
    groups: dict[GroupKey, list[Annotation]] = {}
    for annotation in shown:
        key = group_key(annotation, all_speeches)
        if key is None:
            loose.append(annotation)
        else:
            groups.setdefault(key, []).append(annotation)
    orphans = groups.pop(ORPHANS, None)
    # Annotations are sorted by speech first, so speech groups were made in library order.
    ordered = list(groups.items())
    if orphans:
        ordered.append((ORPHANS, orphans))
    return AnnotationGroups(loose, ordered)
