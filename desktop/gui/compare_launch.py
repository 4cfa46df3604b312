"""Compare With…: choose the other speech, then open the compare window on the two.

Loaded when the action is first used (none of it is start-up work). The speech acted on (the
tree's row right-clicked, else the one being read) goes on the right as the newer text; the one
chosen goes on the left: a final version compared with its draft, this year's report with last
year's. Swap in the compare window turns them round.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.errors import PizhuError
from desktop.dialogs.speech_chooser import SpeechChooser
from desktop.gui.actions import ActionId
from desktop.gui.compare_window import CompareWindow
from desktop.gui.focus_return import focus_now, restore_focus, return_focus_after
from desktop.gui.workers import Cancel, Job, Progress

if TYPE_CHECKING:
    from desktop.core.storage.speech_choices import SpeechChoice
    from desktop.gui.main_window import MainWindow
    from desktop.models.speech_choices_model import SourceNames as Names

ZOOM_ACTIONS = (ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET)


def only_speech(window: MainWindow, collection_id: int) -> int | None:
    """The one speech of collection ``collection_id`` (its row's Compare With…), else None."""
    try:
        speeches = window.session.speeches(collection_id)
    except PizhuError as error:
        window.show_error(error)
        return None
    return speeches[0].id if len(speeches) == 1 else None


def choose_and_compare(window: MainWindow, speech_id: int) -> SpeechChooser | None:
    """Open the chooser of the speech to compare ``speech_id`` with (it does not block: the
    speeches to list are read by the window's workers)."""
    try:
        title = window.session.speech(speech_id).title
    except PizhuError as error:
        window.show_error(error)
        return None
    prompt = QCoreApplication.translate(
        "CompareWith",
        "Compare “%1” with &which speech? It is shown on the left, as the older text.",
    )  # &W: Alt+W takes the keyboard to the filter box (the label's buddy)
    chooser = SpeechChooser(prompt, window, title)
    # Titles named as the page shows them, now and when the window's option changes.
    chooser.set_fullwidth_punctuation(window.reader.fullwidth_punctuation)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.speech_chosen.connect(lambda other: open_comparison(window, other, speech_id))
    job = choices_job(window.session.library_path, speech_id)
    task = window.workers.submit(job, name="speech choices")
    # Bound to the chooser: once it is deleted (closed), what the task reports goes nowhere.
    task.succeeded.connect(chooser.show_choices_read)
    task.failed.connect(chooser.show_read_failure)
    chooser.finished.connect(task.cancel)
    return_focus_after(chooser, focus_now(window.reader))  # Escape: back where the user was
    chooser.open()
    return chooser


def _give_back(widget: QWidget | None) -> None:
    """The compare window is gone: the keyboard back where the user was, unless a window
    manager has already put it somewhere (the user may have gone on in the main window)."""
    if QApplication.focusWidget() is None:
        restore_focus(widget)


def choices_job(library_path: Path, excluded: int) -> Job:
    """The worker's job: the library's speeches to choose from but ``excluded``, with the
    words the chooser's filter looks in and the files their rows name
    (``(choices, words, sources)``)."""

    def run(_progress: Progress, _cancel: Cancel) -> tuple[list[SpeechChoice], list[str], Names]:
        from desktop.core.storage.library import open_library
        from desktop.core.storage.speech_choices import speech_choices
        from desktop.models.speech_choices_model import choice_words, source_names

        with open_library(library_path, create=False, daily_backup=False) as library:
            found = speech_choices(library.db)
        choices = [choice for choice in found if choice.speech_id != excluded]
        # The speech compared counts: its other version's row names its file.
        sources = source_names(found)
        return choices, [choice_words(choice) for choice in choices], sources

    return run


def open_comparison(window: MainWindow, old_id: int, new_id: int) -> CompareWindow:
    """A compare window of ``old_id`` (left) and ``new_id`` (right), set as the reader is."""
    style = window.reader.page_style
    compare = CompareWindow(window.session, window.workers, style, (old_id, new_id), window)
    # The window's zoom keys work in it too: one text size, followed by both (set_style).
    compare.addActions([window.registry.action(key) for key in ZOOM_ACTIONS])
    was_in = focus_now(window.reader)
    compare.destroyed.connect(lambda: _give_back(was_in))
    compare.show()
    compare.activateWindow()
    return compare
