"""The tips of the actions that write, saying so while the library is read-only.

Those actions stay enabled in a read-only library (a product decision: each says why it is
refused when chosen), so the user learns it before choosing one: its status tip and tooltip end
with "the library is read-only" (the window's, and those of panes built later: ``follow``).
Their owners set tips anew (a language change, Add Note… / Edit Note…): each action's
``changed`` puts the words back. An action with no tooltip of its own shows its text as one
(Qt's): its marked tooltip is made again from the text when that changes (a language change).
Loaded only for a read-only library.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId, ActionRegistry

WRITE_ACTIONS = (
    ActionId.HIGHLIGHT_1,
    ActionId.HIGHLIGHT_2,
    ActionId.HIGHLIGHT_3,
    ActionId.HIGHLIGHT_4,
    ActionId.HIGHLIGHT_5,
    ActionId.ADD_NOTE,
    ActionId.DELETE_ANNOTATION,
    ActionId.ACCEPT_PLACE,
    ActionId.IMPORT,
    ActionId.IMPORT_ANNOTATIONS,
    ActionId.ADD_SAMPLE,
    ActionId.RENAME,
    ActionId.DELETE_COLLECTION,
    ActionId.REIMPORT,
)
"""The actions a read-only library refuses, each with a message, when chosen."""

_Marked = tuple[str, str, str | None, str | None, bool]


def read_only_tip(tip: str) -> str:
    """``tip`` followed by why its action cannot be saved (that alone for no tip)."""
    if not tip:
        return QCoreApplication.translate(
            "ReadOnlyTips", "The library is read-only, so this cannot be saved."
        )
    template = QCoreApplication.translate(
        "ReadOnlyTips", "%1 — the library is read-only, so this cannot be saved."
    )
    return fill(template, tip)


class ReadOnlyTips(QObject):
    """Marks the write actions' tips while the library is read-only (``show``)."""

    def __init__(self, registry: ActionRegistry) -> None:
        super().__init__(registry)
        self._actions = [registry.action(action_id) for action_id in WRITE_ACTIONS]
        self._shown = False
        # Each marked action: its own tips, the marked ones put in their place, and whether
        # its own tooltip was Qt's, made of its text (none set: the dock's row actions).
        self._marked: dict[QAction, _Marked] = {}
        self._probe = QAction(self)  # tells the tooltip Qt makes of a text

    def follow(self, actions: list[QAction]) -> None:
        """Mark these write actions too (a pane's, built after the window), from now on."""
        new = [action for action in actions if action not in self._actions]
        self._actions += new
        if self._shown:
            for action in new:
                self._start_marking(action)

    def show(self, read_only: bool) -> None:
        """Mark the write actions' tips (``read_only``), or give them back their own."""
        if read_only == self._shown:
            return
        self._shown = read_only
        for action in self._actions:
            if read_only:
                self._start_marking(action)
            else:
                action.changed.disconnect(self._on_action_changed)
                self._unmark(action)

    def _start_marking(self, action: QAction) -> None:
        action.changed.connect(self._on_action_changed)
        self._mark(action)

    def _on_action_changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and self._shown:
            self._mark(action)

    def _mark(self, action: QAction) -> None:
        own_status, own_tool, marked_status, marked_tool, derived = self._marked.get(
            action, _UNMARKED
        )
        status, tool = action.statusTip(), action.toolTip()
        if derived and tool == marked_tool and self._text_tip(action) != own_tool:
            # Its text changed (a language change): the marked tooltip, set by us, hid that.
            tool, marked_tool = self._text_tip(action), None
        if status == marked_status and tool == marked_tool:
            return  # marked already (this very change, or another than the tips)
        if status != marked_status:  # the owner's tip (again): the words go after it
            own_status, marked_status = status, read_only_tip(status)
        if tool != marked_tool:
            own_tool, marked_tool = tool, read_only_tip(tool)
            derived = tool == self._text_tip(action)
        self._marked[action] = (own_status, own_tool, marked_status, marked_tool, derived)
        action.setStatusTip(marked_status)  # each set emits ``changed``: marked, it stops
        action.setToolTip(marked_tool)

    def _unmark(self, action: QAction) -> None:
        own_status, own_tool, marked_status, marked_tool, derived = self._marked.pop(
            action, _UNMARKED
        )
        if action.statusTip() == marked_status:
            action.setStatusTip(own_status)
        if action.toolTip() == marked_tool:
            action.setToolTip("" if derived else own_tool)  # "": Qt's from the text again

    def _text_tip(self, action: QAction) -> str:
        """The tooltip Qt shows for ``action``'s text when it has none of its own."""
        self._probe.setText(action.text())
        return self._probe.toolTip()


_UNMARKED: _Marked = ("", "", None, None, False)
"""An action not marked: no marked tip matches its own, even an empty one."""
