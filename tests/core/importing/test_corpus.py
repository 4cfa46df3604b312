"""Real documents in the shared corpus, when it is present: structure checked by eye, pinned here.

The corpus is not part of the repository (it is public data kept beside it); these tests are
skipped where it is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.document import NodeKind, OutlineNode, SpanKind, iter_nodes
from desktop.core.imported import ImportedDocument
from desktop.core.importing import import_bytes, import_file
from tests.core.importing.outline_checks import check_document

CORPUS = Path(os.environ.get("PIZHU_CORPUS", Path(__file__).parents[4] / "shared" / "corpus"))
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


def _load(prefix: str) -> ImportedDocument:
    path = next(CORPUS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"corpus file {prefix} is missing")
    return import_file(path)


def _headings(nodes: list[OutlineNode]) -> list[OutlineNode]:
    return [node for node in nodes if node.kind == NodeKind.HEADING]


def _spans(document: ImportedDocument, kind: str) -> list[str]:
    speech = document.speeches[0]
    return [speech.text[s.start : s.end] for s in speech.spans if s.kind == kind]


@pytest.mark.parametrize("prefix", ["01", "02", "03", "05", "07"])
def test_every_corpus_file_is_one_consistent_document(prefix: str) -> None:
    document = _load(prefix)
    check_document(document)
    assert len(document.speeches) == 1


def test_01_toc_is_a_span_and_the_outline_is_not_doubled() -> None:
    document = _load("01")
    speech = document.speeches[0]
    (toc,) = _spans(document, SpanKind.TOC)
    assert toc.startswith("目录\n一、国家在过渡时期的总任务")
    assert toc.endswith("四、为完成和超额完成第一个五年计划而奋斗")
    top = speech.outline
    assert [node.marker for node in top] == ["一、", "二、", "三、", "四、"]
    assert all(node.start > speech.text.index(toc) + len(toc) for node in top)
    assert [node.marker for node in top[2].children] == [f"（{n}）" for n in "一二三四五六七八九"]


def test_01_reused_numbering_is_nested_not_top_level() -> None:
    speech = _load("01").speeches[0]
    first_section = speech.outline[2].children[0]
    first_point = first_section.children[0]
    assert first_point.label.startswith("第一，基本建设规模的大小问题")
    assert [node.marker for node in first_point.children] == ["一、", "二、", "三、", "四、"]
    assert all(node.kind == NodeKind.POINT for node in first_point.children)
    top_markers = [node.marker for node in speech.outline]
    assert top_markers.count("一、") == 1


def test_01_head_metadata() -> None:
    document = _load("01")
    speech = document.speeches[0]
    assert document.title == "1955年国务院政府工作报告"
    assert speech.title == "关于发展国民经济的第一个五年计划的报告"
    assert speech.date == "1955-07-05"
    assert (speech.role, speech.speaker) == ("国务院副总理兼国家计划委员会主任", "李富春")
    assert _spans(document, SpanKind.SALUTATION)[0] == "各位代表："


def test_02_paren_numerals_are_the_top_level_with_fullwidth_digits_under_them() -> None:
    speech = _load("02").speeches[0]
    assert [node.marker for node in speech.outline] == [f"（{n}）" for n in "一二三四五"]
    third = speech.outline[2]
    fifth_point = third.children[4]
    assert fifth_point.label == "第五、关于文化教育"
    markers = [node.marker for node in fifth_point.children]
    assert markers == [f"（{n}）" for n in "１２３４５６７８９"] + ["（１０）"]
    assert all(node.style == "arabic-paren" for node in fifth_point.children)


def test_03_bare_numerals_are_headings() -> None:
    speech = _load("03").speeches[0]
    assert [(node.marker, node.style) for node in speech.outline] == [
        (n, "cn-bare") for n in "一二三四"
    ]
    assert speech.outline[0].label.startswith("一 一九五六年到一九六七年全国农业发展纲要")
    assert (speech.role, speech.speaker) == ("国务院副总理", "谭震林")


def test_05_points_nest_under_their_headings_and_salutations_are_spans() -> None:
    document = _load("05")
    speech = document.speeches[0]
    assert [node.marker for node in speech.outline] == ["一、", "二、", "三、"]
    assert len(speech.outline[0].children) == 3
    assert len(_headings(speech.outline[2].children)) == 7
    points = [node for node in iter_nodes(speech.outline) if node.kind == NodeKind.POINT]
    assert {node.style for node in points} == {"shi", "yao"}
    assert len(points) > 60
    assert speech.date == "2009-03-05"
    assert (speech.role, speech.speaker) == ("国务院总理", "温家宝")
    assert _spans(document, SpanKind.SALUTATION).count("各位代表！") == 5


def test_07_twelve_top_headings_and_49_second_level_ones() -> None:
    document = _load("07")
    speech = document.speeches[0]
    top = speech.outline
    assert [node.marker for node in top][-1] == "十二、"
    assert len(top) == 12
    assert top[-1].label == "十二、坚持和完善党对“三农”工作的领导"
    second = [child for node in top for child in node.children if child.style == "cn-paren"]
    assert len(second) == 49
    assert second[0].label == "（一）指导思想"
    assert document.date == "2018-01-02"
    assert "\r" not in speech.text


@pytest.mark.parametrize("prefix", ["05", "07"])
def test_the_same_document_hard_wrapped_with_page_numbers_reads_the_same(prefix: str) -> None:
    """As if copied out of a PDF: indented paragraphs cut every 36 characters, page numbers."""
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    original = import_file(path).speeches[0]
    lines: list[str] = []
    for paragraph in path.read_text(encoding="utf-8").splitlines():
        if paragraph.strip():
            indented = "\u3000\u3000" + paragraph.strip()
            lines += [indented[i : i + 36] for i in range(0, len(indented), 36)]
            if len(lines) % 5 == 0:
                lines.append(f"- {len(lines) // 5} -")
    wrapped = import_bytes("\n".join(lines).encode("utf-8"), "wrapped.txt").speeches[0]
    assert wrapped.text == original.text
    assert [n.label for n in iter_nodes(wrapped.outline)] == [
        n.label for n in iter_nodes(original.outline)
    ]
