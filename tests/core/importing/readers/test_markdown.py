"""Markdown: block text, heading levels, inline markup reduced to its text, front matter."""

from __future__ import annotations

import re

import pytest

from desktop.core.importing import hyphens, import_bytes
from desktop.core.importing.chars import display_width
from desktop.core.importing.readers import markdown as markdown_reader
from desktop.core.importing.readers.markdown import read_markdown, split_front_matter


def _lines(markdown: str) -> list[tuple[str, int | None]]:
    source = read_markdown(markdown.encode("utf-8"), "a.md")
    return [(line.text, line.heading) for line in source.lines]


def test_headings_paragraphs_lists_and_quotes() -> None:
    markdown = (
        "# 在全市效能革命工作会上的讲话\n\n"
        "同志们：\n\n"
        "## 一、决心是坚定的\n\n"
        "- 第一条\n- 第二条\n\n"
        "1. 认识到位\n2. 措施到位\n\n"
        "> 引用的一段话\n\n"
        "副标题\n---\n"
    )
    assert _lines(markdown) == [
        ("在全市效能革命工作会上的讲话", 1),
        ("同志们：", None),
        ("一、决心是坚定的", 2),
        ("• 第一条", None),
        ("• 第二条", None),
        ("1.认识到位", None),
        ("2.措施到位", None),
        ("引用的一段话", None),
        ("副标题", 2),
    ]


def test_inline_markup_gives_way_to_its_text() -> None:
    markdown = "**加粗**与*强调*，[链接文字](https://example.org)，![图片](a.png)和`代码`。"
    assert _lines(markdown) == [("加粗与强调，链接文字，和代码。", None)]


def test_soft_breaks_join_cjk_without_space_and_latin_with_one() -> None:
    assert _lines("第一行中文\n接着第二行\n\nfirst line\nsecond line") == [
        ("第一行中文接着第二行", None),
        ("first line second line", None),
    ]


def test_hard_breaks_split_lines() -> None:
    assert _lines("落款单位  \n2024年9月8日") == [("落款单位", None), ("2024年9月8日", None)]


def test_code_blocks_tables_and_html_blocks_keep_their_text() -> None:
    markdown = (
        "```\n代码第一行\n代码第二行\n```\n\n"
        "| 单位 | 得分 |\n|---|---|\n| 市政府 | 98 |\n\n"
        "<div>网页<b>片段</b></div>\n"
    )
    assert [text for text, _ in _lines(markdown)] == [
        "代码第一行",
        "代码第二行",
        "单位    得分",
        "市政府    98",
        "网页片段",
    ]


def test_a_row_of_data_reads_as_one_line_of_columns_as_in_word() -> None:
    """项目 | 数额: each row one line, its cells set apart as a .docx table's are, so that a
    figure stays beside what it counts (not 项目, 数额, 新增投资, 4万亿元 a line each)."""
    markdown = "| 项目 | 数额 | 备注 |\n|---|---|---|\n| 新增投资 | 4万亿元 | |\n"
    assert [text for text, _ in _lines(markdown)] == [
        "项目    数额    备注",
        "新增投资    4万亿元    ",
    ]
    speech = import_bytes(("正文。\n\n" + markdown).encode(), "a.md").speeches[0]
    assert speech.text.endswith("\n项目    数额    备注\n新增投资    4万亿元")


def test_a_row_holding_prose_keeps_a_line_for_each_cell() -> None:
    prose = "要坚持稳中求进工作总基调，" * 6
    markdown = f"| 任务 | 要求 |\n|---|---|\n| 扩大内需 | {prose} |\n"
    assert [text for text, _ in _lines(markdown)] == ["任务    要求", "扩大内需", prose]


def test_front_matter_title_and_date() -> None:
    markdown = (
        "---\ntitle: 在全市工作会上的讲话\ndate: 2024-09-08\nspeaker: 张三\ntags: [a, b]\n---\n"
        "正文。\n"
    )
    source = read_markdown(markdown.encode("utf-8"), "a.md")
    assert source.title == "在全市工作会上的讲话"
    assert source.meta == {
        "date": "2024-09-08",
        "speaker": "张三",
        "document-date": "2024-09-08",
        "document-speaker": "张三",
    }
    assert [line.text for line in source.lines] == ["正文。"]
    assert (source.format, source.encoding) == ("md", "utf-8")


def test_a_rule_and_setext_heading_are_not_front_matter() -> None:
    front, rest = split_front_matter("---\n- 条目\n---\n正文")
    assert front.title is None
    assert rest.startswith("---")
    front, rest = split_front_matter("---\ntitle: [unclosed\n---\n正文")
    assert front.title is None
    assert rest.startswith("---")


def test_markdown_in_gb18030() -> None:
    source = read_markdown("# 标题\n\n同志们：今天召开会议。".encode("gb18030"), "a.md")
    assert source.encoding == "gb18030"
    assert [line.text for line in source.lines] == ["标题", "同志们：今天召开会议。"]


def test_footnotes_are_marked_where_cited_and_follow_the_body() -> None:
    """[^label] notes, defined anywhere, numbered as first cited: the definitions were read as
    paragraphs of "[^1]: …" and the references left as "[^1]" in the sentence."""
    markdown = (
        "[^src]: 《毛泽东选集》第三卷。\n\n"
        "正如所指出的那样，[^a]我们必须坚持实事求是。[^src]\n\n"
        "[^a]: 见\n    第801页。\n"
    )
    assert _lines(markdown) == [
        ("正如所指出的那样，[1]我们必须坚持实事求是。[2]", None),
        ("[1]见第801页。", None),
        ("[2]《毛泽东选集》第三卷。", None),
    ]


@pytest.mark.parametrize(
    ("definition", "note"),
    [
        (
            "[^1]: 见《某某市工作要点》，2024年1月印发。\n\n    该要点共分五个部分。\n",
            "[1]见《某某市工作要点》，2024年1月印发。该要点共分五个部分。",
        ),
        (
            "[^1]: 见《某某市工作要点》。\n\n    该要点共分五个部分。\n\n    此处引用第二部分。\n",
            "[1]见《某某市工作要点》。该要点共分五个部分。此处引用第二部分。",
        ),
        (
            "[^1]: Ibid., p. 12.\n\n    See also the annex.\n",
            "[1]Ibid., p. 12. See also the annex.",
        ),
    ],
    ids=["two-paragraphs", "three-paragraphs", "english"],
)
def test_a_footnote_of_several_paragraphs_is_one_note(definition: str, note: str) -> None:
    """Its later paragraphs were lines of their own under the note: the body's text, and in
    the last section, since the notes block (items, each a line) then ended before them."""
    markdown = (
        "# 在全市工作会议上的讲话\n\n同志们：\n\n## 一、提高认识\n\n要统一思想[^1]。\n\n"
        "## 二、狠抓落实\n\n要压实责任，狠抓落实[^2]。\n\n" + definition + "\n[^2]: 第二条注释。\n"
    )
    assert [text for text, _heading in _lines(markdown)][-2:] == [note, "[2]第二条注释。"]
    (speech,) = import_bytes(markdown.encode("utf-8"), "a.md").speeches
    last = speech.outline[-1]
    assert speech.text[last.start : last.end].rstrip("\n").endswith("狠抓落实[2]。")


def test_front_matters_title_and_date_name_a_speech_whose_text_does_not() -> None:
    """Front matter is written for the text it heads: its title and date were ignored, the
    speech named by its first words and undated."""
    markdown = (
        "---\ntitle: 在全市宣传思想工作会议上的讲话\ndate: 2024-01-15\n---\n\n"
        "同志们：\n\n今天召开全市宣传思想工作会议，主要任务是总结工作、部署任务。\n\n"
        "## 一、深刻把握新形势\n\n当前，宣传思想工作面临新的形势和任务。\n"
    )
    source = read_markdown(markdown.encode("utf-8"), "a.md")
    assert source.meta["document-date"] == "2024-01-15"
    speech = import_bytes(markdown.encode("utf-8"), "a.md").speeches[0]
    assert (speech.title, speech.date) == ("在全市宣传思想工作会议上的讲话", "2024-01-15")


_BODY = "同志们：\n\n今天召开全市工作会议。\n\n## 一、深刻把握新形势\n\n当前形势很好。\n"


@pytest.mark.parametrize(
    ("fields", "said_by"),
    [
        ("author: 周七\n", (None, "周七")),
        ("author: 市委书记 周七\n", ("市委书记", "周七")),
        ("speaker: 周七\nauthor: 王五\n", (None, "周七")),
        ("speaker: 周七同志\n", (None, "周七同志")),
        ("author: 理论学习小组\n", (None, None)),
    ],
)
def test_front_matter_names_the_speaker(
    fields: str, said_by: tuple[str | None, str | None]
) -> None:
    """Front matter is written for the text it heads: its speaker (or an author who reads as
    a person, not the group that posted it) gave the speech."""
    markdown = f"---\ntitle: 在全市工作会议上的讲话\n{fields}---\n\n{_BODY}"
    speech = import_bytes(markdown.encode("utf-8"), "a.md").speeches[0]
    assert (speech.role, speech.speaker) == said_by


def test_the_speakers_own_line_outranks_front_matter() -> None:
    markdown = f"---\nauthor: 王五\n---\n\n# 在全市工作会议上的讲话\n\n市长 周七\n\n{_BODY}"
    speech = import_bytes(markdown.encode("utf-8"), "a.md").speeches[0]
    assert (speech.role, speech.speaker) == ("市长", "周七")


@pytest.mark.parametrize("written", ["January 5, 2024", "5 January 2024", "Jan. 5, 2024"])
def test_front_matter_s_date_in_english_words_dates_the_speech(written: str) -> None:
    data = f"---\ntitle: Address to the Assembly\ndate: {written}\n---\n\nWe meet today.\n"
    assert read_markdown(data.encode(), "a.md").meta["document-date"] == "2024-01-05"
    (speech,) = import_bytes(data.encode(), "a.md").speeches
    assert speech.date == "2024-01-05"


def test_chinese_pasted_a_paragraph_to_a_line_keeps_its_lines() -> None:
    # many editors show a single line break as one: a speech pasted so has no blank lines
    markdown = (
        "同志们：\n"
        "今天召开全县工作推进会，主要任务是总结工作、部署任务。\n"
        "一、提高站位，充分认识重要意义\n"
        "营商环境就是生产力。一是认识不到位；二是效率不够高。\n"
        "（一）深化改革\n"
        "要坚持问题导向，集中攻坚\n"
        "同志们，优化营商环境永远在路上。"
    )
    assert [text for text, _ in _lines(markdown)] == markdown.split("\n")[:5] + [
        "要坚持问题导向，集中攻坚同志们，优化营商环境永远在路上。"
    ]


def test_a_hard_wrapped_chinese_paragraph_stays_one_line() -> None:
    # lines filled to one width: a break at a sentence's end fell there by chance
    paragraph = (
        "营商环境就是生产力、竞争力。近年来，全县上下认真贯彻落实各级决策部署，营商环境持"
        "续改善，但与先进地区相比仍有差距。我们要坚持问题导向，聚焦企业反映强烈的问题。"
        "一是思想认识不到位，有的干部服务意识不强；二是审批效率不够高。"
    )
    wrapped = "\n".join(paragraph[i : i + 19] for i in range(0, len(paragraph), 19))
    assert any(line.endswith("。") for line in wrapped.split("\n")[:-1])
    assert _lines(wrapped) == [(paragraph, None)]


_WRAPPED_SPEECH = (
    "营商环境就是生产力、竞争力。近年来，全县上下认真贯彻落实各级决策部署，营商环境持续改善，"
    "但与先进地区相比仍有差距，企业和群众的获得感还不够强。",
    "全县上下要坚定信心、真抓实干、奋勇争先。以优异成绩向全县人民交上一份满意答卷。",
    "我们要坚持问题导向，聚焦企业反映强烈的问题，一是思想认识不到位，有的干部服务意识不强；"
    "二是审批效率不够高，部门之间协同不够。",
    "要把优化营商环境作为“一把手”工程，主要领导亲自抓、负总责。各部门要各司其职。",
    "同志们，优化营商环境永远在路上，让我们以更大的决心和力度，推动各项工作落地见效。",
)


def _wrapped_at(paragraphs: tuple[str, ...], columns: int) -> str:
    """``paragraphs`` hard-wrapped at ``columns`` (a Han character or “ takes two), a blank
    line between them, as an editor's or a formatter's hard wrap leaves a Markdown file."""
    wrapped = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for char in paragraph:
            if display_width(line + char) > columns:
                lines.append(line)
                line = ""
            line += char
        wrapped.append("\n".join([*lines, line]))
    return "\n\n".join(wrapped)


def test_a_two_line_paragraph_of_a_hard_wrapped_file_stays_one_line() -> None:
    # a paragraph of two lines is too short to measure: the file's other paragraphs tell
    # its width, which its first line fills, though it ends at a sentence's end by chance
    markdown = _wrapped_at(_WRAPPED_SPEECH, 40)
    assert "\n\n全县上下要坚定信心、真抓实干、奋勇争先。\n以优异成绩" in markdown
    assert _lines(markdown) == [(paragraph, None) for paragraph in _WRAPPED_SPEECH]


def test_a_long_file_pasted_a_paragraph_to_a_line_keeps_its_lines() -> None:
    # its lines' widths vary as its paragraphs' lengths do: no width to have filled
    paragraphs = [
        "同志们：",
        *(
            sentence
            for paragraph in _WRAPPED_SPEECH
            for sentence in paragraph.split("。")
            if sentence
        ),
    ]
    pasted = [text if text.endswith("：") else text + "。" for text in paragraphs]
    assert [text for text, _ in _lines("\n".join(pasted))] == pasted


class _SearchSpy:
    """A compiled pattern that notes the longest stretch of text it was asked to search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.longest = 0

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.longest = max(self.longest, len(text) - pos)
        return self.pattern.search(text, pos)


def test_each_soft_break_is_judged_by_the_lines_beside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A hard-wrapped paragraph of thousands of lines (a pasted book) joins in one pass: a
    # search through all joined before each break made it quadratic (16,000 lines ~ 2 min).
    spies = [
        _SearchSpy(markdown_reader._CJK_END),
        _SearchSpy(markdown_reader._HYPHEN_END),
        _SearchSpy(hyphens._BROKEN_END),
    ]
    monkeypatch.setattr(markdown_reader, "_CJK_END", spies[0])
    monkeypatch.setattr(markdown_reader, "_HYPHEN_END", spies[1])
    monkeypatch.setattr(hyphens, "_BROKEN_END", spies[2])
    lines = ["the global econ-", "omy of the well-", "known world and its people"] * 100
    chinese = ["营商环境持续改善但与先进地区相比仍有差距我们要坚持问题导向"] * 300
    text = _lines("\n".join(lines) + "\n\n" + "\n".join(chinese))
    assert text[0][0].startswith("the global economy of the well-known world and its people the")
    assert text[1][0] == "".join(chinese)
    width = max(len(line) for line in lines + chinese)
    assert all(spy.longest <= 2 * width for spy in spies), [spy.longest for spy in spies]


def test_a_line_left_short_by_a_latin_word_too_long_for_it_is_still_a_wrap() -> None:
    # a formatter wrapping at 80 columns (Prettier's proseWrap) moves a long English word
    # whole to the next line: the line above is short, the paragraph still hard-wrapped, and
    # the break at 。 after 推动高质量发展 fell there by chance
    lines = [
        "我们要坚持以人民为中心的发展思想，推动经济稳步增长，深化改革开放，加快建设现代",
        "化经济体系。要把握新发展阶段，贯彻新发展理念，构建新发展格局，推动高质量发展。",
        "努力在疫情防控和经济社会发展中取得更大成效，积极参与",
        "Organisation-for-Economic-Cooperation 等组织的合作。今年以来，我们坚持稳中求进工",
        "作总基调，统筹发展和安全，经济运行总体平稳、稳中有进。",
    ]
    (line,) = _lines("\n".join(lines))
    assert line[0].startswith(lines[0] + lines[1] + lines[2])
    assert line[0].endswith("稳中有进。")


def test_a_level_declared_higher_later_never_goes_under_a_lower_one() -> None:
    """Study notes open with a ### before their first ##: the ## is still above the ###s, and
    the ###s after it are its sections."""
    text = (
        "# 复习重点\n\n### 总体布局\n\n统筹推进各项建设。\n\n## 第一节 进入新时代\n\n"
        "### 历史性成就\n\n取得重大成就。\n\n### 主要矛盾\n\n矛盾发生变化。\n\n"
        "## 第二节 主要内容\n\n### 八个明确\n\n明确总任务。\n"
    )
    speech = import_bytes(text.encode(), "notes.md").speeches[0]
    assert speech.title == "复习重点"
    assert [(n.label, [c.label for c in n.children]) for n in speech.outline] == [
        ("总体布局", []),
        ("第一节 进入新时代", ["历史性成就", "主要矛盾"]),
        ("第二节 主要内容", ["八个明确"]),
    ]


def test_a_numbered_list_in_chinese_leaves_nothing_to_report_removed() -> None:
    imported = import_bytes("要做好三件事：\n\n1. 就业\n2. 社保\n".encode(), "a.md")
    assert imported.speeches[0].text == "要做好三件事：\n1.就业\n2.社保"
    assert imported.removed == []


def test_a_numbered_list_keeps_its_space_before_a_latin_word_or_a_figure() -> None:
    markdown = "要做好三件事：\n\n1. WTO规则下的贸易\n2. 2024年目标任务\n3. 社保\n"
    imported = import_bytes(markdown.encode(), "a.md")
    assert (
        imported.speeches[0].text == "要做好三件事：\n1. WTO规则下的贸易\n2. 2024年目标任务\n3.社保"
    )
    assert imported.removed == []


def test_front_matter_under_blank_lines_is_still_front_matter() -> None:
    markdown = (
        "\n\n---\ntitle: '学习心得 My Thoughts'\ndate: 2019-09-26 03:08:39\n---\n"
        "\n一、做好本职工作\n\n正文。\n"
    )
    source = read_markdown(markdown.encode("utf-8"), "a.md")
    assert source.title == "学习心得 My Thoughts"
    assert [line.text for line in source.lines] == ["一、做好本职工作", "正文。"]


def test_an_inline_html_line_break_ends_a_line() -> None:
    markdown = "大家好，新年即将到来。<br/>Greetings to you all.\n\n谢谢大家！<BR>Thank you!\n"
    source = read_markdown(markdown.encode("utf-8"), "a.md")
    assert [line.text for line in source.lines] == [
        "大家好，新年即将到来。",
        "Greetings to you all.",
        "谢谢大家！",
        "Thank you!",
    ]


def test_a_long_declared_title_names_the_speech_whole() -> None:
    title = "学习心得体会 My Thoughts after Reading the Speeches"
    markdown = f"---\ntitle: '{title}'\n---\n\n一、做好本职工作\n\n我将努力做好本职工作。\n"
    speech = import_bytes(markdown.encode("utf-8"), "a.md").speeches[0]
    assert speech.title == title


def test_a_declared_title_loses_the_kicker_a_title_line_would() -> None:
    markdown = "---\ntitle: '双语全文！在某某论坛开幕式上的致辞'\n---\n\n大家好！\n\n谢谢大家！\n"
    document = import_bytes(markdown.encode("utf-8"), "a.md")
    assert document.speeches[0].title == document.title == "在某某论坛开幕式上的致辞"
