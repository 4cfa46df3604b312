"""The outline as Word, read back with python-docx."""

from __future__ import annotations

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.export.docx_style import BODY_STYLE
from desktop.core.export.outline_docx import write_outline_docx
from desktop.core.export.outline_md import write_outline_markdown
from tests.core.export.factory import Library, sample_library
from tests.core.export.readback import east_asia_font, read_docx


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in read_docx(data).paragraphs]


def test_several_speeches_are_first_level_headings_above_their_outlines() -> None:
    paragraphs = _paragraphs(write_outline_docx(sample_library().export_set()))
    assert paragraphs[0] == ("Title", "效能革命讲话摘录提纲")
    assert ("Heading 1", "《在全市效能革命工作会上的讲话》") in paragraphs
    start = paragraphs.index(("Heading 2", "一、提高认识，把握效能革命的重大意义"))
    assert paragraphs[start : start + 5] == [
        ("Heading 2", "一、提高认识，把握效能革命的重大意义"),
        ("Heading 3", "（一）效能革命是发展的需要"),
        (BODY_STYLE, "一是要改进作风"),
        (BODY_STYLE, "二是要提高效率"),
        ("Heading 2", "二、突出重点，扎实推进各项工作"),
    ]


def test_one_speech_is_the_title_and_its_outline_starts_at_heading_1() -> None:
    library = sample_library()
    library.speeches = library.speeches[:1]
    paragraphs = _paragraphs(write_outline_docx(library.export_set(), include_points=False))
    assert paragraphs[0] == ("Title", "《在全市效能革命工作会上的讲话》提纲")
    assert ("Heading 1", "一、提高认识，把握效能革命的重大意义") in paragraphs
    assert ("Heading 2", "（一）效能革命是发展的需要") in paragraphs
    assert not any(style == BODY_STYLE for style, _ in paragraphs)


def test_heading_fonts_follow_the_official_levels_whatever_the_word_level() -> None:
    document = read_docx(write_outline_docx(sample_library().export_set()))
    fonts = {p.text: east_asia_font(p.runs[0]._element) for p in document.paragraphs if p.runs}
    assert fonts["一、提高认识，把握效能革命的重大意义"] == "黑体"
    assert fonts["（一）效能革命是发展的需要"] == "楷体"


def test_a_speech_without_an_outline_still_gets_its_heading() -> None:
    library = Library()
    library.add_speech(library.add_collection("汇编"), "没有提纲的短文。", title="短文")
    library.add_speech(library.collections[0].id, "另一篇。", title="另一篇")
    paragraphs = _paragraphs(write_outline_docx(library.export_set()))
    assert ("Heading 1", "《短文》") in paragraphs
    assert ("Heading 1", "《另一篇》") in paragraphs


def test_a_heading_keeps_with_the_next_line_only_where_that_line_is_under_it() -> None:
    """Every line of an outline is a heading: kept each with the next, the whole outline after
    the first break moved to the next page, leaving the first half empty."""
    library = sample_library()
    library.speeches = library.speeches[:1]
    for include_points, sub_heading_keeps in [(False, False), (True, None)]:
        data = write_outline_docx(library.export_set(), include_points=include_points)
        document = read_docx(data)
        keeps = {p.text: p.paragraph_format.keep_with_next for p in document.paragraphs}
        assert keeps["一、提高认识，把握效能革命的重大意义"] is None  # its style's: kept
        assert keeps["（一）效能革命是发展的需要"] is sub_heading_keeps  # leaf without points
        assert keeps["二、突出重点，扎实推进各项工作"] is False


_PLAN = "目标任务是：\n1.到2020年，乡村振兴取得重要进展，制度框架和政策体系基本形成；\n要抓好落实。"


def _plan_library() -> Library:
    """A speech whose point's label the importer cut short for the tree (…体系基…)."""
    library = Library()
    start = _PLAN.index("1.")
    head_end = _PLAN.index("；") + 1
    label = "1.到2020年，乡村振兴取得重要进展，制度框架和政策体系基…"
    point = OutlineNode(NodeKind.POINT, 1, label, start, len(_PLAN), head_end, "1.")
    library.add_speech(library.add_collection("规划"), _PLAN, title="讲话", outline=[point])
    return library


def test_a_point_cut_short_for_the_tree_is_written_whole_in_the_outline() -> None:
    """A 提纲 for a draft lists each point's statement, not the tree's label cut mid-word."""
    paragraphs = _paragraphs(write_outline_docx(_plan_library().export_set()))
    whole = "1.到2020年，乡村振兴取得重要进展，制度框架和政策体系基本形成"
    assert (BODY_STYLE, whole) in paragraphs
    assert "- " + whole in write_outline_markdown(_plan_library().export_set())
