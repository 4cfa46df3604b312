"""The terms panel's status line (what it is doing) and what its keyword scores weigh against.

Keyword scores of a speech or collection weigh words against the library once enough of its
speeches are counted, and against general Chinese usage until then; the whole library's always
weigh against general Chinese usage (the library cannot be weighed against itself; in a small
library the other scopes weigh against general usage too, so the line says no more). While the
library's words are being counted (a background job, minutes once on a large library) the line
says so, and the whole library's lists say how many speeches they cover so far. The texts keep
the panel's translation context, "TermsDock", written out in each call for lupdate to read.

What the scores weigh against is ``weighing_text``, apart from the status line: it applies to
the keywords, not the formulations, and a sentence that long wrapped the line to three in a
narrow dock, the rows of the list it took.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.text_templates import fill
from desktop.gui.search_scope import ScopeKind

if TYPE_CHECKING:
    from desktop.core.chinese.terms import IdfSource


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
    reading: tuple[int, int] | None = None
    """(speeches read, speeches) of the whole library's counts being read."""
    counted: tuple[int, int] | None = None
    """(speeches counted, speeches to count) of the library's words being counted."""
    chosen: str | None = None
    """The term whose occurrences are marked in the text, if any (a whole-library keyword's
    holders are said by ``holders_text`` instead)."""


def status_text(state: TermsState) -> str:
    """The status line for ``state``, in the UI language: what the panel is doing, what the
    lists cover ("" when there is nothing to say; what keyword scores weigh against is
    ``weighing_text``'s, said for the keywords only)."""
    if not state.jieba_ready:
        return QCoreApplication.translate("TermsDock", "Loading the word dictionary…")
    if state.finding:
        return _finding_text(state)
    if state.scope == ScopeKind.LIBRARY:
        return " ".join(text for text in (_library_text(state), _marked_text(state)) if text)
    if not state.speech_open:
        return QCoreApplication.translate("TermsDock", "Open a speech to see its terms.")
    # Said rather than left as an empty row over the list (the library's lists say more).
    return _marked_text(state) or QCoreApplication.translate(
        "TermsDock", "Click a term or move with ↑ ↓ to mark it in the text."
    )


def _marked_text(state: TermsState) -> str:
    """Which term is marked and how to clear it ("" for none): the row highlighted in the list
    may be another (a right-click moves it), and the marks stay until cleared."""
    if state.chosen is None:
        return ""
    text = QCoreApplication.translate("TermsDock", "“%1” is marked; × clears the marks.")
    return fill(text, state.chosen)


def weighing_text(state: TermsState) -> str:
    """What the keyword scores of ``state``'s scope weigh words against, in the UI language."""
    if state.scope == ScopeKind.LIBRARY:
        return QCoreApplication.translate(
            "TermsDock",
            "Keyword scores weigh the library's words against general Chinese usage (the "
            "library cannot be weighed against itself).",
        )
    if state.idf is not None and state.idf == _library_idf():
        return QCoreApplication.translate(
            "TermsDock", "Keyword scores weigh words against this library."
        )
    if state.counting:
        return _until_counted(state)
    return QCoreApplication.translate(
        "TermsDock", "Keyword scores weigh words against general Chinese usage."
    )


def hint_text(state: TermsState, keywords: bool) -> str:
    """What the counts count, after what the scores weigh against on the keywords tab
    (``keywords``; the formulations have no scores)."""
    counts = QCoreApplication.translate(
        "TermsDock",
        "Counts are of whole words (jieba's segmentation); the find bar, the search "
        "and the concordance count every occurrence of the characters. Double-click a "
        "term or press Enter to search for it and compare the counts.",
    )
    return f"{weighing_text(state)}\n{counts}" if keywords else counts


def _finding_text(state: TermsState) -> str:
    if state.scope == ScopeKind.LIBRARY and state.reading is not None:
        return _figures(
            QCoreApplication.translate("TermsDock", "Reading word counts: %1 of %2 speeches…"),
            *state.reading,
        )
    return QCoreApplication.translate("TermsDock", "Finding terms…")


def _library_text(state: TermsState) -> str:
    counted, speeches = state.coverage or (0, 0)
    if counted >= speeches:
        return ""
    if state.counted is not None:
        text = QCoreApplication.translate(
            "TermsDock",
            "Terms of %1 of %2 speeches; counting the rest (%3 of %4)…",
        )
        return _figures(text, counted, speeches, *state.counted)
    if state.counting:
        text = QCoreApplication.translate(
            "TermsDock",
            "Terms of %1 of %2 speeches; counting the rest…",
        )
        return _figures(text, counted, speeches)
    return _figures(
        QCoreApplication.translate("TermsDock", "Terms of the %1 of %2 speeches counted."),
        counted,
        speeches,
    )


def _until_counted(state: TermsState) -> str:
    if state.counted is None:
        return QCoreApplication.translate(
            "TermsDock",
            "Keyword scores weigh words against general Chinese usage until the library's "
            "words are counted.",
        )
    text = QCoreApplication.translate(
        "TermsDock",
        "Keyword scores weigh words against general Chinese usage until the library's words "
        "are counted (%1 of %2 speeches).",
    )
    return _figures(text, *state.counted)


def holders_text(word: str, speeches: int | None, occurrences: int) -> str:
    """What the status line adds for a whole-library keyword chosen: how many speeches hold it
    (None: still being looked up)."""
    if speeches is None:
        text = QCoreApplication.translate("TermsDock", "Finding the speeches containing “%1”…")
        return fill(text, word)
    if occurrences == 1:
        text = QCoreApplication.translate("TermsDock", "“%3”: once, in 1 speech.")
    elif speeches == 1:
        text = QCoreApplication.translate(
            "TermsDock", "“%3”: %2 times in 1 speech; use the arrows."
        )
    else:
        text = QCoreApplication.translate(
            "TermsDock", "“%3”: %2 times in %1 speeches; use the arrows."
        )
    locale = QLocale()
    return fill(text, locale.toString(speeches), locale.toString(occurrences), word)


def stepping_text(word: str) -> str:
    """What the status line adds while arrow presses wait for a speech's places to be found."""
    text = QCoreApplication.translate("TermsDock", "Finding the next “%1”…")
    return fill(text, word)


def _figures(text: str, *figures: int) -> str:
    """``text`` with its %1, %2… replaced by ``figures`` written as the UI's locale writes
    them, as the status bar writes its own (1,200; 1.200 in German)."""
    locale = QLocale()
    return fill(text, *(locale.toString(figure) for figure in figures))


def _library_idf() -> IdfSource:
    # Imported when terms were found (chinese.terms loads jieba's modules, ~30 ms): the panel's
    # status before that never needs it.
    from desktop.core.chinese.terms import IdfSource

    return IdfSource.LIBRARY
