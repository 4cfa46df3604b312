"""The author a web page marks apart from its text (WeChat's #js_author_name, a CMS's
<meta name="author">) is the speaker where the text names none (readers.html_authors)."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.readers.html import read_html
from tests.core.importing.readers.wechat_factory import wechat_post

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">{meta}<title>{title}_领导讲话_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/">领导讲话</a></div>
<div class="content"><h1>{title}</h1>{paragraphs}</div>
<div class="footer">主办：某某市人民政府办公室 版权所有</div>
</body></html>
"""
_BODY = [
    "同志们：",
    "今天召开全市优化营商环境大会，主要任务是动员全市上下进一步优化营商环境。",
    "一、充分认识优化营商环境的重要意义",
    "优化营商环境是促进高质量发展的重要基础，各级各部门要切实增强责任感和紧迫感。",
]


def _page(author: str, title: str = "在全市优化营商环境大会上的讲话", head: str = "") -> bytes:
    meta = f'<meta name="author" content="{author}">' if author else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in [*head.split("\n"), *_BODY] if line)
    return _PAGE.format(meta=meta, title=title, paragraphs=paragraphs).encode()


def test_a_post_not_marked_original_names_its_author_by_the_page_s_mark() -> None:
    # 王建国 某某发布 2024-03-06 08:30: no text rule tells the name from the account, the
    # page does (#js_author_name, #js_name)
    page = wechat_post(original=False)
    assert read_html(page, "post.html").meta["page-author"] == "王建国"
    (speech,) = import_bytes(page, "post.html").speeches
    assert speech.speaker == "王建国"


def test_a_post_whose_author_field_holds_its_account_names_no_one() -> None:
    (speech,) = import_bytes(wechat_post(original=False, author="某某发布"), "post.html").speeches
    assert speech.speaker is None


def test_a_post_s_author_meta_naming_its_account_names_no_one() -> None:
    page = wechat_post(author="", head="<meta name='author' content='某某发布'>")
    assert "page-author" not in read_html(page, "post.html").meta
    assert import_bytes(page, "post.html").speeches[0].speaker is None


@pytest.mark.parametrize(
    ("author", "role", "name"),
    [("王建国", None, "王建国"), ("市委书记 王建国", "市委书记", "王建国")],
)
def test_a_page_s_author_meta_naming_a_person_names_the_speaker(
    author: str, role: str | None, name: str
) -> None:
    (speech,) = import_bytes(_page(author), "speech.html").speeches
    assert (speech.role, speech.speaker) == (role, name)


@pytest.mark.parametrize("author", ["人民网", "某某市人民政府", "admin", "某某发布", "文明网"])
def test_a_page_s_author_meta_naming_a_site_names_no_one(author: str) -> None:
    (speech,) = import_bytes(_page(author), "speech.html").speeches
    assert speech.speaker is None


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("李明华同志在全市优化营商环境大会上的讲话", ""),  # the title names its speaker
        ("在全市优化营商环境大会上的讲话", "市长 李明华"),  # the speaker's line under it
    ],
)
def test_the_speaker_the_text_names_wins_over_the_page_s_author(title: str, head: str) -> None:
    (speech,) = import_bytes(_page("王建国", title, head), "speech.html").speeches
    assert speech.speaker == "李明华"
