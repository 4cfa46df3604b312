"""The main window, its panes, docks, actions, settings and workers."""

from __future__ import annotations

from desktop.gui.compat import keep_none_alive

keep_none_alive()
