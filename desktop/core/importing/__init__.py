"""Turn a file into an ``ImportedDocument``: read bytes → text, clean, recover structure.

Public API (the rest of the package is private to it):

- ``import_file(path, *, progress=None, cancel=None, convert=None) -> ImportedDocument``
- ``import_bytes(data, name, *, progress=None, cancel=None) -> ImportedDocument``
- ``import_source(source, name) -> ImportedDocument`` (already decoded text; pure)
- ``office_batch.converting(paths)``: for an import of many files, the old Word files among
  them converted in batches from now on; the ``convert`` it yields goes to ``import_file``

Modules, one job each: ``readers`` (bytes → ``SourceText``), ``clean`` (the only place text
changes length: ``noise``, ``spacing``, ``joining``, ``edits``), ``split`` (compilations into
speeches), ``head`` (title, date, speaker, salutation, contents), ``sections`` and ``outline``
(headings and points into a tree), ``structure`` (all of it into an ``ImportedDocument``),
``office_convert`` and ``office_batch`` (old Word files through LibreOffice, one or many a run,
with ``office_log`` reading what a run said and ``office_folders`` its temporary folders);
``chars``, ``numbering``, ``dates``, ``lines`` and ``clauses`` are the shared vocabulary.

They raise ``desktop.core.errors.DocumentError`` for any file that cannot be imported.
"""

from __future__ import annotations

from typing import Any

__all__ = ["import_bytes", "import_file", "import_source"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so the readers (a subpackage) load without the whole pipeline.
    if name in __all__:
        from desktop.core.importing import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
