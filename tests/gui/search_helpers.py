"""What the search panel's counts say, for the tests of the panel."""

from __future__ import annotations

from desktop.gui.search_dock import SearchDock


def summary_text(dock: SearchDock) -> str:
    """The summary as read: its non-breaking spaces (a count kept with its words) as spaces."""
    return dock.summary.text().replace("\u00a0", " ")


def shown_counts(dock: SearchDock) -> tuple[str, str]:
    """The summary and its link to the hits in annotations ("" while the link is hidden)."""
    link = dock.notes_link
    return summary_text(dock), "" if link.isHidden() else link.text()
