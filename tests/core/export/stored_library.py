"""A real library built by the tests: synthetic speech files imported, annotated through the
AnnotationStore, and one passage edited away by a re-import so that a true orphan exists."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind
from desktop.core.importing import import_file
from desktop.core.records import SpeechRecord
from desktop.core.storage.annotation_values import find_quote
from desktop.core.storage.library import Library, open_library

REFORM_LINES = [
    "在全市效能革命工作会上的讲话",
    "（2016年4月15日）",
    "同志们：",
    "今天召开全市效能革命工作会，总结前阶段工作，部署下一步任务。",
    "一、提高认识，把握效能革命的重大意义",
    "效能革命是转变政府职能的必然要求。我们要坚持“两集中、两到位”，推进并联审批。",
    "这一段将在修订稿中删去，因为它重复了前文的意思。",
    "（一）效能革命是发展的需要",
    "发展是第一要务，效能是发展的保障。一是要改进作风，二是要提高效率。",
    "二、突出重点，扎实推进各项工作",
    "要抓好政务服务中心建设，做到一个窗口对外。",
]
STYLE_LINES = [
    "在全市作风建设大会上的讲话",
    "（2017年3月2日）",
    "同志们：",
    "一、作风建设永远在路上",
    "作风建设是党的建设的重要内容，必须常抓不懈、久久为功。",
    "二、以钉钉子精神抓落实",
    "抓落实要有钉钉子精神，一锤接着一锤敲。",
]
REMOVED_LINE = REFORM_LINES[6]
REFORM_FILE = "效能革命讲话.txt"
STYLE_FILE = "作风建设讲话.txt"


@dataclass
class Note:
    """What a test expects to find of one annotation in an export."""

    annotation: Annotation
    speech: SpeechRecord

    @property
    def quote(self) -> str:
        """The annotated words (empty for a note on the whole speech)."""
        return self.annotation.quote.exact


@dataclass
class StoredLibrary:
    """The library file, its speeches and what was annotated."""

    path: Path
    sources: Path
    reform: SpeechRecord
    style: SpeechRecord
    notes: list[Note] = field(default_factory=list)

    def open(self) -> Library:
        """Open the library (the caller closes it)."""
        return open_library(self.path, create=False, daily_backup=False)

    @property
    def orphan(self) -> Note:
        """The annotation whose words the re-import removed."""
        return next(n for n in self.notes if n.annotation.state == AnchorState.ORPHANED)


def write_sources(folder: Path, *, edited: bool = False) -> Path:
    """The two speech files in ``folder``; ``edited`` drops one passage of the first."""
    folder.mkdir(parents=True, exist_ok=True)
    reform = [line for line in REFORM_LINES if not (edited and line == REMOVED_LINE)]
    (folder / REFORM_FILE).write_text("\n".join(reform) + "\n", encoding="utf-8")
    (folder / STYLE_FILE).write_text("\n".join(STYLE_LINES) + "\n", encoding="utf-8")
    return folder


def import_sources(library: Library, folder: Path) -> list[SpeechRecord]:
    """Import both files; the speeches, first file first."""
    speeches = []
    for name in (REFORM_FILE, STYLE_FILE):
        report = library.store.import_document(import_file(folder / name))
        speeches.extend(library.store.speeches(report.collection_id))
    return speeches


def build_stored_library(root: Path) -> StoredLibrary:
    """Import the files, annotate them, then re-import an edited first file (one orphan)."""
    sources = write_sources(root / "sources")
    with open_library(root / "library.sqlite", seed=None, daily_backup=False) as library:
        reform, style = import_sources(library, sources)
        ids = _annotate(library, reform.id, style.id)
        write_sources(sources, edited=True)
        library.store.import_document(import_file(sources / REFORM_FILE))
        notes = [Note(library.annotations.get(i), library.store.speech(s)) for i, s in ids]
        return StoredLibrary(
            root / "library.sqlite",
            sources,
            library.store.speech(reform.id),
            library.store.speech(style.id),
            notes,
        )


def _annotate(library: Library, reform: int, style: int) -> list[tuple[str, int]]:
    store = library.annotations

    def on(speech: int, words: str, kind: str = AnnotationKind.HIGHLIGHT, **kw: object) -> str:
        start, end = find_quote(library.store.speech_text(speech), words)
        return store.create(speech, kind, start, end, **kw).id  # type: ignore[arg-type]

    made = [
        (
            on(reform, "两集中、两到位", color="yellow", note="**提法**：两集中", tags=["提法"]),
            reform,
        ),
        (on(reform, "效能是发展的保障", color="green", note="金句，可作开头"), reform),
        (on(reform, "并联审批", AnnotationKind.NOTE, note="<script>alert(1)</script>"), reform),
        (on(reform, "政务服务中心建设", color="blue", tags=["数据", "政务"]), reform),
        (on(reform, "重复了前文的意思", color="pink", note="将被删去的一句"), reform),
        (on(style, "一锤接着一锤敲", color="purple", note="结尾金句", tags=["金句"]), style),
    ]
    heading = "二、以钉钉子精神抓落实"
    made.append((on(style, heading, AnnotationKind.SECTION_NOTE, note="第二部分讲落实"), style))
    whole = store.create(reform, AnnotationKind.SPEECH_NOTE, note="全篇结构清晰", tags=["范文"])
    made.append((whole.id, reform))
    return made
