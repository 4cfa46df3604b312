"""Parts (第N篇) of one work told from a compilation's documents numbered so."""

from __future__ import annotations

import pytest

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.parts import parts_of_one_work

_BODY = [
    "第一篇　坚持创新驱动发展",
    "第一章　强化战略科技力量",
    "整合优化科技资源配置。",
    "第二篇　加快发展现代产业体系",
    "第一章　提升制造业核心竞争力",
    "推进产业基础高级化。",
]


def _parts(title: str, body: list[str] = _BODY) -> tuple[list[Paragraph], list]:
    paragraphs = [Paragraph(text) for text in [title, *body]]
    return paragraphs, [(2, 4, "坚持创新驱动发展"), (5, 7, "加快发展现代产业体系")]


@pytest.mark.parametrize(
    "title",
    [
        "某某市国民经济和社会发展第十四个五年规划纲要",
        "某某县“十四五”综合交通运输发展规划（草案）",
        "《某某市城市总体规划纲要》",
    ],
)
def test_chapters_from_one_in_each_part_of_a_plan(title: str) -> None:
    assert parts_of_one_work(*_parts(title))


@pytest.mark.parametrize(
    "title", ["某某市规划文件汇编", "某某市政策文件选编", "领导讲话汇编（精选2篇）"]
)
def test_chapters_from_one_in_each_part_of_a_compilation(title: str) -> None:
    assert not parts_of_one_work(*_parts(title))


@pytest.mark.parametrize(
    "title",
    [
        "学习资料",
        "关于印发规划纲要的通知。",
        "某某市“十四五”时期经济社会发展的总体思路",  # no …规划 or …纲要 in sight
        "第一部分",
    ],
)
def test_parts_headed_as_a_works_own_make_one_work_under_any_title(title: str) -> None:
    """第一篇 … 第一章 … 第二篇 … 第一章: the parts of a plan (or a book) whose title does not
    say it, unless something says they are documents of their own."""
    assert parts_of_one_work(*_parts(title))


def test_parts_labelled_by_a_compiler_are_documents() -> None:
    body = [
        text.replace("第一篇　", "【第1篇】").replace("第二篇　", "【第2篇】") for text in _BODY
    ]
    assert not parts_of_one_work(*_parts("学习资料", body))


def test_parts_opening_on_a_documents_own_date_are_documents() -> None:
    body = list(_BODY)
    body.insert(4, "（2021年3月1日市人民代表大会常务委员会通过）")
    paragraphs = [Paragraph(text) for text in ["学习资料", *body]]
    assert not parts_of_one_work(
        paragraphs, [(2, 4, "坚持创新驱动发展"), (5, 8, "加快发展现代产业体系")]
    )


def test_chapters_numbered_on_make_one_work_under_any_title() -> None:
    body = [text.replace("第一章　提升", "第二章　提升") for text in _BODY]
    assert parts_of_one_work(*_parts("学习资料", body))


def test_parts_without_chapters_are_no_work_in_parts() -> None:
    body = [text for text in _BODY if "章" not in text]
    paragraphs = [Paragraph(text) for text in ["某某市发展规划纲要", *body]]
    assert not parts_of_one_work(paragraphs, [(2, 3, None), (4, 5, None)])


def test_a_plan_under_the_notice_issuing_it() -> None:
    head = [
        "某市人民政府关于印发《某市国民经济和社会发展第十四个五年规划纲要》的通知",
        "各区人民政府，市政府各部门：",
        "现将《纲要》印发给你们，请认真贯彻执行。",
        "某市国民经济和社会发展第十四个五年规划纲要",
    ]
    paragraphs = [Paragraph(text) for text in [*head, *_BODY]]
    parts = [(5, 7, "坚持创新驱动发展"), (8, 10, "加快发展现代产业体系")]
    assert parts_of_one_work(paragraphs, parts)
