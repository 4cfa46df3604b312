"""What the search panel's counts say, for the tests of the panel."""

from __future__ import annotations

from desktop.gui.search_dock import SearchDock


def shown_counts(dock: SearchDock) -> tuple[str, str]:
    """The summary and its link to the hits in annotations ("" while the link is hidden)."""
    link = dock.notes_link
    return dock.summary.text(), "" if link.isHidden() else link.text()
