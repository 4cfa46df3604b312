"""The annotations dock's updates: the lists and changes the window passes on to the model.

A mixin of ``AnnotationsDock``. Each call changes the model without letting the rows that move
ask for a jump, then shows the list or the empty page that fits; a new list keeps the selected
annotation selected when it is still listed.

A new list of "all speeches" coming while words are chosen waits for the matcher's answer
(``WaitingList``) and is then adopted filtered once; any change to the rows meanwhile adopts it
first, so no change is made to a list about to be replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import AnnotationGroups
from desktop.core.annotation_match import SearchTexts
from desktop.models.annotation_nodes import AnnotationRows

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock

    _Base = AnnotationsDock
else:
    _Base = object


@dataclass(frozen=True, slots=True)
class WaitingList:
    """A list given to ``adopt_annotations``, kept until the matcher answers for its texts."""

    grouped: AnnotationGroups
    speech_id: int | None
    titles: Mapping[int, str]
    search_texts: SearchTexts | None
    rows: AnnotationRows | None


class ListUpdatesMixin(_Base):
    """Show the annotations of one speech or of all, and follow them as they change."""

    def set_annotations(
        self,
        annotations: Iterable[Annotation],
        *,
        speech_id: int | None,
        titles: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``annotations``: those of ``speech_id`` (the speech being read), or all of them.

        Pass the speech's annotations, or the library's when ``all_speeches`` is on (``titles``
        then names the groups, in library order). The selection is kept when it is still there.
        """
        self._adopt_waiting_list()
        with self._keeping_selection(speech_id):
            self._model.set_annotations(
                annotations, speech_id=speech_id, all_speeches=self.all_speeches, titles=titles
            )

    def adopt_annotations(
        self,
        grouped: AnnotationGroups,
        *,
        speech_id: int | None,
        titles: Mapping[int, str],
        search_texts: SearchTexts | None = None,
        rows: AnnotationRows | None = None,
    ) -> None:
        """Show annotations already sorted and grouped (``group_annotations``) by ``titles``.

        What a worker gives for "all speeches": the dock only adopts them, and the text filter
        searches the ``search_texts`` it folded; ``rows`` are the model's rows of ``grouped``
        when the worker made them too (``rows_of``). The selection is kept when it is still
        there.
        """
        given = WaitingList(grouped, speech_id, titles, search_texts, rows)
        if search_texts and self._latest_criteria().words and self.all_speeches:
            self._waiting_list = given  # adopted when the matcher answers for its texts
            self._ask_matcher(self._latest_criteria())
            return
        self._waiting_list = None  # an earlier list waiting is older than this one
        self._adopt_list(given)

    def _adopt_list(self, given: WaitingList) -> None:
        """Show a list given to ``adopt_annotations``, filtered on this thread."""
        if given.search_texts is not None:
            self._proxy.adopt_search_texts(given.search_texts)
        with self._keeping_selection(given.speech_id):
            self._adopt_rows(given)

    def _adopt_rows(self, given: WaitingList) -> None:
        self._model.adopt(
            given.grouped,
            speech_id=given.speech_id,
            all_speeches=self.all_speeches,
            titles=given.titles,
            rows=given.rows,
        )

    def _adopt_waiting_list(self) -> None:
        """Before the rows change: the list waiting for the matcher is shown now (the question
        asked stays right: it was for this list's texts, which the filter now holds)."""
        given, self._waiting_list = self._waiting_list, None
        if given is not None:
            self._adopt_list(given)

    @contextmanager
    def _keeping_selection(self, speech_id: int | None) -> Iterator[None]:
        """Around a new list: reselect the selected annotation when it is still listed."""
        selected = self.selected_annotation_id()
        self._has_speech = speech_id is not None
        with self._quietly():
            yield
            if selected is None or not self._select(selected):
                self._editor.set_annotation(None)
        self._update_state()

    def set_open_speech(self, speech_id: int | None) -> None:
        """The speech being read, while all speeches show: its list stays, only what the dock
        says of the open speech follows (an orphan of it is reattached, of another opened)."""
        self._has_speech = speech_id is not None
        self._model.set_open_speech(speech_id)
        self._show_details(self._current())

    def set_speech_titles(
        self, titles: Mapping[int, str], *, renamed: Iterable[int] | None = None
    ) -> None:
        """Speech titles in library order, for the groups of "all speeches" (``renamed``: the
        only speeches whose title may have changed, when known)."""
        self._adopt_waiting_list()
        self._model.set_speech_titles(titles, renamed=renamed)

    def add_annotation(self, annotation: Annotation) -> None:
        """A new annotation (shown when in scope)."""
        self._adopt_waiting_list()
        with self._quietly():
            self._model.add_annotation(annotation)
        self._update_state()

    def update_annotation(self, annotation: Annotation) -> None:
        """An annotation changed (note, tags, colour, anchor, or trashed)."""
        self._adopt_waiting_list()
        selected = self.selected_annotation_id()
        if selected == annotation.id:
            # A note or tag typed, a colour chosen, may stop the row matching the filters: it
            # stays, or Qt would make the next row current and the editor, still being typed
            # in, would write the rest of the note into that annotation.
            self._proxy.keep_listed(selected)
        with self._quietly():
            self._model.update_annotation(annotation)  # a reattached orphan moves to its place
            if selected == annotation.id and self.selected_annotation_id() != selected:
                self._select(selected)
            self._editor.update_annotation(annotation)
        self._show_details(self._current())
        self._update_state()

    def add_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Many new annotations at once (a collection back from the trash)."""
        self._adopt_waiting_list()
        with self._quietly():
            self._model.add_annotations(annotations)
        self._update_state()

    def remove_annotations(self, annotation_ids: Iterable[str]) -> None:
        """Many annotations left at once (a collection went to the trash)."""
        self._adopt_waiting_list()
        with self._quietly():
            self._model.remove_annotations(annotation_ids)
            self._select_current_row()
        self._update_state()

    def remove_annotation(self, annotation_id: str) -> None:
        """An annotation left (trashed or deleted)."""
        self._adopt_waiting_list()
        with self._quietly():
            self._model.remove_annotation(annotation_id)
            self._select_current_row()
        self._update_state()

    def _select_current_row(self) -> None:
        """After rows left: the row Qt made current in their place is selected too."""
        # The editor and Delete act on the current row; left unselected, it would take a note
        # typed or a second Delete while it looks as if nothing were chosen.
        view = self._view
        current = view.currentIndex()
        if current.isValid() and not view.selectionModel().isSelected(current):
            flag = QItemSelectionModel.SelectionFlag
            view.selectionModel().select(current, flag.ClearAndSelect | flag.Rows)
