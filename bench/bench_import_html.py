"""A big saved web page reads in time linear in its size, near what parsing it costs.

The input is a gov.cn-like page (~8 MB of UTF-8, 2 MB when quick): navigation, a disclosure
table, a share bar, several thousand paragraphs of generated Chinese in the article's
container (every fiftieth a bold heading), related links and a footer. The code is the HTML
reader (`read_html`: decode, parse into bs4, drop what is not text, find the article, emit its
lines). The baseline is lxml's own parse of the same bytes into its C tree, the least any reader
of the page must do: the ratio says how much our Python on top of it costs.

Before the one-walk pass (bs4's `select`, `find_all` and `find_parent` over the whole page for
each question) the ratio was ~75; ~26–32 after it. See bench/README.md.
"""

from __future__ import annotations

import random

import lxml.html

from bench.harness import Benchmark
from desktop.core.importing.readers.html import read_html

_FULL_SIZE = 8 * 1024 * 1024
_QUICK_SIZE = 2 * 1024 * 1024
_CHARACTERS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也能而子说年发展改革"
)
_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>关于某某规划的汇编_政策_政府网"
    "</title><script>var page = 1;</script><style>p {{ margin: 0 }}</style></head><body>"
    "<div class='header'><ul class='nav'>{nav}</ul></div><div class='main'>"
    "<table class='meta'><tr><td>索引号：</td><td>000014349/2025-00012</td><td>主题分类：</td>"
    "<td>综合政务</td></tr><tr><td>标题：</td><td>关于某某规划的汇编</td><td>成文日期：</td>"
    "<td>2025年01月05日</td></tr></table><h1>关于某某规划的汇编</h1>"
    "<div class='share'>分享到：<a>微信</a><a>微博</a></div><div class='pages_content'>"
)
_FOOT = (
    "</div><div class='related'><ul>{related}</ul></div></div>"
    "<div class='footer'>版权所有：某某市人民政府 网站地图</div></body></html>"
)


def _paragraph(chooser: random.Random) -> str:
    """A paragraph of 3 to 8 sentences of generated words."""
    sentences = []
    for _ in range(chooser.randint(3, 8)):
        words = ["".join(chooser.choices(_CHARACTERS, k=chooser.randint(2, 4))) for _ in range(8)]
        sentences.append("，".join(words) + "。")
    return "".join(sentences)


def big_page(quick: bool) -> bytes:
    """The page, ~``size`` bytes of UTF-8."""
    chooser = random.Random(16)
    nav = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(30))
    related = "".join(f"<li><a href='/r{n}'>相关文章{n}</a></li>" for n in range(20))
    size = _QUICK_SIZE if quick else _FULL_SIZE
    parts, total = [_HEAD.format(nav=nav)], 0
    while total < size:
        text = _paragraph(chooser)
        if len(parts) % 50 == 0:
            text = f"<strong>{text[:16]}</strong>"
        parts.append(f"<p style='text-indent:2em'>{text}</p>\n")
        total += len(parts[-1].encode())
    parts.append(_FOOT.format(related=related))
    return "".join(parts).encode()


def read_page(data: bytes) -> object:
    """The HTML reader's lines of the page."""
    return read_html(data, "page.html")


def parse_page(data: bytes) -> object:
    """lxml's parse of the same bytes, in C."""
    return lxml.html.document_fromstring(data)


BENCHMARK = Benchmark(
    name="import-big-html",
    setup=big_page,
    run=read_page,
    baseline=parse_page,
    target_ratio=40,
    description="read_html of a ~8 MB gov.cn-like page vs lxml's own parse of the same bytes",
    repeats=3,
    quick_repeats=1,
)
