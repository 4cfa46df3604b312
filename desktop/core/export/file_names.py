"""The file name an export proposes: its title, made safe, and told apart where titles repeat.

A compilation often gives several speeches one title (No. 1 and No. 2 both 在全县乡村振兴工作会议
上的讲话): exported one by one under that title, the second would overwrite the first. A speech
whose title another speech of its collection shares is named as the concordance names it, its
number after the title (``…讲话（第2篇）``, ``… (No. 2)``): ``SpeechLabelWords.title_first``.
The export dialog proposes this name and the command line writes it when ``--out`` is a folder.
There the formats that share an extension are told apart by what they hold, so that exporting
one selection to every format never overwrites one file with another: a list of notes is named
by the title, an outline ``…提纲`` and an annotated text ``…（批注本）``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.export import ExportFormat, export_format
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import ExportSource
from desktop.core.export.selection import ExportScope, Selection, select_head
from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS, ExportWords
from desktop.core.records import SpeechRecord
from desktop.core.text_templates import ENGLISH_SPEECH_LABEL_WORDS, SpeechLabelWords

# With the spaces beside them: "Changes: A → B" is named "Changes A → B", not with two spaces.
_UNSAFE_IN_FILE_NAMES = re.compile(r' *[\\/:*?"<>|\x00-\x1f]+ *')
_MAX_STEM = 80

CHINESE_SPEECH_LABEL_WORDS = SpeechLabelWords.of(
    "第%1篇", "%1 · %2", "%1 › %2", "%1（%2）", "%1，%2"
)
"""A speech's label in Chinese, as the app's Chinese translation words it."""


def speech_label_words(words: ExportWords) -> SpeechLabelWords:
    """The words that number a speech in the language of ``words``."""
    return ENGLISH_SPEECH_LABEL_WORDS if words is ENGLISH_WORDS else CHINESE_SPEECH_LABEL_WORDS


def file_name_for(title: str, extension: str, words: ExportWords = CHINESE_WORDS) -> str:
    """A file name from an export's title: no characters file systems refuse, not too long."""
    stem = _UNSAFE_IN_FILE_NAMES.sub(" ", title).strip(" .") or words.notes
    return f"{stem[:_MAX_STEM].strip()}{extension}"


def title_is_shared(speech: SpeechRecord, siblings: Iterable[SpeechRecord]) -> bool:
    """Whether another speech among ``siblings`` (its collection's) bears ``speech``'s title."""
    title = speech.title.strip()
    return any(other.id != speech.id and other.title.strip() == title for other in siblings)


def distinct_speech_title(
    speech: SpeechRecord, siblings: Iterable[SpeechRecord], words: ExportWords = CHINESE_WORDS
) -> str:
    """``speech``'s title, with its number after it when a sibling shares the title."""
    if not title_is_shared(speech, siblings):
        return speech.title
    return speech_label_words(words).title_first(speech.title, speech.index)


def selection_file_title(source: ExportSource, selection: Selection) -> str:
    """The title an export's file is named by: the selection's, told apart from its siblings'
    when it is one speech's title that another speech of its collection shares."""
    title = selection.title
    if len(selection.speeches) != 1 or title != selection.speeches[0].title:
        return title  # a collection, several speeches, or named by tags
    speech = selection.speeches[0]
    return distinct_speech_title(speech, source.speeches(speech.collection_id), selection.words)


def format_file_title(title: str, spec: ExportFormat, words: ExportWords = CHINESE_WORDS) -> str:
    """``title`` as the name of a file of format ``spec``: an outline's and an annotated text's
    told apart from a list of notes of the same selection (all three may be .docx)."""
    if spec.takes_points:
        return words.outline_title(title)
    if spec.needs_text:
        return words.annotated_of.format(title=title)
    return title


def proposed_file_name(
    source: ExportSource,
    scope: ExportScope,
    export_filter: ExportFilter | None = None,
    *,
    format_name: str,
    words: ExportWords = CHINESE_WORDS,
) -> str:
    """The file name an export of ``scope`` to ``format_name`` proposes, its annotations
    counted, not read."""
    spec = export_format(format_name)
    selection = select_head(source, scope, export_filter, head=0, words=words)
    title = format_file_title(selection_file_title(source, selection), spec, words)
    return file_name_for(title, spec.extension, words)
