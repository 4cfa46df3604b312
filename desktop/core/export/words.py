"""Every word an export writes of its own, in both languages: one table each, nothing scattered.

An export follows the language of whoever asked for it (the UI's, or the command line's
``--language``): what it names itself (title, headings), the names of colours, kinds and anchor
states, its citations' wording and dates, its time-zone line. The user's own text (titles,
speakers, quotes, notes, tags) is never translated. Machine-readable fields (CSV headers, JSON
keys and values, anchor-state codes) do not come from here and stay the same in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.core.annotation import AnchorState, AnnotationKind, Color
from desktop.core.citation import chinese_date, marked_title
from desktop.core.colors import COLOR_TABLE

DEFAULT_LANGUAGE = "zh_CN"
"""Exports are in Chinese unless asked otherwise (the command line's default)."""

CONTENT_LANGUAGE = "zh-CN"
"""The language of the speeches, their titles and the quotes from them, whatever the export's."""

GENERATOR = "批注 Pizhu"
"""The app's name where a machine reads it (the JSON's generator): the same in every language."""


def hash_tags(tags: Sequence[str]) -> str:
    """Tags as they are typed and shown in English: ``#提法 #金句``."""
    return " ".join(f"#{tag}" for tag in tags)


def quoted_tags(tags: Sequence[str]) -> str:
    """Tags as Chinese names them (GB/T 15834): each in quotation marks, no 顿号 between
    quoted items, ``或`` before the last since a title's tags are any of them:
    ``“提法”“数据”或“金句”``. Quotation marks in a tag become single ones, as nested quotes do."""
    quoted = [f"“{tag.replace('“', '‘').replace('”', '’')}”" for tag in tags]
    if len(quoted) < 2:
        return "".join(quoted)
    return "".join(quoted[:-1]) + "或" + quoted[-1]


@dataclass(frozen=True, slots=True)
class FilterNames:
    """What the title of a filtered export names, each part already in the export's words
    (empty when not chosen): the filter's tags, colours, kinds and words, and the speech,
    collection or speeches they are in (``scope``, in book-title marks; empty for the library)."""

    tags: str = ""
    colors: str = ""
    kinds: str = ""
    """The kinds chosen, named as a noun ("高亮", "Highlights"); empty: annotations of any kind."""
    words: str = ""
    scope: str = ""

    def __bool__(self) -> bool:
        return bool(self.tags or self.colors or self.kinds or self.words)


def chinese_filtered_title(names: FilterNames) -> str:
    """``《讲话》中标签为“提法”、含“效能”的黄色高亮``: the parts in Chinese order."""
    clauses = [
        clause
        for clause in (names.tags and f"标签为{names.tags}", names.words and f"含{names.words}")
        if clause
    ]
    lead = "、".join(clauses) + "的" if clauses else ""
    within = f"{names.scope}中" + ("" if clauses else "的") if names.scope else ""
    return f"{within}{lead}{names.colors}{names.kinds or '批注'}"


def english_filtered_title(names: FilterNames) -> str:
    """``Yellow Highlights Tagged #提法 Containing “效能” in 《讲话》``."""
    noun = names.kinds or "Annotations"
    title = f"{names.colors} {noun}" if names.colors else noun
    if names.tags:
        title += f" Tagged {names.tags}"
    if names.words:
        title += f" Containing {names.words}"
    return f"{title} in {names.scope}" if names.scope else title


def _or_joined(names: Sequence[str], comma: str, word: str) -> str:
    """``a``, ``a or b``, ``a, b or c`` (``word`` the language's "or", with its spaces)."""
    if len(names) < 2:
        return "".join(names)
    return comma.join(names[:-1]) + word + names[-1]


def _quoted_words(words: Sequence[str], joiner: str) -> str:
    return joiner.join(f"“{word}”" for word in words)


_ENGLISH_KIND_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        AnnotationKind.HIGHLIGHT: "Highlights",
        AnnotationKind.NOTE: "Notes",
        AnnotationKind.SECTION_NOTE: "Notes on Sections",
        AnnotationKind.SPEECH_NOTE: "Notes on Whole Speeches",
    }
)


@dataclass(frozen=True, slots=True)
class ExportWords:
    """The words an export writes of its own, in one language (templates take ``{name}``s)."""

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
    generator: str
    """The app's name as a reader of the file sees it (documents' properties, a page's footer)."""
    colors: Mapping[str, str]
    kinds: Mapping[str, str]
    states: Mapping[str, str]
    source: str
    """Where a collection came from: ``{source}``."""
    marked_quote: str
    """The words first marked, ``{words}``, under a quote that changed since."""
    zone_note: str
    """The line saying which ``{zone}`` every time is in."""
    exported: str
    """The line under a list's title: made at ``{time}``, then ``{zone_note}``."""
    stamped: str
    """A ``{time}`` followed by its ``{zone}``."""
    cite_speaker: str
    """A cited ``{title}`` after its ``{speaker}``."""
    cite_date: str
    """A cited ``{source}`` followed by its ``{date}``."""
    cite_collection: str
    """A cited ``{source}`` followed by the ``{collection}`` that holds it."""
    cite_after_quote: str
    """A ``{source}`` as it follows a quote."""
    date: Callable[[str], str]
    """An ISO date (``2016-04-15``, ``2016-04``, ``2016``) as a citation gives it."""
    language_tag: str
    """The BCP 47 tag of these words' language: the document's language (HTML ``lang``, Word's
    ``w:lang``), for screen readers, hyphenation and spelling."""
    marker: str
    """The user's ``{number}``-th note as marked after its words and leading it in the list of
    notes. Prefixed as Word's comment markers are ([AB1]), so that it never reads as one of the
    document's own note marks ([1], ［1］, ①) cited from its 注释 or 参考文献."""
    tag_names: Callable[[Sequence[str]], str] = hash_tags
    """How a title names some tags: ``#提法 #金句``, or in Chinese ``“提法”或“金句”``."""
    filtered_title: Callable[[FilterNames], str] = english_filtered_title
    """The title of the annotations a filter chose (``FilterNames``): what they are, where."""
    or_word: str = " or "
    """Between the last two of some colours or kinds, any of which an annotation may be."""
    words_joiner: str = " and "
    """Between words a title names, all of which an annotation holds."""
    list_comma: str = ", "
    """Between the items of a list before its last two."""
    kind_nouns: Mapping[str, str] = field(default_factory=lambda: _ENGLISH_KIND_NOUNS)
    """The kinds of annotation as a title names what it holds."""
    more_items: str = "… and {count} more"
    """A preview's line in place of the ``{count}`` items it leaves out of a long list."""
    annotated_of: str = "{title} (Annotated Text)"
    """The name of a file holding the annotated text of what ``{title}`` names, told apart from
    the list of its notes, which is named by the title alone."""
    all_speeches: str = "All Speeches"
    """What the whole library's outline is of: its speeches (an outline holds no notes)."""

    def outline_title(self, title: str) -> str:
        """The title of the outline of what ``title`` names (or a bare "outline"); the whole
        library, named ``all_notes`` as a list of its notes, is named by its speeches."""
        if title == self.all_notes:
            title = self.all_speeches
        return self.outline_of.format(title=title) if title else self.outline

    def several_title(self, first_title: str, count: int) -> str:
        """The title of an export of ``count`` chosen speeches: ``《第一篇》等3篇``."""
        title = book_title(first_title)
        return self.several_speeches.format(title=title, count=count, others=count - 1)

    def tagged_title(self, tags: Iterable[str], scope: str = "") -> str:
        """The title of the annotations carrying any of ``tags``: the library's, or those in
        ``scope`` (a speech's or collection's title in book-title marks, several speeches'
        title)."""
        return self.filtered_title(FilterNames(tags=self.tag_names(list(tags)), scope=scope))

    def filter_names(
        self,
        tags: Iterable[str] = (),
        colors: Iterable[str] = (),
        kinds: Iterable[str] = (),
        words: Sequence[str] = (),
    ) -> FilterNames:
        """What a title names of a filter's choices, in these words (tags sorted as shown,
        colours and kinds in the order the app lists them, words as typed)."""
        chosen_colors, chosen_kinds = set(colors), set(kinds)
        color_names = [name for color, name in self.colors.items() if color in chosen_colors]
        nouns = [noun for kind, noun in self.kind_nouns.items() if kind in chosen_kinds]
        return FilterNames(
            tags=self.tag_names(sorted(tags, key=str.casefold)) if tags else "",
            colors=_or_joined(color_names, self.list_comma, self.or_word),
            kinds=(
                _or_joined(nouns, self.list_comma, self.or_word)
                if len(nouns) < len(self.kind_nouns)
                else ""  # every kind: annotations
            ),
            words=_quoted_words(words, self.words_joiner),
        )

    def color(self, color: str | None) -> str:
        """A colour value's name (``黄色``, ``Yellow``); empty for none or an unknown one."""
        return self.colors.get(color or "", "")

    def kind(self, kind: str) -> str:
        """An annotation kind's name; an unknown kind as stored."""
        return self.kinds.get(kind, kind)

    def state(self, state: str) -> str:
        """An anchor state's name; an unknown state as stored."""
        return self.states.get(state, state)


def note_marker(number: int, words: ExportWords) -> str:
    """The marker of the user's ``number``-th note in ``words``' language: ``[批1]``, ``[A1]``.

    Every annotated export and the printout write their markers, inline and in the list of
    notes, through this one function.
    """
    return words.marker.format(number=number)


def book_title(title: str) -> str:
    """A title in book-title marks (《…》) unless it already has them; marks inside become 〈〉.
    A title without Chinese characters goes in quotation marks instead (``marked_title``)."""
    stripped = title.strip()
    if stripped.startswith("《") and stripped.endswith("》"):
        return stripped
    return marked_title(stripped)


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_date(iso_date: str) -> str:
    """``2016-04-15`` → ``15 April 2016`` (also ``2016-04`` and ``2016``); other text unchanged."""
    match = _ISO_DATE.match(iso_date.strip())
    if match is None or not 1 <= int(match.group(2) or 1) <= len(_MONTHS):
        return iso_date.strip()
    year, month, day = match.groups()
    parts = [str(int(day))] if day and month else []
    if month:
        parts.append(_MONTHS[int(month) - 1])
    parts.append(year)
    return " ".join(parts)


def _table(entries: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(entries)


CHINESE_WORDS = ExportWords(
    all_notes="全部批注",
    notes="批注",
    speech_notes="全文批注",
    orphans="未能在现文中定位的批注",
    orphan_hint="原文已改动，以下批注保留原摘录",
    outline="提纲",
    outline_of="{title}提纲",
    several_speeches="{title}等{count}篇",
    more_items="……另有{count}项",
    generator=GENERATOR,
    colors=_table({info.color: info.label_zh for info in COLOR_TABLE.values()}),
    kinds=_table(
        {
            AnnotationKind.HIGHLIGHT: "高亮",
            AnnotationKind.NOTE: "批注",
            AnnotationKind.SECTION_NOTE: "章节批注",
            AnnotationKind.SPEECH_NOTE: "全文批注",
        }
    ),
    states=_table(
        {
            AnchorState.ANCHORED: "已定位",
            AnchorState.MOVED: "已移位",
            AnchorState.FUZZY: "近似定位",
            AnchorState.ORPHANED: "未能定位",
        }
    ),
    source="来源：{source}",
    marked_quote="标注时原文：“{words}”",
    zone_note="时间均为 {zone}",
    exported="导出于 {time} · {zone_note}",
    stamped="{time}（{zone}）",
    cite_speaker="{speaker}：{title}",
    cite_date="{source}，{date}",
    cite_collection="{source}，载{collection}",
    cite_after_quote="（{source}）",
    date=chinese_date,
    language_tag=CONTENT_LANGUAGE,
    marker="[批{number}]",
    tag_names=quoted_tags,
    filtered_title=chinese_filtered_title,
    or_word="或",
    list_comma="、",
    words_joiner="",  # quoted items in a row need no 顿号 (GB/T 15834)
    kind_nouns=_table(
        {
            AnnotationKind.HIGHLIGHT: "高亮",
            AnnotationKind.NOTE: "批注",
            AnnotationKind.SECTION_NOTE: "章节批注",
            AnnotationKind.SPEECH_NOTE: "全文批注",
        }
    ),
    annotated_of="{title}（批注本）",
    all_speeches="全部讲话",
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
    generator="Pizhu",
    colors=_table(
        {
            Color.YELLOW: "Yellow",
            Color.GREEN: "Green",
            Color.BLUE: "Blue",
            Color.PINK: "Pink",
            Color.PURPLE: "Purple",
        }
    ),
    kinds=_table(
        {
            AnnotationKind.HIGHLIGHT: "Highlight",
            AnnotationKind.NOTE: "Note",
            AnnotationKind.SECTION_NOTE: "Note on a section",
            AnnotationKind.SPEECH_NOTE: "Note on the whole speech",
        }
    ),
    states=_table(
        {
            AnchorState.ANCHORED: "Anchored",
            AnchorState.MOVED: "Moved",
            AnchorState.FUZZY: "Approximate",
            AnchorState.ORPHANED: "Not found",
        }
    ),
    source="Source: {source}",
    marked_quote="First marked: “{words}”",
    zone_note="All times are {zone}",
    exported="Exported {time} · {zone_note}",
    stamped="{time} ({zone})",
    cite_speaker="{speaker}, {title}",
    cite_date="{source}, {date}",
    cite_collection="{source}, in {collection}",
    cite_after_quote="({source})",
    date=english_date,
    language_tag="en-GB",  # the app's English spells as British English does ("colour")
    marker="[A{number}]",  # A for annotation, as Word's [AB1] gives the author's initials
)


def export_words(language: str) -> ExportWords:
    """The words of exports asked for in ``language`` (``zh_CN``, ``en``, ``en_US``…): English
    for English, Chinese for anything else (the documents' own language)."""
    return ENGLISH_WORDS if language.lower().startswith("en") else CHINESE_WORDS
