"""The terms panel's status line: what it is doing, and what its keyword scores weigh against.

Keyword scores of a speech or collection weigh words against the library once enough of its
speeches are counted, and against general Chinese usage until then; the whole library's always
weigh against general Chinese usage (the library is the whole). While the library's words are
being counted (a background job, minutes once on a large library) the line says so, and the
whole library's lists say how many speeches they cover so far.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.core.chinese.terms import IdfSource
from desktop.gui.search_jobs import ScopeKind

_CONTEXT = "TermsDock"  # the panel's own texts: its translations kept their context


@dataclass(frozen=True, slots=True)
class TermsState:
    """What the panel knows when it writes its status line."""

    scope: ScopeKind
    jieba_ready: bool
    finding: bool
    counting: bool
    speech_open: bool
    idf: IdfSource | None
    coverage: tuple[int, int] | None
    """(speeches counted, speeches in the library) of the whole library's lists shown."""


def status_text(state: TermsState) -> str:
    """The status line for ``state``, in the UI language."""
    if not state.jieba_ready:
        return _tr("Loading the word dictionary…")
    if state.finding:
        return _tr("Finding terms…")
    if state.scope == ScopeKind.LIBRARY:
        return _library_text(state)
    if not state.speech_open:
        return _tr("Open a speech to see its terms.")
    if state.idf == IdfSource.LIBRARY:
        return _tr("Keyword scores weigh words against this library.")
    if state.counting:
        return _tr(
            "Keyword scores weigh words against general Chinese usage until the library's "
            "words are counted."
        )
    return _tr("Keyword scores weigh words against general Chinese usage.")


def _library_text(state: TermsState) -> str:
    counted, speeches = state.coverage or (0, 0)
    if counted < speeches:
        text = QCoreApplication.translate(
            _CONTEXT,
            "Terms of the %n speech(es) whose words are counted so far, of %1: the rest are "
            "being counted, and the lists will be refreshed.",
            "",
            counted,
        )
        return text.replace("%1", f"{speeches:,}")
    return _tr(
        "Keyword scores weigh the library's words against general Chinese usage (the library "
        "is the whole the other scopes are weighed against)."
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)
