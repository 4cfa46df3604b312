"""Tests for desktop/core/importing/tail.py: the signature and date closing a document."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from tests.core.importing.head_checks import head_of, marked_of


def test_a_signature_dates_a_document_signed_off_before_its_attachment() -> None:
    head, paragraphs = head_of(
        "关于印发某某办法的通知\n各有关单位：\n现将《某某办法》印发给你们，请遵照执行。\n"
        "某某县人民政府\n2021年6月2日\n某某办法\n第一条 为规范管理，制定本办法。\n"
        "第二条 本办法自印发之日起施行。\n第三条 本办法由县政府办公室负责解释。"
    )
    assert head.date == "2021-06-02"
    assert [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.DATE] == [
        "2021年6月2日"
    ]


@pytest.mark.parametrize("signer", ["某某市委政策研究室调研组", "某某大学乡村振兴课题组"])
def test_a_group_signing_over_the_closing_date_is_a_signature(signer: str) -> None:
    marked = marked_of(
        f"关于某某工作的调研报告\n为摸清情况，我们开展了调研。\n三、对策建议\n"
        f"（一）健全工作机制。\n{signer}\n2024年7月10日"
    )
    assert set(marked[-2:]) == {(SpanKind.SIGNATURE, signer), (SpanKind.DATE, "2024年7月10日")}


def test_a_date_line_in_running_text_is_no_signature() -> None:
    head, _ = head_of(
        "关于某事的说明\n各位同志：\n下面说明几个问题。\n一九四九年的事情要这样看，它开辟了新纪元。\n"
        "2021年6月2日\n会议要求各单位认真落实。\n这件事情就说到这里。\n最后讲一点希望。"
    )
    assert head.date is None


def test_a_closing_date_above_the_distribution_lines() -> None:
    head, _ = head_of(
        "关于某事的通知\n各有关单位：\n请做好有关工作。\n某某市人民政府办公室\n2021年3月1日\n"
        "（此件公开发布）\n抄送：市委各部门，市人大常委会办公室。\n"
        "某某市人民政府办公室　　2021年3月2日印发"
    )
    assert head.date == "2021-03-01"


def test_the_issuers_name_over_the_closing_date_is_a_signature() -> None:
    head, paragraphs = head_of(
        "某某县人民政府关于做好防汛工作的通知\n为做好防汛工作，现通知如下。\n"
        "请认真贯彻落实。\n某某县人民政府办公室\n2021年5月6日"
    )
    assert head.signatures == [3]
    assert {3, 4} <= head.whole_lines(paragraphs)
    closing = [(kind, p) for kind, p, *_ in head.marks if p >= 3]
    assert sorted(closing) == [(SpanKind.DATE, 4), (SpanKind.SIGNATURE, 3)]


def test_a_closing_date_under_a_sentence_has_no_signature() -> None:
    head, _ = head_of(
        "在全市工作会议上的讲话\n同志们：\n今天的会议很重要。\n谢谢大家！\n（2020年1月8日）"
    )
    assert head.signatures == []
    assert SpanKind.SIGNATURE not in [kind for kind, *_ in head.marks]


@pytest.mark.parametrize(
    ("signed", "role", "name"),
    [
        ("王小明", None, "王小明"),
        ("中共某某市委书记 王小明", "中共某某市委书记", "王小明"),
        # a name that is also a word: over the closing date a person signs
        ("高峰", None, "高峰"),
    ],
)
def test_a_letter_signed_by_a_person_over_its_date(
    signed: str, role: str | None, name: str
) -> None:
    text = (
        "致全市教师的一封信\n全市广大教师：\n值此教师节来临之际，向大家致以节日的问候！\n"
        f"{signed}\n2016年9月8日"
    )
    head, paragraphs = head_of(text)
    assert (head.role, head.speaker) == (role, name)
    assert head.date == "2016-09-08"
    assert [paragraphs[p].text for p in head.signatures] == [signed]


def test_the_speaker_under_the_title_wins_over_the_signature() -> None:
    head, _ = head_of(
        "在全市工作会议上的讲话\n市长 李四\n（2016年4月15日）\n同志们：\n今天开会。\n"
        "王小明\n2016年4月15日"
    )
    assert (head.role, head.speaker) == ("市长", "李四")


def test_a_writer_signing_with_their_unit_over_the_closing_date_is_the_speaker() -> None:
    head, paragraphs = head_of(
        "学习党纪学习教育心得体会\n按照安排，我认真学习了条例，收获很大。\n"
        "今后，我将坚持学纪在前。\n某某局办公室　王某\n2024年5月10日"
    )
    assert head.signatures == [3]
    assert (head.role, head.speaker) == ("某某局办公室", "王某")
    assert head.date == "2024-05-10"


_NOTICE = (
    "关于做好安全生产工作的通知\n各区县人民政府，市政府各部门：\n为做好安全生产工作，现通知如下。\n"
    "一、提高认识\n各地要提高认识，压实责任。\n二、狠抓落实\n各地要狠抓落实，确保安全。\n"
)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("某某市人民政府", "某某市人民政府"),
        ("某某市人民政府办公室\n（此件公开发布）", "某某市人民政府办公室"),
        ("中共某某市委办公室  某某市人民政府办公室", "中共某某市委办公室  某某市人民政府办公室"),
    ],
    ids=["alone", "over-release-note", "joint"],
)
def test_an_issuer_closing_a_notice_without_a_date_is_its_signature(
    closing: str, signature: str
) -> None:
    head, paragraphs = head_of(_NOTICE + closing)
    signed = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SIGNATURE]
    assert signed == [signature]
    assert head.date is None


@pytest.mark.parametrize(
    "closing",
    [
        "三、加强领导\n某某市人民政府",  # under a heading: no body ended above it
        "请认真贯彻执行\n某某市人民政府",  # under a line broken off
        "谢谢大家",
    ],
)
def test_a_closing_line_after_no_sentence_or_naming_no_issuer_is_no_signature(
    closing: str,
) -> None:
    head, _ = head_of(_NOTICE + closing)
    assert SpanKind.SIGNATURE not in [kind for kind, *_ in head.marks]


@pytest.mark.parametrize(
    "attribution",
    [
        "（{day}在全市{what}会议上的讲话）",
        "——{day}，在全省{what}专题研讨班开班式上的讲话",
    ],
)
def test_the_last_excerpt_of_a_compilation_does_not_date_it(attribution: str) -> None:
    first = attribution.format(day="2017年2月13日", what="组织")
    last = attribution.format(day="2018年6月29日", what="宣传")
    head, _ = head_of(
        f"加强党的政治建设\n一\n讲政治是我们党的根本要求，必须常抓不懈。\n{first}\n"
        f"二\n政治方向是党生存发展第一位的问题。\n{last}"
    )
    assert head.date is None


def test_a_speech_closing_with_its_dated_occasion_is_dated_by_it() -> None:
    head, _ = head_of(
        "加强党的政治建设\n同志们：\n讲政治是我们党的根本要求，必须常抓不懈。\n"
        "谢谢大家！\n（2017年2月13日在全市组织工作会议上的讲话）"
    )
    assert head.date == "2017-02-13"
