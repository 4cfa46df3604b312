"""The compare window's work for its workers, and its words for what went wrong there.

The drafts of both pages (``reader.document.draft_page``: the reader's own page, all of it
that needs no Qt object) and the comparison are made in the window's worker pool; what comes
back is made into pages and marked on the GUI thread a slice at a time.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from desktop.core.errors import CancelledError
from desktop.core.speech_compare import Comparison, compare_texts
from desktop.gui.reader.document import PageDraft, draft_page

if TYPE_CHECKING:
    from desktop.core.records import SpeechContent
    from desktop.gui.reader.document import ReaderStyle
    from desktop.gui.workers import Cancel, Progress


def compare_job(old: str, new: str) -> partial[Comparison]:
    """The worker's job: the comparison of two texts, or CancelledError when asked to stop."""
    return partial(_compare, old, new)


def _compare(old: str, new: str, _progress: Progress, cancel: Cancel) -> Comparison:
    comparison = compare_texts(old, new, cancelled=cancel)
    if comparison is None:
        raise CancelledError("comparison cancelled")
    return comparison


def pages_job(
    contents: tuple[SpeechContent, SpeechContent], style: ReaderStyle
) -> partial[tuple[PageDraft, ...]]:
    """The worker's job: the drafts of both pages (``draft_page``, the reader's own)."""
    return partial(_drafts, contents, style)


def _drafts(
    contents: tuple[SpeechContent, SpeechContent],
    style: ReaderStyle,
    _progress: Progress,
    cancel: Cancel,
) -> tuple[PageDraft, ...]:
    drafts = []
    for content in contents:
        if cancel():
            raise CancelledError("pages cancelled")
        drafts.append(draft_page(content, style))
    return tuple(drafts)
