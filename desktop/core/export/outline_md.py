"""The outline (提纲) of the exported speeches as Markdown: a heading per speech, the outline's
headings as nested Markdown headings with their numbering (一、 （一） 1.), deeper ones and the
points (一是 第一) as nested list items."""

from __future__ import annotations

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.export import labels, times
from desktop.core.export.markdown_text import escape_inline, front_matter
from desktop.core.export.model import ExportSet, outline_line
from desktop.core.export.words import CHINESE_WORDS, ExportWords, book_title
from desktop.core.records import CollectionRecord, SpeechContent

_SPEECH_LEVEL = 2
_DEEPEST_HEADING = 6


def write_outline_markdown(data: ExportSet, *, include_points: bool = True) -> str:
    """The outlines of the set's speeches as one Markdown document."""
    title = data.words.outline_title(data.scope_title)
    blocks = [
        front_matter(
            {
                "title": title,
                "exported": times.local_iso(data.generated, data.zone),
                "generator": data.words.generator,
            }
        ),
        f"# {escape_inline(title)}",
    ]
    for content in data.speeches:
        collection = data.collection_of(content.record)
        blocks.extend(speech_outline(content, collection, include_points, data.words))
    return "\n\n".join(blocks) + "\n"


def speech_outline(
    content: SpeechContent,
    collection: CollectionRecord | None,
    include_points: bool = True,
    words: ExportWords = CHINESE_WORDS,
) -> list[str]:
    """One speech's heading, facts and outline, as Markdown blocks."""
    record = content.record
    blocks = [f"{'#' * _SPEECH_LEVEL} {escape_inline(book_title(record.title))}"]
    facts = labels.speech_facts(record, collection, words)
    if facts:
        blocks.append(escape_inline(labels.facts_line(facts)))
    outline = (content.outline, content.text)
    blocks.extend(_node_blocks(outline, _SPEECH_LEVEL + 1, 0, include_points))
    return blocks


def _node_blocks(
    outline: tuple[list[OutlineNode], str],
    heading_level: int,
    list_depth: int,
    include_points: bool,
) -> list[str]:
    """Headings as their own blocks; list items gathered into one block per run of them."""
    nodes, speech_text = outline
    blocks: list[str] = []
    for node in nodes:
        is_point = node.kind == NodeKind.POINT
        if is_point and not include_points:
            continue
        text = escape_inline(outline_line(node, speech_text))
        if not is_point and heading_level <= _DEEPEST_HEADING:
            blocks.append(f"{'#' * heading_level} {text}")
            children = (node.children, speech_text)
            blocks.extend(_node_blocks(children, heading_level + 1, 0, include_points))
            continue
        item = f"{'  ' * list_depth}- {text}"
        # Below a list item everything is a list item, whatever its rank.
        deeper = _DEEPEST_HEADING + 1
        children = _node_blocks(
            (node.children, speech_text), deeper, list_depth + 1, include_points
        )
        _append_list_lines(blocks, [item, *children])
    return blocks


def _append_list_lines(blocks: list[str], lines: list[str]) -> None:
    """Keep list items of one list in one block (no blank lines between them)."""
    if blocks and blocks[-1].lstrip().startswith("- "):
        blocks[-1] += "\n" + "\n".join(lines)
    else:
        blocks.append("\n".join(lines))
