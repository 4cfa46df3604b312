"""Builds small libraries of records and annotations with Chinese text for the export tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, timedelta, timezone, tzinfo

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind, TextQuote
from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan, text_hash
from desktop.core.export.model import ExportFilter, ExportSet, build_export_set
from desktop.core.export.words import CHINESE_WORDS, ExportWords
from desktop.core.records import CollectionRecord, SpeechContent, SpeechRecord

TITLE_LINE = "在全市效能革命工作会上的讲话"
SPEECH_LINES = [
    TITLE_LINE,
    "2016年4月15日",
    "同志们：",
    "今天召开全市效能革命工作会，总结前阶段工作，部署下一步任务。",
    "一、提高认识，把握效能革命的重大意义",
    "效能革命是转变政府职能的必然要求。我们要坚持“两集中、两到位”，推进并联审批。",
    "（一）效能革命是发展的需要",
    "发展是第一要务，效能是发展的保障。一是要改进作风，二是要提高效率。",
    "二、突出重点，扎实推进各项工作",
    "要抓好政务服务中心建设，做到一个窗口对外。",
]
SPEECH_TEXT = "\n".join(SPEECH_LINES)


def offset_of(text: str, words: str) -> tuple[int, int]:
    """Start and end of the first occurrence of ``words``."""
    start = text.index(words)
    return start, start + len(words)


def _line_range(text: str, line: str) -> tuple[int, int]:
    return offset_of(text, line)


def build_outline(text: str = SPEECH_TEXT) -> list[OutlineNode]:
    """The outline of SPEECH_TEXT: two top headings, one sub-heading, two points."""
    first_start, _ = _line_range(text, SPEECH_LINES[4])
    second_start, second_head = _line_range(text, SPEECH_LINES[8])
    sub_start, sub_head = _line_range(text, SPEECH_LINES[6])
    point_one, _ = offset_of(text, "一是要改进作风")
    point_two, _ = offset_of(text, "二是要提高效率")
    points = [
        OutlineNode(
            NodeKind.POINT, 3, "一是要改进作风", point_one, point_two, point_one + 7, "一是"
        ),
        OutlineNode(
            NodeKind.POINT, 3, "二是要提高效率", point_two, second_start, point_two + 7, "二是"
        ),
    ]
    sub = OutlineNode(
        NodeKind.HEADING,
        2,
        "效能革命是发展的需要",
        sub_start,
        second_start,
        sub_head,
        "（一）",
        "paren-cjk",
        points,
    )
    first = OutlineNode(
        NodeKind.HEADING,
        1,
        "提高认识，把握效能革命的重大意义",
        first_start,
        second_start,
        first_start + len(SPEECH_LINES[4]),
        "一、",
        "cjk",
        [sub],
    )
    second = OutlineNode(
        NodeKind.HEADING,
        1,
        "突出重点，扎实推进各项工作",
        second_start,
        len(text),
        second_head,
        "二、",
        "cjk",
    )
    return [first, second]


def build_spans(text: str = SPEECH_TEXT) -> list[TextSpan]:
    """Title, date and salutation lines of SPEECH_TEXT."""
    spans = []
    for kind, line in ((SpanKind.TITLE, 0), (SpanKind.DATE, 1), (SpanKind.SALUTATION, 2)):
        start, end = _line_range(text, SPEECH_LINES[line])
        spans.append(TextSpan(kind, start, end))
    return spans


@dataclass
class Library:
    """A tiny library: collections, speeches with text, annotations."""

    collections: list[CollectionRecord] = field(default_factory=list)
    speeches: list[SpeechContent] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    _clock: int = 0

    def add_collection(self, title: str, source: str | None = "/home/u/讲话汇编.txt") -> int:
        """A new collection; returns its id."""
        record = CollectionRecord(
            id=len(self.collections) + 1,
            title=title,
            source=source,
            date="2024-09-08",
            encoding="utf-8",
            format="txt",
            imported="2024-09-08T10:00:00Z",
            speech_count=0,
        )
        self.collections.append(record)
        return record.id

    def add_speech(
        self,
        collection_id: int,
        text: str = SPEECH_TEXT,
        *,
        title: str = TITLE_LINE,
        index: int | None = None,
        date: str | None = "2016-04-15",
        speaker: str | None = "张三",
        outline: list[OutlineNode] | None = None,
    ) -> SpeechContent:
        """A speech in a collection, with the default outline when the text is SPEECH_TEXT."""
        siblings = [s for s in self.speeches if s.record.collection_id == collection_id]
        record = SpeechRecord(
            id=len(self.speeches) + 1,
            collection_id=collection_id,
            index=index if index is not None else len(siblings) + 1,
            title=title,
            date=date,
            speaker=speaker,
            role="市长" if speaker else None,
            length=len(text),
            text_hash=text_hash(text),
        )
        if outline is None:
            outline = build_outline(text) if text == SPEECH_TEXT else []
        spans = build_spans(text) if text == SPEECH_TEXT else []
        content = SpeechContent(record, text, outline, spans)
        self.speeches.append(content)
        return content

    def annotate(
        self,
        speech: SpeechContent,
        words: str | None,
        *,
        kind: str = AnnotationKind.HIGHLIGHT,
        color: str | None = "yellow",
        note: str = "",
        tags: tuple[str, ...] = (),
        state: str = AnchorState.ANCHORED,
        created: str | None = None,
        occurrence: int = 0,
    ) -> Annotation:
        """An annotation on ``words`` (its ``occurrence``-th appearance), or on the whole speech."""
        self._clock += 1
        stamp = (
            created or f"2024-05-{self._clock % 28 + 1:02d}T08:{self._clock % 60:02d}:00.000000Z"
        )
        if words is None:
            start = end = None
            quote = TextQuote("", "", "")
        else:
            start = -1
            for _ in range(occurrence + 1):
                start = speech.text.index(words, start + 1)
            end = start + len(words)
            quote = TextQuote.from_text(speech.text, start, end)
        annotation = Annotation(
            id=f"00000000-0000-4000-8000-{len(self.annotations) + 1:012d}",
            speech_id=speech.record.id,
            kind=kind,
            start=start,
            end=end,
            quote=quote,
            text_hash=speech.record.text_hash,
            color=color,
            note=note,
            tags=tags,
            state=state,
            created=stamp,
            modified=stamp,
        )
        self.annotations.append(annotation)
        return annotation

    def export_set(
        self,
        scope_title: str = "效能革命讲话摘录",
        export_filter: ExportFilter | None = None,
        zone: tzinfo = UTC,
        words: ExportWords = CHINESE_WORDS,
    ) -> ExportSet:
        """Everything in the library as an ExportSet, its times to be shown in ``zone`` and its
        own words in ``words``' language."""
        return build_export_set(
            self.collections,
            self.speeches,
            self.annotations,
            scope_title=scope_title,
            export_filter=export_filter,
            generated="2024-09-10T02:03:04.000000Z",
            zone=zone,
            words=words,
        )


BEIJING = timezone(timedelta(hours=8))
"""A fixed +08:00 zone: what a reader in China sees, whatever the machine running the tests."""


def sample_library() -> Library:
    """Two collections, three speeches, annotations of every kind, colour and state."""
    library = Library()
    first = library.add_collection("效能革命讲话汇编")
    second = library.add_collection("政务服务文稿", source=None)
    speech = library.add_speech(first)
    other = library.add_speech(
        first,
        "另一篇讲话的正文，讲到作风建设。\n作风建设永远在路上。",
        title="关于作风建设的讲话",
        speaker="李四",
        date="2017-03",
    )
    third = library.add_speech(
        second, "政务服务要便民。\n一个窗口对外。", title="政务服务讲话", speaker=None, date=None
    )
    library.annotate(
        speech,
        "两集中、两到位",
        color="yellow",
        note="**提法**：两集中、两到位",
        tags=("提法", "效能 革命"),
    )
    library.annotate(speech, "效能是发展的保障", color="green", note="金句，可用于开头")
    library.annotate(
        speech,
        "突出重点，扎实推进各项工作",
        kind=AnnotationKind.SECTION_NOTE,
        color=None,
        note="第二部分讲重点任务",
    )
    library.annotate(
        speech,
        None,
        kind=AnnotationKind.SPEECH_NOTE,
        color=None,
        note="全篇结构清晰，可作范文。",
        tags=("范文",),
    )
    library.annotate(speech, "政务服务中心建设", color="blue", tags=("数据",))
    library.annotate(
        speech,
        "并联审批",
        color="pink",
        kind=AnnotationKind.NOTE,
        note="并联审批的做法\n第二行说明",
    )
    library.annotate(other, "作风建设永远在路上", color="purple", note="结尾金句")
    orphan = library.annotate(
        other, "作风建设", color="yellow", note="原文已删去的一句", state=AnchorState.ORPHANED
    )
    orphan.quote = TextQuote("这句话已经不在正文里了", "前文", "后文")
    library.annotate(
        third, "一个窗口对外", color="yellow", note='=HYPERLINK("http://x")', tags=("@危险",)
    )
    return library


SIGNED_LINES = [
    "关于做好防汛工作的通知",
    "2021年5月1日",
    "各乡镇人民政府：",
    "为做好今年防汛工作，现将有关事项通知如下。",
    "一、提高认识",
    "各地要高度重视防汛工作。",
    "某某县人民政府办公室",
    "2021年5月6日",
]


def signed_notice(library: Library) -> SpeechContent:
    """An official document with a date under its title and a sign-off (落款 over a date)."""
    text = "\n".join(SIGNED_LINES)
    heading = _line_range(text, SIGNED_LINES[4])
    outline = [
        OutlineNode(NodeKind.HEADING, 1, "提高认识", heading[0], len(text), heading[1], "一、")
    ]
    speech = library.add_speech(
        library.add_collection("防汛"), text, title=SIGNED_LINES[0], outline=outline
    )
    kinds = {0: SpanKind.TITLE, 1: SpanKind.DATE, 2: SpanKind.SALUTATION}
    kinds |= {6: SpanKind.SIGNATURE, 7: SpanKind.DATE}
    starts = [text.index(line) for line in SIGNED_LINES]  # each line is written once
    speech.spans = [
        TextSpan(kind, starts[line], starts[line] + len(SIGNED_LINES[line]))
        for line, kind in kinds.items()
    ]
    return speech


CITING_TEXT = "\n".join(
    [
        "关于某项工作的讲话",
        "我们要完成今年的各项任务，深入领会会议精神［1］。",
        "注释：",
        "［1］《某某文选》第三卷，某出版社1993年版。",
    ]
)
"""A speech that cites a note of its own, ［1］, from the 注释 block closing it."""


def speech_citing_its_notes(library: Library) -> SpeechContent:
    """A speech (``CITING_TEXT``) with its own note ［1］ after 精神 and the user's after 任务."""
    speech = library.add_speech(library.add_collection("汇编"), CITING_TEXT, title="讲话")
    library.annotate(speech, "任务", note="抓落实")
    return speech


def highlights_without_notes(library: Library) -> SpeechContent:
    """A speech with a highlight tagged but not noted (高质量发展 #提法), one noted too
    (稳中求进: 总基调), and one tagged whose words changed since they were marked (改革开放)."""
    speech = library.add_speech(
        library.add_collection("提法"), "我们要推动高质量发展，\n坚持稳中求进，深化改革开放。"
    )
    library.annotate(speech, "高质量发展", tags=("提法",))
    library.annotate(speech, "稳中求进", note="总基调", tags=("提法",))
    changed = library.annotate(speech, "改革开放", tags=("改革",), state=AnchorState.FUZZY)
    changed.marked_quote = "改革"
    return speech
