"""What importing a document did to the library: the report kept with its collection.

Apart from the store so that opening a library does not load it: the first frame shows no
report, and each dataclass costs start-up its compiled methods (bench/README.md, "startup").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.storage.duplicates import DuplicateSpeech
from desktop.core.storage.library_store import ImportStatus


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What happened when a document was imported into the library.

    ``status`` is an ``ImportStatus`` (``library_store``). ``speeches_missing`` counts stored
    speeches the file no longer holds that were kept because annotations refer to them;
    ``speeches_removed`` those deleted (nothing referred to them). ``anchors`` counts the live
    annotations of changed speeches by ``AnchorState`` (words found unchanged at a new place as
    moved); ``trashed_orphaned`` those in the trash left unfound. ``duplicates`` are the file's
    speeches the library already held from another file, not added (status ``duplicate`` when
    that was every speech: ``collection_id`` is then the collection holding the first of them).
    """

    collection_id: int
    title: str
    status: str
    speeches: int
    speeches_added: int = 0
    speeches_changed: int = 0
    speeches_removed: int = 0
    speeches_missing: int = 0
    noise_removed: int = 0
    anchors: dict[str, int] = field(default_factory=dict)
    trashed_orphaned: int = 0
    duplicates: tuple[DuplicateSpeech, ...] = ()

    def __post_init__(self) -> None:
        # A report read back from its JSON holds lists where it held tuples.
        duplicates = tuple(DuplicateSpeech(*found) for found in self.duplicates)
        object.__setattr__(self, "duplicates", duplicates)

    @property
    def moved_rows(self) -> bool:
        """Whether a re-import changed rows that states kept from before it describe whole:
        re-anchored annotations, trashed ones left unfound, deleted speeches (new speeches,
        titles and texts of speeches without annotations move nothing kept)."""
        if self.status != ImportStatus.UPDATED:
            return False
        return bool(self.anchors or self.trashed_orphaned or self.speeches_removed)
