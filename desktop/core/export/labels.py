"""Words and small formats that every writer shares, so all exports cite and label alike.

Exported files are documents for Chinese readers, so their fixed words are Chinese; they live
here, in one place, rather than scattered through the writers. What an export names itself
(its title, the headings it adds) follows the language of whoever asked (``ExportWords``,
chosen by ``export_words``): an English UI proposes "All Annotations.md", not 全部批注.md. The
user's own text (titles, quotes, notes) is never translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PureWindowsPath

from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.citation import chinese_date, nest_title
from desktop.core.colors import color_label_zh
from desktop.core.records import CollectionRecord, SpeechRecord

KIND_NAMES = {
    AnnotationKind.HIGHLIGHT: "高亮",
    AnnotationKind.NOTE: "批注",
    AnnotationKind.SECTION_NOTE: "章节批注",
    AnnotationKind.SPEECH_NOTE: "全文批注",
}
STATE_NAMES = {
    AnchorState.ANCHORED: "已定位",
    AnchorState.MOVED: "已移位",
    AnchorState.FUZZY: "近似定位",
    AnchorState.ORPHANED: "未能定位",
}
SECTION_SEPARATOR = " › "
SPEECH_NOTES_HEADING = "全文批注"
ORPHANS_HEADING = "未能在现文中定位的批注"
ORPHAN_HINT = "原文已改动，以下批注保留原摘录"
NOTES_HEADING = "批注"
OUTLINE_HEADING = "提纲"
GENERATOR = "批注 Pizhu"
ALL_NOTES_TITLE = "全部批注"
MARKED_QUOTE_LABEL = "标注时原文"
DEFAULT_LANGUAGE = "zh_CN"
"""Exports name themselves in Chinese unless asked otherwise (the command line's default)."""


@dataclass(frozen=True, slots=True)
class ExportWords:
    """What an export names itself, in one language: titles and the headings it adds."""

    all_notes: str
    notes: str
    speech_notes: str
    orphans: str
    orphan_hint: str
    outline: str
    outline_of: str
    """The title of an outline of ``{title}``."""
    several_speeches: str
    """The title of ``{count}`` chosen speeches: the first ``{title}`` and ``{others}`` more."""

    def outline_title(self, title: str) -> str:
        """The title of the outline of what ``title`` names (or a bare "outline")."""
        return self.outline_of.format(title=title) if title else self.outline

    def several_title(self, first_title: str, count: int) -> str:
        """The title of an export of ``count`` chosen speeches: ``《第一篇》等3篇``."""
        title = book_title(first_title)
        return self.several_speeches.format(title=title, count=count, others=count - 1)


CHINESE_WORDS = ExportWords(
    all_notes=ALL_NOTES_TITLE,
    notes=NOTES_HEADING,
    speech_notes=SPEECH_NOTES_HEADING,
    orphans=ORPHANS_HEADING,
    orphan_hint=ORPHAN_HINT,
    outline=OUTLINE_HEADING,
    outline_of="{title}" + OUTLINE_HEADING,
    several_speeches="{title}等{count}篇",
)
ENGLISH_WORDS = ExportWords(
    all_notes="All Annotations",
    notes="Annotations",
    speech_notes="Notes on the Whole Speech",
    orphans="Annotations Not Found in the Current Text",
    orphan_hint="The text has changed since; these annotations keep the words first marked",
    outline="Outline",
    outline_of="{title}: Outline",
    several_speeches="{title} and {others} More",
)


def export_words(language: str) -> ExportWords:
    """The words of exports asked for in ``language`` (``zh_CN``, ``en``, ``en_US``…): English
    for English, Chinese for anything else (the documents' own language)."""
    return ENGLISH_WORDS if language.lower().startswith("en") else CHINESE_WORDS


_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def book_title(title: str) -> str:
    """A title in book-title marks (《…》) unless it already has them; marks inside become 〈〉."""
    stripped = title.strip()
    if stripped.startswith("《") and stripped.endswith("》"):
        return stripped
    return f"《{nest_title(stripped)}》"


def several_speeches_title(first_title: str, count: int) -> str:
    """The title of an export of several chosen speeches: ``《第一篇》等3篇``."""
    return CHINESE_WORDS.several_title(first_title, count)


def source_citation(speech: SpeechRecord) -> str:
    """A speech cited as the app's "copy with citation" cites it (``core.citation``):
    ``张三：《在……上的讲话》，2016年4月15日``."""
    source = book_title(speech.title)
    if speech.speaker and speech.speaker.strip():
        source = f"{speech.speaker.strip()}：{source}"
    if speech.date and speech.date.strip():
        source += f"，{chinese_date(speech.date)}"
    return source


def quote_citation(speech: SpeechRecord) -> str:
    """The citation that follows a quote: the source in full-width parentheses."""
    return f"（{source_citation(speech)}）"


def citation(speech: SpeechRecord, collection: CollectionRecord | None = None) -> str:
    """A speech's citation under its title, naming the collection when that differs."""
    text = source_citation(speech)
    if collection is not None and collection.title.strip() not in ("", speech.title.strip()):
        text += f"，载{book_title(collection.title)}"
    return text


def speech_facts(speech: SpeechRecord, collection: CollectionRecord | None = None) -> list[str]:
    """The speech's date, speaker (with role) and source, as separate short strings."""
    facts = []
    if speech.date:
        facts.append(speech.date)
    if speech.speaker:
        facts.append(f"{speech.role} {speech.speaker}" if speech.role else speech.speaker)
    if collection is not None:
        facts.append(f"来源：{source_name(collection)}")
    return facts


def source_name(collection: CollectionRecord) -> str:
    """Where a collection came from, without the folders of a local file (they differ between
    machines and tell where the user keeps files): a file name, a URL, or else the title."""
    source = collection.source or ""
    if source and not _URL_SCHEME.match(source):
        source = PureWindowsPath(source).name  # splits on both / and \
    return source or collection.title


def section_label(path: tuple[str, ...]) -> str:
    """A section path on one line (``一、… › （一）…``)."""
    return SECTION_SEPARATOR.join(path)


def annotation_facts(color: str | None, kind: str, state: str) -> list[str]:
    """The colour's name, the kind unless a plain highlight, and the state unless anchored."""
    facts = []
    name = color_label_zh(color)
    if name:
        facts.append(name)
    if kind != AnnotationKind.HIGHLIGHT:
        facts.append(KIND_NAMES.get(kind, kind))
    if state != AnchorState.ANCHORED:
        facts.append(STATE_NAMES.get(state, state))
    return facts


def marked_quote_line(marked_quote: str | None) -> str:
    """The line under a quote whose words changed since they were marked (empty if they did not):
    ``标注时原文：“效率就是生产力”``."""
    if not marked_quote:
        return ""
    # One line, whatever paragraphs the words spanned: it sits under the quote as a fact.
    words = " ".join(line.strip() for line in marked_quote.splitlines() if line.strip())
    return f"{MARKED_QUOTE_LABEL}：“{words}”"
