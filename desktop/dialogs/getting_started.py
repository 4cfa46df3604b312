"""Help ▸ Getting Started: how to import, highlight, note, search and export, in a few lines.

A new user who opens the Help menu asks "how do I mark a passage? bring in my files? take my
notes to Word?". Keyboard Shortcuts lists every command but answers none of those questions:
this page does, in the UI's language, with the keys read from the window's actions (so they
are the ones the menus show, on every platform).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId, ActionRegistry
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size

# The keys the page names, in the order of its %1, %2… places.
_KEYS = (
    ActionId.IMPORT,
    ActionId.ADD_NOTE,
    ActionId.UNDO,
    ActionId.FIND,
    ActionId.SEARCH_LIBRARY,
    ActionId.EXPORT,
    ActionId.SHORTCUTS,
)


class GettingStartedDialog(QDialog):
    """A short guide to the first things a reader does, with the keys that do them."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getting_started")
        self.setWindowTitle(self.tr("Getting Started"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("getting_started_text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.guide_html(registry))
        self.browser.setAccessibleName(self.windowTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # Room for the whole page at the usual font without scrolling, grown with larger text.
        resize_within_screen(self, text_size(self, 560, 600))
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def guide_html(self, registry: ActionRegistry) -> str:
        """The guide as rich text, each key the one its action has now."""
        keys = [f"<b>{registry.shortcut_text(action_id)}</b>" for action_id in _KEYS]
        return fill(
            self.tr(
                "<h3>Bring in your speeches</h3>"
                "<p>File ▸ Import… (%1) or drop files or a folder on the window: plain text in"
                " any encoding, Word (.docx; .doc and .wps with LibreOffice), PDF with a text"
                " layer, Markdown and web pages. A report says what was found in each file, and"
                " names any file that could not be imported and why.</p>"
                "<p>The library starts with a sample collection to try everything on; delete it"
                " when you like (File ▸ Add Sample Collection brings it back).</p>"
                "<h3>Highlight and write notes</h3>"
                "<p>Select words in the page, then press <b>1</b> to <b>5</b> for a colour (yellow,"
                " green, blue, pink, purple), or click a colour on the small bar that appears by"
                " the selection. Press %2 to write a note on the selection, or on the highlight"
                " you clicked. Everything is saved at once; %3 undoes.</p>"
                "<p>The Annotations pane on the right lists this speech's highlights and notes"
                " (or the whole library's): click one, or choose it and press <b>Enter</b>, to go"
                " to its place.</p>"
                "<h3>Search</h3>"
                "<p>%4 finds words in the speech you are reading; %5 searches the whole library,"
                " a collection or your notes. Any string of characters is found exactly.</p>"
                "<h3>Export</h3>"
                "<p>File ▸ Export… (%6) takes your highlights and notes, or the whole speech with"
                " them, to Word, PDF, Markdown, HTML, CSV for Excel or JSON.</p>"
                "<p>Every command and its keys: Help ▸ Keyboard Shortcuts (%7).</p>"
            ),
            *keys,
        )
