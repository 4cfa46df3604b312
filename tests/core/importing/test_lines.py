"""Single-line judgements: salutations, titles, fields, citations."""

from __future__ import annotations

import pytest

from desktop.core.importing.lines import (
    document_number,
    is_citation,
    is_meeting_field,
    is_subtitle,
    is_title_like,
    is_toc_heading,
    kicker_length,
    mentions_a_speech,
    names_a_frame_part,
    names_a_speech,
    salutation_length,
)


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("同志们:", 4),
        ("各位代表：", 5),
        ("各位代表！", 5),
        ("各位艺术家、同志们,伟大的时代", 10),
        ("尊敬的各位领导、各位来宾：", 13),
        ("女士们、先生们，朋友们：", 12),
        ("同志们,我们在看到成绩的同时", 4),
        ("各位领导要高度重视,", 0),
        ("同志们的努力很重要。", 0),
        ("在各位代表的支持下，", 0),
        # listeners named before 同志们 (学员同志们, 在座的同志们) are still addressed
        ("尊敬的团校各位领导,学员同志们,青年朋友们:", 22),
        ("在座的同志们：", 7),
        ("全体党员同志们要团结一致。", 0),
        # Traditional characters (a Big5 file from Hong Kong or Taiwan).
        ("同志們：", 4),
        ("各位來賓、女士們、先生們：", 13),
        ("同志們的努力很重要。", 0),
        # A converter's mistake common in traditional copies: 志 made 誌.
        ("同誌們：", 4),
        ("同誌們的努力很重要。", 0),
    ],
)
def test_salutations(line: str, length: int) -> None:
    assert salutation_length(line) == length


def test_title_like_subtitle_and_toc() -> None:
    assert is_title_like("关于发展国民经济的第一个五年计划的报告")
    assert not is_title_like("今天召开会议。")
    assert not is_title_like("同志们，")
    assert is_subtitle("——在全市经济工作会议上的讲话")
    assert not is_subtitle("——坚持党管农村工作。毫不动摇地坚持")
    assert is_toc_heading("目 录")
    assert is_toc_heading("目录")
    assert not is_toc_heading("目录管理")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("国办发〔2018〕123号", True),
        ("某政办发〔2017〕46 号", True),
        ("某政办发〔２０１７〕４６号", True),
        ("某政办发〔201746", True),  # closing bracket and 号 lost in a web copy
        ("某政办发〔2017〕46", True),
        ("某政办发2017〕46号", True),
        ("某政办发201746号", False),  # no bracket left: nothing tells it from a code
        ("某某县2017年工作要点", False),
        ("某某规划（2021", False),
        ("第0123号", True),  # a proposal's serial number, with no year
        ("提案第0123号", True),
        ("（第0123号）", True),
        ("国务院令第772号", True),
        ("第１２号", True),
        ("第一号", False),  # a numeral in words: 第一号文件 names, it does not number
        ("关于第12号台风防御工作的通知", False),
        # a report's number with its signer right of it, or that signer on the line under it
        ("某政报〔2024〕12号                  签发人：王某某", True),
        ("某政报〔2024〕12号\u3000\u3000签发人：王某某\u3000李某", True),
        ("签发人：王某某", True),
        ("签发人说明了情况，请予审批。", False),
        ("国办发〔2018〕123号 关于做好冬季安全生产工作的通知", False),
    ],
)
def test_document_numbers(line: str, expected: bool) -> None:
    assert document_number(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "《在十八届中央政治局第一次集体学习时的讲话》（2012年11月17日）",
        "——《在十八届中央纪委二次全会上的讲话》(2013年1月22日)",
        "摘自《习近平谈治国理政》",
        "——2019年3月1日，某某在中青年干部培训班开班式上的讲话",
        "——2018年4月24日至28日，某某在湖北考察时的讲话",
    ],
)
def test_a_line_citing_the_source_of_an_excerpt(line: str) -> None:
    assert is_citation(line)


@pytest.mark.parametrize(
    "line",
    [
        "《共产党宣言》",
        "《决定》的主要内容",
        "学习《决定》（全文）",
        "——2016年，我们在会上讲了很多话，大家都很满意地发言",
    ],
)
def test_lines_naming_a_work_that_cite_nothing(line: str) -> None:
    assert not is_citation(line)


@pytest.mark.parametrize(
    "title",
    [
        "在全市工作会议上的讲话",
        "在全市工作會議上的講話",
        "在某某大会上的致辞",
        "在某某大會上的致辭",
        "新年贺词",
        "新年賀詞",
        "某某同志在动员会上的讲话提纲",
        "某某同誌在動員會上的講話提綱",
        "政府工作报告",
        "政府工作報告",
    ],
)
def test_a_title_ending_with_a_speech_word_names_a_speech(title: str) -> None:
    assert names_a_speech(title)


@pytest.mark.parametrize(
    "line", ["讲话精神要落实到位", "講話精神要落實到位", "某某工作总结", "關於某某的通知"]
)
def test_a_line_not_ending_with_a_speech_word_names_none(line: str) -> None:
    assert not names_a_speech(line)


def test_a_speech_word_anywhere_is_mentioned() -> None:
    assert mentions_a_speech("學習某某講話精神")
    assert not mentions_a_speech("學習某某重要精神")


@pytest.mark.parametrize(
    "text",
    ["案由：关于加强社区养老服务体系建设", "提案人：张明　李华", "审查意见：立案，交市民政局办理"],
)
def test_a_proposals_record_fields_are_fields(text: str) -> None:
    assert is_meeting_field(text)


def test_a_sentence_about_a_proposal_is_no_field() -> None:
    assert not is_meeting_field("案由：这件提案反映的问题很突出。我们要认真办理。")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("前言", True),
        ("前　言", True),
        ("結束語", True),
        ("前言部分的说明", False),
        ("引言：", False),
    ],
)
def test_names_a_frame_part(line: str, expected: bool) -> None:
    assert names_a_frame_part(line) is expected


@pytest.mark.parametrize(
    "headline", ["重磅！市委书记在全市干部大会上的讲话（全文）", "好消息！我市获评全国文明城市"]
)
def test_a_headline_under_its_kicker_is_title_like(headline: str) -> None:
    # a word and its exclamation mark over a headline (重磅！) end no sentence
    assert is_title_like(headline)


@pytest.mark.parametrize(
    "line", ["同志们！今天我们在这里召开大会", "谢谢！", "你好！世界", "重磅！会议召开。"]
)
def test_an_exclamation_opening_words_that_are_no_headline_is_a_sentence(line: str) -> None:
    assert not is_title_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "同志们好！今天召开全市经济工作会议",
        "大家好！我是来自基层一线的青年代表",
        "谢谢大家！下面我讲三点意见",
        "非常感谢！这次会议开得很成功",
        "欢迎大家！今天我们在这里隆重集会",
        "各位好！下面我汇报三个方面的工作",
        "謝謝大家！下面我講三點意見",
    ],
)
def test_a_greeting_or_thanks_before_the_mark_is_no_kicker(line: str) -> None:
    # a line of a hard-wrapped speech opening with a greeting (同志们好！) or thanks (谢谢大家！)
    # is a sentence, as without a kicker rule: not a title or heading
    assert kicker_length(line) == 0
    assert not is_title_like(line)


@pytest.mark.parametrize(
    "line",
    ["很高兴！今天能和大家一起交流，共同探讨青年发展", "记住！群众利益无小事，件件都要放在心上"],
)
def test_an_exclamation_over_clauses_is_no_kicker(line: str) -> None:
    # a headline under its kicker is one phrase: clauses after the mark are a speech's sentence
    assert kicker_length(line) == 0
    assert not is_title_like(line)
