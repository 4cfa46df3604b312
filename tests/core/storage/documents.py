"""Documents built by the tests: ImportedDocuments from paragraphs, without the importer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from desktop.core.document import OutlineNode, TextSpan
from desktop.core.imported import ImportedDocument, Removal, Speech
from desktop.resources import sample_collection_path


@cache
def sample_paragraphs() -> tuple[str, ...]:
    """The long paragraphs of the sample collection (real Chinese prose), in order."""
    lines = sample_collection_path().read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if len(line.strip()) >= 60)


def make_speech(index: int, title: str, paragraphs: Sequence[str], **meta: str) -> Speech:
    """A speech: its title line, then the paragraphs, each paragraph a numbered section."""
    text = "\n".join([title, *paragraphs])
    nodes, offset = [], len(title) + 1
    for number, paragraph in enumerate(paragraphs, 1):
        end = offset + len(paragraph)
        point = OutlineNode("point", 2, paragraph[:6], offset, min(offset + 12, end), offset + 6)
        nodes.append(
            OutlineNode(
                "heading",
                1,
                paragraph[:10],
                offset,
                end,
                offset + 10,
                f"{number}.",
                "arabic",
                children=[point],
            )
        )
        offset = end + 1
    spans = [TextSpan("title", 0, len(title))]
    return Speech(index, title, text, outline=nodes, spans=spans, **meta)


def make_document(
    speeches: Sequence[Sequence[str]],
    *,
    title: str = "测试合集",
    source: str = "/data/测试合集.txt",
    titles: Sequence[str] | None = None,
) -> ImportedDocument:
    """A document with one speech per list of paragraphs, and some removed noise."""
    built = [
        make_speech(i, titles[i - 1] if titles else f"讲话{i}", paragraphs, date="2016-04-15")
        for i, paragraphs in enumerate(speeches, 1)
    ]
    removed = [
        Removal("watermark", "(本文权属所有)", 1, 5),
        Removal("page-marker", "- 12 -", None, 40),
    ]
    return ImportedDocument(title, source, "utf-8", "txt", built, removed=removed, date="2016")


def small_document(**kwargs: object) -> ImportedDocument:
    """Three speeches of three sample paragraphs each."""
    paragraphs = sample_paragraphs()
    return make_document([paragraphs[0:3], paragraphs[3:6], paragraphs[6:9]], **kwargs)
