"""What the search tools tell the user when a query cannot run: plain sentences, never SQLite's.

Core raises ``QueryError`` with a code (``search_query``); the sentence shown is chosen here by
that code, translated, so a user sees what to change rather than what failed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import PizhuError, QueryError

_CONTEXT = "SearchMessages"

_QUERY_MESSAGES = {
    "empty": QT_TRANSLATE_NOOP("SearchMessages", "Type something to search for."),
    "only-exclusions": QT_TRANSLATE_NOOP(
        "SearchMessages",
        "Add a word to find: a word after a minus sign is only left out, so -革命 alone finds "
        "nothing.",
    ),
    "unbalanced-quote": QT_TRANSLATE_NOOP(
        "SearchMessages",
        "A quotation mark is not closed. Close the phrase, or leave the mark out to find the"
        " words anywhere.",
    ),
    "misplaced-quote": QT_TRANSLATE_NOOP(
        "SearchMessages",
        "A quotation mark must open a phrase after a space. To find words with their quotation"
        ' marks, put them in the other kind of quotes: "“效能革命”".',
    ),
    "empty-phrase": QT_TRANSLATE_NOOP(
        "SearchMessages", "There is nothing between the quotation marks."
    ),
}


def query_error_message(error: QueryError) -> str:
    """The sentence for a query the index cannot take (by its code; a generic one otherwise)."""
    text = _QUERY_MESSAGES.get(error.code)
    if text is None:
        text = QT_TRANSLATE_NOOP("SearchMessages", "This query cannot be searched for.")
    return QCoreApplication.translate(_CONTEXT, text)


def search_failure_message(error: PizhuError | None) -> str:
    """The sentence for a search that failed for another reason (a busy or damaged library)."""
    if error is not None and error.code == "busy":
        text = QT_TRANSLATE_NOOP(
            "SearchMessages", "The library is busy (an import is being saved). Try again shortly."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "SearchMessages",
            "The search could not be completed. Try again; if it keeps failing, the library"
            " file may be damaged.",
        )
    return QCoreApplication.translate(_CONTEXT, text)
