"""A colon's list of whole-sentence items numbered like headings ((一)…。(二)…。 one a
paragraph, each right after the one before): a list of points, not sections."""

from __future__ import annotations

from tests.core.importing.outline_checks import outline_tree

_PLAN = (
    "一、过去五年的回顾",
    "五年来各项工作取得了很大成绩，经济持续增长，人民生活明显改善。",
    "二、今后五年的主要任务",
    "今后五年计划提出的基本任务是：",
    "（一）继续深化改革，为新旧体制的转换创造良好的经济环境和社会环境。",
    "（二）保持经济持续稳定增长，加强重点建设、技术改造和人才培养。",
    "（三）在发展生产的基础上，继续改善城乡人民生活。",
    "上述三项任务相互联系，其中最重要的是第一项。为此着重研究了以下几个问题。",
    "一、确定适度的增长速度。",
    "要从实际出发安排计划，留有余地，不能层层加码。",
    "二、合理调整投资结构。",
    "投资规模要同国力相适应，坚决压缩一般加工工业的投资。",
    "三、恰当提高人民生活水平。",
    "生活消费的增长不能超过生产的增长，要继续发扬艰苦奋斗的传统。",
    "三、今后五年的经济体制改革",
    "要继续深化改革，理顺各方面的经济关系。",
)


def test_a_colons_list_of_sentences_is_points_and_the_sections_after_it_nest() -> None:
    """(一)…。(二)…。(三)…。 under …是：, each a sentence in a paragraph of its own: the
    items of a list, so (三) does not hold the part's sections (一、…二、…) after it."""
    tree = outline_tree(*_PLAN)
    assert [(depth, kind, label[:4]) for depth, kind, label in tree] == [
        (0, "H", "一、过去"),
        (0, "H", "二、今后"),
        (1, "P", "（一）继"),
        (1, "P", "（二）保"),
        (1, "P", "（三）在"),
        (1, "P", "一、确定"),
        (1, "P", "二、合理"),
        (1, "P", "三、恰当"),
        (0, "H", "三、今后"),
    ]


def test_items_with_text_of_their_own_after_a_colon_stay_sections() -> None:
    """（一）…。 over paragraphs of its own after 主要做了以下工作： is a section heading."""
    assert outline_tree(
        "过去一年主要做了以下工作：",
        "（一）坚持稳中求进。",
        "经济运行保持在合理区间，主要指标好于预期。",
        "（二）深化改革开放。",
        "重点领域改革取得新突破，对外开放水平不断提高。",
    ) == [
        (0, "H", "（一）坚持稳中求进"),
        (0, "H", "（二）深化改革开放"),
    ]


def test_a_list_of_titles_after_a_colon_stays_headings() -> None:
    """一、… lines without a sentence end after a colon (an agenda of parts) stay headings."""
    tree = outline_tree(
        "报告分为三个部分：",
        "一、过去一年的工作",
        "二、今年的主要任务",
        "要继续深化改革，理顺各方面的经济关系。",
    )
    assert [kind for _, kind, _ in tree] == ["H", "H"]


def test_items_that_go_on_after_their_first_sentence_stay_sections() -> None:
    """（一）着力解决突出问题。继续搞好…。 in a row under …以下几方面工作：: each item is a
    section written as one paragraph (its title sentence, then its text), not a list item."""
    tree = outline_tree(
        "一、去年工作回顾",
        "一年来，我们主要做了以下几方面工作：",
        "（一）着力解决经济运行中的突出问题。继续搞好宏观调控，综合运用各种手段，经济平稳运行。",
        "（二）积极推进经济结构调整。继续加强“三农”工作，全部免征了农业税，粮食再获丰收。",
        "二、今年的主要任务",
        "今年要坚持稳中求进，推动高质量发展。",
    )
    assert [(depth, kind) for depth, kind, _ in tree] == [(0, "H"), (1, "H"), (1, "H"), (0, "H")]
