"""What a screen reader finds in a widget tree: the controls it could only call by their type."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
)
"""The widgets a user operates (a label or a frame is only read)."""

CJK = re.compile(r"[\u4e00-\u9fff]")


def says_something(text: str) -> bool:
    """Whether ``text`` has a word in it ("↑", "✕" and "…" do not)."""
    return any(ch.isalpha() for ch in text)


def controls(root: QWidget) -> list[QWidget]:
    """The controls shown under ``root``, without Qt's own parts of a compound widget."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QHeaderView)  # its sections are the model's column titles
        and widget.isVisibleTo(root)
        and not _qt_part(widget)
    ]


def _qt_part(widget: QWidget) -> bool:
    """A piece Qt builds inside another control: a line edit's clear button, a combo's edit."""
    parent = widget.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(
        parent, (QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``: its own, its text or its label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    labels = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    return labels[0].text().replace("&", "") if labels else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls under ``root`` a screen reader could only call "button", "edit"…"""
    return [
        _describe(widget) for widget in controls(root) if not says_something(spoken_name(widget))
    ]


def untranslated_names(root: QWidget) -> list[str]:
    """The controls under ``root`` whose name has no Chinese in the Chinese UI."""
    return [
        f"{_describe(widget)}: {spoken_name(widget)!r}"
        for widget in controls(root)
        if not CJK.search(spoken_name(widget))
    ]


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__} {widget.objectName() or '?'} in {owner}"
