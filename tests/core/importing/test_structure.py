"""Speeches, titles, dates and removals of a whole document."""

from __future__ import annotations

import io

import pytest

from desktop.core.document import SpanKind
from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from tests.core.importing.outline_checks import check_document
from tests.core.importing.readers.docx_factory import new_document

COMPILATION = """领导讲话(精选2篇)
2024-01-05
在全市工作会上的讲话 篇1
在全市“工作”会上的讲话
同志们：
今年以来，我们取得了很大成绩(本文权属某某网所有,更多文章请登陆查看)。
一、提高认识
要统一思想。
在全市工作会上的讲话 篇2
市长 王 五
一、抓好落实
要落实责任nlc202309090206。
上一篇:某文下一篇:另一文
"""


def test_compilation_titles_separators_and_removals() -> None:
    document = import_bytes(COMPILATION.encode(), "c.txt")
    check_document(document)
    assert document.title == "领导讲话(精选2篇)"
    assert document.date == "2024-01-05"
    first, second = document.speeches
    assert first.title == "在全市“工作”会上的讲话"
    assert first.listed_title == "在全市工作会上的讲话"
    assert first.text.startswith("在全市“工作”会上的讲话\n同志们：\n")
    assert second.title == "在全市工作会上的讲话"
    assert (second.role, second.speaker) == ("市长", "王五")
    assert "篇2" not in first.text + second.text
    by_kind = {removal.kind: removal for removal in document.removed}
    watermark = by_kind[RemovalKind.WATERMARK]
    assert watermark.speech == 1
    assert first.text[watermark.position - 2 : watermark.position + 1] == "成绩。"
    stamp = by_kind[RemovalKind.CATALOGUE_STAMP]
    assert stamp.speech == 2
    assert second.text[stamp.position - 2 : stamp.position + 1] == "责任。"
    footer = by_kind[RemovalKind.FOOTER]
    assert footer.speech is None


def test_crlf_bom_and_fullwidth_layout() -> None:
    text = (
        "\ufeff关于某项工作的意见\r\n（2018年1月2日）\r\n"
        "\u3000\u3000一、总体要求\r\n\u3000\u3000要坚持稳中求进。\r\n"
    )
    document = import_bytes(text.encode("utf-8"), "crlf.txt")
    (speech,) = document.speeches
    assert speech.text == "关于某项工作的意见\n（2018年1月2日）\n一、总体要求\n要坚持稳中求进。"
    assert speech.date == "2018-01-02"
    assert [s.kind for s in speech.spans] == [SpanKind.TITLE, SpanKind.DATE]
    assert speech.outline[0].label == "一、总体要求"


def test_single_document_without_title_takes_its_first_words() -> None:
    document = import_bytes(
        "今天我们召开会议，研究部署下一阶段的工作任务和各项措施。".encode(), "x.txt"
    )
    (speech,) = document.speeches
    assert speech.title.startswith("今天我们召开会议")
    assert document.title == speech.title


def test_page_date_from_removed_chrome() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    text = f"发布时间：2023-03-04 08:00\n在会议上的讲话\n{running}\n"
    document = import_bytes(text.encode(), "page.txt")
    assert document.date == "2023-03-04"
    (chrome,) = document.removed
    assert (chrome.kind, chrome.speech) == (RemovalKind.WEB_CHROME, None)


def test_page_date_from_removed_chrome_in_traditional_script() -> None:
    running = "今年以來，全市上下認真貫徹落實各項決策部署，經濟社會發展取得了新的成績。"
    text = f"發佈時間：2023-03-04\n在會議上的講話\n{running}\n"
    document = import_bytes(text.encode(), "page.txt")
    assert document.date == "2023-03-04"
    assert document.title == "在會議上的講話"
    (chrome,) = document.removed
    assert chrome.kind == RemovalKind.WEB_CHROME


def test_a_saved_pages_date_under_its_title_dates_the_speech_and_the_collection() -> None:
    """The 发布时间 line between an article's title and its text is chrome, and the only date."""
    page = """<html><head><title>讲话_政府网</title></head><body>
    <div class="nav"><a href="/">首页</a> &gt; <a href="/x">要闻</a></div>
    <div class="article"><h1>在全市工作会议上的讲话</h1>
    <div class="info">来源：市政府办公室　发布时间：2023-05-12 10:00　【字体：大 中 小】</div>
    <p>同志们：</p><p>一、总体要求</p><p>今年的工作很重要，我们要认真贯彻落实各项部署。</p>
    <p>二、保障措施</p><p>加强组织领导，确保各项任务落到实处。</p></div>
    <div class="footer">版权所有：某市人民政府 ICP备12345号</div></body></html>"""
    document = import_bytes(page.encode(), "page.html")
    check_document(document)
    (speech,) = document.speeches
    assert speech.date == "2023-05-12"
    assert document.date == "2023-05-12"
    assert "发布时间" not in speech.text


def test_a_date_in_chrome_below_a_speechs_text_is_not_its_date() -> None:
    """Chrome after the text has begun (an editor's line at the foot) says nothing of the speech."""
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    page = f"""<html><body><div class="article"><h1>在全市工作会议上的讲话</h1>
    <p>同志们：</p><p>一、总体要求</p><p>{running}</p><p>二、保障措施</p><p>{running}</p>
    <div class="editor">责任编辑：张三　2020-01-02</div></div></body></html>"""
    document = import_bytes(page.encode(), "page.html")
    (speech,) = document.speeches
    assert [removal.text for removal in document.removed] == ["责任编辑：张三 2020-01-02"]
    assert speech.date is None


REPORT_WITH_CLOSING = """年度工作报告
各位代表：
现在，我代表政府向大会报告工作，请予审议。
一、过去一年的工作
过去一年，我们完成了全年主要目标任务。
各位代表！
成绩来之不易，我们也清醒地看到存在的困难和问题。
二、今年的主要任务
（一）稳定经济运行。
要保持政策连续稳定。
（二）保障改善民生。
要把民生放在突出位置。
各位代表！
我们要全面贯彻民族政策，促进各民族共同繁荣发展。
各位代表！
让我们团结一心，为完成今年的各项任务而努力奋斗！
"""


def test_a_salutation_standing_alone_after_the_last_section_ends_it() -> None:
    document = import_bytes(REPORT_WITH_CLOSING.encode(), "r.txt")
    check_document(document)
    (speech,) = document.speeches
    first, second = speech.outline
    text = speech.text
    # inside the numbered parts a salutation belongs to its part (一 runs on to 二)
    assert first.end == second.start
    closing = text.index("各位代表！\n我们要全面贯彻")
    assert second.end == closing
    assert second.children[-1].end == closing
    assert text[second.children[-1].start : closing].rstrip("\n").endswith("要把民生放在突出位置。")


def test_a_notes_block_closing_the_text_closes_its_outline() -> None:
    """The 注释 under the last part are the speech's notes, not that part's words: reading them,
    the breadcrumb must not say one is still in 二、."""
    text = (
        "在学习贯彻会议精神大会上的讲话\n"
        "一、深刻领会会议精神\n要认真学习会议精神①，把思想统一到部署上来。\n"
        "二、狠抓工作落实\n要对照重点任务②，逐项抓好落实，确保取得实效。\n"
        "注释：\n①《某某会议文件汇编》，人民出版社2023年版，第1页。\n"
        "②《关于重点任务的通知》，某某办发〔2023〕1号。\n"
    )
    (speech,) = import_bytes(text.encode(), "notes.txt").speeches
    first, second = speech.outline
    notes = speech.text.index("注释：")
    assert first.end == second.start
    assert second.end == notes
    assert speech.text[second.start : notes].rstrip("\n").endswith("确保取得实效。")


def test_an_official_documents_distribution_lines_close_its_outline() -> None:
    text = (
        "关于做好某某工作的通知\n各区人民政府：\n现就有关事项通知如下。\n"
        "一、提高认识\n各区要充分认识做好这项工作的重要性。\n"
        "二、落实责任\n各区要明确分工，确保按期完成任务。\n"
        "某某市人民政府办公室\n2021年3月1日\n"
        "抄送：市委各部门，市人大常委会办公室。\n某某市人民政府办公室　　2021年3月2日印发\n"
    )
    speech = import_bytes(text.encode(), "t.txt").speeches[0]
    last = speech.outline[-1]
    assert speech.date == "2021-03-01"
    assert "抄送" not in speech.text[last.start : last.end]


def test_an_official_documents_signature_is_not_a_heading() -> None:
    text = (
        "某某县人民政府关于做好防汛工作的通知\n各乡镇人民政府，县直各部门：\n"
        "为做好今年防汛工作，现将有关事项通知如下。\n一、提高认识。各地要高度重视防汛工作。\n"
        "二、落实责任。各地要层层落实责任。\n某某县防汛抗旱指挥部办公室\n2021年5月6日\n"
        "责任人名单由各乡镇自行报送，县防汛办汇总后公布。\n"
    )
    document = import_bytes(text.encode(), "d.txt")
    check_document(document)
    speech = document.speeches[0]
    assert [node.label for node in speech.outline] == ["一、提高认识", "二、落实责任"]
    assert speech.outline[-1].children == []
    assert speech.date == "2021-05-06"
    assert "某某县防汛抗旱指挥部办公室\n2021年5月6日" in speech.text  # kept as text
    closing = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans[-2:]]
    assert closing == [
        (SpanKind.SIGNATURE, "某某县防汛抗旱指挥部办公室"),
        (SpanKind.DATE, "2021年5月6日"),
    ]


def test_an_official_documents_parts_from_issuer_mark_to_signature() -> None:
    text = (
        "某某省人民政府办公厅文件\n第一篇：某某省人民政府办公厅文件\n某某省人民政府办公厅文件\n"
        "某政办发〔2009〕24号\n某某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n"
        "各市州人民政府，省政府各厅委、各直属机构：\n根据有关规定，现就有关事项通知如下。\n"
        "一、充分认识做好就业工作的重要性。毕业生是宝贵的人才资源。\n"
        "二、积极引导毕业生到基层就业。继续组织实施有关计划。\n"
        "某某省人民政府办公厅\n2009年5月1日\n"
    )
    document = import_bytes(text.encode(), "n.txt")
    check_document(document)
    speech = document.speeches[0]
    assert (
        document.title
        == speech.title
        == "某某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    )
    assert speech.date == "2009-05-01"
    kinds = [span.kind for span in speech.spans]
    assert kinds == [SpanKind.SUBTITLE] * 4 + [SpanKind.TITLE] * 2 + [
        SpanKind.SALUTATION,
        SpanKind.SIGNATURE,
        SpanKind.DATE,
    ]
    assert [node.marker for node in speech.outline] == ["一、", "二、"]


def test_a_sharing_sites_upload_date_dates_neither_speech_nor_collection() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    text = (
        "某某讲话稿.docx\n- 文档编号:1234567\n- 上传时间:2023-04-22\n- 页数:8\n"
        f"某某讲话稿\n同志们：\n{running}\n"
    )
    document = import_bytes(text.encode(), "wenku.txt")
    (speech,) = document.speeches
    assert speech.date is None
    assert document.date is None
    assert "上传时间" not in speech.text
    assert any("上传时间" in removal.text for removal in document.removed)


def test_a_speechs_own_closing_date_wins_over_a_sharing_sites_date() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    text = f"某某讲话稿\n发布时间:2023-04-22 10:00\n同志们：\n{running}\n（2019年3月8日）\n"
    document = import_bytes(text.encode(), "fanwen.txt")
    assert document.speeches[0].date == "2019-03-08"


def test_a_speech_without_a_title_is_named_by_its_words_not_its_salutation() -> None:
    running = "这次会议是县委研究决定召开的，主要任务是分析形势、部署工作。"
    for text in (f"同志们：\n{running}\n一、统一思想\n要提高认识。", f"同志们：{running}"):
        (speech,) = import_bytes(text.encode(), "speech.txt").speeches
        assert speech.title.startswith("这次会议是县委研究决定召开的")


def test_a_header_cut_off_at_the_end_is_a_removal_not_a_speech() -> None:
    speech = "在全市{}会议上的讲话\n张三\n2020年1月5日\n同志们：\n今年以来，我们取得了很大成绩。"
    text = f"{speech.format('经济工作')}\n在全市安全生产会议上的讲话\n李四\n2020年3月8日\n"
    document = import_bytes(text.encode(), "c.txt")
    check_document(document)
    (only,) = document.speeches
    assert only.text.endswith("很大成绩。")
    (cut,) = [removal for removal in document.removed if removal.kind == RemovalKind.CUT_OFF]
    assert (cut.text, cut.speech) == ("在全市安全生产会议上的讲话\n李四\n2020年3月8日", None)
    assert cut.position == len(only.text) + 1


def test_a_declared_heading_opened_by_a_salutation_starts_after_it() -> None:
    markdown = (
        "# 在全市工作会议上的讲话\n\n## 同志们：在这次会议上我讲三点意见\n\n"
        "今年以来，我们取得了很大成绩。\n\n## 一、提高认识\n\n要统一思想。\n"
    )
    document = import_bytes(markdown.encode(), "a.md")
    check_document(document)
    (speech,) = document.speeches
    (salutation,) = [span for span in speech.spans if span.kind == SpanKind.SALUTATION]
    assert speech.text[salutation.start : salutation.end] == "同志们："
    first = speech.outline[0]
    assert first.start == salutation.end
    assert speech.text[first.start : first.head_end] == "在这次会议上我讲三点意见"


def test_a_pages_last_update_never_dates_the_speech() -> None:
    """更新时间 is when the page was edited, perhaps years after the speech: no date is better."""
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    text = f"更新时间:2018-06-10 19:16作者:某某\n在建党纪念大会上的讲话\n{running}\n"
    document = import_bytes(text.encode(), "page.txt")
    assert (document.date, document.speeches[0].date) == (None, None)
    assert document.removed[0].text.startswith("更新时间")


def test_a_pages_publication_date_stands_beside_its_last_update() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    for stamp in (
        "更新时间：2023-05-01 发布时间：2023-03-04",
        "发布时间：2023-03-04 最后更新：2023-05-01",
    ):
        document = import_bytes(f"{stamp}\n在会议上的讲话\n{running}\n".encode(), "page.txt")
        assert document.speeches[0].date == "2023-03-04"


_REPORT_HEAD = "某某在湖南考察时强调\n坚持改革创新 奋力谱写新篇章\n某某陪同考察"
_REPORT_BODY = (
    "中共中央总书记日前在湖南考察时强调，要坚持稳中求进工作总基调。\n考察期间，他先后来到多地调研。"
)


@pytest.mark.parametrize(
    "dateline",
    [
        "新华社北京3月5日电",
        "新华社长沙3月5日电（记者 张三、李四）",
        "新華社北京3月5日電",
        "人民日报北京3月5日电",
        "本报北京3月5日电（记者 王某某）",
        "本报上海3月5日电(记者 王某某 通讯员 赵某)",
        "中新网北京3月5日电",
        "中新网北京3月5日电 (记者 张三)",
        "人民网北京3月5日电（记者 王某 李某）",
    ],
)
def test_a_dateline_on_a_line_of_its_own_makes_the_head_a_news_reports(dateline: str) -> None:
    for text in (
        f"{_REPORT_HEAD}\n{dateline}\n{_REPORT_BODY}",
        f"{_REPORT_HEAD}\n{dateline}{_REPORT_BODY}",
    ):
        document = import_bytes(text.encode(), "report.txt")
        (speech,) = document.speeches
        assert (document.title, speech.title) == ("坚持改革创新 奋力谱写新篇章",) * 2
        subtitles = [
            speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE
        ]
        assert subtitles == ["某某在湖南考察时强调", "某某陪同考察"]


def test_a_dateline_removed_from_the_body_leaves_a_speechs_head_alone() -> None:
    text = (
        "政府工作报告\n坚定信心 真抓实干 攻坚克难\n各位代表：\n现在我代表市政府作报告。\n"
        "新华社北京3月5日电\n请予审议。"
    )
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert speech.title == "坚定信心 真抓实干 攻坚克难"


def test_each_speech_of_a_compilation_reads_its_own_dateline() -> None:
    second_head = "某某主持召开常务会议\n研究促进银发经济举措 审议通过《关于加强消防工作的意见》"
    text = (
        f"新闻汇编(精选2篇)\n第一篇\n{_REPORT_HEAD}\n新华社北京3月5日电\n{_REPORT_BODY}\n"
        f"第二篇\n{second_head}\n国务院常务会议审议通过了意见。\n会议指出，要狠抓落实。"
    )
    first, second = import_bytes(text.encode(), "news.txt").speeches
    assert first.title == "坚持改革创新 奋力谱写新篇章"
    assert second.title == "研究促进银发经济举措 审议通过《关于加强消防工作的意见》"


_TAIWAN_HEAD = "行政院長出席論壇時強調\n堅持創新驅動 打造智慧島嶼\n部會首長陪同出席"
_TAIWAN_BODY = "行政院長今天出席論壇時強調，要堅持創新驅動發展。\n論壇期間，他先後聽取多場報告。"


@pytest.mark.parametrize(
    ("dateline", "glued"),
    [
        ("中央社台北3日電", True),
        ("中央社記者王小明台北3日電", True),
        ("中央社记者王小明台北3日电", True),
        ("（中央社記者王小明、李大華台北3日電）", True),
        ("香港3日電（記者 張三）", False),
        ("香港3日電", False),
    ],
)
def test_a_dateline_giving_the_day_only_makes_the_head_a_news_reports(
    dateline: str, glued: bool
) -> None:
    texts = [
        f"{_TAIWAN_HEAD}\n{dateline}\n{_TAIWAN_BODY}",
        f"{_TAIWAN_HEAD}\n{dateline} {_TAIWAN_BODY}",
    ]
    if glued:
        texts.append(f"{_TAIWAN_HEAD}\n{dateline}{_TAIWAN_BODY}")
    for text in texts:
        document = import_bytes(text.encode(), "report.txt")
        (speech,) = document.speeches
        assert speech.title == "堅持創新驅動 打造智慧島嶼"
        subtitles = [
            speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE
        ]
        assert subtitles == ["行政院長出席論壇時強調", "部會首長陪同出席"]
    alone = import_bytes(f"{_TAIWAN_HEAD}\n{dateline}\n{_TAIWAN_BODY}".encode(), "report.txt")
    assert dateline not in alone.speeches[0].text
    assert dateline in [removal.text for removal in alone.removed]


def test_a_day_named_in_a_heads_body_line_makes_no_news_report() -> None:
    text = f"{_TAIWAN_HEAD}\n各地要在15日电告省委。{_TAIWAN_BODY}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == "部會首長陪同出席"


@pytest.mark.parametrize(
    "issuers", [["某某市人民政府办公室"], ["中共某某县委办公室", "某某县人民政府办公室"]]
)
def test_the_issuers_over_a_notices_title_do_not_title_the_document(issuers: list[str]) -> None:
    title = "关于印发《某某县2024年重点工作任务》的通知"
    lines = [
        *issuers,
        title,
        "县委办发〔2024〕12号",
        "各乡镇党委、人民政府，县直各单位：",
        "　　《某某县2024年重点工作任务》已经县委、县政府同意，现印发给你们，请认真贯彻落实。",
        "　　一、提高思想认识",
        "　　各单位要充分认识做好这项工作的重要性，切实把思想和行动统一到决策部署上来。",
    ]
    document = import_bytes("\n".join(lines).encode("utf-8"), "notice.txt")
    assert document.title == title
    assert document.speeches[0].title == title


def test_an_organisation_alone_over_a_speech_still_titles_it() -> None:
    lines = [
        "某某市人民政府办公室",
        "　　同志们，今天召开全市工作会议，主要任务是总结去年工作，部署今年任务。",
    ]
    document = import_bytes("\n".join(lines).encode("utf-8"), "unit.txt")
    assert document.title == "某某市人民政府办公室"


_SPEECH_BODY = (
    "同志们：\n\n今年以来，各地区各部门认真贯彻落实党中央决策部署，工作取得明显成效。\n\n"
    "一、关于当前形势\n\n我们要坚定信心，真抓实干，推动各项工作再上新台阶。\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("在全国教育工作会议上的讲话-领导讲话-中华人民共和国教育部", "在全国教育工作会议上的讲话"),
        ("在全省经济工作会议上的讲话_新闻频道_央视网", "在全省经济工作会议上的讲话"),
        ("在全市干部大会上的讲话 | 人民网", "在全市干部大会上的讲话"),
        ("在全市水利工作会议上的讲话-工作动态-某某市水利局", "在全市水利工作会议上的讲话"),
        ("2024—2025学年第一学期开学典礼上的讲话", "2024—2025学年第一学期开学典礼上的讲话"),
        ("一带一路—合作共赢", "一带一路—合作共赢"),
        ("发展工业互联网", "发展工业互联网"),
    ],
)
@pytest.mark.parametrize("name", ["speech.txt", "speech.md", "speech.docx"])
def test_a_title_line_saved_from_a_page_drops_the_site_s_names(
    line: str, title: str, name: str
) -> None:
    """A page saved as text (or pasted into Word) keeps its <title> as its first line: the
    speech's and the collection's title is the article's, the line stays in the text."""
    document = import_bytes(_saved_as(name, [line, *_SPEECH_BODY.split()]), name)
    (speech,) = document.speeches
    assert (speech.title, document.title) == (title, title)
    assert speech.text.startswith(f"{line}\n")
    assert speech.spans[0].kind == SpanKind.TITLE
    assert speech.text[speech.spans[0].start : speech.spans[0].end] == line
    check_document(document)


def _saved_as(name: str, paragraphs: list[str]) -> bytes:
    """``paragraphs`` as the bytes of a file called ``name`` (.docx, or text)."""
    if not name.endswith(".docx"):
        return "\n\n".join(paragraphs).encode()
    document = new_document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


_NOTICE_BODY = (
    "各区县人民政府，市政府各部门：\n\n现将《某某市安全生产专项整治方案》印发给你们，"
    "请认真贯彻执行。\n\n一、总体要求\n\n各地各部门要提高认识，压实责任。\n"
)


@pytest.mark.parametrize(
    ("line", "title", "speaker", "body"),
    [
        (
            "某某市人民政府-关于印发安全生产方案的通知",
            "关于印发安全生产方案的通知",
            "某某市人民政府",
            _NOTICE_BODY,
        ),
        (
            "某某县应急管理局 | 关于做好冬季安全生产工作的通知",
            "关于做好冬季安全生产工作的通知",
            "某某县应急管理局",
            _NOTICE_BODY,
        ),
        ("中国政府网 | 在全市干部大会上的讲话", "在全市干部大会上的讲话", None, _SPEECH_BODY),
        ("某某市人民政府_在全市干部大会上的讲话", "在全市干部大会上的讲话", None, _SPEECH_BODY),
    ],
)
@pytest.mark.parametrize("name", ["notice.txt", "notice.docx"])
def test_a_site_or_organ_name_before_a_title_line_s_title_is_parted_off(
    line: str, title: str, speaker: str | None, body: str, name: str
) -> None:
    """A site's name before the title names no part of it; an issuing organ's before a
    notice's title is its issuer, kept as its author where the head names none."""
    document = import_bytes(_saved_as(name, [line, *body.split()]), name)
    (speech,) = document.speeches
    assert (speech.title, document.title, speech.speaker) == (title, title, speaker)
    assert speech.text.startswith(f"{line}\n")
    check_document(document)


def test_the_head_s_own_speaker_outweighs_an_organ_on_the_title_line() -> None:
    lines = ["某某市人民政府-关于做好安全生产工作的报告", "市长 王小明", *_SPEECH_BODY.split()]
    (speech,) = import_bytes("\n\n".join(lines).encode(), "report.txt").speeches
    assert (speech.title, speech.speaker) == ("关于做好安全生产工作的报告", "王小明")


_PAGE_BREAK = "\n\n— {} —\n\f某某市人民政府规范性文件\n\n"
RED_HEAD = (
    "某某市人民政府文件\n\n某政发〔2024〕12号\n\n"
    "某某市人民政府\n关于印发《某某市2024年安全生产工作要点》的通知\n\n"
    "各区县人民政府，市政府各部门，各有关单位：\n"
    "    现将《某某市2024年安全生产工作要点》印发给你们，请结合实际，认\n"
    "真贯彻执行。\n\n"
    "    附件：1．某某市2024年安全生产工作要点\n"
    "          2．2024年安全生产重点任务分工表\n\n"
    "                                          某某市人民政府\n"
    "                                          2024年3月5日\n"
    "    （此件公开发布）" + _PAGE_BREAK.format(1) + "附件1\n\n某某市2024年安全生产工作要点\n\n"
    "    一、压紧压实安全生产责任\n"
    "    （一）强化党政领导责任。严格落实党政领导干部安全生产责任制，\n"
    "各级党委政府主要负责人要亲自研究部署安全生产工作。\n"
    "    （二）落实部门监管责任。厘清部门监管职责边界，消除监管盲区。"
    + _PAGE_BREAK.format(2)
    + "    二、提升应急处置能力\n"
    "    加强应急救援队伍建设，完善应急预案体系，每年至少组织一次综合\n"
    "性应急演练。\n\n"
    "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，\n"
    "      市法院，市检察院。\n"
    "  某某市人民政府办公室                        2024年3月6日印发\n\n— 3 —\n"
)


def test_a_red_head_document_as_pdftotext_leaves_it() -> None:
    document = import_bytes(RED_HEAD.encode(), "通知.txt")
    check_document(document)
    (speech,) = document.speeches
    assert speech.title == "关于印发《某某市2024年安全生产工作要点》的通知"
    # the organ over the title (broken after its name) issued it, on the 落款's day
    assert (speech.speaker, speech.date) == ("某某市人民政府", "2024-03-05")
    marked = {(span.kind, speech.text[span.start : span.end]) for span in speech.spans}
    assert (SpanKind.SUBTITLE, "某政发〔2024〕12号") in marked
    assert (SpanKind.SIGNATURE, "某某市人民政府") in marked
    labels = [node.label for node in speech.outline]
    assert labels == ["附件1 某某市2024年安全生产工作要点"]
    assert [node.label for node in speech.outline[0].children] == [
        "一、压紧压实安全生产责任",
        "二、提升应急处置能力",
    ]
    removed = {(r.kind, r.text) for r in document.removed}
    assert (RemovalKind.PAGE_HEADER, "某某市人民政府规范性文件") in removed
    assert "— 2 —" not in speech.text
    assert "认真贯彻执行。" in speech.text


def test_a_reports_number_with_its_signer_stays_in_its_head() -> None:
    # 上行文: the signer right of the number, or under it where pdftotext broke the line
    for number in [
        "某政报〔2024〕12号            签发人：王某某",
        "某政报〔2024〕12号\n\n签发人：王某某",
    ]:
        text = RED_HEAD.replace("某政发〔2024〕12号", number)
        (speech,) = import_bytes(text.encode(), "报告.txt").speeches
        assert speech.title == "关于印发《某某市2024年安全生产工作要点》的通知"
        assert speech.speaker == "某某市人民政府"
        subtitles = [
            speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE
        ]
        assert any("签发人" in subtitle for subtitle in subtitles)


def test_joint_issuers_over_the_title_name_no_one_issuer() -> None:
    text = RED_HEAD.replace(
        "某某市人民政府\n关于印发", "中共某某市委办公室\n某某市人民政府办公室\n关于印发"
    )
    (speech,) = import_bytes(text.encode(), "通知.txt").speeches
    assert speech.title == "关于印发《某某市2024年安全生产工作要点》的通知"
    assert speech.speaker is None


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        ("重磅！在全市干部大会上的讲话", "在全市干部大会上的讲话"),
        (
            "重磅！市委书记王某某在全市干部大会上的讲话（全文）",
            "市委书记王某某在全市干部大会上的讲话",
        ),
        ("【重磅】王某某：在全市干部大会上的讲话（附全文）", "王某某：在全市干部大会上的讲话"),
        (
            "独家|市委书记王某某在全市干部大会上的讲话全文来了",
            "市委书记王某某在全市干部大会上的讲话",
        ),
        ("学习笔记｜在全市干部大会上的讲话｜视频", "在全市干部大会上的讲话"),
        ("市委书记王某某在全市干部大会上的讲话汇编", "市委书记王某某在全市干部大会上的讲话汇编"),
    ],
)
def test_a_post_pasted_as_text_is_named_without_its_headlines_wrappers(
    headline: str, named: str
) -> None:
    # the account's headline over a lead and the speech it reposts: neither the kicker (重磅！)
    # nor the notes around the title (（全文）) name the document, nor is it a sentence; who
    # spoke (王某某：, 市委书记王某某) and what the file is (汇编) still name it
    text = (
        f"{headline}\n5月6日，全市干部大会召开。现将讲话全文刊发如下。\n"
        "在全市干部大会上的讲话\n王某某\n（2024年5月6日）\n同志们：\n今天召开大会，部署工作。\n"
    )
    document = import_bytes(text.encode(), "post.txt")
    (speech,) = document.speeches
    assert speech.title == "在全市干部大会上的讲话"
    assert document.title == named
    assert speech.text.startswith(f"{headline}\n5月6日，")


def test_a_greeting_line_of_a_hard_wrapped_speech_does_not_take_its_title() -> None:
    # 大家好！ is no headline's kicker: the line under the title is the speech's first words
    text = (
        "在全市青年座谈会上的发言\n\n大家好！我是来自基层一线的青年代表\n"
        "今天很荣幸能在这里发言。我的发言分为三个部分，请各位批评指正。\n"
        "一、扎根基层\n我毕业后来到村里工作，已经整整五年了。\n"
    )
    (speech,) = import_bytes(text.encode(), "座谈会.txt").speeches
    assert speech.title == "在全市青年座谈会上的发言"
    assert [span.kind for span in speech.spans].count(SpanKind.TITLE) == 1


def test_a_line_opening_with_an_exclamation_heads_no_part_of_the_outline() -> None:
    # 很高兴！…, 记住！… in a speech's body, sentence ends missing: no headings over 一、, 二、
    text = (
        "在全市青年座谈会上的发言\n李明\n\n很高兴！今天能和大家一起交流青年发展\n"
        "我的发言分为三个部分，请各位批评指正。\n一、扎根基层\n我毕业后来到村里工作，已经整整五年了。\n"
        "记住！群众利益无小事件件都要放在心上\n二、服务群众\n群众的事无小事。\n"
    )
    (speech,) = import_bytes(text.encode(), "发言.txt").speeches
    assert [(node.label, node.children) for node in speech.outline] == [
        ("一、扎根基层", []),
        ("二、服务群众", []),
    ]


def test_a_narrowly_wrapped_speechs_line_opening_with_an_exclamation_is_joined() -> None:
    # the kicker (重磅！) heads a post's headline, the document's first line; a line of a
    # speech wrapped narrowly that opens with an exclamation carries on into the next
    text = (
        "在全市青年座谈会上的发言\n李明\n\n各位领导、同志们：\n大家好！我是来自基层一线的\n"
        "青年代表。今天很荣幸能在这里\n发言。\n很高兴！今天能和大家一起交流青年发展\n"
        "的心得体会，请各位批评指正。\n"
    )
    (speech,) = import_bytes(text.encode(), "发言.txt").speeches
    assert "很高兴！今天能和大家一起交流青年发展的心得体会，请各位批评指正。" in speech.text


def test_speeches_all_given_on_one_day_date_the_collection() -> None:
    """Two reports to one session, each under its ——2019年3月5日在…上 line: the file, which
    collects them, is of that day too (a file of speeches of several days stays undated)."""
    reports = []
    for kind, part in (("计划", "计划执行情况"), ("预算", "预算执行情况")):
        reports += [
            f"关于2018年{part}与2019年{kind}草案的报告",
            "——2019年3月5日在某市第十六届人民代表大会第三次会议上",
            "各位代表：",
            f"现在，我受市人民政府委托，向大会报告{part}，请予审议。",
            f"一、2018年{part}",
            "过去一年，全市经济运行总体平稳，主要指标完成良好，人民生活持续改善。",
            f"二、2019年{kind}的主要安排",
            "今年要坚持稳中求进，推动高质量发展，确保各项目标任务顺利完成。",
        ]
    text = "\n".join(["某市人民代表大会文件汇编", *reports])
    document = import_bytes(text.encode(), "reports.txt")
    check_document(document)
    assert [speech.date for speech in document.speeches] == ["2019-03-05", "2019-03-05"]
    assert document.date == "2019-03-05"
    two_days = text.replace("——2019年3月5日", "——2019年3月6日", 1)
    assert import_bytes(two_days.encode(), "reports.txt").date is None
