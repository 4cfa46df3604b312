"""The main window: library on the left, breadcrumb and reader in the centre, annotations right.

It assembles and wires: panes never know each other; they emit requests and events, and the
window routes them to the session (which owns the library and the undo stack) or to another
pane. ``__init__`` reads as the table of contents. Opening speeches and navigating live in
``window_reading.ReadingMixin``; following the session's changes and its undo stack in
``window_session``; the library pane's requests in ``window_library``; preferences and the
saved layout in ``window_state``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from desktop.core.errors import PizhuError
from desktop.gui.actions import (
    LIBRARY_SORT_ACTIONS,
    THEME_ACTIONS,
    ActionId,
    ActionRegistry,
    svg_icon,
)
from desktop.gui.breadcrumb import Breadcrumb
from desktop.gui.escape_to_reader import EscapeToReader
from desktop.gui.first_paint import AfterFirstPaint
from desktop.gui.library_pane import LibraryPane
from desktop.gui.library_session import LibrarySession
from desktop.gui.menus import build_menus, build_toolbar, retranslate_menus
from desktop.gui.navigation import History
from desktop.gui.pane_focus import Pane, PaneFocus
from desktop.gui.reader import ReaderView
from desktop.gui.settings import Settings
from desktop.gui.status_bar import ReadingStatusBar
from desktop.gui.window_annotations import AnnotationsMixin
from desktop.gui.window_dialogs import DialogsMixin
from desktop.gui.window_export import ExportMixin
from desktop.gui.window_import import ImportMixin
from desktop.gui.window_library import LibraryToolsMixin
from desktop.gui.window_print import PrintMixin
from desktop.gui.window_reading import ReadingMixin
from desktop.gui.window_search import SearchToolsMixin
from desktop.gui.window_session import SessionEventsMixin
from desktop.gui.window_state import WindowStateMixin
from desktop.gui.window_tags import TagsMixin
from desktop.gui.workers import WorkerPool
from desktop.models.library_tree import LibrarySource, LibraryTreeModel, TreeKind

if TYPE_CHECKING:
    from desktop.dialogs.trash_dialog import TrashDialog
    from desktop.gui.i18n import Translations
    from desktop.gui.in_turns import InTurns
    from desktop.gui.segmenter_service import SegmenterService

POSITION_SAVE_MS = 800
"""How long the reading position must rest before it is written to the library."""


class MainWindow(
    ReadingMixin,
    SessionEventsMixin,
    AnnotationsMixin,
    DialogsMixin,
    ImportMixin,
    LibraryToolsMixin,
    TagsMixin,
    ExportMixin,
    PrintMixin,
    SearchToolsMixin,
    WindowStateMixin,
    QMainWindow,
):
    """The reading window over one library session."""

    speech_opened = Signal(int)
    import_finished = Signal(object)
    first_painted = Signal()
    """The first frame is on screen, and what it did not show has been built since."""

    def __init__(
        self,
        session: LibrarySession,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        translations: Translations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.settings = settings
        self.translations = translations
        self.registry = ActionRegistry(self)
        self.workers = WorkerPool(self)
        self.history = History()
        self.segmenter: SegmenterService | None = None
        self._trash_dialog: TrashDialog | None = None
        self._speech = None
        self._stops: list[int] = []
        self._saved_offset: int | None = None
        self._save_timer = self._timer(POSITION_SAVE_MS, self.save_position)
        self.first_paint_done = False  # the window complete (``first_painted``)
        self.start_theme_done = False  # the style after the first frame set
        self._completion: InTurns | None = None
        self._build_centre()
        self._build_library_dock()
        self._create_actions()
        self._build_search_tools()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect_reader()
        self._connect_library_pane()
        self._watch_escape()
        self._connect_session()
        self._connect_tags()
        self.follow_library_contents()
        self._restore_state()
        self.setAcceptDrops(True)
        self.open_first_speech()
        if self._speech is not None:
            # The keyboard starts on the page (Page Down, 1–5), chosen before the window shows:
            # a window manager may activate it only after the first paint, when Tab's order
            # begins with the library's filter, which Qt would focus otherwise.
            self.reader.setFocus()
        AfterFirstPaint(self.reader.viewport(), self._complete)

    # Building -------------------------------------------------------------------------------

    def _complete(self) -> None:
        """Right after the first paint: the parts of the window the first frame did without,
        one per turn of the event loop (``window_completion``), then ``first_painted``."""
        from desktop.gui.window_completion import complete_in_turns

        self._completion = complete_in_turns(self)

    def keep_reader_room(self) -> None:
        """Keep the page its room as docks open and close (called as the window completes)."""
        from desktop.gui.reader_room import ReaderRoom

        self.layout().activate()  # the restored docks at their widths, which the user chose
        self.reader_room = ReaderRoom(self, self.reader, self.settings.dock_widths)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _build_centre(self) -> None:
        self.reader = ReaderView(self.registry, self)
        self._name_reader()
        self.breadcrumb = Breadcrumb(self)
        centre = QWidget(self)
        centre.setObjectName("centre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.reader, 1)
        self.setCentralWidget(centre)

    def _name_reader(self) -> None:
        keys = self.registry.shortcut_text(ActionId.IMPORT)
        self.reader.setPlaceholderText(
            self.tr("Drop speech files here, or press %1 to import them.").replace("%1", keys)
        )
        self.reader.setAccessibleName(self.tr("Speech text"))

    def _build_library_dock(self) -> None:
        self.tree_model = LibraryTreeModel(LibrarySource.of(self.session), self)
        self.tree_model.set_icons({kind: svg_icon(kind.value) for kind in TreeKind})
        self.library_pane = LibraryPane(self.tree_model, self.registry, self)
        self.library_pane.library_path = self.session.library_path
        self.library_dock = self._dock("library_dock", self.tr("Library"), self.library_pane)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.resizeDocks([self.library_dock], [300], Qt.Orientation.Horizontal)
        # The side panes keep the window's full height; a bottom dock (search) sits under
        # the page only, as an IDE's panel sits under its editor.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        return dock

    def _create_actions(self) -> None:
        registry = self.registry
        self._bind_undo_actions()
        self._bind_dock_toggle(ActionId.TOGGLE_LIBRARY, self.library_dock)
        self.panes = PaneFocus(self._panes, self)
        self._prepare_annotations_dock()
        for action_id, name in THEME_ACTIONS.items():
            registry.bind(action_id, partial(self.set_theme, name))
        for action_id, sort in LIBRARY_SORT_ACTIONS.items():
            registry.bind(action_id, partial(self.set_library_sort, sort))
        registry.action(ActionId.FULLWIDTH_PUNCTUATION).toggled.connect(self._on_fullwidth_toggled)
        for action_id, slot in self._window_commands().items():
            registry.bind(action_id, slot)
        self._prepare_printing()
        self._update_back_action()

    def _bind_dock_toggle(self, action_id: ActionId, dock: QDockWidget) -> None:
        # The registry's own action, not the dock's toggleViewAction: that one takes the dock's
        # title ("Library", no access key) and takes it again on every change of language.
        toggle = self.registry.action(action_id)
        toggle.setChecked(not dock.isHidden())
        toggle.triggered.connect(lambda shown: self.panes.show_or_hide(dock, shown, self.reader))
        dock.toggleViewAction().toggled.connect(toggle.setChecked)

    def _window_commands(self) -> dict[ActionId, Callable[[], object]]:
        return {
            ActionId.QUIT: self.close,
            ActionId.NEXT_SECTION: self.next_section,
            ActionId.PREVIOUS_SECTION: self.previous_section,
            ActionId.NEXT_SPEECH: self.next_speech,
            ActionId.PREVIOUS_SPEECH: self.previous_speech,
            ActionId.GO_BACK: self.go_back,
            ActionId.IMPORT: self.choose_and_import,
            ActionId.ADD_SAMPLE: self.add_sample_collection,
            ActionId.EXPORT: self.show_export_dialog,
            ActionId.IMPORT_ANNOTATIONS: self.choose_and_import_annotations,
            ActionId.TRASH: self.show_trash,
            ActionId.PREFERENCES: self.edit_preferences,
            ActionId.MANAGE_TAGS: self.show_tags_dialog,
            **self.help_commands(),
            ActionId.NEXT_PANE: self.panes.next_pane,
            ActionId.PREVIOUS_PANE: self.panes.previous_pane,
            **self._library_commands(),
        }

    def _panes(self) -> list[Pane]:
        """The panes F6 visits, in the order they sit on screen, each with its main view."""
        annotations, terms = self._annotations_dock, self._terms_dock
        return [
            (self.library_dock, self.library_pane.tree),
            (self.centralWidget(), self.reader),
            (self._search_dock, None),
            (annotations, annotations.view if annotations is not None else None),
            (terms, terms.tabs.currentWidget() if terms is not None else None),  # not its scope
        ]

    def take_tab_place(self, dock: QDockWidget) -> None:
        """Put ``dock``, built on demand, in Tab's chain where F6 goes (the completion orders
        those it builds, at its end), and again each time it is docked back from floating."""
        # Floating and docking make the dock a window and a child again, which puts its
        # widgets at the chain's end.
        dock.topLevelChanged.connect(lambda _floating: self.panes.order_tabs())
        if self.first_paint_done:
            self.panes.order_tabs()

    def _build_menus_and_toolbar(self) -> None:
        self.menus = build_menus(self, self.registry)
        self.toolbar = build_toolbar(self, self.registry)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.status = ReadingStatusBar(self)
        self.setStatusBar(self.status)

    # Wiring ---------------------------------------------------------------------------------

    def _connect_library_pane(self) -> None:
        pane = self.library_pane
        pane.open_requested.connect(self._on_library_open_requested)
        pane.tree.read_on_requested.connect(self.reader.setFocus)  # Enter: read on at once
        pane.rename_requested.connect(self._on_library_rename_requested)
        pane.delete_collection_requested.connect(self._on_library_delete_requested)
        pane.reimport_requested.connect(self.reimport_collection)
        pane.import_report_requested.connect(self.show_import_report)
        pane.filter_cleared.connect(self._on_library_filter_cleared)

    def _watch_escape(self) -> None:
        """Escape in the panes returns to the page (filters are emptied first)."""
        self.escape = EscapeToReader(self.reader, self)
        self.escape.watch(self.library_pane.filter_edit, clear_first=True)
        self.escape.watch(self.library_dock)  # the tree: Escape no widget in the pane took
        # The docks built later (annotations, search, terms) are watched as they are built.

    # Background work ----------------------------------------------------------------------

    def running_work(self) -> list[str]:
        """What still runs in the background (empty once the window has closed)."""
        running = [task.name for task in self.workers.active()]
        if self.segmenter is not None and self.segmenter.is_running():
            running.append("segmenter")
        running += self.library_pane.running_work()
        return running + self._tools_running_work() + self.annotation_reads_running()

    def start_segmenter(self, service: SegmenterService) -> None:
        """Load jieba in the background; the reader selects jieba's words once it is ready."""
        self.segmenter = service
        service.state_changed.connect(self._on_segmenter_state_changed)
        service.start()

    @Slot(str)
    def _on_segmenter_state_changed(self, state: str) -> None:
        self.status.show_segmenter_state(state)
        if state == "ready" and self.segmenter is not None:
            self.reader.word_range_provider = self.segmenter.word_range
            self._tools_segmenter_ready()

    # Drops ------------------------------------------------------------------------------------

    def _attempt(self, change: Callable[[], object], what: str = "") -> object:
        """Make a change through the session; show its error instead of raising (False).

        ``what`` (a ``lock_refusal.Refused``, for a change a key or click of the page or the
        Annotations pane makes): refused for another program's lock, it is said once in the
        status bar, not in a message box at each press."""
        from desktop.gui.lock_refusal import refusing  # at the first change, not at start

        with refusing(self, what):
            try:
                return change()
            except PizhuError as error:
                self.show_error(error)
                return False

    def changeEvent(self, event: QEvent) -> None:
        """After the UI language changes, re-read the texts the window sets itself."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the current UI language."""
        self.registry.retranslate()
        self._update_undo_actions()
        self.library_dock.setWindowTitle(self.tr("Library"))
        self._name_reader()
        retranslate_menus(self.menus, self.toolbar)
        self._update_title()  # "第5篇" / "No. 5"
        self._follow_position()
        if self._speech is not None:
            self.status.show_speech(self._speech.text)
