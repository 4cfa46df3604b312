"""A visible summary of an article the page holds in full, hidden: told by what it says."""

from __future__ import annotations

from bs4 import BeautifulSoup

from desktop.core.importing.readers.html_summary import drop_summaries

_ARTICLE = "<p>同志们：</p><p>这次会议的主要任务是，总结今年经济工作，部署明年任务。</p>"


def _left(visible: str) -> str:
    soup = BeautifulSoup(
        f"<body>{visible}<div id='copy' style='visibility:hidden'>{_ARTICLE}"
        "<p>来源：某某发布</p></div></body>",
        "lxml",
    )
    copy = soup.find(id="copy")
    assert copy is not None
    drop_summaries(soup, [copy])
    copy.decompose()
    return "".join(soup.get_text().split())


def test_the_paragraphs_the_copy_repeats_go_with_their_button() -> None:
    assert _left(f"<h1>讲话</h1><div class='intro'>{_ARTICLE}<a>展开全文</a></div>") == "讲话"


def test_a_few_words_the_copy_holds_by_chance_stay() -> None:
    # an account's name the article names, a heading over the article: no summary of it
    assert _left("<h2>这次会议的主要任务是</h2><div><p>某某发布</p></div>") == (
        "这次会议的主要任务是某某发布"
    )


def test_a_block_saying_more_than_the_copy_stays() -> None:
    lead = "<div><p>同志们：</p><p>本报记者对会议作了报道，现将讲话全文刊发如下。</p></div>"
    assert _left(lead) == "同志们：本报记者对会议作了报道，现将讲话全文刊发如下。"
