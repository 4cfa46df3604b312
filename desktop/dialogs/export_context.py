"""What the window tells the export dialog as it opens: the speech being read, the speeches
and collection selected, the library's tags, the UI's language and the Annotations list's filter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.export.words import DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class Named:
    """A speech or collection the dialog offers: its id, title and how the dialog names it."""

    id: int
    title: str
    label: str = ""  # "第5篇 · title" for a speech of a collection whose titles repeat
    file_title: str = ""  # "title（第5篇）" when another speech of its collection bears its title

    @property
    def shown(self) -> str:
        """What the dialog says: the label, else the title."""
        return self.label or self.title


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What the Annotations list shows as the export begins: all speeches or the one being
    read, and its colours, tag and words; the export starts from the same."""

    all_speeches: bool
    colors: frozenset[str] = frozenset()
    tag: str | None = None
    words: str = ""


@dataclass(frozen=True, slots=True)
class ExportContext:
    """What the window knows when the dialog opens: the library and what the user is on."""

    library_path: Path
    current_speech: Named | None = None
    selected_speeches: tuple[int, ...] = ()
    collection: Named | None = None
    tags: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE
    """The UI's language: what the export names itself (file name, title, headings) follows it."""
    list_filter: ListFilter | None = None
    """The Annotations list's filter, when it is open and narrows or shows all speeches."""

    @property
    def several_selected(self) -> bool:
        """Whether several speeches are chosen in the library: the export's scope, whatever
        the Annotations list shows."""
        return len(self.selected_speeches) > 1

    @property
    def offers_selection(self) -> bool:
        """Whether the library's selection names something other than the speech being read."""
        if not self.selected_speeches:
            return False
        current = self.current_speech
        return current is None or self.selected_speeches != (current.id,)
