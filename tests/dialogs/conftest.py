"""Fixtures of the dialogs' tests: the UI languages a dialog is checked in."""

from __future__ import annotations

from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]
