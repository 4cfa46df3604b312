"""Dates of Chinese documents to ISO 8601."""

from __future__ import annotations

import pytest

from desktop.core.importing.dates import date_line, dates_told, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("(2016年4月15日)", "2016-04-15"),
        ("（2018年1月2日）", "2018-01-02"),
        ("2024-09-08", "2024-09-08"),
        ("2016/4/5", "2016-04-05"),
        ("2016.04.15", "2016-04-15"),
        ("二〇一六年四月十五日", "2016-04-15"),
        ("一九五五年三月", "1955-03"),
        ("２００９年３月５日", "2009-03-05"),
        ("——1955年7月5日至6日在第一届全国人民代表大会第二次会议上", "1955-07-05"),
        ("——１９７０年１２月２１日和２２日在第三届全国人民代表大会第一次会议上", "1970-12-21"),
        ("（1988年3月25日及26日）", "1988-03-25"),
        ("——２００９年３月５日在第十一届全国人民代表大会第二次会议上", "2009-03-05"),
        ("2023年5月6日在全市工作会议上的讲话", "2023-05-06"),
        ("发布时间：2024-09-08 10:32", "2024-09-08"),
        ("【2020年12月】", "2020-12"),
        ("（2024年10月23日下午）", "2024-10-23"),  # when in the day a speech was given
        ("（2024年10 月23 日下午16：30-17：30）", "2024-10-23"),  # and the hours it took
    ],
)
def test_date_lines(text: str, iso: str) -> None:
    assert date_line(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "2016年4月15日，我们召开了会议，研究部署工作。",
        "截止8月31日，共处理39人",
        "今年以来，全市经济运行平稳",
        "2010年全市单位GDP能耗同比下降1.17%",
    ],
)
def test_sentences_are_not_date_lines(text: str) -> None:
    assert date_line(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "（2023年12月29日国务院第22次常务会议通过\u30002024年1月12日国务院令第772号公布"
            "\u3000自2024年3月1日起施行）",
            "2023-12-29",
        ),
        (
            "（1988年9月5日第七届全国人民代表大会常务委员会第三次会议通过\u3000根据2010年4月29日"
            "第十一届全国人民代表大会常务委员会第十四次会议修订）",
            "1988-09-05",
        ),
        ("(2019年3月15日第十三届全国人民代表大会第二次会议通过)", "2019-03-15"),
    ],
)
def test_a_laws_record_of_its_passing_is_a_date_line(text: str, iso: str) -> None:
    assert date_line(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "（本办法自2024年3月1日起施行）",
        "（2023年12月29日会议通过。另见附件。）",
        "2023年12月29日国务院常务会议通过了这个条例。",
    ],
)
def test_a_sentence_about_a_passing_is_no_record(text: str) -> None:
    assert date_line(text) is None


def test_parse_date_finds_the_first_date_and_rejects_impossible_ones() -> None:
    assert parse_date("会议于2016年4月15日召开，2017年结束") == "2016-04-15"
    assert parse_date("2016年13月1日") is None
    assert parse_date("2016年2月30日") == "2016-02"
    assert parse_date("没有日期") is None


def test_the_dates_a_text_tells_of_leave_out_its_bounds() -> None:
    text = "2024年3月5日上午开幕，2024.3.11闭幕，2025年12月31日前完成，自2026年1月1日起施行。"
    assert dates_told(text) == ["2024-03-05", "2024-03-11"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("（2023年10月18日，北京）", "2023-10-18"),
        ("(2017年1月18日，日内瓦)", "2017-01-18"),
        ("（2019年4月26日，北京人民大会堂）", "2019-04-26"),
    ],
)
def test_a_date_with_where_it_was_given_is_a_date_line(text: str, iso: str) -> None:
    assert date_line(text) == iso


@pytest.mark.parametrize("text", ["（2021年，修订）", "（北京，2023年10月18日来电，全文如下）"])
def test_a_year_or_a_sentence_with_a_place_is_no_placed_date_line(text: str) -> None:
    assert date_line(text) is None
