"""What the library tree shows while the library holds no collection.

A blank pane tells a new user nothing: the hint says how to fill the library (Import…, drop
files, the sample collection again) and, when collections wait in the trash, how many and
where. Its buttons are the registry's actions, so they do what the menus do and follow their
enabled state and language.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QLabel, QToolButton, QTreeView, QVBoxLayout, QWidget

from desktop.gui.actions import ActionId, ActionRegistry
from desktop.gui.viewport_cover import HINT_MARGIN, ViewportCover


class EmptyLibraryHint(QWidget):
    """A message and the actions that fill the library, over the empty tree's viewport."""

    def __init__(
        self, registry: ActionRegistry, tree: QTreeView, library: QAbstractItemModel
    ) -> None:
        super().__init__(tree.viewport())
        self.setObjectName("library_empty_hint")
        self._registry = registry
        self._cover = ViewportCover(self, tree)
        self._library = library
        self._trashed = 0
        self.message = QLabel(self)
        self.message.setObjectName("library_empty_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.import_button = self._button(ActionId.IMPORT)
        self.sample_button = self._button(ActionId.ADD_SAMPLE)
        self.trash_button = self._button(ActionId.TRASH)
        self._lay_out()
        for signal in (library.modelReset, library.rowsInserted, library.rowsRemoved):
            signal.connect(self._on_library_rows_changed)
        self.retranslate()

    def _button(self, action_id: ActionId) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(self._registry.action(action_id))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(HINT_MARGIN, HINT_MARGIN, HINT_MARGIN, HINT_MARGIN)
        layout.addWidget(self.message)
        for button in (self.import_button, self.sample_button, self.trash_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_trashed(self, count: int) -> None:
        """How many collections are in the trash (named, with the way there, when any)."""
        self._trashed = count
        self.retranslate()

    def retranslate(self) -> None:
        """The message in the UI language; shown only while the library has no collection."""
        keys = self._registry.shortcut_text(ActionId.IMPORT)
        lines = [
            self.tr("The library is empty."),
            self.tr("Import speeches (%1) or drop their files here.").replace("%1", keys),
        ]
        if self._trashed:
            lines.append(self.tr("The trash holds %Ln collection(s).", "", self._trashed))
        self.message.setText("\n".join(lines))
        self.trash_button.setVisible(self._trashed > 0)
        self._follow_library()

    def changeEvent(self, event: QEvent) -> None:
        """After the UI language changes, the message in the new one."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    @Slot(QModelIndex, int, int)
    def _on_library_rows_changed(self, *_args: object) -> None:
        self._follow_library()

    def _follow_library(self) -> None:
        self._cover.show_while(self._library.rowCount(QModelIndex()) == 0)
