"""Many annotations changed together in one transaction: how a whole import is undone and redone.

A batch trashes some annotations (the soft delete of the Delete key: nothing is destroyed, the
trash can restore them), restores others and puts others in a given state. Each change is made
only where the library still holds what the batch expects, so a step cannot overwrite what was
changed since by some other way (another window on the same file, a race with a worker);
``apply_batch`` returns the changes it made, and their ``inverse`` takes exactly those back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.annotation import Annotation
from desktop.core.storage.annotation_store import AnnotationStore
from desktop.core.storage.library import Library


@dataclass(frozen=True, slots=True)
class AnnotationBatch:
    """Annotations to trash, to restore, and to take from one stored state to another."""

    trash: tuple[str, ...] = ()
    restore: tuple[str, ...] = ()
    replace: tuple[tuple[Annotation, Annotation], ...] = ()
    """Pairs of (the state expected in the library, the state to store instead)."""

    def __len__(self) -> int:
        """How many annotations the batch changes."""
        return len(self.trash) + len(self.restore) + len(self.replace)

    def inverse(self) -> AnnotationBatch:
        """The batch that takes this one back once it was made."""
        return AnnotationBatch(
            trash=self.restore,
            restore=self.trash,
            replace=tuple((after, before) for before, after in self.replace),
        )


def apply_batch(library: Library, batch: AnnotationBatch) -> tuple[AnnotationBatch, set[int]]:
    """Make ``batch`` in one transaction where the library is as it expects.

    Returns the changes made (an annotation trashed or restored already, gone, or changed
    since is left alone) and the speeches whose annotations changed.
    """
    store = library.annotations
    speeches: set[int] = set()
    with library.db.transaction():
        trashed = [a.id for a in _found(store, batch.trash) if a.deleted is None]
        for annotation_id in trashed:
            speeches.add(store.delete(annotation_id).speech_id)
        restored = [a.id for a in _found(store, batch.restore) if a.deleted is not None]
        for annotation_id in restored:
            speeches.add(store.restore(annotation_id).speech_id)
        replaced = []
        for expected, target in batch.replace:
            current = store.find(expected.id)
            if current is not None and current == expected:
                replaced.append((current, store.put(target)))
                speeches.update((current.speech_id, target.speech_id))
    made = AnnotationBatch(tuple(trashed), tuple(restored), tuple(replaced))
    return made, speeches


def _found(store: AnnotationStore, ids: tuple[str, ...]) -> Iterator[Annotation]:
    """The annotations of ``ids`` the library still holds (Empty Trash may have taken some)."""
    for annotation_id in ids:
        found = store.find(annotation_id)
        if found is not None:
            yield found
