"""The reader pane: one speech shown with Chinese typography, highlights, notes and marks.

``ReaderView`` is the widget; the modules beside it build its document (``document``), make
its highlights and marks (``decorations``) and draw them over its text (``overlays``) and as
ticks on its scroll bar (``scroll_ticks``), hold and place the floating selection toolbar
(``toolbar``), answer the mouse and keyboard (``events``), the commands (``commands``) and
keep the reading position and the selection's offsets (``positions``).
"""

from __future__ import annotations

from desktop.gui.reader.view import READER_ACTIONS, ReaderView, WordRangeProvider

__all__ = ["READER_ACTIONS", "ReaderView", "WordRangeProvider"]
