"""Matching the annotations dock's filter against "all speeches" in a thread of its own.

On a library of 20,000 annotations a text filter for words few of them hold looked at every
group in Python on the GUI thread (~70 ms a pause in typing). The worker reading "all speeches"
folds each annotation's searched text once (``LibraryAnnotations.search_texts``); this matches
criteria against those texts in a thread and hands back the ids that pass, and the dock applies
them in one reset. The latest question wins: an answer to an older one is dropped, and the
thread skips a question already overtaken when it gets to it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.annotation_match import AnnotationCriteria, SearchTexts, matching_ids


class _Executor(QObject):
    """Lives in the matcher's thread: answers the questions posted to it."""

    matched = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0  # the GUI thread's latest ticket (an int: read and written atomically)

    @Slot(int, object, object)
    def run(self, ticket: int, criteria: AnnotationCriteria, texts: SearchTexts) -> None:
        """Match one question unless a later one was already posted."""
        if ticket == self.latest:
            self.matched.emit(ticket, matching_ids(criteria, texts))


class AnnotationMatcher(QObject):
    """Finds which folded annotations pass some criteria off the GUI thread; latest only."""

    matched = Signal(object, object)
    """The ``AnnotationCriteria`` asked about and the frozenset of ids passing them."""

    _post = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("annotation filter")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._thread.finished.connect(self._executor.deleteLater)
        self._post.connect(self._executor.run)
        self._executor.matched.connect(self._on_executor_matched)
        self._ticket = 0
        self._asked: AnnotationCriteria | None = None
        # The thread must end before Qt deletes it with its owner (a running QThread aborts),
        # and the executor must outlive it: Python owns the executor, and a matcher without a
        # parent freed by Python may drop its attributes before its C++ side is destroyed;
        # the executor deleted then, from this thread, while its own thread is delivering it
        # a question, would crash that thread. Held here, it is deleted in its thread as that
        # thread finishes (``deleteLater`` above), before this reference goes.
        self.destroyed.connect(partial(_stop, self._thread, self._executor))
        self._thread.start()

    @property
    def pending(self) -> AnnotationCriteria | None:
        """The criteria asked about and not answered yet, if any."""
        return self._asked

    def match(self, criteria: AnnotationCriteria, texts: SearchTexts) -> None:
        """Ask which of ``texts`` pass ``criteria`` (a question not answered yet is dropped).

        ``texts`` must not change afterwards: the thread reads it.
        """
        self._ticket += 1
        self._executor.latest = self._ticket
        self._asked = criteria
        self._post.emit(self._ticket, criteria, texts)

    def cancel(self) -> None:
        """Drop the question not answered yet, if any."""
        self._ticket += 1
        self._executor.latest = self._ticket
        self._asked = None

    @Slot(int, object)
    def _on_executor_matched(self, ticket: int, ids: object) -> None:
        if ticket == self._ticket and self._asked is not None:
            criteria, self._asked = self._asked, None
            self.matched.emit(criteria, ids)


def _stop(thread: QThread, _executor: _Executor) -> None:
    """End the matcher's thread (its owner is being destroyed). ``_executor`` is unused: the
    connection's ``partial`` holding it is what keeps it alive until the thread finished (and
    deleted it there, ``deleteLater``)."""
    thread.quit()
    thread.wait()
