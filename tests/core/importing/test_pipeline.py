"""``import_file`` / ``import_bytes`` / ``import_source``: progress, cancelling, errors, and the
property that any text either imports into a consistent document or raises ``DocumentError``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.imported import NoticeKind, RemovalKind
from desktop.core.importing import import_bytes, import_file
from desktop.core.importing.clean import clean
from desktop.core.importing.pipeline import import_source
from desktop.core.importing.source import SourceLine, SourceText
from desktop.core.importing.structure import Origin, structure
from tests.core.importing.outline_checks import check_document
from tests.core.importing.readers.test_html_meta import DISCLOSURE_PAGE

SPEECH = """在全市工作会议上的讲话
（2023年5月6日）
同志们：
今天召开会议，主要任务是总结工作、部署任务。
一、充分肯定成绩
过去一年，我们做了大量工作。一是经济平稳增长。二是民生持续改善。
二、明确重点任务
（一）抓好项目建设
要加快推进重点项目。
（二）优化营商环境
要深化改革。
"""


def test_import_bytes_gives_one_speech_with_its_outline() -> None:
    document = import_bytes(SPEECH.encode(), "speech.txt")
    assert document.title == "在全市工作会议上的讲话"
    assert document.date == "2023-05-06"
    assert document.source == "speech.txt"
    (speech,) = document.speeches
    assert [node.label for node in speech.outline] == ["一、充分肯定成绩", "二、明确重点任务"]
    assert [node.label for node in speech.outline[0].children] == [
        "一是经济平稳增长",
        "二是民生持续改善",
    ]
    check_document(document)


def test_an_english_translation_is_outlined_by_its_roman_parts() -> None:
    text = "\n\n".join(
        [
            "Report on the Work of the Government",
            "Esteemed Deputies,",
            "On behalf of the State Council, I will now report to you on the work.",
            "I. Review of Our Work in 2023",
            "The year 2023 was the first year for fully implementing the principles.",
            "(1) We strengthened macro regulation and promoted a steady recovery.",
            "We worked to expand domestic demand and to optimize policies.",
            "(2) We deepened reform and opening up.",
            "We implemented a three-year action plan for enterprise reform.",
            "II. Overall Requirements and Policy Orientations for Our Work in 2024",
            "Growth is the top priority.",
            "1. We will maintain a proactive fiscal policy.",
            "2. We will ensure that the monetary policy is flexible.",
            "III. Tasks for 2024",
            "(1) Striving to modernize the industrial system",
            "We will promote the upgrading of traditional industries.",
        ]
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert [node.label for node in speech.outline] == [
        "I. Review of Our Work in 2023",
        "II. Overall Requirements and Policy Orientations for Our…",  # a word whole
        "III. Tasks for 2024",
    ]
    assert [len(node.children) for node in speech.outline] == [2, 2, 1]


def test_import_file_reports_progress_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    seen: list[float] = []
    document = import_file(path, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert document.source == str(path)


@pytest.mark.parametrize("after", [0, 1, 2, 3])
def test_cancel_stops_the_import(after: int) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(None)
        return len(calls) > after

    with pytest.raises(CancelledError):
        import_bytes(SPEECH.encode(), "speech.txt", cancel=cancel)


def test_text_that_is_only_noise_is_a_document_error() -> None:
    with pytest.raises(DocumentError) as caught:
        import_bytes("nlc202309090206\n- 3 -\n上一篇：某文\n".encode(), "noise.txt")
    assert caught.value.code == "no-text"
    assert "noise.txt" in str(caught.value)


def test_empty_file_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentError):
        import_file(path)


def test_unexpected_failure_ends_as_a_document_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise IndexError("boom")

    monkeypatch.setattr("desktop.core.importing.pipeline.structure", broken)
    with pytest.raises(DocumentError) as caught:
        import_bytes(SPEECH.encode(), "speech.txt")
    assert caught.value.code == "corrupt"


def test_declared_headings_are_headings() -> None:
    source = SourceText(
        [
            SourceLine("年度报告", heading=0),
            SourceLine("总体情况", heading=1),
            SourceLine("今年以来，各项工作稳步推进。"),
            SourceLine("主要做法", heading=2),
            SourceLine("我们坚持问题导向。"),
            SourceLine("下一步打算", heading=1),
            SourceLine("继续努力。"),
        ],
        "docx",
        "docx",
    )
    document = import_source(source, "report.docx")
    (speech,) = document.speeches
    assert speech.title == "年度报告"
    assert [(n.label, n.style) for n in speech.outline] == [
        ("总体情况", "h1"),
        ("下一步打算", "h1"),
    ]
    assert [n.label for n in speech.outline[0].children] == ["主要做法"]


# Text built from the pieces real documents are made of, so the property reaches deep paths.
_PIECES = st.sampled_from(
    [
        "一、",
        "二、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（1）",
        "①",
        "一是",
        "二是",
        "三要",
        "第一，",
        "第二，",
        "首先，",
        "篇1",
        "篇2",
        " 篇3",
        "【第1篇】",
        "(精选3篇)",
        "同志们：",
        "各位代表！",
        "（2016年4月15日）",
        "2024-09-08",
        "——",
        "目录",
        "nlc202309090206",
        "(下转第2页)",
        "(本文权属某网所有,更多文章请登陆查看)",
        "上一篇:",
        "责任编辑：",
        "- 3 -",
        "一",
        "\n",
        "\n\n",
        "\r\n",
        "。",
        "，",
        ", ",
        "；",
        "：",
        "“",
        "”",
        "(",
        ")",
        " ",
        "\u3000",
        "\t",
        "\x00",
        "\u200b",
        "\ufeff",
        "市委常委、副市长 张 三",
        "要加强领导",
        "推进改革发展",
        "Latin words",
        "12.5%",
        "𠮷",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join)


@given(_TEXT)
def test_any_text_imports_consistently_or_raises_document_error(text: str) -> None:
    try:
        document = import_bytes(text.encode("utf-8"), "any.txt")
    except DocumentError:
        return
    check_document(document)


def test_a_control_inside_a_removed_line_is_placed_where_the_line_was() -> None:
    """A NUL in a chrome line ("0©") that is cut out between two joined lines: every piece
    of that line is recorded at the line's place, never past the end of the text."""
    document = import_bytes("一、一、，\n0©\x00\r0".encode(), "any.txt")
    check_document(document)
    (speech,) = document.speeches
    positions = {removal.text: removal.position for removal in document.removed}
    assert positions["\x00"] == positions["0©"] <= len(speech.text)


@given(_TEXT)
def test_clean_and_structure_never_raise_anything_else(text: str) -> None:
    lines = [SourceLine(line) for line in text.split("\n")]
    cleaned = clean(SourceText(lines, "utf-8", "txt"))
    total = len(cleaned.text)
    for removal in cleaned.removals:
        assert 0 <= removal.paragraph <= len(cleaned.paragraphs)
        if removal.paragraph < len(cleaned.paragraphs):
            assert 0 <= removal.offset <= len(cleaned.paragraphs[removal.paragraph].text)
    assert all(paragraph.text for paragraph in cleaned.paragraphs)
    assert all(paragraph.text == paragraph.text.strip() for paragraph in cleaned.paragraphs)
    if total == 0:
        with pytest.raises(DocumentError, match="no text"):
            structure(cleaned, Origin("any.txt", "utf-8", "txt"))
        return
    check_document(structure(cleaned, Origin("any.txt", "utf-8", "txt")))


@pytest.mark.parametrize(
    "title",
    ["砥砺奋进 再创辉煌", "坚定信心 真抓实干 攻坚克难 奋勇争先", "学思想 强党性 重实践 建新功"],
)
def test_a_title_of_slogans_over_its_subtitle_is_the_title(title: str) -> None:
    text = "\n".join(
        [
            title,
            "——在全市经济工作会议上的讲话",
            "（2023年12月20日）",
            "同志们：",
            "今天召开全市经济工作会议，主要任务是总结今年工作，部署明年任务。",
            "一、今年工作回顾",
            "今年以来，全市经济运行稳中有进，主要指标好于预期。",
            "二、明年重点任务",
            "明年要坚持稳中求进工作总基调，抓好以下几项工作。",
        ]
    )
    document = import_bytes(text.encode(), "speech.txt")
    assert document.title == title
    assert not [removal for removal in document.removed if removal.kind == "web-chrome"]


@pytest.mark.parametrize(
    "byline",
    ["2025年03月12日06:02 | 来源：某某网－某某日报", "来源：某某县委组织部  发布时间：2025-03-12"],
)
def test_a_name_under_a_pages_headline_over_its_byline_is_the_author(byline: str) -> None:
    running = "改革是一场深刻革命。全面深化改革，关键在于抓落实，考验着各级领导干部的担当和本领。"
    text = f"某某网>>观点>>理论\n以钉钉子精神抓好改革落实\n王建国\n{byline}\n{running}"
    speech = import_bytes(text.encode(), "page.txt").speeches[0]
    assert (speech.title, speech.speaker, speech.date) == (
        "以钉钉子精神抓好改革落实",
        "王建国",
        "2025-03-12",
    )
    assert speech.text.endswith(f"王建国\n{running}")


@pytest.mark.parametrize(
    ("byline", "speaker"),
    [
        ("来源：某某县委组织部  作者：赵国强  发布时间：2025-04-18", "赵国强"),
        ("作者：某某县委组织部 | 2025-04-18", None),  # a body, not a person
        ("文档编号：123  作者：赵国强  上传时间：2025-04-18", None),  # an uploader's name
        ("文/赵国强", "赵国强"),
        ("作者：赵国强 钱立新  来源：某某日报", "赵国强、钱立新"),
        ("撰文丨赵国强\u3000\u3000编辑丨钱立新", "赵国强"),
        ("记者 赵国强", None),  # a reporter tells of the speech, never gives it
        ("文/本报记者 赵国强", None),
    ],
)
def test_the_author_a_pages_byline_names_is_the_speaker(byline: str, speaker: str | None) -> None:
    running = "今天召开全县基层党建工作推进会，主要任务是总结一季度工作，部署下一阶段任务。"
    text = f"在全县基层党建工作推进会上的讲话\n{byline}\n同志们：\n{running}"
    assert import_bytes(text.encode(), "page.txt").speeches[0].speaker == speaker


def test_a_name_opening_the_body_under_a_title_stays_in_the_body() -> None:
    running = "改革是一场深刻革命。全面深化改革，关键在于抓落实，考验着各级领导干部的担当和本领。"
    speech = import_bytes(f"抓好改革落实\n王建国\n{running}".encode(), "page.txt").speeches[0]
    assert speech.speaker is None


def test_a_news_sites_masthead_clock_and_breadcrumb_are_not_its_title() -> None:
    text = "\n".join(
        [
            "资讯源 行情源",
            "2024年11月22日 星期五",
            "某某网 > 新闻中心 > 时政",
            "市长会见外商代表团",
            "发布时间：2016-03-03 08:52:42  来源：某某网",
            "3月2日，市长在市政府会见了外商代表团一行，双方就深化经贸合作交换了意见。",
            "市长表示，欢迎各方来我市投资兴业，共享发展机遇。",
        ]
    )
    document = import_bytes(text.encode(), "news.txt")
    assert document.title == "市长会见外商代表团"
    assert document.speeches[0].title == "市长会见外商代表团"
    assert document.date == "2016-03-03"  # the article's, not the day the page was read
    removed = [removal.text for removal in document.removed if removal.kind == "web-chrome"]
    assert removed[:3] == ["资讯源 行情源", "2024年11月22日 星期五", "某某网 > 新闻中心 > 时政"]


def test_a_sites_name_in_latin_letters_over_its_navigation_is_not_the_title() -> None:
    text = "\n".join(
        [
            "About Daily Star",
            "某某网 > 要闻 > 时政",
            "市长会见外商代表团",
            "3月2日，市长在市政府会见了外商代表团一行，双方就深化经贸合作交换了意见。",
        ]
    )
    document = import_bytes(text.encode(), "news.txt")
    assert document.title == document.speeches[0].title == "市长会见外商代表团"
    removed = [removal.text for removal in document.removed if removal.kind == "web-chrome"]
    assert removed == ["About Daily Star", "某某网 > 要闻 > 时政"]


def test_an_english_title_over_a_chinese_one_without_navigation_stays() -> None:
    """Only a site's navigation under it makes a Latin line a masthead: this one is a title."""
    text = "Opening Remarks\n开幕致辞\n女士们、先生们：\n欢迎各位来宾出席今天的论坛。\n"
    document = import_bytes(text.encode(), "bilingual.txt")
    assert not document.removed
    assert "Opening Remarks" in document.speeches[0].text


def test_a_papers_web_edition_dates_the_article_by_its_source_line() -> None:
    text = "\n".join(
        [
            "新 闻财 经体 育 某某网",
            "某某日报 2019年03月05日 星期二",
            "全市经济稳中向好",
            "本报记者 王 明",
            "《 某某日报 》( 2019年03月05日   第 02 版)",
            "今年以来，全市上下坚持稳中求进，经济运行总体平稳，主要指标好于预期。",
            "工业生产加快",
            "前两个月，全市规模以上工业增加值同比增长百分之六，增速比去年同期加快。",
        ]
    )
    document = import_bytes(text.encode(), "paper.txt")
    speech = document.speeches[0]
    assert document.title == speech.title == "全市经济稳中向好"
    assert speech.date == document.date == "2019-03-05"
    assert [node.label for node in speech.outline] == ["工业生产加快"]
    removed = [removal.text for removal in document.removed if removal.kind == "web-chrome"]
    assert removed == [
        "新 闻财 经体 育 某某网",
        "某某日报 2019年03月05日 星期二",
        "本报记者 王 明",
        "《 某某日报 》( 2019年03月05日   第 02 版)",
    ]


def test_numbered_headings_glued_to_their_body_by_spaces_are_their_own_lines() -> None:
    text = "\n".join(
        [
            "在全县安全生产工作会议上的讲话",
            "同志们：",
            "今天召开这次会议，主要任务是部署今年的安全生产工作。",
            "一、统一思想，提高认识   今年以来，全县安全生产形势总体平稳，但隐患依然存在。",
            "二、突出重点，狠抓落实  要抓好重点行业领域的专项整治，坚决遏制重特大事故。",
        ]
    )
    speech = import_bytes(text.encode(), "speech.txt").speeches[0]
    labels = [node.label for node in speech.outline]
    assert labels == ["一、统一思想，提高认识", "二、突出重点，狠抓落实"]
    assert "一、统一思想，提高认识\n今年以来，全县" in speech.text


def test_every_speech_holds_words_of_its_own() -> None:
    """Separators with nothing under them gave speeches of empty text (found by generated
    input): the file is one document holding every line."""
    document = import_bytes("一、一、篇1\n一是篇2".encode(), "any.txt")
    check_document(document)
    assert [speech.text for speech in document.speeches] == ["一、一、篇1\n一是篇2"]


def test_a_disclosure_table_names_and_dates_a_page_whose_article_does_not() -> None:
    page = DISCLOSURE_PAGE.replace("{table}", "").replace("<p>2018年11月20日</p>", "")
    document = import_bytes(page.encode(), "page.html")
    assert document.title == "某某市人民政府办公厅关于做好冬季安全生产工作的通知"
    assert [speech.title for speech in document.speeches] == [document.title]
    assert document.speeches[0].date == "2018-11-20"
    assert "政务公开" not in document.speeches[0].text


SIGNED_OFF_PAGE = """<html><head><meta charset="utf-8">
<title>关于做好冬季安全生产工作的通知_某某市人民政府</title></head><body>
<div class="TRS_Editor">
<p>关于做好冬季安全生产工作的通知</p><p>2018年11月20日</p>
<p>为切实做好今冬明春安全生产工作，有效防范和坚决遏制重特大事故发生，现就有关事项通知如下。</p>
<p>一、全面排查整治隐患。各地各部门要组织开展拉网式排查，对问题隐患逐项整改到位。</p>
<p>市人民政府办公厅</p><p>2018年11月20日</p>
<p>（此件公开发布）</p><p>相关文件：关于加强安全生产的意见</p>
</div></body></html>
"""


def test_a_pages_sign_off_over_its_date_and_last_lines_is_no_second_speech() -> None:
    document = import_bytes(SIGNED_OFF_PAGE.encode(), "page.html")
    assert [speech.title for speech in document.speeches] == ["关于做好冬季安全生产工作的通知"]
    assert document.title == "关于做好冬季安全生产工作的通知"


def test_a_web_copy_on_one_line_reads_its_labelled_title_and_salutation() -> None:
    page = (
        "县长在县经济工作会议上的讲话 文章标题:县长在 2021 年县经济工作会议上的讲话 同志们: "
        "这次会议很重要，我讲两点意见。 一、准确把握经济形势 今年以来，全县经济稳中有进。 "
        "二、扎实做好明年工作 明年要抓好项目建设，确保完成各项任务。"
    )
    document = import_bytes(page.encode(), "page.txt")
    speech = document.speeches[0]
    kinds = {(span.kind, speech.text[span.start : span.end]) for span in speech.spans}
    assert ("title", "县长在 2021 年县经济工作会议上的讲话") in kinds
    assert ("salutation", "同志们:") in kinds
    assert "文章标题" not in speech.text
    assert any(r.kind == "web-chrome" and r.text == "文章标题:" for r in document.removed)


@pytest.mark.parametrize("digits", ["1" * 5000, "一" * 5000, "１" * 5000])
def test_a_line_that_starts_with_a_long_run_of_digits_imports(digits: str) -> None:
    document = import_bytes(f"{digits}、正文内容。\n".encode(), "digits.txt")
    assert digits in document.speeches[0].text


def test_an_interviews_headline_naming_its_subject_is_its_title() -> None:
    text = (
        "“把群众的事当成自己的事”——访全国人大代表、某某村党支部书记李秀英\n"
        "本报记者　王磊\n"
        "　　会议间隙，记者采访了全国人大代表、某某村党支部书记李秀英。\n"
        "　　记者：今年您带来了哪些建议？\n"
        "　　李秀英：这次我主要带来了关于加强乡村人才振兴的建议。\n"
    )
    speech = import_bytes(text.encode("utf-8"), "interview.txt").speeches[0]
    assert speech.title == "“把群众的事当成自己的事”——访全国人大代表、某某村党支部书记李秀英"
    assert speech.speaker is None


def test_a_theme_opening_the_document_is_its_title_without_the_label() -> None:
    text = "\n".join(
        [
            "主题：坚定信心 攻坚克难 奋力开创高质量发展新局面",
            "——在全市经济工作会议上的讲话",
            "同志们：",
            "这次会议的主要任务是，总结今年经济工作，部署明年经济工作。",
            "主题：推动高质量发展",  # lower down, a line of the text like any other
        ]
    )
    document = import_bytes(text.encode(), "讲话.txt")
    (speech,) = document.speeches
    assert speech.title == "坚定信心 攻坚克难 奋力开创高质量发展新局面"
    assert speech.text.startswith(speech.title)
    assert speech.text.endswith("主题：推动高质量发展")
    assert [(r.kind, r.text) for r in document.removed] == [(RemovalKind.WEB_CHROME, "主题：")]


def test_a_tab_separated_tables_rows_stay_rows_with_their_columns_apart() -> None:
    rows = [
        "区县\t地区生产总值完成情况说明及下一步工作打算和主要措施安排\t备注",
        "甲区\t总体平稳运行，工业生产和固定资产投资较快增长，消费市场持续回暖\t良好",
        "乙区\t稳中有进，工业生产保持平稳，服务业较快增长，投资结构持续优化调整\t一般",
    ]
    text = "各区县指标完成情况通报\n现将各区县指标完成情况通报如下，请认真对照。\n" + "\n".join(
        rows
    )
    (speech,) = import_bytes(text.encode(), "table.txt").speeches
    assert speech.text.split("\n")[2:] == [row.replace("\t", "    ") for row in rows]


def test_a_proposals_fields_stay_out_of_its_title_and_outline() -> None:
    text = (
        "关于加强社区养老服务体系建设的提案\n案由：关于加强社区养老服务体系建设\n"
        "提案人：张明　李华\n审查意见：立案，交市民政局办理\n一、基本情况\n"
        "我市老年人口已达120万人。\n二、建议\n建议市财政设立专项资金。"
    )
    (speech,) = import_bytes(text.encode(), "proposal.txt").speeches
    assert speech.title == "关于加强社区养老服务体系建设的提案"
    assert [node.label for node in speech.outline] == ["一、基本情况", "二、建议"]


def test_a_guessed_encoding_is_a_notice_of_the_document_not_part_of_its_json() -> None:
    text = "PRESS RELEASE\nThe café’s “Open Day” – a naïve façade in Zürich.\n"
    document = import_bytes(text.encode("cp1252"), "release.txt")
    assert document.encoding == "cp1252"
    assert "naïve façade" in document.speeches[0].text
    assert [notice.kind for notice in document.notices] == [NoticeKind.ENCODING_GUESSED]
    # Libraries keep a hash of the JSON: how the file was read is not what it holds.
    assert "notices" not in document.to_dict()
    assert import_bytes(SPEECH.encode(), "speech.txt").notices == []
