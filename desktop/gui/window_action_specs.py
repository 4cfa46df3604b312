"""The main window's actions: File, Edit, View (zoom, theme, full-width punctuation too), Go and
Help commands and the tree's menu.

The reader's own actions are in ``actions.SPECS``, which takes these in too. lupdate finds the
texts through QT_TRANSLATE_NOOP in the "Actions" context, where the registry translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon

from desktop.core.punctuation import FULLWIDTH_MARKS
from desktop.gui.action_ids import ActionId, ActionSpec, Scope, StandardKey

WINDOW_SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Import…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Import"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Import speeches from text, Word, WPS, PDF, Markdown or web page files"
        ),
        shortcuts=(StandardKey.Open,),
        svg="import",
    ),
    ActionId.ADD_SAMPLE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Add &Sample Collection"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Add Sample Collection"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Import the sample speeches that come with Pizhu into the library again"
        ),
    ),
    ActionId.IMPORT_ANNOTATIONS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Import &Annotations…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Restore or merge highlights and notes from a JSON export (W3C)"
        ),
    ),
    ActionId.EXPORT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Export…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Export"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Export highlights and notes, annotated text or outlines to Word, PDF, "
            "Markdown, HTML, CSV or JSON",
        ),
        shortcuts=("Ctrl+E",),
        svg="export",
    ),
    ActionId.PRINT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Print…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Print the speech, with its highlights and notes or as plain text"
        ),
        shortcuts=(StandardKey.Print,),
        icon=QIcon.ThemeIcon.DocumentPrint,
    ),
    ActionId.PRINT_PREVIEW: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "See the pages as they will be printed"),
        icon=QIcon.ThemeIcon.DocumentPrintPreview,
    ),
    ActionId.TRASH: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Trash…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Trash"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "See deleted highlights and collections, and restore them"
        ),
        svg="trash-restore",
    ),
    ActionId.BACK_UP_NOW: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Back Up Now…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Save a checked copy of the whole library to a file of your choice"
        ),
        svg="export",
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Replace the library with one of its backups (the current file is kept)"
        ),
        svg="backup-restore",
    ),
    ActionId.CHECK_LIBRARY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Check Library"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Check the library file for damage (nothing is changed)"
        ),
    ),
    ActionId.SHOW_LIBRARY_FOLDER: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Show in &File Manager"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Open the folder that holds the library file and its backups"
        ),
    ),
    ActionId.QUIT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Quit"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Close Pizhu (everything is already saved)"),
        shortcuts=("Ctrl+Q",),
    ),
    ActionId.UNDO: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Undo"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Undo"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        shortcuts=(StandardKey.Undo,),
        svg="undo",
    ),
    ActionId.REDO: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Redo"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Redo"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Redo the last undone change"),
        shortcuts=("Ctrl+Shift+Z", StandardKey.Redo),
        svg="redo",
    ),
    # The reader's (it binds it), kept here: ``actions.SPECS`` has no room left.
    ActionId.SELECT_SENTENCE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Select S&entence"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Sentence"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Select the whole sentence at the cursor, or widen the selection to whole "
            "sentences (Ctrl+click selects the sentence under the pointer)",
        ),
        shortcuts=("Ctrl+Shift+S",),  # no Save As here: the library is saved as it changes
        scope=Scope.WIDGET,
    ),
    ActionId.PREFERENCES: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Language, theme, text size and custom dictionary"),
        shortcuts=(StandardKey.Preferences, "Ctrl+,"),
        svg="settings",
    ),
    ActionId.MANAGE_TAGS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Manage &Tags…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Rename, merge or delete tags across every annotation"
        ),
        svg="tags",
    ),
    ActionId.TOGGLE_LIBRARY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Li&brary"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the library pane"),
        shortcuts=("Ctrl+Shift+L",),
        svg="library",
        checkable=True,
    ),
    ActionId.TOGGLE_ANNOTATIONS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Annotations"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the annotations pane"),
        shortcuts=("Ctrl+Shift+N",),
        svg="annotations",
        checkable=True,
    ),
    ActionId.TOGGLE_TOOLBAR: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Toolba&r"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the toolbar"),
        checkable=True,
    ),
    ActionId.ZOOM_IN: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Larger"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
        shortcuts=(StandardKey.ZoomIn, "Ctrl+="),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomIn,
        svg="zoom-in",
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Smaller"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        shortcuts=(StandardKey.ZoomOut, "Ctrl+-"),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomOut,
        svg="zoom-out",
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Actual Si&ze"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Actual size"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show the text at its default size"),
        shortcuts=("Ctrl+0",),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomFitBest,
        svg="zoom-reset",
    ),
    ActionId.THEME_LIGHT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Light"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Light"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Dark text on a white page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.THEME_SEPIA: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Sepia"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Sepia"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Brown text on a warm paper page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.THEME_DARK: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Dark"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Dark"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Light text on a dark page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.FULLWIDTH_PUNCTUATION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Full-&width Punctuation"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Full-width"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Show Latin punctuation in Chinese text as full-width (%1)"
        ),
        tip_arguments=(FULLWIDTH_MARKS,),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
    ),
    ActionId.SORT_LIBRARY_BY_DATE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "By &Date"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "List the library's collections by their earliest dated speech"
        ),
        checkable=True,
        group="library_sort",
    ),
    ActionId.SORT_LIBRARY_BY_TITLE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "By &Title"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "List the library's collections by title"),
        checkable=True,
        group="library_sort",
    ),
    ActionId.SORT_LIBRARY_AS_IMPORTED: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "As &Imported"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "List the library's collections in the order they were imported"
        ),
        checkable=True,
        group="library_sort",
    ),
    ActionId.NEXT_PANE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Ne&xt Pane"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Move the focus to the next pane: library, page, search, annotations"
        ),
        shortcuts=("F6",),
    ),
    ActionId.PREVIOUS_PANE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Move the focus to the previous pane"),
        shortcuts=("Shift+F6",),
    ),
    ActionId.NEXT_SECTION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Next Section"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Next section"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Go to the next heading of the speech"),
        shortcuts=("Alt+Down",),
        svg="section-next",
    ),
    ActionId.PREVIOUS_SECTION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Previous Section"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Previous section"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Go to the start of this section, or the one before"
        ),
        shortcuts=("Alt+Up",),
        svg="section-previous",
    ),
    ActionId.NEXT_SPEECH: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Next &Speech"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Open the next speech in the library"),
        shortcuts=("Ctrl+PgDown",),
        svg="speech-next",
    ),
    ActionId.PREVIOUS_SPEECH: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Pre&vious Speech"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Open the previous speech in the library"),
        shortcuts=("Ctrl+PgUp",),
        svg="speech-previous",
    ),
    ActionId.GO_BACK: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Back"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Back"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Return to where you were before the jump"),
        shortcuts=(StandardKey.Back,),
        svg="back",
    ),
    ActionId.FILTER_LIBRARY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Filter Library"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Type to show only matching titles"),
        shortcuts=("Ctrl+L",),
        svg="filter",
    ),
    ActionId.GETTING_STARTED: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Getting Started"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "How to import, highlight, write notes, search and export"
        ),
        shortcuts=(StandardKey.HelpContents,),
        svg="help",
    ),
    ActionId.SHORTCUTS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "List every command and its keys"),
        shortcuts=("Ctrl+/",),
        svg="keyboard",
    ),
    ActionId.ABOUT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&About Pizhu"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Version and licence"),
        svg="info",
    ),
    ActionId.RENAME: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Rename…"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Give the collection or speech your own title"),
        shortcuts=("F2",),
        scope=Scope.WIDGET,
    ),
    ActionId.DELETE_COLLECTION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Delete Collection"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Move the collection, with its highlights and notes, to the trash"
        ),
        shortcuts=(StandardKey.Delete,),
        scope=Scope.WIDGET,
        svg="delete",
    ),
    ActionId.REIMPORT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Re-&import"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Import the collection's file again, keeping highlights on their words"
        ),
        svg="import",
    ),
    ActionId.SHOW_IMPORT_REPORT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Import Re&port"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show what the last import of this collection did"),
        svg="info",
    ),
}
