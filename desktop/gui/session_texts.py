"""The search dock's texts and section paths, read through the session on the GUI thread.

Built with the search dock (not at start-up): its results make their snippets and section
paths from these, for the rows a user actually sees.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core.section_paths import SectionPaths

if TYPE_CHECKING:
    from desktop.core.records import SpeechContent
    from desktop.gui.library_session import LibrarySession

# Search results come grouped by speech: a few speeches' texts serve a screenful of snippets.
_CACHED_SPEECHES = 8


class SessionTexts:
    """The search dock's texts and section paths, read through the session (GUI thread)."""

    def __init__(self, session: LibrarySession) -> None:
        self._session = session
        self.forget()

    def forget(self) -> None:
        """The library changed: read texts afresh."""
        self._content: Callable[[int], SpeechContent] = lru_cache(maxsize=_CACHED_SPEECHES)(
            self._session.speech_content
        )
        self._sections = SectionPaths(lambda speech_id: self._content(speech_id).outline)

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        return self._content(speech_id).text

    def section_path(self, speech_id: int, offset: int) -> str:
        """The headings above ``offset`` in a speech."""
        return self._sections(speech_id, offset)
