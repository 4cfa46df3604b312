"""The reader's style: theme, font size and the punctuation option, and changing them.

A mixin of ``ReaderView`` kept apart so the view's file stays about what it shows. A new theme
or font size changes only formats: the page keeps its document (its text, line-break hints
and the plan of where each format goes, ``document.PagePlan``) and ``style_page`` sets its
formats anew, where building it again cost a long report some 100 ms for each Ctrl+= (the
speech's roles, bold runs and notes found again, its text set again). The full-width option
changes the text, so it builds the page again.

A theme change mid-report still costs a 220,000-character one some 50-70 ms: most of it (30-45
ms) is Qt laying the text out again down to the reading place, which the return there needs
(any change of a format clears its block's layout, and a place's height needs every block
above it; painting there would need the same), the rest ``style_page`` and Qt's relayout of
the visible page. Colouring only the headings was tried: it cost more (~85 ms).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF, Slot
from PySide6.QtWidgets import QApplication

from desktop.gui.reader.document import ReaderStyle, style_page
from desktop.gui.theme import DEFAULT_FONT_SIZE, ThemeName, next_font_size, theme

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object


class ReaderStyling(_Base):
    """Theme, font size and punctuation of the page, changed keeping the reader's place."""

    @property
    def page_style(self) -> ReaderStyle:
        """The page's theme, font size and punctuation option (a compare window sets its own
        pages in it)."""
        return self._style

    @property
    def theme_name(self) -> str:
        """The current theme's name (``light``, ``sepia`` or ``dark``)."""
        return self._style.theme_name

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name``; unknown names fall back to the default theme."""
        resolved = theme(name).name.value
        if resolved != self._style.theme_name:
            self._restyle(replace(self._style, theme_name=resolved))

    @property
    def font_size(self) -> float:
        """The body font size in points."""
        return self._style.font_size

    @font_size.setter
    def font_size(self, size: float) -> None:
        self.set_font_size(size)

    @property
    def em(self) -> float:
        """The width of one CJK character of the body text, in pixels."""
        return self._style.em

    def set_font_size(self, size: float) -> None:
        """Set the body font size, keeping the reading position."""
        size = float(min(max(size, 6.0), 72.0))
        if size != self._style.font_size:
            self._restyle(replace(self._style, font_size=size))
            self.font_size_changed.emit(size)

    @Slot()
    def zoom_in(self) -> None:
        """One step larger."""
        self.set_font_size(next_font_size(self.font_size, 1))

    @Slot()
    def zoom_out(self) -> None:
        """One step smaller."""
        self.set_font_size(next_font_size(self.font_size, -1))

    @Slot()
    def zoom_reset(self) -> None:
        """Back to the default size."""
        self.set_font_size(DEFAULT_FONT_SIZE)

    @property
    def fullwidth_punctuation(self) -> bool:
        """Whether Latin punctuation in Chinese context shows full-width."""
        return self._style.fullwidth_punctuation

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show (or stop showing) Latin punctuation in Chinese context as full-width."""
        if enabled != self._style.fullwidth_punctuation:
            self._restyle(replace(self._style, fullwidth_punctuation=enabled))

    def _restyle(self, style: ReaderStyle) -> None:
        anchor = self._placed_anchor()
        selection = self.selected_range()
        title = self._title_plate.cursor if self._title_plate is not None else None
        title_selection = (title.anchor(), title.position()) if title is not None else (0, 0)
        same_text = style.fullwidth_punctuation == self._style.fullwidth_punctuation
        self._style = style
        self._apply_palette()
        if same_text and self._page_plan is not None:
            self._restyle_page()
        else:
            self._rebuild()
        if selection is not None:
            self.select_range(*selection)
        if self._title_plate is not None:  # the title's selected words stay selected, too
            self._title_plate.select(*title_selection)
        self._return_to_anchor(anchor)

    def _restyle_page(self) -> None:
        """Give the page shown the formats of the new style, keeping its document."""
        document = self.document()
        size = document.pageSize()
        # At the top while the page is laid out again, as a new document would be: kept in the
        # middle, each look at the lines there (decorations, a resize) laid out all above them,
        # again after each change of width. ``_restyle`` goes back to the place after.
        self.verticalScrollBar().setValue(0)
        # With no page size Qt's layout only forgets the changed blocks' lines: restored, it
        # lays the page out lazily, as a new document, not all of it at once on each edit.
        document.setPageSize(QSizeF())
        style_page(document, self._page_plan, self._style)
        if self._title_plate is not None:  # a small document in the title's formats
            old = self._title_plate.document
            old.setParent(None)  # no longer the page's: ``findChild`` finds the new one
            old.deleteLater()
            self._title_plate, self._plate_mouse = self._make_title_plate(document)
        document.setPageSize(size)
        self._apply_margins()
        self._refresh_decorations()  # the highlights and marks in the new theme's colours
        self._refresh_annotation_ticks(later=True)  # and their ticks, once laid out again

    def _apply_palette(self) -> None:
        colours = self._style.theme
        palette = colours.palette(QApplication.palette())
        self.setPalette(palette)
        # Platform themes may give scroll bars a palette of their own; the page's wins here.
        self.verticalScrollBar().setPalette(
            colours.palette(QApplication.palette(self.verticalScrollBar()))
        )
        if self._toolbar_widget is not None:
            self._toolbar_widget.set_dark(colours.name == ThemeName.DARK)
