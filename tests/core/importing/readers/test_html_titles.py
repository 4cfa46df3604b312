"""A page whose <title> names only its site: its headline, never a numbered section heading."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.readers.html import read_html

_TITLE = "在全市安全生产工作会议上的讲话"
_PROSE = (
    "<p>今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。</p>"
    "<p>我们必须清醒地看到，当前发展仍面临不少困难和挑战，必须以更大的决心推进工作。</p>"
)


def _page(site: str, above: str, opening: str, level: str = "h3", head: str = "") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{site}</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/gk">政务公开</a> <a href="/xw">新闻中心</a></div>
{above}
<div class="article">{opening}
<p>同志们：</p>{_PROSE}
<{level}>一、充分认识做好安全生产工作的重要意义</{level}>{_PROSE}
<{level}>二、突出抓好重点领域安全整治</{level}>{_PROSE}
</div>
<div class="footer"><p>主办单位：某某市人民政府办公室</p></div></body></html>""".encode()


_CENTRED = f'<p style="text-align:center">{_TITLE}</p>'


@pytest.mark.parametrize(
    ("above", "opening"),
    [
        ("", _CENTRED),
        ("", f"<p><strong>{_TITLE}</strong></p><p>市长 王小明</p><p>（2024年3月5日）</p>"),
        ("", f"<p>{_TITLE}</p>"),  # the first line, before the body starts
        ("", f'<p>发布时间：2024-03-05</p><div align="center">{_TITLE}</div>'),
        (
            f'<div class="title">{_TITLE}</div><div>发布时间：2024-03-05 来源：市政府办公室</div>',
            "",
        ),
        (f'<div class="tit"><strong>{_TITLE}</strong></div>', ""),
    ],
    ids=["centred", "bold-over-speaker", "first-line", "under-dateline", "title-div", "bold-above"],
)
@pytest.mark.parametrize("level", ["h2", "h3"])
@pytest.mark.parametrize(
    "site",
    [
        "某某市人民政府门户网站",
        "中国政府网",
        "某某市人民政府",
        "政务公开_某某市人民政府",  # a column's and the site's names, nothing of the article
        "领导讲话 - 某某市人民政府门户网站",
        "某某市人民政府门户网站-首页",
    ],
)
def test_a_numbered_heading_is_no_headline_where_the_page_sets_its_title(
    site: str, level: str, above: str, opening: str
) -> None:
    data = _page(site, above, opening, level)
    assert read_html(data, "page.html").title == _TITLE
    document = import_bytes(data, "page.html")
    assert document.title == _TITLE
    assert [speech.title for speech in document.speeches] == [_TITLE]


def test_an_unnumbered_heading_above_the_article_is_still_its_headline() -> None:
    data = _page("某某市人民政府门户网站", "<h2>关于做好安全生产工作的意见</h2>", "")
    assert read_html(data, "page.html").title == "关于做好安全生产工作的意见"


def test_og_title_names_the_page_over_a_numbered_heading() -> None:
    head = f'<meta property="og:title" content="{_TITLE}">'
    data = _page("某某市人民政府门户网站", "", "", head=head)
    assert read_html(data, "page.html").title == _TITLE


def test_a_numbered_heading_is_the_headline_when_the_page_sets_nothing_better() -> None:
    data = _page("无标题文档", "", "")
    assert read_html(data, "page.html").title == "一、充分认识做好安全生产工作的重要意义"


@pytest.mark.parametrize(
    "title",
    [
        "在全市安全生产工作会议上的讲话_某某市人民政府",
        "关于做好安全生产工作的通知 - 政务公开 - 某某市",
    ],
)
def test_a_title_naming_its_article_beside_the_site_still_names_the_page(title: str) -> None:
    data = _page(title, "", "")
    assert read_html(data, "page.html").title == title.split("_")[0].split(" - ")[0]
