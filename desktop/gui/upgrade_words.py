"""The words of an upgrade's steps, and of its failure, in the window's language
(``upgrade_steps`` and core's errors have them in English for the command line and for a
report). Loaded only while an upgrade runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.text_templates import fill

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.core.errors import LibraryError
    from desktop.core.storage.upgrade_steps import UpgradeStep

CONTEXT = "UpgradeStep"
"""The translation context of the steps' words."""

# By migration (the step's code); the source texts are core's English words (a test keeps
# them the same), marked here because core holds no UI text.
WORDS: dict[str, str] = {
    "_v1_initial": QT_TRANSLATE_NOOP("UpgradeStep", "Creating the library's tables"),
    "_v2_missing_speeches": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Keeping speeches a file no longer holds"
    ),
    "_v3_search_index": QT_TRANSLATE_NOOP("UpgradeStep", "Building the search index"),
    "_v4_renames_trash_reports": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Making room for renames, the trash and import reports"
    ),
    "_v5_word_frequencies": QT_TRANSLATE_NOOP("UpgradeStep", "Making room for keywords"),
    "_v6_text_lengths": QT_TRANSLATE_NOOP("UpgradeStep", "Measuring each speech's length"),
    "_v7_marked_quotes": QT_TRANSLATE_NOOP("UpgradeStep", "Keeping the words first marked"),
    "_v8_tag_order": QT_TRANSLATE_NOOP("UpgradeStep", "Keeping tags in the order typed"),
    "_v9_word_counts": QT_TRANSLATE_NOOP("UpgradeStep", "Making room for word counts"),
    "_v10_commit_serial": QT_TRANSLATE_NOOP("UpgradeStep", "Noting changes made by other programs"),
    "_v11_titles_apart": QT_TRANSLATE_NOOP("UpgradeStep", "Indexing titles for search"),
    "_v12_texts_by_hash": QT_TRANSLATE_NOOP("UpgradeStep", "Indexing speeches by their text"),
    "_v13_loose_hashes": QT_TRANSLATE_NOOP("UpgradeStep", "Finding the same speech in other files"),
    "_v14_words_counted_anew": QT_TRANSLATE_NOOP("UpgradeStep", "Counting words anew"),
    "_v15_notes_read_and_tagged": QT_TRANSLATE_NOOP("UpgradeStep", "Re-indexing notes for search"),
    "_v16_dates_and_speakers_apart": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Indexing dates and speakers"
    ),
    "_v17_words_counted_by_official_usage": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Counting words for keywords and formulations"
    ),
    "_v18_enumerations_counted_whole": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Counting words for keywords and formulations"
    ),
    "_v19_standing_formulations_apart": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Counting words for keywords and formulations"
    ),
    "_v20_straight_quotes_quote": QT_TRANSLATE_NOOP(
        "UpgradeStep", "Counting words for keywords and formulations"
    ),
}
OTHER = QT_TRANSLATE_NOOP("UpgradeStep", "Upgrading the library's tables")
"""A step with no words of its own (a test's migration)."""


def step_text(step: UpgradeStep) -> str:
    """The step as the window says it: "Step 2 of 4: Re-indexing notes for search"."""
    text = QCoreApplication.translate("StartUpgrade", "Step %1 of %2: %3")
    words = QCoreApplication.translate(CONTEXT, WORDS.get(step.code, OTHER))
    return fill(text, str(step.number), str(step.count), words)


# By the error's code. Core's line says "the change was not saved", of a change she never
# made: the upgrade is no change of hers, and it left the library as it was.
_FAILURES: dict[str, str] = {
    "disk-full": QT_TRANSLATE_NOOP(
        "StartUpgrade",
        "The library could not be upgraded: the disk is full. Free some space on it, then "
        "start Pizhu again.",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "StartUpgrade",
        "The library could not be upgraded: it cannot be written to (a read-only file, "
        "folder or disk).",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "StartUpgrade",
        "The library could not be upgraded: another program is using it. Close that program, "
        "then start Pizhu again.",
    ),
}
_FAILED = QT_TRANSLATE_NOOP("StartUpgrade", "The library could not be upgraded.")


def failure_texts(error: LibraryError, library_path: Path) -> tuple[str, str]:
    """What the message of a failed upgrade says: what went wrong and what to do, then that
    the library is as it was (its transaction rolled back), naming the file."""
    summary = QCoreApplication.translate("StartUpgrade", _FAILURES.get(error.code, _FAILED))
    kept = QCoreApplication.translate(
        "StartUpgrade",
        "Nothing in the library was changed: it is as it was before, and the next start "
        "tries the upgrade again.\n\n%1",
    )
    return summary, fill(kept, str(library_path))
