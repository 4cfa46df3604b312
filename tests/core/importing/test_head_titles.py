"""Tests for desktop/core/importing/head_titles.py: titles broken, repeated, and news headlines."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.head import read_head
from tests.core.importing.head_checks import head_of, marked_of

_LINES = [
    "某某在湖南考察时强调",
    "坚持改革创新 奋力谱写新篇章",
    "某某陪同考察",
    "中共中央总书记日前在湖南考察时强调，要坚持稳中求进工作总基调。",
    "考察期间，他先后来到多地调研。",
]


def _read(datelines: list[int]) -> tuple[list[str], list[str]]:
    paragraphs = [Paragraph(line) for line in _LINES]
    head = read_head(paragraphs, datelines)
    subtitles = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    return head.titles, subtitles


@pytest.mark.parametrize("datelines", [[3], [1], [0], [2, 4]])
def test_a_dateline_removed_from_the_head_makes_it_a_news_reports(datelines: list[int]) -> None:
    assert _read(datelines) == (
        ["坚持改革创新 奋力谱写新篇章"],
        ["某某在湖南考察时强调", "某某陪同考察"],
    )


@pytest.mark.parametrize("datelines", [[], [4]])
def test_without_a_dateline_in_its_head_the_last_title_line_is_the_title(
    datelines: list[int],
) -> None:
    titles, _ = _read(datelines)
    assert titles[-1] == "某某陪同考察"


def test_a_traditional_script_reports_kicker_and_sub_headline_are_its_subtitles() -> None:
    text = (
        "行政院長出席論壇時強調\n堅持創新驅動 打造智慧島嶼\n部長出席並致辭\n"
        "新華社北京3月5日電\n行政院長今天出席論壇時強調，要堅持創新驅動發展。"
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == "堅持創新驅動 打造智慧島嶼"
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == ["行政院長出席論壇時強調", "部長出席並致辭"]


# a report opening with no dateline: only its reporter's byline tells it is one
_REPORT = "12月20日，全市经济工作会议召开。会议总结了今年工作。\n市委书记出席会议并讲话。"


def _report(head_lines: str, byline: str = "本报记者 王小明") -> tuple[str, list[str]]:
    text = f"{head_lines}\n{byline}\n{_REPORT}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


@pytest.mark.parametrize("byline", ["本报记者 王小明", "记者 王小明 通讯员 李华"])
def test_a_reporters_byline_on_its_own_line_makes_a_news_report(byline: str) -> None:
    title, subtitles = _report("坚持稳中求进 推动高质量发展\n全市经济工作会议召开", byline)
    assert title == "全市经济工作会议召开"
    assert subtitles == ["坚持稳中求进 推动高质量发展"]  # the 引题 over the 主题


def test_a_headline_set_as_a_couplet_is_one_title() -> None:
    title, subtitles = _report("锚定目标不放松\n全力以赴拼经济\n——全市经济工作会议侧记")
    assert title == "锚定目标不放松 全力以赴拼经济"
    assert subtitles == ["——全市经济工作会议侧记"]


def test_a_couplet_under_a_kicker_is_one_title() -> None:
    title, subtitles = _report("某某在湖南考察时强调\n锚定目标不放松\n全力以赴拼经济")
    assert title == "锚定目标不放松 全力以赴拼经济"
    assert subtitles == ["某某在湖南考察时强调"]


def test_lines_of_unequal_length_are_kicker_and_headline() -> None:
    title, _ = _report("在新的起点上\n奋力推进高质量发展")
    assert title == "奋力推进高质量发展"


def test_a_speechs_head_joins_no_couplet() -> None:
    text = "锚定目标不放松\n全力以赴拼经济\n同志们：\n今天召开全市经济工作会议。"
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert speech.title == "全力以赴拼经济"


_LEAD = (
    "新华社长沙3月21日电 总书记近日在湖南考察时强调，要牢记嘱托，奋发进取。\n"
    "考察期间，他先后来到多地调研。"
)


def _dated_report(head_lines: str) -> tuple[str, list[str]]:
    (speech,) = import_bytes(f"{head_lines}\n{_LEAD}".encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


def test_a_headline_broken_over_two_lines_under_a_kicker_is_one_title() -> None:
    head_lines = "某某在湖南考察时强调\n牢记嘱托 奋发进取\n奋力谱写现代化新篇章"
    title, subtitles = _dated_report(head_lines)
    assert title == "牢记嘱托 奋发进取 奋力谱写现代化新篇章"
    assert subtitles == ["某某在湖南考察时强调"]


@pytest.mark.parametrize(
    "sub_headline",
    [
        "某某陪同考察",
        "某某某出席并讲话",
        "某某主持",
        "某某会见",
        "某某出席开幕式",
        "某某主持座谈会",
    ],
)
def test_a_line_naming_who_went_along_under_a_kickers_headline_is_its_sub_headline(
    sub_headline: str,
) -> None:
    title, subtitles = _dated_report(f"某某在湖南考察时强调\n牢记嘱托 奋发进取\n{sub_headline}")
    assert title == "牢记嘱托 奋发进取"
    assert subtitles == ["某某在湖南考察时强调", sub_headline]


_COUNCIL_LEAD = (
    "新华社北京7月31日电 国务院总理7月31日主持召开国务院常务会议，部署加快推进新型城镇化建设。\n"
    "会议指出，推进新型城镇化是推动高质量发展的重要举措。"
)


@pytest.mark.parametrize(
    ("head_lines", "expected"),
    [
        (
            "国务院常务会议部署加快推进\n新型城镇化建设 推动城乡融合发展",
            "国务院常务会议部署加快推进新型城镇化建设 推动城乡融合发展",
        ),
        ("国务院常务会议部署加快推进\n新型城镇化建设", "国务院常务会议部署加快推进新型城镇化建设"),
    ],
    ids=["over-phrases", "over-its-last-line"],
)
def test_a_headline_broken_inside_a_phrase_its_lead_says_whole_is_one_title(
    head_lines: str, expected: str
) -> None:
    (speech,) = import_bytes(f"{head_lines}\n{_COUNCIL_LEAD}".encode(), "report.txt").speeches
    assert speech.title == expected
    assert not [s for s in speech.spans if s.kind == SpanKind.SUBTITLE]


def test_a_kicker_its_lead_says_apart_from_the_headline_stays_a_subtitle() -> None:
    lead = "新华社北京12月20日电 全市经济工作会议召开。会议强调，坚持稳中求进，推动高质量发展。"
    text = f"坚持稳中求进 推动高质量发展\n全市经济工作会议召开\n{lead}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == "全市经济工作会议召开"
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == ["坚持稳中求进 推动高质量发展"]


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("两会观察", "两会观察丨新质生产力如何落地生根"),
        ("新春走基层", "新春走基层：大山深处的年味"),
    ],
)
def test_a_kicker_the_headline_repeats_is_a_subtitle(kicker: str, headline: str) -> None:
    lead = "新华社北京3月6日电 代表委员们认为，发展新质生产力要因地制宜。\n记者走进多地采访。"
    text = f"{kicker}\n{headline}\n{lead}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == headline
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == [kicker]


def test_a_headline_wrapped_over_two_lines_keeps_both_lines_as_its_title() -> None:
    lines = [
        "某某在湖南考察时强调",
        "奋力谱写中国式现代化的",  # left open: read as one title with the line under it
        "湖南新篇章",
        "新华社长沙3月21日电 总书记近日在湖南考察时强调，要坚持改革创新。",
    ]
    paragraphs = [Paragraph(line) for line in lines]
    head = read_head(paragraphs, [3])
    kinds = {p: kind for kind, p, *_ in head.marks}
    assert head.titles == ["奋力谱写中国式现代化的湖南新篇章"]
    assert kinds == {0: SpanKind.SUBTITLE, 1: SpanKind.TITLE, 2: SpanKind.TITLE}


def test_a_headline_of_phrases_repeating_the_kicker_over_it_is_no_sub_headline() -> None:
    title, subtitles = _report("奋进新征程\n奋进新征程 建功新时代")
    assert title == "奋进新征程 建功新时代"
    assert subtitles == ["奋进新征程"]


def _headline_and_subtitles(text: str) -> tuple[str, list[str]]:
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


def test_a_news_head_of_four_lines_keeps_its_sub_headline_out_of_the_body() -> None:
    text = (
        "某某在参加代表团审议时强调\n因地制宜发展新质生产力\n奋力推进现代化建设新实践\n"
        "某某某某某某参加审议\n"
        "新华社北京3月5日电　某某3月5日下午在参加代表团审议时强调，要把握首要任务。\n"
        "会上，多位代表分别发表意见。"
    )
    assert _headline_and_subtitles(text) == (
        "因地制宜发展新质生产力 奋力推进现代化建设新实践",
        ["某某在参加代表团审议时强调", "某某某某某某参加审议"],
    )


def test_a_fourth_line_over_a_report_with_no_kicker_is_no_title() -> None:
    text = (
        "首页\n新闻中心\n因地制宜发展新质生产力\n某某某某某某参加审议\n"
        "新华社北京3月5日电　某某3月5日下午在参加代表团审议时强调，要把握首要任务。"
    )
    title, subtitles = _headline_and_subtitles(text)
    assert "某某某某某某参加审议" not in (title, *subtitles)


def test_an_official_documents_title_broken_over_lines_is_one_title() -> None:
    head, _ = head_of(
        "某某市人民政府办公室关于印发\n某某市城市更新实施方案的通知\n某政办发〔2021〕8号\n"
        "各区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。"
    )
    assert head.titles == ["某某市人民政府办公室关于印发某某市城市更新实施方案的通知"]
    assert head.body_start == 4  # the recipients (主送机关) close the head


def test_a_title_line_left_open_carries_on() -> None:
    head, _ = head_of(
        "国务院关于在某某试验区暂时调整实施\n《某某管理条例》有关规定的决定\n国发〔2020〕3号\n"
        "各省、自治区、直辖市人民政府：\n为支持试验区建设，国务院决定暂时调整实施有关规定。"
    )
    assert head.titles == ["国务院关于在某某试验区暂时调整实施《某某管理条例》有关规定的决定"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某某局领导班子2024年度民主生活会对照检", "查材料"),
        ("某某同志2023年度述职述廉报", "告（送审稿）"),
        ("在全市某某工作座谈会上的讲", "话（摘要）"),
    ],
)
def test_a_title_cut_inside_the_word_naming_its_kind_is_one_title(first: str, second: str) -> None:
    head, _ = head_of(f"{first}\n{second}\n根据统一部署，现将有关情况报告如下。")
    assert head.titles == [first + second]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("某某县2023年政府工作报", "告"),
        ("在全县某某工作会议上的讲", "话"),
        ("在某某会议上的主持", "词"),
    ],
)
def test_a_title_broken_before_its_last_characters_is_one_title(first: str, last: str) -> None:
    head, _ = head_of(f"{first}\n{last}\n各位代表：\n现在，我代表县人民政府作报告。")
    assert head.titles == [first + last]
    assert head.body_start == 3


def test_a_lone_character_under_a_whole_title_is_not_taken_into_it() -> None:
    head, _ = head_of("某某县2023年政府工作报告\n告\n各位代表：\n现在作报告。")
    assert head.titles == ["某某县2023年政府工作报告"]


def test_a_title_line_ending_on_a_whole_kind_word_stays_apart() -> None:
    head, _ = head_of("某某工作报告\n告别陋习倡议\n根据统一部署，现将有关情况报告如下。")
    assert head.titles == ["某某工作报告", "告别陋习倡议"]


def test_a_notice_issued_by_several_offices_keeps_its_long_title() -> None:
    title = (
        "某某市发展和改革委员会 某某市财政局 某某市自然资源和规划局 某某市住房和城乡建设局"
        " 关于印发某某市老旧小区改造提升工程实施方案的通知"
    )
    marked = marked_of(f"{title}\n各区县人民政府，市级有关部门：\n现将方案印发给你们。")
    assert marked[:2] == [
        (SpanKind.TITLE, title),
        (SpanKind.SALUTATION, "各区县人民政府，市级有关部门："),
    ]


def test_two_complete_titles_stay_two() -> None:
    head, _ = head_of("政府工作报告\n关于加快发展的几点意见\n同志们：\n今天的会议很重要。")
    assert head.titles == ["政府工作报告", "关于加快发展的几点意见"]


def test_a_title_in_three_lines_is_one_title() -> None:
    head, _ = head_of(
        "国务院关于在某某先行区\n暂时调整实施《某某管理法\n实施条例》有关规定的决定\n国发〔2020〕3号\n"
        "各省、自治区、直辖市人民政府：\n为支持试验区建设，国务院决定暂时调整实施有关规定。"
    )
    assert head.titles == ["国务院关于在某某先行区暂时调整实施《某某管理法实施条例》有关规定的决定"]


def test_issuer_mark_over_the_document_number_is_not_the_title() -> None:
    head, _ = head_of(
        "某某市人民政府办公室文件\n某政办发〔2021〕12号\n某某市人民政府办公室关于印发\n"
        "某某市老旧小区改造实施方案的通知\n现将方案印发给你们，请认真执行。"
    )
    assert head.titles == ["某某市人民政府办公室关于印发某某市老旧小区改造实施方案的通知"]
    assert head.issuer == "某某市人民政府办公室文件"
    assert [kind for kind, *_ in head.marks][:2] == [SpanKind.SUBTITLE, SpanKind.SUBTITLE]
    assert head.body_start == 4


def test_issuer_named_without_wenjian_is_a_mark_too() -> None:
    head, _ = head_of(
        "中共某某县委\n某发〔2020〕3号\n中共某某县委关于加强基层建设的决定\n现作出如下决定。"
    )
    assert head.titles == ["中共某某县委关于加强基层建设的决定"]


def test_title_over_the_document_number_stays_the_title() -> None:
    head, _ = head_of(
        "某某县人民政府关于印发某某办法的通知\n某政发〔2020〕3号\n某某县农村道路管理办法\n"
        "为了加强农村道路管理，制定本办法。"
    )
    assert head.issuer is None
    assert head.titles[0] == "某某县人民政府关于印发某某办法的通知"


def test_repeated_title_lines_count_once() -> None:
    head, paragraphs = head_of(
        "某某工作总结\n某某工作总结\n第一篇：某某工作总结\n某某局二〇二〇年工作总结\n"
        "今年以来，我局认真履行职责。"
    )
    assert head.titles == ["某某工作总结", "某某局二〇二〇年工作总结"]
    assert head.body_start == 4
    assert head.whole_lines(paragraphs) == {0, 1, 2, 3}


def test_repeated_issuer_mark_and_separator_line_are_marks() -> None:
    head, _ = head_of(
        "某某省人民政府办公厅文件\n第一篇：某某省人民政府办公厅文件\n某某省人民政府办公厅文件\n"
        "某政办发〔2009〕24号\n某某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n"
        "根据有关规定，现就有关事项通知如下。"
    )
    assert head.titles == ["某某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"]
    assert [kind for kind, *_ in head.marks][:4] == [SpanKind.SUBTITLE] * 4


@pytest.mark.parametrize("mark", ["？", "?"])
@pytest.mark.parametrize("after", ["2019年03月05日", "每年岁末，人们都会回顾过去一年的得失。"])
def test_a_headline_broken_before_its_question_is_one_title(mark: str, after: str) -> None:
    head, _ = head_of(f"县里新一届班子上任以来\n群众最关心的事办得怎样{mark}\n{after}\n全文如下。")
    assert head.titles == [f"县里新一届班子上任以来群众最关心的事办得怎样{mark}"]


@pytest.mark.parametrize(
    "text",
    [
        # a speech's title stands complete: the question under it opens the body
        "在全县党建工作会议上的讲话\n为什么要抓好基层党建？\n基层是党的执政根基。",
        # a short title is not a long headline broken in two
        "不忘初心\n什么是初心？\n初心就是为人民谋幸福。",
        # a question with a clause in it, or a run of questions, is the body's opening
        "县里新一届班子上任以来\n今年，群众最关心什么？\n我们作了调查。",
        "县里新一届班子上任以来\n群众最关心什么？\n干部最怕什么？\n我们作了调查。",
    ],
)
def test_a_question_opening_the_body_is_no_title(text: str) -> None:
    head, _ = head_of(text)
    assert len(head.titles) == 1
    assert "？" not in head.titles[0]


@pytest.mark.parametrize(
    ("head_lines", "title", "subtitles"),
    [
        (
            "李某主持召开常务会议\n研究促进银发经济举措 审议通过《关于加强消防工作的意见》",
            "李某主持召开常务会议",
            ["研究促进银发经济举措 审议通过《关于加强消防工作的意见》"],
        ),
        (
            "我市召开全市经济工作会议\n王某某出席并讲话",
            "我市召开全市经济工作会议",
            ["王某某出席并讲话"],
        ),
        (
            "某某在湖南考察时强调\n坚持改革创新 奋力谱写新篇章\n某某陪同考察",
            "坚持改革创新 奋力谱写新篇章",
            ["某某在湖南考察时强调", "某某陪同考察"],
        ),
    ],
    ids=["sub-headline-of-phrases", "who-attended", "kicker-headline-sub-headline"],
)
def test_a_news_reports_headline_is_its_title(
    head_lines: str, title: str, subtitles: list[str]
) -> None:
    text = f"{head_lines}\n新华社北京2月24日电 国务院2月24日召开会议。\n会议指出，要狠抓落实。"
    head, paragraphs = head_of(text)
    assert head.titles == [title]
    marked = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    assert marked == subtitles


@pytest.mark.parametrize(
    "head_lines",
    [
        "1978年政府工作报告\n团结起来，为建设现代化强国而奋斗",
        "政府工作报告\n坚定信心 真抓实干 攻坚克难",
    ],
)
def test_a_speechs_head_keeps_its_last_title_line(head_lines: str) -> None:
    head, _ = head_of(f"{head_lines}\n各位代表：\n现在我代表市政府作报告。")
    assert head.titles[-1] == head_lines.split("\n")[-1]


_OCCASION_BODY = [
    "2024年12月20日",
    "同志们：",
    "这次会议的主要任务是，总结今年经济工作，部署明年重点任务。",
    "一、今年经济工作取得新成效",
    "今年以来，全市上下攻坚克难，经济运行稳中向好。",
]


@pytest.mark.parametrize(
    "occasion", ["在全市经济工作会议上的讲话", "市长 王某某同志在全市经济工作会议上的讲话"]
)
@pytest.mark.parametrize("headline", ["凝心聚力谋发展 实干担当开新局", "凝心聚力谋发展"])
def test_a_headline_over_an_undashed_occasion_line_is_the_title(
    occasion: str, headline: str
) -> None:
    # a copy (or pdftotext) lost the —— leading the subtitle: the headline stays the title
    text = "\n".join([headline, occasion, *_OCCASION_BODY])
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert speech.title == headline
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[:2] == [(SpanKind.TITLE, headline), (SpanKind.SUBTITLE, occasion)]
    assert speech.date == "2024-12-20"
    assert [node.label for node in speech.outline] == ["一、今年经济工作取得新成效"]


@pytest.mark.parametrize(
    "above",
    [
        "人民网",  # a site's name
        "领导讲话",  # a column's
        "某某市人民政府",  # an issuer's
        "2024年12月20日",  # a date line
        "领导讲话稿范文",  # a line naming a speech itself
        "全市经济工作会议",  # the meeting the occasion line names
        "全市经济工作会议材料选编",  # a compilation's over its first speech
    ],
)
def test_an_occasion_line_under_no_headline_stays_the_title(above: str) -> None:
    text = "\n".join([above, "在全市经济工作会议上的讲话", *_OCCASION_BODY[1:]])
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert speech.title == "在全市经济工作会议上的讲话"


_SPEECH_TITLE = "在全市经济工作会议上的讲话"
# a post as WeChat's copy gives it: the account, its 原创 line and reads, then the post's words
_POST_TOP = ["某某发布", "原创 某某发布 2024-03-06 08:30", "阅读量：1.2万"]
_POST_END = ["编辑：张三", "责编：李四"]
_SPEECH_HEAD = ["市委书记 王某某", "（2024年3月5日）"]


@pytest.mark.parametrize(
    ("headline", "document_title"),
    [
        ("重磅！全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        ("【独家】全市经济工作会议今日开幕", "全市经济工作会议今日开幕"),
        # 举行 and 举办 end a headline as a bank's 行 or an office's 办 ends its name: the
        # headline is no issuer's mark over the speech's title, and the document keeps it
        ("【独家】全市经济工作会议隆重举行", "全市经济工作会议隆重举行"),
        ("全市经济工作会议在市会议中心隆重举办", "全市经济工作会议在市会议中心隆重举办"),
        (
            "市委书记王某某在全市经济工作会议上强调 坚定信心 真抓实干",
            "市委书记王某某在全市经济工作会议上强调 坚定信心 真抓实干",
        ),
        (
            "王某某在全市经济工作会议上强调：推动经济持续向好",
            "王某某在全市经济工作会议上强调：推动经济持续向好",
        ),
    ],
)
@pytest.mark.parametrize(("top", "end"), [([], []), (_POST_TOP, _POST_END)])
def test_a_speech_reposted_under_a_report_s_headline_keeps_its_own_title(
    headline: str, document_title: str, top: list[str], end: list[str]
) -> None:
    # the headline tells of the meeting: the line under it is the speech's own title, as a
    # reader names it, not a subtitle; the document may keep the headline, less its kicker
    lines = [*top, headline, _SPEECH_TITLE, *_SPEECH_HEAD, *_OCCASION_BODY[1:], *end]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert (speech.title, document.title) == (_SPEECH_TITLE, document_title)
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[:2] == [(SpanKind.TITLE, headline), (SpanKind.TITLE, _SPEECH_TITLE)]
    assert (speech.role, speech.speaker, speech.date) == ("市委书记", "王某某", "2024-03-05")
    assert [node.label for node in speech.outline] == ["一、今年经济工作取得新成效"]


_NEWS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{headline}_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/">时政</a></div>
<h1>{headline}</h1>
<div class="info">发布时间：2024-03-06 08:15 来源：某某日报</div>
<div class="content">
<h2>在全市经济工作会议上的讲话</h2>
<p>市委书记 王某某</p><p>（2024年3月5日）</p>
<p>同志们：</p>
<p>这次会议的主要任务是，总结今年经济工作，部署明年重点任务。</p>
<p>一、今年经济工作取得新成效</p>
<p>今年以来，全市上下攻坚克难，经济运行稳中向好。</p>
</div></body></html>
"""


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("重磅！全市经济工作会议今天召开", _SPEECH_TITLE),
        ("市委书记王某某在全市经济工作会议上强调 坚定信心 真抓实干", _SPEECH_TITLE),
        ("凝心聚力谋发展 实干担当开新局", "凝心聚力谋发展 实干担当开新局"),  # its own words
    ],
)
def test_a_news_page_s_headline_over_the_speech_s_heading_names_the_page(
    headline: str, title: str
) -> None:
    page = _NEWS_PAGE.format(headline=headline)
    document = import_bytes(page.encode(), "page.html")
    (speech,) = document.speeches
    assert speech.title == title
    assert document.title == headline.removeprefix("重磅！")
    assert (speech.speaker, speech.date) == ("王某某", "2024-03-05")


@pytest.mark.parametrize(
    "headline",
    [
        "凝心聚力谋发展 实干担当开新局",  # the speaker's own words: the occasion is its subtitle
        "全市经济工作会议召开",  # a report's, over its sub-headline telling of the speech
    ],
)
def test_a_line_telling_of_the_speech_under_a_headline_stays_its_subtitle(headline: str) -> None:
    occasion = "在全市经济工作会议上的讲话" if "召开" not in headline else "王某某在会上讲话"
    lines = [headline, occasion, *_SPEECH_HEAD, *_OCCASION_BODY[1:]]
    (speech,) = import_bytes("\n".join(lines).encode(), "post.txt").speeches
    assert speech.title == headline
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[:2] == [(SpanKind.TITLE, headline), (SpanKind.SUBTITLE, occasion)]


_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/">时政</a> <a href="/">观点</a></div>
<div class="main">{headings}
<div class="info">发布时间：2024-12-20 08:15 来源：某某日报</div>
<div class="content">
<p>同志们：</p>
<p>这次会议的主要任务是，总结今年经济工作，部署明年重点任务。</p>
<p>一、今年经济工作取得新成效</p>
<p>今年以来，全市上下攻坚克难，经济运行稳中向好。</p>
</div></div>
<div class="footer">主办：某某日报社 关于我们 联系我们</div>
</body></html>
"""


@pytest.mark.parametrize(
    ("title", "headings", "expected", "subtitle"),
    [
        # a kicker's <h2> over the <h1> the <title> repeats
        (
            "凝心聚力谋发展 实干担当开新局--观点--人民网",
            "<h2>在全市经济工作会议上的讲话（摘要）</h2><h1>凝心聚力谋发展 实干担当开新局</h1>",
            "凝心聚力谋发展 实干担当开新局",
            None,
        ),
        # no <h1>: the <h2> headline over an <h3> occasion line, its subtitle
        (
            "在全市经济工作会议上的讲话_领导讲话_某某市人民政府",
            "<h2>凝心聚力谋发展 实干担当开新局</h2><h3>在全市经济工作会议上的讲话</h3>",
            "凝心聚力谋发展 实干担当开新局",
            "在全市经济工作会议上的讲话",
        ),
    ],
)
def test_the_headings_a_page_opens_with_are_its_head_not_its_outline(
    title: str, headings: str, expected: str, subtitle: str | None
) -> None:
    page = _PAGE.format(title=title, headings=headings)
    document = import_bytes(page.encode(), "page.html")
    (speech,) = document.speeches
    assert speech.title == expected
    # the page is named by the title line its <title> repeats, not by a kicker over it
    assert document.title == expected
    assert speech.date == "2024-12-20"  # the page's date line under the headings
    assert [node.label for node in speech.outline] == ["一、今年经济工作取得新成效"]
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == ([subtitle] if subtitle else [])


_TOP_H2 = (
    "## 在全市经济工作会议上的讲话\n\n同志们：\n\n今天召开会议。\n\n"
    "### 一、总体要求\n\n要抓落实。\n"
)


def test_the_top_heading_a_text_opens_with_titles_it() -> None:
    # no <h1> or ``#``: the only ``##`` over ``###`` parts is the title
    (speech,) = import_bytes(_TOP_H2.encode(), "speech.md").speeches
    assert speech.title == "在全市经济工作会议上的讲话"
    assert [node.label for node in speech.outline] == ["一、总体要求"]


def test_a_lone_preface_heading_opening_the_text_stays_its_first_part() -> None:
    text = "# 前言\n\n今天召开会议，部署工作。\n\n## 一、总体要求\n\n要抓落实。\n"
    (speech,) = import_bytes(text.encode(), "speech.md").speeches
    assert not any(span.kind == SpanKind.TITLE for span in speech.spans)
    assert [node.label for node in speech.outline] == ["前言"]


@pytest.mark.parametrize("edition", ["2015年第三次修正", "（2018年修订）", "2021修订版"])
def test_a_laws_edition_under_its_title_is_its_subtitle_not_its_title(edition: str) -> None:
    """A law copied from a database says which edition it is under its name: the law is still
    named by its name."""
    text = (
        f"中华人民共和国某某法\n{edition}\n"
        "（1995年6月30日第八届全国人民代表大会常务委员会第十四次会议通过）\n"
        "第一章　总则\n第一条　为了规范某某活动，制定本法。\n第二条　本法适用于境内。"
    )
    speech = import_bytes(text.encode(), "a.txt").speeches[0]
    assert speech.title == "中华人民共和国某某法"
    assert [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE] == [
        edition
    ]


def test_a_note_of_where_the_text_is_taken_from_is_a_subtitle_dating_it() -> None:
    """Study material gives each item a title, then the speech it is taken from: the note
    says where and when, it does not title the text."""
    text = (
        "对深度贫困地区脱贫的要求\n"
        "摘自：某某同志2017年6月23日在某市主持召开脱贫攻坚座谈会上的讲话精神\n"
        "一、深度贫困成因分析\n一是基础设施和社会事业发展滞后；二是生态环境脆弱。\n"
        "二、深度贫困脱贫要求\n合理确定脱贫目标，加大投入支持力度。"
    )
    speech = import_bytes(text.encode(), "a.txt").speeches[0]
    assert (speech.title, speech.date) == ("对深度贫困地区脱贫的要求", "2017-06-23")
    assert [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE] == [
        "摘自：某某同志2017年6月23日在某市主持召开脱贫攻坚座谈会上的讲话精神"
    ]
    assert [node.label for node in speech.outline] == [
        "一、深度贫困成因分析",
        "二、深度贫困脱贫要求",
    ]
