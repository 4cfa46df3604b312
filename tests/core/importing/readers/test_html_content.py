"""Finding the article in a page, and the headings above it that title it."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.core.importing.readers.html_content import (
    find_main_content,
    text_weight,
    title_headings,
)

_ARTICLE = "".join(
    f"<p>第{n}段：要坚持问题导向，聚焦群众反映强烈的突出问题，切实改进作风。</p>" for n in range(4)
)


def _body(html: str):
    return BeautifulSoup(html, "lxml").body


def test_text_weight_counts_chinese_characters_and_latin_words() -> None:
    assert text_weight("效能革命") == 4
    assert text_weight("abcd efgh") == 2
    assert text_weight(" ，。！ ") == 0


def test_the_tightest_element_holding_the_prose_wins() -> None:
    body = _body(
        "<div id='page'><div id='nav'><a href='/'>首页</a><a href='/a'>机构设置</a></div>"
        f"<div class='content'><div id='inner'>{_ARTICLE}</div></div></div>"
    )
    assert find_main_content(body).get("id") == "inner"


def test_link_lists_do_not_count_as_prose() -> None:
    links = "".join(
        f"<li><a href='/{n}'>关于进一步加强机关效能建设的若干意见{n}</a></li>" for n in range(9)
    )
    body = _body(f"<div id='links'><ul>{links}</ul></div><div id='text'>{_ARTICLE[:80]}</div>")
    assert find_main_content(body).get("id") == "text"


def test_a_page_without_prose_is_its_body() -> None:
    body = _body("<div><img src='a.png'></div>")
    assert find_main_content(body) is body


def test_headings_that_repeat_the_title_are_content() -> None:
    body = _body(f"<h1>市长讲话</h1><h2>栏目</h2><div class='article'>{_ARTICLE}</div>")
    main = find_main_content(body)
    assert [h.get_text() for h in title_headings(body, main, "市长讲话 - 某某网")] == ["市长讲话"]
    assert [h.get_text() for h in title_headings(body, main, None)] == ["市长讲话"]


def test_a_block_named_as_the_title_outside_the_article_is_its_heading() -> None:
    """xinhuanet.com sets the title in div.h-title, no heading element: it is content; the
    site's name in a block named as a title is not."""
    body = _body(
        "<div class='logo-title'>新华网</div><div class='h-title'>关于加强基层治理的意见</div>"
        f"<div class='subtitle-bar'>关于</div><div id='detail'>{_ARTICLE}</div>"
    )
    main = find_main_content(body)
    found = title_headings(body, main, "关于加强基层治理的意见-新华网")
    assert [element.get_text() for element in found] == ["关于加强基层治理的意见"]


def test_the_article_body_a_cms_names_holds_the_speechs_head_too() -> None:
    """A WeChat article sets the speech's title, date and speaker in a <section> of their
    own above the one holding the text: all of #js_content is the article, not that part."""
    lines = ("在全市干部大会上的讲话", "（2024年5月6日）", "市委书记 孙八")
    head = "<section>" + "".join(f"<p>{line}</p>" for line in lines) + "</section>"
    body = _body(
        f"<div id='js_article'><h1>讲话全文</h1><div id='js_content'>{head}"
        f"<section>{_ARTICLE * 3}</section></div></div>"
    )
    assert find_main_content(body).get("id") == "js_content"
