"""The outline as Markdown, read back with a CommonMark parser."""

from __future__ import annotations

from markdown_it import MarkdownIt

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.export.outline_md import write_outline_markdown
from tests.core.export.factory import BEIJING, Library, sample_library

_COMMONMARK = MarkdownIt("commonmark")


def _structure(markdown: str) -> list[tuple[str, str]]:
    """(element, text) for every heading and list item, in order."""
    tokens = _COMMONMARK.parse(markdown.partition("\n---\n")[2])
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((token.tag, tokens[index + 1].content))
        elif token.type == "list_item_open":
            found.append((f"li{token.level // 2}", tokens[index + 2].content))
    return found


def test_headings_nest_with_their_numbering_and_points_are_list_items() -> None:
    structure = _structure(write_outline_markdown(sample_library().export_set()))
    assert structure[:7] == [
        ("h1", "效能革命讲话摘录提纲"),
        ("h2", "《在全市效能革命工作会上的讲话》"),
        ("h3", "一、提高认识，把握效能革命的重大意义"),
        ("h4", "（一）效能革命是发展的需要"),
        ("li0", "一是要改进作风"),
        ("li0", "二是要提高效率"),
        ("h3", "二、突出重点，扎实推进各项工作"),
    ]
    assert ("h2", "《政务服务讲话》") in structure


def test_points_can_be_left_out() -> None:
    structure = _structure(
        write_outline_markdown(sample_library().export_set(), include_points=False)
    )
    assert not any(kind.startswith("li") for kind, _ in structure)


def test_deep_outlines_continue_as_nested_lists_and_numbers_stay_literal() -> None:
    text = "甲" * 40
    nodes: list[OutlineNode] = []
    level = nodes
    for depth, marker in enumerate(["一、", "（一）", "1.", "(1)", "①"], 1):
        node = OutlineNode(NodeKind.HEADING, depth, f"第{depth}层", depth, 40, depth + 3, marker)
        level.append(node)
        level = node.children
    library = Library()
    library.add_speech(library.add_collection("汇编"), text, title="深", outline=nodes)
    structure = _structure(write_outline_markdown(library.export_set()))
    assert structure[2:] == [
        ("h3", "一、第1层"),
        ("h4", "（一）第2层"),
        ("h5", "1.第3层"),
        ("h6", "(1)第4层"),
        ("li0", "①第5层"),
    ]


def test_the_export_time_is_local_with_its_offset() -> None:
    markdown = write_outline_markdown(sample_library().export_set(zone=BEIJING))
    assert 'exported: "2024-09-10T10:03:04+08:00"' in markdown.split("\n---\n")[0]


def test_the_whole_librarys_outline_is_of_its_speeches_not_of_annotations() -> None:
    # An outline holds no annotation: the library's is 全部讲话提纲, not 全部批注提纲.
    from desktop.core.export import FORMATS
    from desktop.core.export.file_names import format_file_title
    from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS

    library = sample_library().export_set(scope_title=CHINESE_WORDS.all_notes)
    assert _structure(write_outline_markdown(library))[0] == ("h1", "全部讲话提纲")
    assert format_file_title("全部批注", FORMATS["outline-docx"]) == "全部讲话提纲"
    assert ENGLISH_WORDS.outline_title("All Annotations") == "All Speeches: Outline"
    assert format_file_title("全部批注", FORMATS["docx"]) == "全部批注", "a list of notes"
