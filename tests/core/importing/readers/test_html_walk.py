"""The one-walk answers equal bs4's and soupsieve's general searches, and a big generated page
reads as its paragraphs whatever its shape."""

from __future__ import annotations

import pytest
import soupsieve
from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.importing.readers.html import read_html
from desktop.core.importing.readers.html_content import BLOCK_TAGS, text_weight
from desktop.core.importing.readers.html_walk import (
    block_prose,
    content_elements,
    innermost_holder,
    is_article_body,
    prose_within,
    smallest,
)

# The selectors the walk stands for, as the reader once gave them to bs4's select().
_CONTENT_SELECTORS = (
    "article, main, [role=main], #content, .content, #article, .article, .article-content, "
    ".article_content, #articleContent, .TRS_Editor, .trs_editor_view, #zoom, #UCAP-CONTENT, "
    ".pages_content, #js_content, .rich_media_content, .post-content, .entry-content, "
    "#main-content, .main-content, #text, .text"
)
_ARTICLE_BODIES = (
    "#js_content, .rich_media_content, .TRS_Editor, .trs_editor_view, #UCAP-CONTENT, "
    ".pages_content, #zoom, .article-content, .article_content, #articleContent"
)
_NAMES = ["div", "p", "span", "a", "article", "main", "section", "td", "li", "b"]
_WORDS = ["content", "Content", "text", "zoom", "UCAP-CONTENT", "TRS_Editor", "main", "nav", "x"]
_TEXTS = ["", " ", "发展", "改革开放。", "abc de", "首页"]


@st.composite
def _pages(draw: st.DrawFn, depth: int = 0) -> str:
    """Random nested markup over names, ids, classes and roles sites use."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        name = draw(st.sampled_from(_NAMES))
        attributes = ""
        if draw(st.booleans()):
            attributes += f' id="{draw(st.sampled_from(_WORDS))}"'
        if draw(st.booleans()):
            classes = draw(st.lists(st.sampled_from(_WORDS), max_size=3))
            attributes += f' class="{" ".join(classes)}"'
        if draw(st.integers(0, 5)) == 0:
            attributes += f' role="{draw(st.sampled_from(["main", "nav", "main x"]))}"'
        inner = draw(_pages(depth + 1)) + draw(st.sampled_from(_TEXTS))
        parts.append(f"<{name}{attributes}>{draw(st.sampled_from(_TEXTS))}{inner}</{name}>")
    return "".join(parts)


def _body(html: str) -> Tag:
    soup = BeautifulSoup(f"<html><body>{html}</body></html>", "lxml")
    assert soup.body is not None
    return soup.body


def _reference_prose(body: Tag) -> dict[int, tuple[Tag, float]]:
    """Each block's prose as the reader computed it with bs4's searches."""
    weights: dict[int, tuple[Tag, float]] = {}
    linked: dict[int, float] = {}
    for string in body.find_all(string=True):
        if isinstance(string, PreformattedString) or not isinstance(string, NavigableString):
            continue
        if (weight := text_weight(string)) == 0:
            continue
        block = next((p for p in string.parents if p.name in BLOCK_TAGS or p is body), body)
        weights[id(block)] = (block, weights.get(id(block), (block, 0.0))[1] + weight)
        if string.find_parent("a") is not None:
            linked[id(block)] = linked.get(id(block), 0.0) + weight
    return {
        key: (block, weight * (1 - linked.get(key, 0.0) / weight) ** 2)
        for key, (block, weight) in weights.items()
    }


@settings(max_examples=150, deadline=None)
@given(_pages())
def test_the_walk_answers_as_bs4_and_soupsieve_do(html: str) -> None:
    body = _body(html)
    named = content_elements(body)
    assert [id(tag) for tag in named] == [id(tag) for tag in body.select(_CONTENT_SELECTORS)]
    bodies = soupsieve.compile(_ARTICLE_BODIES)
    assert [is_article_body(tag) for tag in named] == [bodies.match(tag) for tag in named]
    prose = block_prose(body, text_weight, BLOCK_TAGS)
    assert list(prose.items()) == list(_reference_prose(body).items())
    every = [*body.find_all(True), body]
    held = prose_within(every, prose)
    for element in every:
        inside = {id(tag) for tag in element.find_all(True)} | {id(element)}
        assert held[id(element)] == sum(w for key, (_, w) in prose.items() if key in inside)
    assert smallest(every) is min(every, key=lambda tag: len(tag.find_all(True)))
    for element in every:
        chain = {id(tag) for tag in (element, *element.parents)}
        holding = [tag for tag in body.select(_ARTICLE_BODIES) if id(tag) in chain]
        expected = min(holding, key=lambda tag: len(tag.find_all(True))) if holding else None
        assert innermost_holder(element, [t for t in named if is_article_body(t)]) is expected


_PARAGRAPHS = [
    f"第{n}条　各地区各部门要坚持问题导向，推进第{n}项改革任务落地见效，切实改进作风。"
    for n in range(3000)
]
_NAV = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(12))
_FOOTER_TEXT = "版权所有：某某市人民政府 网站地图"


def _page(article: str, charset: str = "utf-8") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>某某规划汇编_政府网"
        f"</title><script>var n = 1;</script></head><body><div class='nav'><ul>{_NAV}</ul>"
        "</div><div class='share'>分享到：<a>微信</a></div>"
        f"<div id='UCAP-CONTENT'>{article}</div><div class='footer'>{_FOOTER_TEXT}</div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("article", "charset"),
    [
        ("".join(f"<p style='text-indent:2em'>{text}</p>" for text in _PARAGRAPHS), "utf-8"),
        ("<div>" + "<br>\n".join(_PARAGRAPHS) + "</div>", "utf-8"),
        ("".join(f"<p>{text}</p>" for text in _PARAGRAPHS), "gbk"),
    ],
    ids=["paragraphs", "br-lines", "gbk"],
)
def test_a_big_page_reads_as_its_paragraphs_and_its_chrome(article: str, charset: str) -> None:
    data = _page(article, charset).encode(charset)
    source = read_html(data, "page.html")
    content = [line.text for line in source.lines if not line.chrome]
    chrome = [line.text for line in source.lines if line.chrome]
    assert content == _PARAGRAPHS
    assert chrome == [f"栏目{n}" for n in range(12)] + ["分享到：微信", _FOOTER_TEXT]
    assert source.encoding == {"utf-8": "utf-8", "gbk": "gb18030"}[charset]
