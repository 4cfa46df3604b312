"""Where the concordance dialog looks: the whole library, one speech, or a collection.

The dialog's "In:" box lists the whole library, the speech being read (named by its title) and
each collection. A concordance asked for from the terms panel keeps the panel's scope (this
speech, its collection, the library): it counts what the panel counted, not the whole library.
The speech entry stands for the speech the user was reading when the scope was chosen: while it
is the scope, opening another speech leaves it (and the lines shown) as they are; otherwise it
follows the reader. The window's title names the term and the scope, so a table pasted or a
window switched to says what it counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.core.text_templates import fill
from desktop.gui.search_jobs import ScopeKind, SearchScope

_LIBRARY = "library"


def _key(scope: SearchScope) -> str:
    """The box's item data for ``scope``: a string, so ``findData`` compares it by value."""
    if scope.kind == ScopeKind.LIBRARY or scope.key is None:
        return _LIBRARY
    return f"{scope.kind.value}:{scope.key}"


def _scope(key: str | None) -> SearchScope:
    if not key or key == _LIBRARY:
        return SearchScope(ScopeKind.LIBRARY)
    kind, _, number = key.partition(":")
    return SearchScope(ScopeKind(kind), int(number))


class ConcordanceScope:
    """The items of the dialog's scope box and the scope they stand for."""

    def __init__(self, box: QComboBox) -> None:
        self.box = box
        self._collections: list[tuple[int, str]] = []
        self._speech: tuple[int, str] | None = None  # the speech item's (id, title)
        self._fill(SearchScope(ScopeKind.LIBRARY))

    def scope(self) -> SearchScope:
        """The scope chosen in the box."""
        return _scope(self.box.currentData())

    def choose(self, scope: SearchScope | None, speech_title: str = "") -> None:
        """Make ``scope`` the chosen one (None: the library) without running; a speech scope
        names its speech by ``speech_title`` (else the title the box knows for it)."""
        scope = scope or SearchScope(ScopeKind.LIBRARY)
        if scope.kind == ScopeKind.SPEECH and scope.key is not None:
            known = self._speech[1] if self._speech and self._speech[0] == scope.key else ""
            self._speech = (scope.key, speech_title or known)
        self._fill(scope)

    def set_collections(self, collections: list[tuple[int, str]]) -> None:
        """The collections the box can name: (id, title)."""
        self._collections = list(collections)
        self._fill(self.scope())

    def set_current_speech(self, speech_id: int | None, title: str) -> None:
        """The speech being read: the speech item names it, unless it is the scope chosen
        (its lines are shown: they stay that speech's)."""
        if self.scope().kind == ScopeKind.SPEECH:
            return
        self._speech = None if speech_id is None else (speech_id, title)
        self._fill(self.scope())

    def rename_speech(self, speech_id: int, title: str) -> None:
        """A speech was renamed: its item (chosen or the reader's) names it by ``title``."""
        if self._speech is not None and self._speech[0] == speech_id:
            self._speech = (speech_id, title)
            self._fill(self.scope())

    def retranslate(self) -> None:
        """Set the items' texts in the current language."""
        self._fill(self.scope())

    def described(self) -> str:
        """The scope chosen, as the window's title names it."""
        scope = self.scope()
        if scope.kind == ScopeKind.SPEECH and self._speech is not None:
            return fill(
                QCoreApplication.translate("ConcordanceDialog", "this speech, %1"), self._speech[1]
            )
        if scope.kind == ScopeKind.COLLECTION:
            title = dict(self._collections).get(scope.key or -1, "")
            return fill(QCoreApplication.translate("ConcordanceDialog", "the collection %1"), title)
        return QCoreApplication.translate("ConcordanceDialog", "the whole library")

    def name(self) -> str:
        """The scope chosen in a file's name: the speech's or collection's title, or the
        library."""
        scope = self.scope()
        if scope.kind == ScopeKind.SPEECH and self._speech is not None:
            return self._speech[1]
        if scope.kind == ScopeKind.COLLECTION:
            return dict(self._collections).get(scope.key or -1, "")
        return QCoreApplication.translate("ConcordanceDialog", "Whole library")

    def _fill(self, chosen: SearchScope) -> None:
        """List the items again, ``chosen`` chosen (the library if it is no longer listed)."""
        box = self.box
        box.blockSignals(True)
        box.clear()
        box.addItem(QCoreApplication.translate("ConcordanceDialog", "Whole library"), _LIBRARY)
        if self._speech is not None:
            speech_id, title = self._speech
            box.addItem(
                fill(QCoreApplication.translate("ConcordanceDialog", "This speech: %1"), title),
                f"speech:{speech_id}",
            )
        for collection_id, title in self._collections:
            box.addItem(title, f"collection:{collection_id}")
        box.setCurrentIndex(max(box.findData(_key(chosen)), 0))
        box.blockSignals(False)
