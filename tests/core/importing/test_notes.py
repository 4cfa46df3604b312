"""A notes block closing a speech, cited by marks in its body, is no part of the outline."""

from __future__ import annotations

import textwrap

import pytest

from desktop.core.footnotes import find_footnotes
from desktop.core.importing import import_bytes
from desktop.core.importing.notes import note_continues, notes_block, stacked_blocks

_BODY = "我们要深入学习有关论述①，这是做好工作的根本遵循②。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ((_BODY, "注释：", "①《某某文选》第一卷。", "②《某某摘编》。"), range(1, 4)),
        (
            ("有关研究表明[1]，效果显著[2]。", "参考文献", "[1] 某某. 某书.", "[2] 某某. 某刊."),
            range(1, 4),
        ),
        ((_BODY, "注：", "①《某某文选》第一卷。", "③《某某摘编》。"), range(0)),  # not counting
        (("我们要深入学习有关论述。", "注释：", "①《某某文选》。", "②《某某摘编》。"), range(0)),
        ((_BODY, "①加强领导", "②落实责任"), range(0)),  # no label: a list
        (("研究表明[1]，效果显著[2]。", "[1] 某某. 某书.", "[2] 某某. 某刊."), range(1, 3)),
        (("研究表明[2]，效果显著[1]。", "[1] 某某. 某书.", "[2] 某某. 某刊."), range(0)),
        (("研究表明[1]。", "[1] 某某. 某书.", "[2] 某某. 某刊."), range(0)),
        (("论述[1]，研究[i]。", "[1]某书。", "[i]某刊。"), range(1, 3)),  # a .docx's
        (("论述[①]，研究[②]。", "[①]某书。", "[②]某刊。"), range(1, 3)),  # circled, a .docx's
        (("论述[②]，研究[①]。", "[①]某书。", "[②]某刊。"), range(0)),  # not cited in order
        ((_BODY, "注释：", "①《某某文选》。", "今后还要继续努力。"), range(0)),
        ((_BODY, "注释：", "①《某某文选》第一卷，", "第12页。", "②《某某摘编》。"), range(1, 5)),
        (("研究表明［1］，显著〔2〕。", "参考文献", "[1] 某某. 某书.", "[2] 某某."), range(1, 4)),
        (("研究表明[1]，效果显著②。", "参考文献", "①某书。", "②某刊。"), range(0)),
        (  # notes over references, each cited
            ("论述①，研究表明[1]。", "注释：", "①某书。", "参考文献", "[1] 某某. 某书."),
            range(1, 5),
        ),
        (  # the notes over the references cite nothing: a list, not notes
            ("研究表明[1]。", "注释：", "①某书。", "参考文献", "[1] 某某. 某书."),
            range(3, 5),
        ),
        (  # a page's footnotes, with no label, over the references
            ("论述①②，研究表明[1]。", "①某书。", "②某刊。", "参考文献", "[1] 某某. 某书."),
            range(1, 5),
        ),
        (  # a list over the references: its items cited nowhere
            ("研究表明[1]。", "①加强领导", "②落实责任", "参考文献", "[1] 某某. 某书."),
            range(3, 5),
        ),
        (  # a reference list the body cites nowhere is still the works read
            (_BODY, "参考文献", "[1]某某.某书[M].2019.", "[2]某某.某刊[J].2021(5):45-53."),
            range(1, 4),
        ),
        ((_BODY, "注释：", "[1]某某文选。", "[2]某某摘编。"), range(0)),  # notes need citing
    ],
)
def test_notes_block(lines: tuple[str, ...], expected: range) -> None:
    assert notes_block(lines) == expected


def test_stacked_blocks_say_where_each_starts_and_which_marks_cite_it() -> None:
    lines = ("论述①，研究表明[1]。", "①某书。", "参考文献", "[1] 某某. 某书.")
    footnotes, references = stacked_blocks(lines)
    assert (footnotes.first, footnotes.labelled, references.first, references.labelled) == (
        1,
        False,
        2,
        True,
    )
    assert [item.mark for item in footnotes.items] == ["①"]
    assert footnotes.cited == ((2, 3, 1),)
    assert references.cited == ((8, 11, 1),)
    assert stacked_blocks(lines[:2]) == [], "a closing ① block needs its label"


def test_the_notes_are_not_headings_and_the_marks_stay() -> None:
    text = "\n".join(
        [
            "论某项工作",
            "我们要深入学习有关重要论述①，切实把思想统一到决策部署上来。",
            "各级党组织要切实担负起主体责任，把这项工作抓紧抓实②。",
            "注释：",
            "①《某某文选》第三卷，某出版社1993年版。",
            "②《某某论述摘编》，某出版社2020年版。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "lun.txt").speeches
    assert speech.outline == []
    assert "论述①，" in speech.text


@pytest.mark.parametrize("label", [["注释："], []])
def test_notes_over_references_are_no_headings_and_end_the_last_section(
    label: list[str],
) -> None:
    text = "\n".join(
        [
            "关于推进改革的几点思考",
            "一、总体要求",
            "坚持以人民为中心的发展思想①，全面深化改革[1]，扎实推进各项工作。",
            "二、主要任务",
            "要把握新发展阶段②，贯彻新发展理念[2]，构建新发展格局。",
            *label,
            "①参见《论坚持以人民为中心》，某出版社2021年版。",
            "②参见《把握新发展阶段》，某出版社2021年版。",
            "参考文献：",
            "[1]张三.全面深化改革研究[M].北京:人民出版社,2020.",
            "[2]李四.新发展理念研究[M].北京:人民出版社,2021.",
        ]
    )
    (speech,) = import_bytes(text.encode(), "sikao.txt").speeches
    assert [node.marker for node in speech.outline] == ["一、", "二、"]
    assert speech.outline[1].children == []
    assert speech.text[speech.outline[1].end :].startswith("\n".join([*label, "①"]))


@pytest.mark.parametrize(
    ("previous", "line", "continues"),
    [
        ("①《某某文选》第一卷，某出版社1993年版，", "第373页。", True),
        ("②载《人民日报》2016年7月2日", "第1版。", True),
        ("[1] 某某. 论某项工作", "[J]. 某某研究, 2020(1): 1-10.", True),
        ("[1] 某某. 某书[M].", "北京: 人民出版社, 2014.", True),  # wrapped after a field
        ("③ Zhang San, A Study of the Reform of State-Owned", "Enterprises, 2020.", True),
        ("①《某某文选》第一卷，", "某出版社", True),  # broken at a comma: unfinished
        ("①《某某文选》第一卷。", "这一论述后来收入《某某摘编》。", False),  # may be body text
        ("[2] 某某. 某刊.", "本文系国家社科基金项目的阶段性成果。", False),  # prose, not reference
        ("[2] 某某. 某刊.", "（责任编辑：张三）", False),  # a sign-off
        ("②《某某摘编》", "某某市人民政府", False),
        ("②《某某摘编》", "2016年7月2日", False),  # a date line
        ("②《某某摘编》", "二、下一步工作", False),  # a heading
        ("②《某某摘编》", "抄送：各区县人民政府。", False),  # 版记
        ("②《某某摘编》", "参考文献：", False),  # the next block's label
        ("②《某某摘编》", "", False),
    ],
)
def test_note_continues(previous: str, line: str, continues: bool) -> None:
    assert note_continues(previous, line) is continues


_WRAPPED_NOTES = """论某项工作

　　我们要深入学习有关重要论述①，切实把思想统一到党中央决策部署上来。这是做好各项工作的根本遵循②。

　　各级党组织要切实担负起主体责任③，把这项工作抓紧抓实。

注释：
①《某某文选》第三卷，人民出版社1993年版，第373页。
②参见某某：《论某项工作》，载《人民日报》2016年7月2日
第1版。
③ Zhang San, A Study of the Reform of State-Owned
Enterprises, Journal of Chinese Economics, 2020.
"""


def test_notes_the_importer_leaves_wrapped_are_no_headings_and_hold_their_lines() -> None:
    (speech,) = import_bytes(_WRAPPED_NOTES.encode(), "lun.txt").speeches
    assert speech.outline == []
    assert "2016年7月2日\n第1版。" in speech.text, "the importer does not join a list item"
    notes = find_footnotes(speech.text)
    assert [speech.text[item.text_start : item.end] for item in notes.items] == [
        "《某某文选》第三卷，人民出版社1993年版，第373页。",
        "参见某某：《论某项工作》，载《人民日报》2016年7月2日\n第1版。",
        "Zhang San, A Study of the Reform of State-Owned\n"
        "Enterprises, Journal of Chinese Economics, 2020.",
    ]


def test_a_hard_wrapped_file_whose_marks_are_typed_full_width() -> None:
    body = (
        "我们要深入学习有关重要论述［1］，切实把思想统一到党中央决策部署上来，这是做好新时代"
        "各项工作的根本遵循和行动指南。各级党组织要切实担负起主体责任〔2〕，把这项工作抓紧"
        "抓实，确保各项任务落到实处、见到实效。"
    ) * 3
    notes = [
        "[1] 中共中央文献研究室编：《某某关于全面深化改革论述摘编》，中央文献出版社2014年版，"
        "第12页。",
        "[2] 某某：《在庆祝中国共产党成立95周年大会上的讲话》，人民出版社2016年版，第8页。",
    ]
    lines = ["论某项工作", "", *textwrap.wrap(body, 30), "", "参考文献："]
    lines += [line for note in notes for line in textwrap.wrap(note, 30)]
    (speech,) = import_bytes("\n".join(lines).encode(), "lun.txt").speeches
    found = find_footnotes(speech.text)
    assert [speech.text[item.start : item.end] for item in found.items] == notes
    assert {speech.text[mark.start : mark.end] for mark in found.marks} == {"［1］", "〔2〕"}
    assert len(found.marks) == 6


def test_small_roman_marks_are_a_family_apart_from_digits() -> None:
    """Word counts endnotes (i, ii…) apart from footnotes (1, 2…): [i] never cites [1]."""
    lines = (
        "甲[1]，乙[i]，丙[ii]。",
        "注释：",
        "[1]脚注。",
        "尾注：",
        "[i]尾注一。",
        "[ii]尾注二。",
    )
    footnotes, endnotes = stacked_blocks(lines)
    assert [item.mark for item in endnotes.items] == ["[i]", "[ii]"]
    assert [number for _start, _end, number in footnotes.cited] == [1]
    assert [number for _start, _end, number in endnotes.cited] == [1, 2]
    assert notes_block(("甲[1]，乙[M]。", "注释：", "[1]某某. 某书[M]. 北京, 2014.")) == range(1, 3)


def test_a_reference_list_cited_nowhere_is_no_part_of_the_last_section() -> None:
    text = "\n".join(
        [
            "关于农村集体经济发展的调研报告",
            "一、基本情况",
            "全县集体经济年收入十万元以上的村过半。",
            "二、对策建议",
            "1．因村施策，分类推进。",
            "2．完善利益联结机制，让农民更多分享发展成果。",
            "参考文献",
            "[1]中共中央办公厅.关于加强和改进乡村治理的指导意见[Z].2019.",
            "[2]李明.农村集体经济发展路径研究[J].农业经济问题,2021(5):45-53.",
        ]
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    last = speech.outline[-1].children[-1]
    assert last.label.startswith("2．完善利益联结机制")
    assert last.children == []
    assert "参考文献" not in speech.text[last.start : last.end]


def test_bracketed_circled_notes_closing_a_text_are_linked_to_their_marks() -> None:
    text = "深入学习有关论述[①]，这是根本遵循[②]。\n[①]《某某文选》。\n[②]《某某摘编》。"
    footnotes = find_footnotes(text)
    assert [item.number for item in footnotes.items] == [1, 2]
    assert [text[mark.start : mark.end] for mark in footnotes.marks] == ["[①]", "[②]"]
