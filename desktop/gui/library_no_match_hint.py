"""What the library tree shows when the filter's words are in no title.

A blank tree under a filter looks like a lost library; the hint names the words, says how to
clear the filter, and points to Search Library for words in the speeches' text (the filter
reads titles only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView

from desktop.gui.actions import ActionId, ActionRegistry
from desktop.gui.viewport_cover import HINT_MARGIN, ViewportCover

if TYPE_CHECKING:
    from desktop.models.library_filter import TitleFilterModel


class NoMatchHint(QLabel):
    """A message over the tree's viewport while the filter hides every row."""

    def __init__(
        self, registry: ActionRegistry, edit: QLineEdit, tree: QTreeView, proxy: TitleFilterModel
    ) -> None:
        super().__init__(tree.viewport())
        self.setObjectName("library_no_match_hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMargin(HINT_MARGIN)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._registry, self._edit, self._proxy = registry, edit, proxy
        self._cover = ViewportCover(self, tree)
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(self._on_proxy_rows_changed)
        proxy.layoutChanged.connect(self._on_proxy_rows_changed)
        self._follow()

    def retranslate(self) -> None:
        """The message in the UI language, naming the words filtered by."""
        words = self._edit.text().strip()  # as typed (the filter's own words are folded)
        keys = self._registry.shortcut_text(ActionId.SEARCH_LIBRARY)
        lines = [
            self.tr("No title holds “%1”.").replace("%1", words),
            self.tr(
                "Press Esc to clear the filter, or Search Library (%1) to find the words "
                "in the speeches' text."
            ).replace("%1", keys),
        ]
        self.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        """After the UI language changes, the message in the new one."""
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_proxy_rows_changed(self, *_args: object) -> None:
        self._follow()

    def _follow(self) -> None:
        source = self._proxy.sourceModel()
        hidden_all = (
            bool(self._proxy.needle)
            and self._proxy.rowCount() == 0
            and source is not None
            and source.rowCount() > 0
        )
        if hidden_all:
            self.retranslate()
        self._cover.show_while(hidden_all)
