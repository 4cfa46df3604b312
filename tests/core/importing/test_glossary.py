"""A glossary's numbered definitions (附件：名词解释) are points labelled by their terms."""

from __future__ import annotations

from desktop.core.document import NodeKind
from desktop.core.importing import import_bytes
from desktop.core.importing.glossary import glossary, names_glossary
from tests.core.importing.outline_checks import check_document

_RUNNING = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
_ENTRIES = (
    "1.新质生产力：指创新起主导作用，摆脱传统经济增长方式的先进生产力质态。",
    "2. 专精特新企业：指具有专业化、精细化、特色化、新颖化特征的中小企业。",
    "3.放管服改革：即简政放权、放管结合、优化服务。",
)


def _outline(text: str) -> list[tuple[str, str, int]]:
    document = import_bytes(text.encode(), "report.txt")
    check_document(document)
    found: list[tuple[str, str, int]] = []

    def walk(nodes, level):  # noqa: ANN001, ANN202 - a local helper over the tree
        for node in nodes:
            found.append((node.kind, node.label, level))
            walk(node.children, level + 1)

    walk(document.speeches[0].outline, 1)
    return found


def test_entries_under_a_glossary_label_are_points_labelled_by_their_terms() -> None:
    text = "\n".join(
        [
            "政府工作报告",
            "各位代表：",
            _RUNNING,
            "一、过去一年的工作",
            _RUNNING,
            "二、今年的工作安排",
            _RUNNING,
            "附件：名词解释",
            *_ENTRIES,
        ]
    )
    outline = _outline(text)
    # an attachment stands at the top level, not under the report's last section
    assert (NodeKind.HEADING, "附件：名词解释", 1) in outline
    points = [(label, level) for kind, label, level in outline if kind == NodeKind.POINT]
    assert points == [("新质生产力", 2), ("专精特新企业", 2), ("放管服改革", 2)]


def test_a_glossary_of_its_own_reads_its_entries_as_points() -> None:
    outline = _outline("\n".join(["《政府工作报告》名词解释", *_ENTRIES]))
    assert [kind for kind, _, _ in outline] == [NodeKind.POINT] * 3


def test_numbered_headings_with_a_colon_in_a_report_stay_headings() -> None:
    """1.总体要求：坚持… is a report's own heading: no glossary names it, nothing is defined."""
    texts = ["1.总体要求：坚持稳中求进工作总基调。", "2.主要目标：全年经济增长百分之五。"]
    assert glossary(texts) == []
    assert glossary(["附件：名词解释", *texts])  # a glossary label makes them entries


def test_a_definer_is_not_a_word_opening_with_it() -> None:
    """指导, 指出 open sentences, not definitions."""
    texts = ["1.工作方法：指导基层开展工作。", "2.基本要求：指出问题所在。"]
    assert glossary(texts) == []


def test_a_glossary_name() -> None:
    assert names_glossary("附件：名词解释")
    assert names_glossary("名詞解釋")
    assert not names_glossary("二、今年的工作安排")
