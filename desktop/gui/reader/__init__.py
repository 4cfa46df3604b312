"""The reader pane: one speech shown with Chinese typography, highlights, notes and marks.

``ReaderView`` is the widget; the modules beside it build its document (``document``), draw
its highlights and marks (``decorations``, ``scrollmarks``), hold the floating selection toolbar
(``toolbar``), draw them over its text (``overlays``) and answer the mouse and keyboard
(``events``).
"""

from __future__ import annotations

from desktop.gui.reader.view import READER_ACTIONS, ReaderView, WordRangeProvider

__all__ = ["READER_ACTIONS", "ReaderView", "WordRangeProvider"]
