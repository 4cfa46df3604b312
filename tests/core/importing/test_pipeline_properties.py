"""``import_bytes`` over generated speech-like files: whatever the mix of lines, the result is a
consistent document (or a ``PizhuError`` of the importer's own), the same on every run."""

from __future__ import annotations

from hypothesis import given, settings

from desktop.core.document import iter_nodes
from desktop.core.errors import PizhuError
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.importing import import_bytes
from tests.core.importing.outline_checks import check_document
from tests.core.importing.speech_strategies import speech_bytes

# Deterministic in CI: the same examples on every run; a wide search is run by hand with more.
_SETTINGS = settings(max_examples=30, derandomize=True)


def import_or_none(data: bytes, name: str) -> ImportedDocument | None:
    """The imported document, or None for the importer's own refusal of the input."""
    try:
        return import_bytes(data, name)
    except PizhuError as error:
        # A crash inside cleaning or structure is wrapped as DocumentError 'corrupt': a bug.
        cause = error.__cause__
        assert cause is None or isinstance(cause, PizhuError), repr(cause)
        return None


def check_labels(speech: Speech) -> None:
    """Each node's numbering is written where it starts, and its words inside its heading."""
    text = speech.text
    for node in iter_nodes(speech.outline):
        assert text.startswith(node.marker, node.start), (node, text[node.start : node.head_end])
        # spacing aside: a label runs a word spaced out letter by letter (总　则) together
        heading = "".join(text[node.start : node.head_end].split())
        first_word = node.label.split()[0].rstrip("…")
        assert first_word in heading, (node, heading)


def check_titles(document: ImportedDocument) -> None:
    """The collection and every speech have a title of some words."""
    assert document.title.strip()
    for speech in document.speeches:
        assert speech.title.strip(), speech


@_SETTINGS
@given(speech_bytes())
def test_generated_speeches_import_consistently(file: tuple[bytes, str]) -> None:
    document = import_or_none(*file)
    if document is None:
        return
    check_document(document)
    check_titles(document)
    for speech in document.speeches:
        check_labels(speech)


@_SETTINGS
@given(speech_bytes())
def test_importing_the_same_bytes_again_gives_the_same_document(file: tuple[bytes, str]) -> None:
    first = import_or_none(*file)
    second = import_or_none(*file)
    assert (first and first.to_dict()) == (second and second.to_dict())
