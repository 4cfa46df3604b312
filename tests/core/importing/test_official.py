"""Lines only an official document has: issuer's mark, recipients, attachment labels."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.official import (
    attachment_title_start,
    collective_author,
    is_attachment_label,
    is_issuer_mark,
    is_recipients,
    issuer_block,
    unit_byline,
    writing_unit,
)


@pytest.mark.parametrize(
    "text", ["某某省人民政府办公厅文件", "中共某某市委文件", "某某市人民政府", "中共某某县委"]
)
def test_issuer_marks(text: str) -> None:
    assert is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "某某市人民政府关于印发某某方案的通知",  # a title: 关于
        "某某市老旧小区改造实施方案",  # a title: a kind of document
        "在全市工作会议上的讲话",
        "同志们：",
        "现将方案印发给你们。",
    ],
)
def test_not_issuer_marks(text: str) -> None:
    assert not is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "中国人民银行",
        "国家开发银行",
        "中国工商银行某某分行",
        "中国人民银行某某市中心支行",
        "中国农业银行某某县支行",
        "某某农村商业银行",
        "某某农商行",
        "中国人民银行某某中心支行文件",
        "中共某某市委办",
        "某某县扶贫办",
        "中共某某市委督查办",  # 查办 is also a verb: an office's name still
    ],
)
def test_a_bank_s_or_an_office_s_name_is_an_issuer_s(text: str) -> None:
    # a 行 closing a unit's name is a bank's, a 办 an office's
    assert is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "【独家】全市经济工作会议隆重举行",
        "全市经济工作会议在市会议中心举行",
        "第三次全国土地调查工作正式进行",
        "新修订的条例5月1日起施行",
        "全市首届读书节开幕式隆重举办",
        "首届创新大赛由市科协承办",
    ],
)
def test_a_headline_ending_in_a_verb_of_holding_is_no_issuer_s(text: str) -> None:
    # 举行, 进行, 施行 and 举办, 承办 end a report's headline: a verb, never a unit's name
    assert not is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "国务院办公厅",
        "中共中央办公厅",
        "某某市人民政府",
        "教育部",
        "外交部",
        "国家统计局",
        "某某区市场监督管理局",
        "海关总署",
        "中华全国总工会",
        "中国科学技术协会",
        "某某市人大常委会",
        "某某省红十字会",
        "全国人民代表大会",
        "中国科学院",
        "最高人民法院",
        "中共某某市委党校",
        "某某镇派出所",
        "中共中央 国务院",
        "新华社",
    ],
)
def test_an_organisation_s_name_is_an_issuer_s(text: str) -> None:
    assert is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "高质量发展开新局",  # a situation (新局, 大局, 格局), not a bureau
        "奋进新征程 开新局",
        "牢牢把握工作大局",
        "全市重点项目建设推进会",  # a meeting, not a body (委员会, 协会)
        "2024年全省安全生产工作会",
        "坚持以人民为中心",
        "抓好各项工作部署",  # 部署 is a verb, not a 署
        "选好配强中青年干部",
        "团结就是力量的全部",
        "深化改革，开创新局",  # a sentence's comma: no name has one
        "为群众办实事的好去处",
    ],
)
def test_a_heading_ending_as_a_unit_s_name_does_is_no_issuer_s(text: str) -> None:
    # …局, …会, …部 end headings and sentences as well as units' names: the word they end in,
    # a comma or a figure tells them apart
    assert not is_issuer_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "各乡、镇人民政府,县政府各部门、各直属机构:",
        "各市人民政府，各县（市、区）人民政府，省政府各部门，各大企业，各高等院校：",
        "市人民政府：",
        "纪委、党委各部（室），各总支、直属支部、各部门工会：",  # the kinds bracketed after it
        "各市（州）、县（市、区）人民政府，省政府各部门：",
    ],
)
def test_recipients(text: str) -> None:
    assert is_recipients(text)


@pytest.mark.parametrize(
    "text",
    [
        "同志们：",
        "各级党委要做到以下几点：",
        "具体要求如下：",
        "会议决定，成立以下机构：",  # a sentence's words, not a list of names
        "一、各有关部门：",
        "各省、自治区、直辖市人民政府",  # no colon
    ],
)
def test_not_recipients(text: str) -> None:
    assert not is_recipients(text)


@pytest.mark.parametrize("text", ["附件1", "附件：", "附件 2", "附件二", "附件１：", "附件"])
def test_attachment_labels(text: str) -> None:
    assert is_attachment_label(text)


@pytest.mark.parametrize("text", ["附件1：某某实施方案", "附件是本通知的组成部分。", "附录"])
def test_not_attachment_labels(text: str) -> None:
    assert not is_attachment_label(text)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("某某县某某镇人民政府 王建国", ("某某县某某镇人民政府", "王建国")),
        ("中共某某市委党校　李  明", ("中共某某市委党校", "李明")),
    ],
)
def test_an_authors_unit_and_name(text: str, byline: tuple[str, str]) -> None:
    assert unit_byline(text) == byline


@pytest.mark.parametrize(
    "text",
    ["坚定信心 攻坚克难", "某某市人民政府文件 王建国", "某某县人民政府", "关于某某局 王建国"],
)
def test_not_an_authors_unit_and_name(text: str) -> None:
    assert unit_byline(text) is None


@pytest.mark.parametrize(
    ("line", "start"),
    [("附件：名词解释", 3), ("附件2：某某县道路管理办法", 4), ("附件 一：实施细则", 5)],
)
def test_an_attachments_label_and_title_on_one_line(line: str, start: int) -> None:
    assert attachment_title_start(line) == start


@pytest.mark.parametrize(
    "line", ["附件1", "附件：", "附件：1．某某方案；2．某某清单。", "附件要齐全"]
)
def test_lines_that_are_no_titled_attachment(line: str) -> None:
    assert attachment_title_start(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("《求是》杂志编辑部", "《求是》杂志编辑部"),
        ("本报评论员", "本报评论员"),
        ("关于成立课题组", None),
    ],
)
def test_a_body_writing_as_an_author(line: str, author: str | None) -> None:
    assert collective_author(line) == author


@pytest.mark.parametrize(
    ("title", "line", "following", "unit"),
    [
        (
            "关于某某县产业发展情况的调研报告",
            "某某县委办公室",
            "为摸清底数，开展了调研。",
            "某某县委办公室",
        ),
        ("某某镇第8次党委会议纪要", "中共某某镇委员会", "2024年3月2日", "中共某某镇委员会"),
        ("某某市文化局2023年工作总结", "某某市文化局", "一、主要工作", "某某市文化局"),
        ("在全市大会上的讲话", "中国共产党第二十次全国代表大会", "同志们：", None),
        ("加快推进乡村振兴", "全市农村工作会", "同志们：", None),  # the occasion
        ("加快推进乡村振兴", "全市农村工作推进会", "2024年3月2日", None),
        ("关于某某工作的调研报告", "某某市工商业联合会", "2024年3月2日", "某某市工商业联合会"),
        ("关于某某工作的调研报告", "某某市人民代表大会", "2024年3月2日", "某某市人民代表大会"),
        ("关于某某工作的", "调研报告", "为摸清底数，开展了调研。", None),
        ("某某县委文件", "某某县人民政府文件", "为摸清底数，开展了调研。", None),
        ("坚定信心 攻坚克难", "某某市发展和改革委员会", "关于做好春耕工作的通知", None),
        ("某某党课讲稿", "地点：镇党委会议室", "同志们：", None),
    ],
)
def test_a_unit_under_the_title_that_wrote_the_text(
    title: str, line: str, following: str, unit: str | None
) -> None:
    assert writing_unit(title, line, following) == unit


@pytest.mark.parametrize(
    ("upper", "lower", "following", "issuer"),
    [
        ("中华人民共和国", "国务院新闻办公室", "2023年1月", "中华人民共和国国务院新闻办公室"),
        ("中共某某市委", "某某市人民政府", "2024年3月2日", "中共某某市委、某某市人民政府"),
        ("中华人民共和国", "国务院新闻办公室", "前言", None),  # no date under it
        ("中国的绿色发展", "白皮书", "2023年1月", None),  # a title, then its kind
        ("全市农村工作", "推进会", "2024年3月2日", None),  # an occasion
        ("中华人民共和国", "地点：国务院新闻办公室", "2023年1月", None),
    ],
)
def test_an_issuer_named_over_two_lines_over_the_date(
    upper: str, lower: str, following: str, issuer: str | None
) -> None:
    assert issuer_block("新时代的中国绿色发展", upper, lower, following) == issuer


def test_a_title_broken_over_two_lines_is_no_issuer() -> None:
    assert issuer_block("某某市人民政府关于", "加强管理的", "通知", "2024年3月2日") is None


def test_a_notice_copied_without_its_title_is_not_named_by_its_recipients() -> None:
    """A notice kept in a database without its title opens with whom it is sent to: that line
    addresses it, as 同志们： does a speech; it names nothing."""
    text = (
        "纪委、党委各部（室），各总支、直属支部、各部门工会：\r\n"
        "现将《中共某某省委关于加强工会工作的意见》转发给你们，请结合实际认真学习贯彻。\r\n\r\n"
        "中共某某大学委员会\r\n二〇一一年十月十四日"
    )
    speech = import_bytes(text.encode(), "a.txt").speeches[0]
    assert speech.title.startswith("现将《中共某某省委")
    salutations = [
        speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SALUTATION
    ]
    assert salutations == ["纪委、党委各部（室），各总支、直属支部、各部门工会："]


def test_a_closing_line_over_the_date_signs_only_when_it_names_a_unit() -> None:
    # 开新局 ends as 某某局 does: over the closing date it was taken for the issuer's signature
    body = "\n".join(
        ["在全市经济工作会议上的讲话", "同志们：", "今天我们召开会议，部署今年任务。"]
        + ["一、重点任务", "要抓好重点工作。"]
    )
    signed = {}
    for closing in ("奋力在新征程上开新局", "某某市人民政府"):
        text = f"{body}\n{closing}\n2024年3月6日"
        (speech,) = import_bytes(text.encode(), "speech.txt").speeches
        marks = [speech.text[span.start : span.end] for span in speech.spans]
        signed[closing] = closing in marks
    assert signed == {"奋力在新征程上开新局": False, "某某市人民政府": True}
