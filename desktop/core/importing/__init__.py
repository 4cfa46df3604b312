"""Turn a file into an ``ImportedDocument``: read bytes → text, clean, recover structure.

Public API (the rest of the package is private to it):

- ``import_file(path, *, progress=None, cancel=None) -> ImportedDocument``
- ``import_bytes(data, name, *, progress=None, cancel=None) -> ImportedDocument``

Both raise ``desktop.core.errors.DocumentError`` for any file that cannot be imported.
"""

from __future__ import annotations

from desktop.core.importing.pipeline import import_bytes, import_file

__all__ = ["import_bytes", "import_file"]
