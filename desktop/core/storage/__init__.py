"""The SQLite library: database, collections and speeches, annotations, reading state, backups.

Open a library with ``open_library(path)``; it returns a ``Library`` holding the ``Database``
and the stores (``LibraryStore``, ``AnnotationStore``, ``ReadingState``). Stores return plain
dataclasses and raise ``LibraryError`` with a code.
"""
