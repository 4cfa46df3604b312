"""The index type Qt passes to a model's overrides, shared by the models and their delegates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
"""What Qt hands a model or delegate: a plain index, or a persistent one a view keeps."""
