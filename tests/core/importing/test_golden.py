"""The sample collection gives exactly the tree of the golden outline (spec/seed-outline.md).

The golden tree lists every heading, and the point runs it names. Three point runs that its
prose rule requires ("a run that counts up from one … each followed by its own text, also
inside a paragraph") but its tree does not spell out are expected too, each marked below:
篇3's 一是…五是 in its first paragraph, 篇5 三、(一)'s 一是…三是, and 篇6's 第一点是/第二点是
and 一是…四是.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from desktop.core.document import NodeKind, OutlineNode, SpanKind
from desktop.core.imported import ImportedDocument
from desktop.core.importing import import_file
from desktop.resources import sample_collection_path
from tests.core.importing.outline_checks import check_document, flatten

H, P = NodeKind.HEADING, NodeKind.POINT

GOLDEN: dict[int, list[tuple[int, str, str]]] = {
    1: [
        (0, H, "一、市委、市政府将效能革命一抓到底的决心是坚定的"),
        (0, H, "二、以铁的纪律、铁的制度,着力破解当前的突出问题"),
        (1, H, "(一)抓领导重视,破解认识不到位、管理不到位的问题"),
        (1, H, "(二)抓限时办结,破解办事效率不高的问题"),
    ],
    2: [
        (0, P, "一是单位GDP能耗大幅下降"),
        (0, P, "二是能源利用效率不断提高"),
        (0, P, "三是能源结构进一步优化"),
        (0, P, "四是重点行业节能成效明显"),
        (0, P, "五是大部分考核单位完成了节能目标任务"),
        (0, H, "二、进一步做好能源统计工作的几点意见"),
    ],
    3: [
        (0, P, "一是文艺创作成绩显著"),  # run required by the prose rule
        (0, P, "二是特色文艺各领风骚"),
        (0, P, "三是文艺人才声名远播"),
        (0, P, "四是群众文艺方兴未艾"),
        (0, P, "五是文艺队伍发展壮大"),
        (0, P, "第一,坚守为民导向"),
        (0, P, "第二,发扬精品意识"),
        (0, P, "第三,大力铸造灵魂"),
        (0, P, "第四,加强自身修养"),
        (0, P, "第五,坚持党的领导"),
    ],
    4: [
        (0, H, "一、为什么要开展这场“效能革命”"),
        (0, H, "二、怎么样搞好这场“效能革命”"),
        (1, P, "第一,要加强思想教育"),
        (1, P, "第二,要注重制度建设"),
        (1, P, "第三,要强化监督检查"),
        (1, P, "第四,要严格执行纪律"),
        (1, P, "第五,要人人从我做起"),
    ],
    5: [
        (0, H, "一、认真总结经验,正视工作差距"),
        (1, P, "一是政务服务中心标准化建设取得进展"),
        (1, P, "二是投资项目并联审批全面推开"),
        (1, P, "三是“两集中、两到位”向纵深推进"),
        (1, P, "四是政务服务领域不断拓展"),
        (1, P, "五是效能绩效考评工作进一步强化"),
        (1, P, "一是认识不到位"),
        (1, P, "二是政务服务覆盖面有较大差距"),
        (1, P, "三是政务服务中心标准化建设差距较大"),
        (1, P, "四是在我市机关行政效能建设"),
        (1, P, "五是在机关作风上"),
        (1, P, "六是信息报送有差距"),
        (0, H, "二、提高思想认识,增强工作的主动性和自觉性"),
        (1, P, "一是推进机关行政效能建设是建设法治政府的需要"),
        (1, P, "二是推进机关行政效能建设是建设服务型政府的需要"),
        (1, P, "三是推进机关行政效能建设是建设开放型政府的需要"),
        (1, P, "四是推进机关行政效能建设是改善宜宾发展环境的迫切需要"),
        (0, H, "三、突出工作重点,切实抓好贯彻与落实"),
        (1, H, "(一)认真抓好依法行政工作"),
        (2, P, "一是要创造一个良好的环境"),  # run required by the prose rule
        (2, P, "二是要创造一个好的平台"),
        (2, P, "三是要创建一支好的队伍"),
        (1, H, "(二)建立健全市、区县、乡镇(街道)、村(社区)四级政务服务"),
        (2, H, "1.健全完善市、区县政务服务中心"),
        (3, P, "一是要切实加强政务服务中心标准化建设"),
        (3, P, "二是要全面推进“两集中两到位”"),
        (3, P, "三是要全面推行并联审批制度"),
        (3, P, "四是要大力拓展政务服务中心职能"),
        (2, H, "2.建立规范乡镇(街道)便民服务中心"),
        (3, P, "一是要强力推进乡镇便民服务中心建设"),
        (3, P, "二是要强力推进标准化建设"),
        (3, P, "三是要推动政务服务向村社延伸"),
        (1, H, "(三)关于与效能建设密切相关的几项工作"),
        (2, P, "一是大力推广网上办公"),
        (2, P, "二是全面加强政府信息公开工作"),
        (2, P, "三是高度重视解决群众反映的热点难点问题"),
    ],
    6: [
        (0, P, "第一点是机关效能建设工作十分重要"),  # run required by the prose rule
        (0, P, "第二点是要不断深入地把我市招商引资工作推上一个新的台阶"),
        (0, H, "一、开展机关效能建设工作一定要做到认识到位"),
        (0, H, "二、开展机关效能建设工作一定要做到措施到位"),
        (1, P, "一是开展百名各界代表评议机关作风活动"),  # run required by the prose rule
        (1, P, "二是贯彻落实《英德市构建惩治和预防腐败体系工作台帐》工作"),
        (1, P, "三是开展加强农村基层党风廉政建设工作"),
        (1, P, "四是开展廉政歌曲大家唱竞赛活动"),
        (0, H, "三、开展机关效能建设工作一定要做到领导到位"),
    ],
    7: [
        (0, H, "明确目标,突出重点,深入实施创新驱动发展战略"),
        (1, P, "一是在加强产学研合作,提升企业自主创新能力上有新成效"),
        (1, P, "二是在整合科技资源,发展高新技术产业上有新突破"),
        (1, P, "三是在培育高技术服务业,促进民生科技成果转化上要有新作为"),
        (0, H, "加强领导,凝聚力量,把科技创新工作的各项任务落到实处"),
        (1, P, "一要强化组织领导"),
        (1, P, "二要营造创新氛围"),
        (1, P, "三要加强服务管理"),
    ],
}


def _same_prefix(label: str, expected: str) -> bool:
    """Labels may be shortened with …; punctuation width does not count."""
    label = unicodedata.normalize("NFKC", label).rstrip("…")
    expected = unicodedata.normalize("NFKC", expected)
    return label.startswith(expected) or (label and expected.startswith(label))


@pytest.fixture(scope="module")
def sample() -> ImportedDocument:
    return import_file(sample_collection_path())


def test_collection_title_date_and_count(sample: ImportedDocument) -> None:
    assert sample.title == "在全市“效能革命”工作会上的讲话(精选7篇)"
    assert sample.date == "2024-09-08"
    assert [speech.index for speech in sample.speeches] == [1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize("index", sorted(GOLDEN))
def test_speech_tree_is_the_golden_tree(sample: ImportedDocument, index: int) -> None:
    rows = flatten(sample.speeches[index - 1].outline)
    expected = GOLDEN[index]
    assert [(depth, kind) for depth, kind, _ in rows] == [(d, k) for d, k, _ in expected]
    for (_, _, label), (_, _, prefix) in zip(rows, expected, strict=True):
        assert _same_prefix(label, prefix), (label, prefix)


def test_titles_and_listed_titles(sample: ImportedDocument) -> None:
    first, _, third, *_ = sample.speeches
    assert first.title == "在全市效能革命工作会上的讲话"
    assert first.listed_title == "在全市“效能革命”工作会上的讲话"
    assert third.title == "在全市文艺工作会议上的讲话"
    assert third.listed_title is None
    assert [s.title for s in sample.speeches[3:]] == ["在全市“效能革命”工作会上的讲话"] * 4


def test_metadata_date_speaker_role(sample: ImportedDocument) -> None:
    third, fifth = sample.speeches[2], sample.speeches[4]
    assert third.date == "2016-04-15"
    assert (fifth.speaker, fifth.role) == ("徐进", "市委常委、常务副市长")
    assert all(s.date is None for s in sample.speeches if s.index != 3)


def _span_texts(sample: ImportedDocument, index: int, kind: str) -> list[str]:
    speech = sample.speeches[index - 1]
    return [speech.text[span.start : span.end] for span in speech.spans if span.kind == kind]


def test_spans_mark_title_date_speaker_salutation(sample: ImportedDocument) -> None:
    assert _span_texts(sample, 1, SpanKind.TITLE) == ["在全市效能革命工作会上的讲话"]
    assert _span_texts(sample, 3, SpanKind.DATE) == ["(2016年4月15日)"]
    assert _span_texts(sample, 3, SpanKind.SALUTATION) == ["各位艺术家、同志们,"]
    assert _span_texts(sample, 5, SpanKind.SPEAKER) == ["市委常委、常务副市长 徐 进"]
    assert _span_texts(sample, 6, SpanKind.SALUTATION)[0] == "同志们:"
    assert sample.speeches[5].text.startswith("同志们:\n")


@pytest.mark.parametrize(
    ("index", "words"),
    [
        (1, "没有真正认识到“效能革命”的重大意义"),
        (2, "同比下降2.85%"),
        (2, "“十一五”以来,在市委、市政府的领导下,全市上下"),
        (2, "第一产业(农林牧渔业)万元增加值能耗"),
        (4, "有些上级决定了的事情"),
        (4, "党性党风党纪教育"),
        (6, "把机关效能建设工作任务完成情况纳入领导干部考核的主要内容。"),
    ],
)
def test_words_are_whole(sample: ImportedDocument, index: int, words: str) -> None:
    assert words in sample.speeches[index - 1].text


def test_noise_is_gone_from_every_speech(sample: ImportedDocument) -> None:
    for speech in sample.speeches:
        for noise in (
            "nlc",
            "本文权属",
            "请登陆",
            "下转第",
            "上接第",
            "上一篇",
            "下一篇",
            " ,",
            ", ",
        ):
            assert noise not in speech.text, (speech.index, noise)
        assert not speech.text.startswith("在全市“效能革命”工作会上的讲话 篇")


def test_removals_are_recorded_where_they_were(sample: ImportedDocument) -> None:
    kinds = {(r.kind, r.speech) for r in sample.removed}
    assert ("catalogue-stamp", 3) in kinds
    assert ("watermark", 4) in kinds
    assert ("page-marker", 2) in kinds
    assert ("footer", None) in kinds
    assert ("line-break", 1) in kinds
    watermark = next(r for r in sample.removed if r.kind == "watermark")
    text = sample.speeches[3].text
    assert watermark.text == "(本文权属文秘之音所有,更多文章请登陆查看)"
    assert text[watermark.position - 8 : watermark.position + 2] == "有些上级决定了的事情"


def test_offsets_are_consistent(sample: ImportedDocument) -> None:
    check_document(sample)
    for speech in sample.speeches:
        for depth, node in _walk(speech.outline):
            assert speech.text.startswith(node.marker, node.start), (depth, node)
            assert node.label.rstrip("…")[:4] == speech.text[node.start : node.start + 4]


def _walk(nodes: list[OutlineNode], depth: int = 0) -> Iterator[tuple[int, OutlineNode]]:
    for node in nodes:
        yield depth, node
        yield from _walk(node.children, depth + 1)
