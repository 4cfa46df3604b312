"""A library for the term-trend tests: dated and undated speeches, two speakers, and a
compilation whose second speech holds the term in its title alone."""

from __future__ import annotations

from pathlib import Path

from desktop.core.imported import ImportedDocument
from desktop.core.importing import import_bytes
from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import make_speech

TERM = "高质量发展"

# (date, speaker, paragraph): the term twice in 2018's first speech, once in its second,
# three times in 2020's, once in the undated speech, never in 2019's.
SPEECHES = (
    ("2018-03-05", "李明", "我们要推动高质量发展，高质量发展是首要任务。"),
    ("2018", "王芳", "坚持高质量发展不动摇。"),
    ("2019-07", "王芳", "今年的工作稳中有进，民生持续改善。"),
    ("2020-01-02", "李明", "高质量发展；高质量发展；高质量发展。"),
    (None, None, "要把高质量发展落到实处。"),
)

# Its second speech's title stands apart from its text and holds the term; its text does not.
COMPILATION = "\n\n".join(
    [
        "全市工作会议讲话汇编（精选2篇）",
        "在全市经济工作会议上的讲话 篇1",
        "同志们：\n我们要坚持稳中求进工作总基调。\n一、关于今年的工作\n抓好落实。",
        "在全市推动高质量发展大会上的讲话 篇2",
        "同志们：\n营商环境就是生产力。\n一、提高认识\n抓好落实。",
    ]
)


def trend_document() -> ImportedDocument:
    """The five speeches above, in one collection."""
    speeches = [
        make_speech(index, f"讲话{index}", [text], **({"date": date} if date else {}))
        for index, (date, _speaker, text) in enumerate(SPEECHES, 1)
    ]
    for speech, (_date, speaker, _text) in zip(speeches, SPEECHES, strict=True):
        speech.speaker = speaker
    return ImportedDocument("趋势测试", "/data/趋势测试.txt", "utf-8", "txt", speeches)


def make_trend_library(path: Path) -> tuple[Library, int, int]:
    """A new library at ``path`` with the five speeches and the compilation; the library
    and the two collections' ids."""
    library = open_library(path, seed=None)
    first = library.store.import_document(trend_document()).collection_id
    second = library.store.import_document(
        import_bytes(COMPILATION.encode(), "汇编.txt")
    ).collection_id
    return library, first, second


# (date, paragraph): speeches of 2015, 2016 and 2018 and none of 2017 (a gap in the record),
# the term once, twice and three times, and an undated speech without it.
GAP_SPEECHES = (
    ("2015-06", "推动高质量发展。"),
    ("2016-03-01", "高质量发展，高质量发展。"),
    ("2018", "高质量发展；高质量发展；高质量发展。"),
    (None, "今年的工作稳中有进。"),
)


def make_gap_library(path: Path) -> Library:
    """A new library at ``path`` of one collection, its speeches skipping 2017."""
    library = open_library(path, seed=None)
    speeches = [
        make_speech(index, f"讲话{index}", [text], **({"date": date} if date else {}))
        for index, (date, text) in enumerate(GAP_SPEECHES, 1)
    ]
    library.store.import_document(
        ImportedDocument("缺年测试", "/data/缺年测试.txt", "utf-8", "txt", speeches)
    )
    return library
