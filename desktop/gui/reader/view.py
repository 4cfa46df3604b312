"""The reader pane: a read-only view of one speech with highlights, notes and marks.

The view speaks ``str`` offsets into the speech's canonical text on every public method and
signal; Qt's UTF-16 positions never leave this package (DESIGN.md, "Text and offsets"). It holds
no reference to other panes: it emits requests (``highlight_requested``…) and events
(``annotation_clicked``, ``position_changed``) and the main window routes them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.core.annotation import Annotation
from desktop.core.document import SpanKind
from desktop.core.footnotes import NO_FOOTNOTES, find_footnotes
from desktop.core.offsets import Utf16Map
from desktop.core.records import SpeechContent
from desktop.gui.actions import HIGHLIGHT_COLORS, ActionId, ActionRegistry
from desktop.gui.reader import decorations
from desktop.gui.reader.balance import balance_centred_blocks
from desktop.gui.reader.commands import SELECTION_ACTIONS, ReaderCommands
from desktop.gui.reader.document import (
    COLUMN_CHARACTERS,
    PagePlan,
    ReaderStyle,
    build_page,
    display_text,
)
from desktop.gui.reader.events import ReaderEvents
from desktop.gui.reader.footnotes import ReaderFootnotes
from desktop.gui.reader.line_hints import page_map
from desktop.gui.reader.overlays import Range, ReaderOverlays
from desktop.gui.reader.positions import ReaderPositions
from desktop.gui.reader.styling import ReaderStyling
from desktop.gui.reader.toolbar import SelectionToolbar, ToolbarPlacement

if TYPE_CHECKING:
    from desktop.gui.reader.caret_keys import CaretKeys
    from desktop.gui.reader.plate_mouse import PlateMouse
    from desktop.gui.reader.scroll_ticks import ScrollBarMarks, TickPlaces
    from desktop.gui.reader.title_plate import TitlePlate

WordRangeProvider = Callable[[str, int], "tuple[int, int] | None"]
"""Given the canonical text and an offset, the ``str`` range of the word there (e.g. jieba's)."""

READER_ACTIONS = [
    *SELECTION_ACTIONS,
    ActionId.DELETE_ANNOTATION,
    ActionId.ACCEPT_PLACE,
    ActionId.SELECT_SENTENCE,
    ActionId.ZOOM_IN,
    ActionId.ZOOM_OUT,
    ActionId.ZOOM_RESET,
]
"""The registry actions the reader binds to its own methods; the window binds the rest."""


class ReaderView(
    ReaderEvents,
    ReaderCommands,
    ReaderFootnotes,
    ReaderOverlays,
    ReaderPositions,
    ReaderStyling,
    ToolbarPlacement,
    QTextEdit,
):
    """Shows a ``SpeechContent`` with Chinese typography and lets the user mark it up."""

    highlight_requested = Signal(int, int, str)
    note_requested = Signal(int, int)
    note_edit_requested = Signal(str)  # annotation id: the user wants to write its note
    annotation_clicked = Signal(str)
    annotation_delete_requested = Signal(str)
    annotation_accept_place_requested = Signal(str)
    annotation_color_requested = Signal(str, str)
    position_changed = Signal(int)
    font_size_changed = Signal(float)
    status_hint_requested = Signal(str)  # a word for the status bar, briefly

    POSITION_THROTTLE_MS = 150
    TICKS_WAIT_MS = 40  # between looks at whether Qt has laid the page out (``overlays``)
    FLASH_MS = 1500

    def __init__(self, actions: ActionRegistry | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self._registry = actions if actions is not None else ActionRegistry(self)
        self.word_range_provider: WordRangeProvider | None = None
        self._content: SpeechContent | None = None
        # The glued headings' ends of a speech, found at the first sentence selected in it.
        self._breaks_of: tuple[SpeechContent, list[int]] | None = None
        self._text = ""
        self._utf16 = Utf16Map("")
        self._own_document: QTextDocument | None = None
        self._page_plan: PagePlan | None = None  # where the page's formats go (``styling``)
        self._title_plate: TitlePlate | None = None
        self._caret_due: int | None = None  # a passage jumped to (``positions.put_caret``)
        self._caret_keys_made: CaretKeys | None = None  # made by the first End (``caret_keys``)
        self._plate_mouse: PlateMouse | None = None  # the mouse over the title plate
        self._style = ReaderStyle()
        self._annotations: list[Annotation] = []
        self._shown = decorations.AnnotationIndex([])
        self._decorated: tuple[int, int] = (0, 0)
        self._marks: dict[str, tuple[list[Range], int | None]] = {}
        self._flash_offset: int | None = None
        self._flash_range: Range | None = None
        self._footnotes = NO_FOOTNOTES
        self._footnote_origins: dict[int, int] = {}  # note start → the mark followed to it
        self._current_annotation: str | None = None
        self._menu_pinned = False  # a mouse menu's target is the place clicked, even none
        self._anchor: tuple[int, int, bool] | None = None
        self._setup_widget()
        self._position_timer = self._single_shot(self.POSITION_THROTTLE_MS, self._emit_position)
        self._flash_timer = self._single_shot(self.FLASH_MS, self._end_flash)
        self._ticks_timer = self._single_shot(self.TICKS_WAIT_MS, self._refresh_annotation_ticks)
        self._marks_timer = self._single_shot(self.TICKS_WAIT_MS, self._refresh_scroll_marks)
        self._tick_places: TickPlaces | None = None  # made with the first ticks
        self._page_painted = False
        self._toolbar_widget: SelectionToolbar | None = None
        self._scroll_marks_made: ScrollBarMarks | None = None  # with the first ticks
        self._bind_actions()
        self._connect_signals()
        self._apply_palette()
        self._rebuild()

    # Set-up -------------------------------------------------------------------------------

    def _setup_widget(self) -> None:
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAutoFillBackground(True)
        # Files dropped on the page go to the window (import), not into the text.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)

    def _single_shot(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _bind_actions(self) -> None:
        bind = self._registry.bind
        for action_id, colour in HIGHLIGHT_COLORS.items():
            bind(action_id, partial(self.request_highlight, colour.value))
        bind(ActionId.ADD_NOTE, self.request_note)
        bind(ActionId.COPY, self.copy_selection)
        bind(ActionId.COPY_WITH_CITATION, self.copy_with_citation)
        bind(ActionId.DELETE_ANNOTATION, self.request_delete_annotation)
        bind(ActionId.ACCEPT_PLACE, self.request_accept_place)
        bind(ActionId.SELECT_SENTENCE, self.select_sentence)
        bind(ActionId.ZOOM_IN, self.zoom_in)
        bind(ActionId.ZOOM_OUT, self.zoom_out)
        bind(ActionId.ZOOM_RESET, self.zoom_reset)
        # Added to the widget so their single-key shortcuts work only while the reader has focus.
        self.addActions(self._registry.actions(READER_ACTIONS))

    def _connect_signals(self) -> None:
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        # Emitted before the value is pulled into a narrower range (QAbstractSlider.setRange).
        self.verticalScrollBar().rangeChanged.connect(self._on_scroll_bar_range_changed)
        self.selectionChanged.connect(self._on_reader_selection_changed)
        self.cursorPositionChanged.connect(self._on_reader_cursor_position_changed)
        self.cursorPositionChanged.connect(self._on_caret_moved)

    @property
    def _caret_keys(self) -> CaretKeys:
        """The line and paragraph keys (``caret_keys``), made on first use: no first-frame work."""
        if self._caret_keys_made is None:
            from desktop.gui.reader.caret_keys import CaretKeys

            self._caret_keys_made = CaretKeys(self)
        return self._caret_keys_made

    def _at_line_end(self) -> bool:
        """Whether the caret is drawn at a wrapped line's end (``caret_keys``)."""
        return self._caret_keys_made is not None and self._caret_keys_made.active

    def caret_rect(self) -> QRect:
        """Where the caret is drawn: at a wrapped line's end after End, else where Qt puts it."""
        if self._caret_keys_made is not None and self._caret_keys_made.active:
            rect = self._caret_keys_made.caret_rect()
            if rect is not None:
                return rect.toAlignedRect()
        return self.cursorRect()

    def line_end_caret_blinks(self) -> bool:
        """Whether the caret drawn at a wrapped line's end blinks now (``caret_keys``)."""
        return self._at_line_end() and self._caret_keys.blinking

    def _hide_caret(self) -> None:
        """No caret: the page is read with the mouse, or a new speech is shown."""
        if self._caret_keys_made is not None:
            self._caret_keys_made.drop()
        self.setCursorWidth(0)

    def _on_caret_moved(self) -> None:
        self._caret_due = None  # the caret was moved: by a click, a key, a new speech
        if self._caret_keys_made is not None:
            self._caret_keys_made.on_cursor_moved()

    @property
    def registry(self) -> ActionRegistry:
        """The action registry whose reader actions this view binds."""
        return self._registry

    # Showing a speech ---------------------------------------------------------------------

    def show_speech(self, content: SpeechContent | None, offset: int = 0) -> None:
        """Show ``content`` (or nothing) scrolled to ``offset``; annotations and marks reset."""
        self._content = content
        self._annotations = []
        self._marks.clear()
        self._current_annotation = None
        self._flash_offset = None
        self._flash_range = None
        self._footnote_origins.clear()
        # A screen reader meets the title before the text, also where the text has no title
        # line and the title is only painted over it (``title_plate``).
        self.setAccessibleDescription(content.record.title if content is not None else "")
        self._rebuild()
        self._refresh_scroll_marks()  # the marks went with the last speech: their ticks too
        self.scroll_to_offset(offset)

    def speech(self) -> SpeechContent | None:
        """The speech shown."""
        return self._content

    def _rebuild(self) -> None:
        content = self._content
        self._text = display_text(content, self._style) if content is not None else ""
        self._footnotes = find_footnotes(content.text) if content is not None else NO_FOOTNOTES
        # The first document belongs to QTextEdit, which frees it; the ones built here are ours.
        # (Not ``document().parent() is self``: wrapping a QObject* of unknown class makes
        # PySide resolve a hundred lazy classes, some 12 ms, before the first paint.)
        old = self._own_document
        if content is None and old is None:
            # A new reader's empty page: QTextEdit's own document will do (the window opens a
            # speech right away; a document made and laid out for nothing is time lost).
            self.document().setDefaultFont(self._style.font)
        else:
            self._set_own_document(content)
        self._utf16 = page_map(self.document(), self._text)  # around the line-break hints
        # No caret until the keyboard comes (``events``); the width lives in the document's layout.
        self._hide_caret()
        self._apply_margins()
        self._shown = decorations.AnnotationIndex(
            decorations.drawable(self._annotations, len(self._text))
        )
        self._refresh_decorations()
        self._clear_annotation_ticks()  # they were the last page's
        self._refresh_annotation_ticks(later=True)
        self._registry.action(ActionId.SELECT_SENTENCE).setEnabled(bool(self._text))
        self._update_action_state()

    def _set_own_document(self, content: SpeechContent | None) -> None:
        self._title_plate, self._plate_mouse = None, None
        if content is not None:
            document, self._page_plan = build_page(content, self._style, self, self._text)
            self._title_plate, self._plate_mouse = self._make_title_plate(document)
        else:
            document, self._page_plan = QTextDocument(self), None
            document.setDefaultFont(self._style.font)
        old = self._own_document
        # Cleared while their document is still shown: Qt repaints where each one was, and
        # finding that in the new document would lay it out down to them.
        self.setExtraSelections([])
        self.setDocument(document)
        self._own_document = document
        if old is not None:
            old.deleteLater()

    def _apply_margins(self) -> None:
        """Centre a column of about COLUMN_CHARACTERS characters in whatever width there is."""
        margins = self.viewportMargins()
        # The scroll bar's room is always set aside: were the margins measured from the
        # viewport, a bar shown would narrow them, the wider text could fit without the bar,
        # hiding it would widen them again, and one resize of the window never ended.
        bar = self.verticalScrollBar().sizeHint().width()
        available = self.contentsRect().width() - bar
        column = self._style.em * COLUMN_CHARACTERS + 2 * self.document().documentMargin()
        side = max(0, int((available - column) / 2))
        if side not in (margins.left(), margins.right()) or margins.left() != margins.right():
            self.setViewportMargins(side, 0, side, 0)
        # QTextEdit re-flows its text only on its own resize, not when the margins narrow its
        # viewport: without this the lines stay as wide as before and run under the margin.
        if self.document().textWidth() != self.viewport().width():
            self.document().setTextWidth(self.viewport().width())
        if self._title_plate is not None:
            self._title_plate.fit(self.document())
        # A new width (or a new document: a font size) re-wraps the title: even out its lines.
        balance_centred_blocks(self.document())

    def _make_title_plate(
        self, document: QTextDocument
    ) -> tuple[TitlePlate | None, PlateMouse | None]:
        """The title plate (and its mouse) over ``document``, the page of the speech shown."""
        if self._content is None:
            return None, None
        return _title_plate(self, self._content, document, self._style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-centre the column and let the text re-flow, keeping the same words at the top."""
        anchor = self._placed_anchor() if self._text else None
        super().resizeEvent(event)
        self._apply_margins()
        # Re-flowing moves every line; without this a speech opened before the window
        # had its size (or a dock dragged wider) would show some other place.
        self._return_to_anchor(anchor)
        self._follow_view_with_decorations()
        self._refresh_scroll_marks(later=True)  # the marks' and annotations' ticks: once the
        self._refresh_annotation_ticks(later=True)  # new width is laid out
        self._reposition_toolbar()

    def showEvent(self, event: QShowEvent) -> None:
        """Stay where the speech was opened: QTextEdit's first show scrolls to the caret."""
        anchor = self._placed_anchor() if self._text else None
        super().showEvent(event)
        self._return_to_anchor(anchor)

    # Reading position ---------------------------------------------------------------------

    @Slot(int)
    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        if not self._position_timer.isActive():
            self._position_timer.start()
        self._follow_view_with_decorations()
        self._reposition_toolbar()

    def _emit_position(self) -> None:
        self.position_changed.emit(self.reading_offset())


def _title_plate(
    view: ReaderView, content: SpeechContent, document: QTextDocument, style: ReaderStyle
) -> tuple[TitlePlate | None, PlateMouse | None]:
    """The title to paint over a text with no title line, and the mouse's selecting of its
    words (their modules are loaded only then)."""
    if any(span.kind == SpanKind.TITLE for span in content.spans):
        return None, None  # the common case: the text opens with its own title
    from desktop.gui.reader.plate_mouse import PlateMouse
    from desktop.gui.reader.title_plate import TitlePlate, needs_title_plate

    if not needs_title_plate(content):
        return None, None
    plate = TitlePlate(content.record.title, style, document)
    return plate, PlateMouse(view, plate)
