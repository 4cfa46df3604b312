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


def test_a_summary_cut_off_in_its_last_paragraph_goes() -> None:
    summary = (
        "<div class='intro'><p>同志们：</p><p>这次会议的主要任务是，总结今年经济……</p>"
        "<a>阅读全文</a></div>"
    )
    assert _left(f"<h1>讲话</h1>{summary}") == "讲话"


def test_lines_broken_by_br_are_paragraphs_of_a_summary() -> None:
    lines = "同志们：<br>这次会议的主要任务是，总结今年经济工作，部署明年任务。<br>"
    assert _left(f"<h1>讲话</h1><div><div>{lines}</div><a>展开全文</a></div>") == "讲话"


def test_words_from_inside_a_paragraph_of_the_copy_are_no_summary_of_it() -> None:
    # A paragraph of a summary is one of the copy's, or the beginning of one when cut off:
    # looked up among them, not searched for in the copy's whole text (a search per block
    # took a big page time in proportion to its size squared). A quote set apart (金句) that
    # the article says in the middle of a paragraph is none.
    quote = "<blockquote><p>的主要任务是，总结今年经济工作，部署明年任务</p></blockquote>"
    assert _left(f"<h1>讲话</h1>{quote}") == "讲话的主要任务是，总结今年经济工作，部署明年任务"


def test_a_paragraph_ending_one_of_the_copy_and_beginning_the_next_is_none() -> None:
    # the copy's words run together across its paragraphs: 同志们：这次会议… is no paragraph
    block = "<div><p>同志们：这次会议的主要任务是，总结今年经济工作</p><a>展开</a></div>"
    assert _left(block) == "同志们：这次会议的主要任务是，总结今年经济工作展开"
