"""The export dialog's file names: the one it proposes, and the ending a typed name gets."""

from __future__ import annotations

from desktop.core.export import FORMATS, export_format
from desktop.core.export.file_names import file_name_for, format_file_title
from desktop.core.export.words import ExportWords
from desktop.core.importing.extensions import FORMAT_BY_EXTENSION


def proposed_name(title: str, format_name: str, words: ExportWords) -> str:
    """The file the dialog proposes for ``title`` in ``format_name``, named as the CLI names it:
    the notes, the outline (…提纲) and the annotated text (…（批注本）) of one selection may all
    be .docx, and exporting one must not replace another."""
    spec = export_format(format_name)
    return file_name_for(format_file_title(title, spec, words), spec.extension, words)


def _named_format(suffix: str) -> str:
    """The format a file name's ``suffix`` names, one word for all its spellings (the
    importer's table: .htm and .xhtml name html, .markdown and .mkd md)."""
    suffix = suffix.lower()
    return FORMAT_BY_EXTENSION.get(suffix, suffix.removeprefix("."))


_EXPORT_FORMATS = frozenset(_named_format(spec.extension) for spec in FORMATS.values())


def names_another_format(suffix: str, extension: str) -> bool:
    """Whether a file ending in ``suffix`` needs ``extension`` instead: it has none, or that
    of another export format (a suffix of no format, as in ``v1.2``, is the user's to keep)."""
    if not suffix:
        return True
    typed = _named_format(suffix)
    return typed != _named_format(extension) and typed in _EXPORT_FORMATS
