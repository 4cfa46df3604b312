"""Tests for desktop/core/importing/readers/pdf_pages.py: which lines are page furniture."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.imported import RemovalKind
from desktop.core.importing.readers.pdf_pages import page_furniture, page_source_lines

BODY = [
    "我们要深入贯彻落实党的二十大精神，坚持以人民为中心的发展",
    "思想，推动经济社会高质量发展，确保各项任务落到实处。",
    "要抓住关键环节，压实工作责任，确保各项任务落到实处。",
]


def _marked(pages: list[list[str]]) -> list[tuple[str, str | None]]:
    return [(line.text, line.noise) for line in page_source_lines(pages)]


def _body(number: int) -> list[str]:
    mark = "甲乙丙丁戊己庚辛"[number - 1]  # no two pages alike, numbers aside
    return [f"{line}（{mark}）" for line in BODY]


def test_a_header_on_most_pages_and_page_numbers_at_the_edge() -> None:
    pages = [["内部资料 注意保存", *_body(n), f"- {n} -"] for n in range(1, 5)]
    marked = _marked(pages)
    assert [text for text, kind in marked if kind == RemovalKind.PAGE_HEADER] == [
        "内部资料 注意保存"
    ] * 3, "every page's but the first page's top line, which stays in the text"
    assert [text for text, kind in marked if kind == RemovalKind.PAGE_MARKER] == [
        f"- {n} -" for n in range(1, 5)
    ]
    assert all(kind is None for text, kind in marked if text.startswith(BODY[0][:5]))


def test_headers_that_alternate_between_odd_and_even_pages() -> None:
    pages = [[("某某市人民政府" if n % 2 else "政府工作报告"), *_body(n)] for n in range(1, 7)]
    kinds = [kind for _text, kind in _marked(pages) if kind is not None]
    assert kinds == [RemovalKind.PAGE_HEADER] * 5  # the first page's top line stays


def test_a_title_that_later_pages_carry_as_their_header_stays_on_the_first() -> None:
    """Word's "different first page": the title opens page 1, then heads every other page."""
    pages = [["政府工作报告", *_body(1)], *(["政府工作报告", *_body(n)] for n in range(2, 5))]
    marked = _marked(pages)
    assert marked[0] == ("政府工作报告", None)
    headers = [text for text, kind in marked if kind == RemovalKind.PAGE_HEADER]
    assert headers == ["政府工作报告"] * 3


def test_a_header_set_out_in_columns_goes_from_the_first_page_too() -> None:
    header = "某某市人民政府公报　　　　　　2025年第4期"
    pages = [[header, *_body(n), f"- {n} -"] for n in range(1, 4)]
    marked = _marked(pages)
    assert [text for text, kind in marked if kind == RemovalKind.PAGE_HEADER] == [header] * 3


def test_page_furniture_is_found_by_page_and_line() -> None:
    pages = [["内部资料 注意保存", *_body(n), f"- {n} -"] for n in range(1, 4)]
    furniture = page_furniture(pages)
    assert furniture[0] == {4: RemovalKind.PAGE_MARKER}
    assert furniture[1] == {0: RemovalKind.PAGE_HEADER, 4: RemovalKind.PAGE_MARKER}


def test_a_numbered_footer_repeats_once_its_digits_are_set_aside() -> None:
    pages = [[*_body(n), f"第 {n} 页 共 3 页", "某某市人民政府办公室印发"] for n in range(1, 4)]
    marked = [(text, kind) for text, kind in _marked(pages) if kind is not None]
    assert marked == [
        item
        for n in range(1, 4)
        for item in (
            (f"第 {n} 页 共 3 页", RemovalKind.PAGE_MARKER),
            ("某某市人民政府办公室印发", RemovalKind.PAGE_HEADER),
        )
    ]


def test_a_line_on_fewer_than_half_the_pages_is_content() -> None:
    pages = [_body(n) for n in range(1, 6)]
    pages[0].insert(0, "同志们：")
    pages[3].insert(0, "同志们：")
    assert all(kind is None for _text, kind in _marked(pages))


def test_a_bare_number_counts_only_as_the_page_edge_line() -> None:
    footer = "某某市人民政府"
    pages = [["2", *_body(1)], [*_body(2), "3", footer]]
    pages += [[*_body(n), footer] for n in range(3, 6)]
    marked = _marked(pages)
    assert marked.count((footer, RemovalKind.PAGE_HEADER)) == 4
    assert ("2", RemovalKind.PAGE_MARKER) in marked
    assert ("3", None) in marked  # a content line for all we know: a header sits below it


def test_furniture_is_peeled_from_the_edges_only() -> None:
    header = "某某市人民政府"
    pages = [[header, *_body(n)[:2], header, _body(n)[2]] for n in range(1, 4)]
    marked = _marked(pages)
    middle = [kind for text, kind in marked[3::5]]
    assert [text for text, _ in marked[3::5]] == [header] * 3
    assert middle == [None, None, None]  # the same line inside the page is content


def test_one_page_has_no_running_header() -> None:
    pages = [["某某市人民政府", *_body(1), "- 1 -"]]
    assert [kind for _text, kind in _marked(pages)] == [None, None, None, None, "page-marker"]


_LINE = st.text(alphabet="一二三四五页第共- 1234567890", max_size=12)


@given(st.lists(st.lists(_LINE, max_size=8), max_size=6))
def test_every_line_is_kept_in_order_and_only_edges_are_marked(pages: list[list[str]]) -> None:
    lines = page_source_lines(pages)
    assert [line.text for line in lines] == [text for page in pages for text in page]
    position = 0
    for page in pages:
        filled = [i for i, text in enumerate(page) if text.strip()]
        edges = set(filled[:3] + filled[-3:])
        for index in range(len(page)):
            if lines[position + index].noise is not None:
                assert index in edges
        position += len(page)
