"""A native palette made to read: its selection and placeholder text at 4.5:1 as drawn.

Most native palettes have a selection their selected text does not read on (Fusion's light
one, #308cc6 under white, is 3.7:1) and placeholder text at half opacity (3.9:1 on white);
``app_theme`` puts the native palette back through ``read_native_palette_clearly``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.gui.contrast import (
    PAINTED_CONTRAST,
    blend,
    contrast_ratio,
    first_readable,
    readable_colour,
)

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def read_native_palette_clearly(app: QApplication) -> None:
    """The native palette, with a selection and placeholder texts that read (most have both)."""
    palette = readable_selection(app.palette()) or QPalette(app.palette())
    palette = readable_placeholder(palette) or palette
    if palette != app.palette():
        app.setPalette(palette)


def readable_selection(palette: QPalette) -> QPalette | None:
    """A copy of ``palette`` whose Highlight its HighlightedText reads on at PAINTED_CONTRAST
    (deepened under light text, lightened under dark), or None when it already reads.

    Fusion's own light selection, #308cc6 under white, is 3.7:1.
    """
    changed = QPalette(palette)
    for group in (_Group.Active, _Group.Inactive):
        highlight = palette.color(group, _Role.Highlight)
        text = palette.color(group, _Role.HighlightedText)
        if contrast_ratio(highlight, text) >= PAINTED_CONTRAST:
            continue
        away = QColor("#000000" if text.lightness() >= highlight.lightness() else "#ffffff")
        changed.setColor(group, _Role.Highlight, first_readable(highlight, away, text) or away)
    return None if changed == palette else changed


def readable_placeholder(palette: QPalette) -> QPalette | None:
    """A copy of ``palette`` whose PlaceholderText reads on Base at PAINTED_CONTRAST, opaque,
    or None when it already reads.

    Fusion's is the text at half opacity: on white a grey of 3.9:1, on a sepia page 3.6:1.
    """
    changed = QPalette(palette)
    for group in (_Group.Active, _Group.Inactive):
        changed.setColor(group, _Role.PlaceholderText, placeholder_colour(palette, group))
    return None if changed == palette else changed


def placeholder_colour(palette: QPalette, group: QPalette.ColorGroup = _Group.Active) -> QColor:
    """``palette``'s placeholder text as painted on its Base, moved toward its Text as far as
    it needs to read there (unchanged, translucent or not, when it reads already)."""
    placeholder = palette.color(group, _Role.PlaceholderText)
    base, text = palette.color(group, _Role.Base), palette.color(group, _Role.Text)
    opaque = QColor(placeholder)
    opaque.setAlpha(255)
    painted = blend(base, opaque, placeholder.alphaF())
    if contrast_ratio(painted, base) >= PAINTED_CONTRAST:
        return QColor(placeholder)
    return readable_colour(painted, base, toward=text)
