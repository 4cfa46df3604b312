"""The outline tree: ranks decided per speech, lists in reused numbering, runs of points."""

from __future__ import annotations

from desktop.core.importing.outline import StyleRanks, build_outline
from desktop.core.importing.sections import Block, find_events
from tests.core.importing.outline_checks import outline_tree


def test_gbt_numbering_nests_in_order_with_both_widths() -> None:
    assert outline_tree(
        "一、总体要求",
        "(一)指导思想",
        "要加强领导。",
        "1．健全机制",
        "（1）明确责任",
        "①落实到人",
        "（二）基本原则",
        "二、主要任务",
    ) == [
        (0, "H", "一、总体要求"),
        (1, "H", "(一)指导思想"),
        (2, "H", "1．健全机制"),
        (3, "H", "（1）明确责任"),
        (4, "H", "①落实到人"),
        (1, "H", "（二）基本原则"),
        (0, "H", "二、主要任务"),
    ]


def test_top_level_is_the_first_style_used() -> None:
    assert outline_tree("（一）成绩", "（１）工业", "（２）农业", "（二）任务") == [
        (0, "H", "（一）成绩"),
        (1, "H", "（１）工业"),
        (1, "H", "（２）农业"),
        (0, "H", "（二）任务"),
    ]


def test_skipped_level_then_the_skipped_style_later() -> None:
    assert outline_tree("一、总体", "1.第一项", "2.第二项", "二、任务", "（一）项目", "1.子项") == [
        (0, "H", "一、总体"),
        (1, "H", "1.第一项"),
        (1, "H", "2.第二项"),
        (0, "H", "二、任务"),
        (1, "H", "（一）项目"),
        (2, "H", "1.子项"),
    ]


def test_a_page_opening_in_the_middle_of_a_count_keeps_the_usual_order() -> None:
    """A page of a longer document starts at （三）: the 三、 after （四） lost no parent, it is
    above them, and its own （一） go under it."""
    assert outline_tree(
        "（三）推进较慢",
        "有难度。",
        "（四）有待加强",
        "三、下一步的建议",
        "（一）建立机制",
        "（二）加快推进",
    ) == [
        (0, "H", "（三）推进较慢"),
        (0, "H", "（四）有待加强"),
        (0, "H", "三、下一步的建议"),
        (1, "H", "（一）建立机制"),
        (1, "H", "（二）加快推进"),
    ]


def test_a_style_counting_from_one_may_hold_one_usually_above_it() -> None:
    assert outline_tree("（一）成绩", "一、工业", "二、农业", "（二）任务") == [
        (0, "H", "（一）成绩"),
        (1, "H", "一、工业"),
        (1, "H", "二、农业"),
        (0, "H", "（二）任务"),
    ]


def test_an_arabic_list_before_the_first_chinese_heading_stays_above_nothing() -> None:
    assert [row[:2] for row in outline_tree("1.前言一", "2.前言二", "一、正文", "二、正文")] == [
        (0, "H"),
        (0, "H"),
        (0, "H"),
        (0, "H"),
    ]


def test_restarted_numbering_inside_a_section_is_a_nested_list() -> None:
    rows = outline_tree(
        "一、第一部分",
        "二、第二部分",
        "（一）某个问题",
        "我们的理由是：",
        "一、第一个理由，说明如下。",
        "二、第二个理由，说明如下。",
        "（二）另一个问题",
        "三、第三部分",
    )
    assert rows == [
        (0, "H", "一、第一部分"),
        (0, "H", "二、第二部分"),
        (1, "H", "（一）某个问题"),
        (2, "P", "一、第一个理由，说明如下"),
        (2, "P", "二、第二个理由，说明如下"),
        (1, "H", "（二）另一个问题"),
        (0, "H", "三、第三部分"),
    ]


def test_list_continuing_across_paragraphs_under_a_point_then_the_next_point() -> None:
    rows = outline_tree(
        "（一）农业问题",
        "第一，农业的合作化问题。",
        "要积极发展合作社。",
        "第二，关于增产措施，我提出以下几点：",
        "一、开垦荒地。我国的人口很多。",
        "要勘察荒地。",
        "二、兴修水利。水利建设很重要。",
        "第三，对农业生产的领导问题。",
    )
    assert rows == [
        (0, "H", "（一）农业问题"),
        (1, "P", "第一，农业的合作化问题"),
        (1, "P", "第二，关于增产措施，我提出以下几点"),
        (2, "P", "一、开垦荒地"),
        (2, "P", "二、兴修水利"),
        (1, "P", "第三，对农业生产的领导问题"),
    ]


def test_points_count_up_from_one_with_at_least_two() -> None:
    assert outline_tree("工作有三个特点：一是速度快。很快。二是质量好。三是成本省。") == [
        (0, "P", "一是速度快"),
        (0, "P", "二是质量好"),
        (0, "P", "三是成本省"),
    ]
    assert outline_tree("一、总体", "这件事一是必要的，以后再说。") == [(0, "H", "一、总体")]
    assert outline_tree("一、总体", "二是要注意，三是要落实。") == [(0, "H", "一、总体")]


def test_words_that_look_like_points_are_not() -> None:
    text = "分三次产业看，第一产业增长较快。统一是前提。唯一是出路。第一步是转变。"
    assert outline_tree(text) == []


def test_runs_restart_and_nest_under_their_heading() -> None:
    rows = outline_tree(
        "一、成绩",
        "一是增长快。二是质量好。",
        "同时也有问题：一是认识不到位。二是措施不得力。",
        "二、任务",
        "一要加强领导。二要落实责任。",
    )
    assert rows == [
        (0, "H", "一、成绩"),
        (1, "P", "一是增长快"),
        (1, "P", "二是质量好"),
        (1, "P", "一是认识不到位"),
        (1, "P", "二是措施不得力"),
        (0, "H", "二、任务"),
        (1, "P", "一要加强领导"),
        (1, "P", "二要落实责任"),
    ]


def test_first_opens_a_run_of_ordinals() -> None:
    assert outline_tree("首先，要削减支出。", "第二，要降低成本。", "第三，要加强核算。") == [
        (0, "P", "首先，要削减支出"),
        (0, "P", "第二，要降低成本"),
        (0, "P", "第三，要加强核算"),
    ]


def test_first_then_next_then_last_is_a_run_of_sections() -> None:
    rows = outline_tree(
        "同志们：下面，我讲三点意见。",
        "首先，要充分认识工作的重要性。",
        "这项工作事关全局。",
        "其次，要抓好重点任务。",
        "一要抓好培训。二要整顿软弱涣散组织。",
        "再次，要加强督查。",
        "最后，要压实工作责任。",
        "各级书记要履行第一责任人职责。",
    )
    assert rows == [
        (0, "P", "首先，要充分认识工作的重要性"),
        (0, "P", "其次，要抓好重点任务"),
        (1, "P", "一要抓好培训"),
        (1, "P", "二要整顿软弱涣散组织"),
        (0, "P", "再次，要加强督查"),
        (0, "P", "最后，要压实工作责任"),
    ]
    assert outline_tree("第一，要削减支出。", "第二，要降低成本。", "最后，要加强核算。")[-1] == (
        0,
        "P",
        "最后，要加强核算",
    )


def test_next_or_last_without_a_run_open_is_text() -> None:
    assert outline_tree("我们要削减支出。", "其次，要降低成本。", "最后，要加强核算。") == []
    inline = outline_tree("要做到：第一，削减支出；第二，降低成本。", "最后，会议强调要加强核算。")
    assert [label for _, _, label in inline] == ["第一，削减支出", "第二，降低成本"]


def test_headings_never_nest_under_sentence_points_but_do_under_titled_ones() -> None:
    assert [
        row[:2] for row in outline_tree("一、总体", "一是坚持。", "二是落实。", "（一）指导思想")
    ] == [
        (0, "H"),
        (1, "P"),
        (1, "P"),
        (1, "H"),
    ]
    assert [
        row[:2]
        for row in outline_tree("（一）安排", "第一、关于建设", "第二、关于教育", "（1）办学")
    ] == [
        (0, "H"),
        (1, "P"),
        (1, "P"),
        (2, "H"),
    ]


def test_unnumbered_headings_hold_their_points() -> None:
    rows = outline_tree(
        "过去一年，我们做了大量工作。",
        "明确目标,突出重点",
        "一是在合作上有新成效。",
        "二是在转化上有新作为。",
        "加强领导,凝聚力量",
        "一要强化组织领导。",
        "二要营造创新氛围。",
    )
    assert rows == [
        (0, "H", "明确目标,突出重点"),
        (1, "P", "一是在合作上有新成效"),
        (1, "P", "二是在转化上有新作为"),
        (0, "H", "加强领导,凝聚力量"),
        (1, "P", "一要强化组织领导"),
        (1, "P", "二要营造创新氛围"),
    ]


def test_parenthesised_run_inside_a_paragraph_is_points() -> None:
    assert outline_tree(
        "一、加快经济建设",
        "要把农业搞上去，采取以下措施：（一）抓好粮食生产。（二）开垦荒地。为此要加大投入。",
        "（一）发展工业",
        "正文，提到（一）号文件。",
    ) == [
        (0, "H", "一、加快经济建设"),
        (1, "P", "（一）抓好粮食生产"),
        (1, "P", "（二）开垦荒地"),
        (1, "H", "（一）发展工业"),
    ]


def test_list_items_of_their_own_hold_the_points_under_them() -> None:
    assert outline_tree(
        "二、主要任务",
        "（一）改善生活",
        "研究了以下几个问题。",
        "一、确定适度的增长率。",
        "增长率是积极的。",
        "二、调整投资结构。",
        "要做到：一是提高质量。二是改善结构。",
        "三、发展科学教育。",
        "正文。",
        "三、改革",
    ) == [
        (0, "H", "二、主要任务"),
        (1, "H", "（一）改善生活"),
        (2, "P", "一、确定适度的增长率"),
        (2, "P", "二、调整投资结构"),
        (3, "P", "一是提高质量"),
        (3, "P", "二是改善结构"),
        (2, "P", "三、发展科学教育"),
        (0, "H", "三、改革"),
    ]


def test_a_list_of_sentences_does_not_hold_the_text_after_it() -> None:
    assert outline_tree(
        "三、若干问题",
        "（五）保证市场稳定",
        "措施是这样规定的：",
        "一、继续保持财政收支的平衡；",
        "二、随着工业农业的生产的发展；",
        "三、对供应不足的某些主要的工业农业产品。",
        "好处何在呢？",
        "第一，支援工业建设。",
        "第二，稳定市场。",
    ) == [
        (0, "H", "三、若干问题"),
        (1, "H", "（五）保证市场稳定"),
        (2, "P", "一、继续保持财政收支的平衡"),
        (2, "P", "二、随着工业农业的生产的发展"),
        (2, "P", "三、对供应不足的某些主要的工业农业产品"),
        (2, "P", "第一，支援工业建设"),
        (2, "P", "第二，稳定市场"),
    ]


def test_a_later_inline_run_of_the_same_style_is_not_inside_the_last_block_point() -> None:
    assert outline_tree(
        "一、工作回顾",
        "一是稳增长，创新调控方式。",
        "二是促改革，加大开放力度。",
        "各位代表！",
        "过去五年成就显著。一是经济较快发展。二是结构调整取得进展。",
        "二、主要任务",
    ) == [
        (0, "H", "一、工作回顾"),
        (1, "P", "一是稳增长，创新调控方式"),
        (1, "P", "二是促改革，加大开放力度"),
        (1, "P", "一是经济较快发展"),
        (1, "P", "二是结构调整取得进展"),
        (0, "H", "二、主要任务"),
    ]


def test_an_inline_run_in_a_block_points_own_paragraph_nests_under_it() -> None:
    assert outline_tree(
        "一、任务",
        "一是加强领导：一是建立机制。二是明确责任。",
        "二是强化保障。",
    ) == [
        (0, "H", "一、任务"),
        (1, "P", "一是加强领导"),
        (2, "P", "一是建立机制"),
        (2, "P", "二是明确责任"),
        (1, "P", "二是强化保障"),
    ]


def test_section_ends() -> None:
    lines = ["一、甲", "正文。一是很快。二是很好。", "后文。", "二、乙", "正文。"]
    text = "\n".join(lines)
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    first, second = build_outline(find_events(blocks), len(text))
    assert (first.start, first.end) == (0, text.index("二、乙"))
    assert (second.start, second.end) == (text.index("二、乙"), len(text))
    fast, good = first.children
    assert fast.end == good.start
    assert good.end == text.index(
        "\n后文"
    )  # the last point of an inline run ends with its paragraph


def test_style_ranks() -> None:
    ranks = StyleRanks()
    assert ranks.rank("cn-paren", []) == 0
    assert ranks.rank("arabic-paren", ["cn-paren"]) == 1
    assert ranks.rank("cn-dun", ["cn-paren"]) == 1
    assert ranks.order == ["cn-paren", "cn-dun", "arabic-paren"]
    assert ranks.rank("plain", ["cn-paren", "cn-dun"]) == 2


def test_an_attachment_stands_at_the_top_level_with_its_own_headings() -> None:
    """附件 after a report's last （一） closes the report's sections; its 一、 starts anew."""
    running = "我们要全面贯彻落实，做好各项工作。"
    assert outline_tree(
        "一、过去一年的工作",
        running,
        "二、今后的任务",
        "（一）推进改革",
        running,
        "附件1",
        "某某市实施细则",
        "一、总体要求",
        running,
        "（一）完善机制",
        running,
        "附件：名词解释",
        "1.新质生产力：指创新起主导作用的先进生产力质态。",
        "2.专精特新：指具有专业化、精细化特征的中小企业。",
    ) == [
        (0, "H", "一、过去一年的工作"),
        (0, "H", "二、今后的任务"),
        (1, "H", "（一）推进改革"),
        (0, "H", "附件1 某某市实施细则"),
        (1, "H", "一、总体要求"),
        (2, "H", "（一）完善机制"),
        (0, "H", "附件：名词解释"),
        (1, "P", "新质生产力"),
        (1, "P", "专精特新"),
    ]


def test_a_run_after_a_list_of_one_paragraph_items_is_not_held_by_its_last_item() -> None:
    agenda = (
        "会议共有三项议程：",
        "一是县应急管理局通报全县安全生产工作情况；",
        "二是签订安全生产目标责任书；",
        "三是县长作重要讲话。",
        "下面，请县长作重要讲话，大家欢迎。",
        "刚才，县长的讲话站位高远。下面，我再强调两点意见：",
        "一要提高思想认识。各级各部门要牢固树立安全发展理念。",
        "二要压实工作责任。严格落实党政同责、一岗双责。",
    )
    assert [depth for depth, _, _ in outline_tree(*agenda)] == [0, 0, 0, 0, 0]


def test_a_run_under_the_last_item_of_a_list_of_sections_stays_its_own() -> None:
    sections = (
        "一是提高认识。",
        "各单位要统一思想。",
        "二是压实责任。",
        "各单位要落实到人。",
        "具体要做到：",
        "一要明确分工。",
        "二要定期调度。",
    )
    assert [depth for depth, _, _ in outline_tree(*sections)] == [0, 0, 1, 1]


def test_thousands_of_lists_each_closed_by_the_next_keep_their_shape() -> None:
    lines = []
    for number in range(1500):
        word = "要" if number % 2 else "是"
        lines += [f"一{word}抓好第{number}项。", f"二{word}落实第{number}项。", "各单位按期完成。"]
    tree = outline_tree(*lines)
    assert len(tree) == 3000
    assert {depth for depth, _, _ in tree} == {0}


def _nodes(*lines: str) -> tuple[str, list]:
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    text = "\n".join(lines)
    return text, build_outline(find_events(blocks), len(text))


def test_the_last_item_of_a_list_of_one_paragraph_items_ends_with_its_paragraph() -> None:
    text, nodes = _nodes(
        "会议共有三项议程：",
        "一是县应急管理局通报全县安全生产工作情况；",
        "二是签订安全生产目标责任书；",
        "三是县长作重要讲话。",
        "下面，请县长作重要讲话，大家欢迎。",
        "一要提高思想认识。各级各部门要牢固树立安全发展理念。",
        "二要压实工作责任。严格落实党政同责、一岗双责。",
    )
    agenda_end = nodes[2]
    assert text[agenda_end.start : agenda_end.end] == "三是县长作重要讲话。"
    assert nodes[2].end < text.index("下面")


def test_the_last_item_of_a_list_of_sections_holds_the_paragraphs_under_it() -> None:
    text, nodes = _nodes(
        "一是提高认识。",
        "各单位要统一思想。",
        "二是压实责任。",
        "各单位要落实到人。",
        "定期调度，按月通报。",
    )
    assert nodes[1].end == len(text)


def test_a_preface_and_closing_part_stand_beside_the_numbered_parts() -> None:
    assert outline_tree(
        "前　言",
        "绿色是生命的象征，良好生态环境是美好生活的基础。",
        "一、坚定不移走绿色发展之路",
        "（一）坚持以人民为中心",
        "中国坚持生态惠民、生态利民、生态为民。一是改善环境。二是保护生态。",
        "二、绿色空间格局基本形成",
        "全国共划定生态保护红线。",
        "结束语",
        "中国将坚定不移走绿色发展之路。",
    ) == [
        (0, "H", "前言"),  # its letters spaced out, its label one word
        (0, "H", "一、坚定不移走绿色发展之路"),
        (1, "H", "（一）坚持以人民为中心"),
        (2, "P", "一是改善环境"),
        (2, "P", "二是保护生态"),
        (0, "H", "二、绿色空间格局基本形成"),
        (0, "H", "结束语"),
    ]


def test_a_closing_part_holds_its_points_but_no_numbered_heading() -> None:
    assert outline_tree(
        "一、主要成绩",
        "工作取得成效。",
        "結語",
        "我們要做到：第一，堅定信心。第二，真抓實幹。",
    ) == [
        (0, "H", "一、主要成绩"),
        (0, "H", "結語"),
        (1, "P", "第一，堅定信心"),
        (1, "P", "第二，真抓實幹"),
    ]


def test_a_frame_word_in_a_sentence_or_without_text_under_it_is_no_part() -> None:
    assert outline_tree("一、主要成绩", "前言部分写得很好。", "结束语") == [
        (0, "H", "一、主要成绩")
    ]


_SECTION_TEXT = "去年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"


def test_a_lone_unnumbered_line_in_a_numbered_section_is_no_heading() -> None:
    assert outline_tree(
        "一、关于去年工作",
        _SECTION_TEXT,
        "这些成绩来之不易",
        "我们要倍加珍惜，在新的起点上继续前进，推动各项工作再上新台阶。",
        "二、关于今年任务",
        _SECTION_TEXT,
    ) == [(0, "H", "一、关于去年工作"), (0, "H", "二、关于今年任务")]


def test_unnumbered_headings_beside_each_other_in_a_numbered_section_stay() -> None:
    assert outline_tree(
        "一、关于去年工作",
        _SECTION_TEXT,
        "经济运行稳中向好",
        _SECTION_TEXT,
        "民生保障持续加强",
        _SECTION_TEXT,
        "二、关于今年任务",
        _SECTION_TEXT,
    ) == [
        (0, "H", "一、关于去年工作"),
        (1, "H", "经济运行稳中向好"),
        (1, "H", "民生保障持续加强"),
        (0, "H", "二、关于今年任务"),
    ]


def test_a_lone_unnumbered_heading_over_the_whole_text_stays() -> None:
    """A news report's one crosshead divides its text: no numbered section holds it."""
    assert outline_tree(_SECTION_TEXT, "各部会预算", _SECTION_TEXT) == [(0, "H", "各部会预算")]


def test_a_lone_unnumbered_line_before_the_numbered_headings_holds_none_of_them() -> None:
    """It ranked first, so 一、 and 二、 nested under a line of the introduction."""
    assert outline_tree(
        _SECTION_TEXT,
        "这些成绩来之不易",
        "我们要倍加珍惜，在新的起点上继续前进，推动各项工作再上新台阶。",
        "一、关于去年工作",
        _SECTION_TEXT,
        "二、关于今年任务",
        _SECTION_TEXT,
    ) == [(0, "H", "一、关于去年工作"), (0, "H", "二、关于今年任务")]


def test_unnumbered_parts_each_over_numbered_headings_stay_their_parents() -> None:
    assert outline_tree(
        "关于去年工作",
        _SECTION_TEXT,
        "一、经济运行稳中向好",
        _SECTION_TEXT,
        "关于今年任务",
        _SECTION_TEXT,
        "一、抓好项目建设",
        _SECTION_TEXT,
    ) == [
        (0, "H", "关于去年工作"),
        (1, "H", "一、经济运行稳中向好"),
        (0, "H", "关于今年任务"),
        (1, "H", "一、抓好项目建设"),
    ]
