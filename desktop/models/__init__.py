"""Qt item models: one per tree or list shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
"""What Qt hands a model's or a delegate's override: a plain index or a persistent one."""
