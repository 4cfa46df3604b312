"""The annotations dock following a new version of a collection: only that collection's rows.

Showing all speeches, a re-import read every annotation of the library again in a worker and
adopted the new list (20,000 annotations: ~20-40 ms of the GUI thread). Instead the collection's
annotations are read (one query), its groups taken out and put back as the import left them
(moved, fuzzy, orphaned), as a trash does. Loaded after the first frame, with the first import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.library_session import LibrarySession


def swap_collection_rows(
    dock: AnnotationsDock,
    session: LibrarySession,
    collection_id: int,
    shown: Callable[[str], str] | None = None,
) -> bool:
    """Replace the dock's rows of one re-imported collection with what the library holds now
    (its speeches named with their titles as ``shown`` gives them, as the others are).

    A collection the dock's list does not name (imported since it was read) has nothing to
    show while it holds no annotations, as a new one; False, nothing changed, if it does (back
    from the trash, or annotated since): where its groups go is then unknown.
    """
    annotations = session.collection_annotations(collection_id)
    speech_ids = [speech_id for speech_id, _title in session.speech_titles_in(collection_id)]
    known = dock.model.speech_titles
    if not any(speech_id in known for speech_id in speech_ids):
        return not annotations
    titles = spliced_titles(known, session.some_speech_labels(speech_ids, shown))
    dock.remove_annotations(annotation.id for annotation in annotations)
    if list(titles.items()) != list(known.items()):
        dock.set_speech_titles(titles, renamed=speech_ids)
    dock.add_annotations(annotations)
    return True


def spliced_titles(known: Mapping[int, str], own: Mapping[int, str]) -> dict[int, str]:
    """``known`` (every speech's label in library order) with one collection's labels, ``own``,
    in the place of its first speech already there; its other speeches' old labels left out.

    A collection's speeches are neighbours in library order (by collection first), so the
    labels of the others stay in their order around it. A speech the import deleted keeps its
    label (nothing names it: it had no annotations), as a speech trashed since the last read does.
    """
    spliced: dict[int, str] = {}
    placed = False
    for speech_id, title in known.items():
        if speech_id not in own:
            spliced[speech_id] = title
        elif not placed:
            spliced.update(own)
            placed = True
    return spliced
