"""A page's <title> taken apart: the article's title without the site's or issuer's name."""

from __future__ import annotations

import pytest

from desktop.core.importing.readers.title_parts import (
    article_part,
    names_its_site,
    title_issuer,
    without_site_names,
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a site's or issuer's name glued on by a dash, after the title or before it
        ("在全市经济工作会议上的讲话-某某市人民政府", "在全市经济工作会议上的讲话"),
        ("在全市经济工作会议上的讲话—某某市人民政府门户网站", "在全市经济工作会议上的讲话"),
        ("关于做好冬季安全生产工作的通知－某某县应急管理局", "关于做好冬季安全生产工作的通知"),
        ("关于印发2021-2025年规划的通知-某某市发展和改革委员会", "关于印发2021-2025年规划的通知"),
        ("在全市宣传工作会议上的讲话-中共某某市委", "在全市宣传工作会议上的讲话"),
        ("在全省教育工作会议上的讲话-某某省教育厅", "在全省教育工作会议上的讲话"),
        ("在全市两会上的讲话-某某日报", "在全市两会上的讲话"),
        ("政府工作报告-中国政府网", "政府工作报告"),
        ("某某市人民政府-关于印发2021-2025年规划的通知", "关于印发2021-2025年规划的通知"),
        # spaced or never-in-a-title separators, as before
        (
            "关于做好冬季安全生产工作的通知_通知公告_某某市人民政府",
            "关于做好冬季安全生产工作的通知",
        ),
        ("某某市人民政府 - 关于印发2021-2025年规划的通知", "关于印发2021-2025年规划的通知"),
        ("在全市经济工作会议上的讲话-某某市人民政府_首页", "在全市经济工作会议上的讲话"),
        # a ministry or commission (…部, …委), and the site's channel before its name
        ("在全国教育工作会议上的讲话-领导讲话-中华人民共和国教育部", "在全国教育工作会议上的讲话"),
        ("在全国卫生健康工作会议上的讲话-国家卫生健康委", "在全国卫生健康工作会议上的讲话"),
        ("在全市组织工作会议上的讲话—市委组织部", "在全市组织工作会议上的讲话"),
        ("在全省水利工作会议上的讲话-工作动态-某某市水利局", "在全省水利工作会议上的讲话"),
        ("在全国商务工作会议上的讲话-新闻发布-中华人民共和国商务部", "在全国商务工作会议上的讲话"),
        ("在全国科技大会上的讲话 - 科技频道 - 新华网", "在全国科技大会上的讲话"),
        # 人民网 glues two hyphens: title--channel--site
        ("凝心聚力谋发展 实干担当开新局--观点--人民网", "凝心聚力谋发展 实干担当开新局"),
        ("在全国科技大会上的讲话--时政--人民网", "在全国科技大会上的讲话"),
    ],
)
def test_the_site_s_name_is_parted_off(title: str, expected: str) -> None:
    assert article_part(title) == expected
    assert names_its_site(title)


@pytest.mark.parametrize(
    "title",
    [
        "“十四五”规划-纲要",
        "中国-东盟博览会开幕式上的致辞",
        "在中国-中亚峰会上的主旨讲话",
        "关于印发2021-2025年规划的通知",
        "中国-东盟中心",  # an organisation's own name, not a site after a title
        "奋力推动高质量发展-开创新局",  # 局 of a word, not a bureau
        "在全市经济工作会议上的讲话-构建全市发展新格局",
        "推动制造业与互联网融合发展-工业互联网",  # 网 of a word, not a site
        "在市政府大厅启用仪式上的讲话-市政务大厅",
        "奋力谱写新篇章——在全市经济工作会议上的讲话",  # a subtitle's dash
        "县委-书记",  # too little would be left to read as a title
        "某某市人民政府门户网站",  # the site's name alone: no dash, nothing parted
        "2024—2025学年第一学期开学典礼上的讲话",  # a dash between years
        "一带一路—合作共赢",
        "推动能源转型-建设智能电网",  # 网 of a word
        "加强基层治理-全体干部",  # 部 of a word
        "激发市场活力-释放消费潜力-扩大内部需求",  # 部 of a word, parts that are no channel
        "在全市大会上的讲话-市委常委",  # a member, not the committee
        "发展工业互联网",
        "加快建设物联网",
        "改革--开放--发展",  # two hyphens between words naming no site
    ],
)
def test_a_title_keeps_its_own_dash(title: str) -> None:
    assert article_part(title) == title
    assert not names_its_site(title)
    assert without_site_names(title) == title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("在全国教育工作会议上的讲话-领导讲话-中华人民共和国教育部", "在全国教育工作会议上的讲话"),
        ("在全省经济工作会议上的讲话_新闻频道_央视网", "在全省经济工作会议上的讲话"),
        ("在全市干部大会上的讲话 | 人民网", "在全市干部大会上的讲话"),
        ("在全市干部大会上的讲话｜某某市人民政府", "在全市干部大会上的讲话"),
        ("关于加强网络安全的通知_通知公告_某某市人民政府", "关于加强网络安全的通知"),
        ("在全国工作会议上的讲话—国家发展和改革委员会", "在全国工作会议上的讲话"),
        ("深化中国-东盟合作-某某市人民政府", "深化中国-东盟合作"),  # its own dash stays
    ],
)
def test_a_title_line_drops_the_names_after_it(title: str, expected: str) -> None:
    assert without_site_names(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # a part by its length is no site's: a title line keeps its subtitle's words
        "奋进新时代 - 在全市大会上的讲话",
        "奋力谱写新篇章——在全市经济工作会议上的讲话",
        "县委-书记",
        "市委-加强基层治理",  # an organ's name before words shaped as no document's title
        "在中国-中亚峰会上的主旨讲话",
        "中国-东盟博览会开幕式上的致辞",
    ],
)
def test_a_title_line_keeps_parts_that_name_no_site(title: str) -> None:
    assert without_site_names(title) == title
    assert title_issuer(title) is None


@pytest.mark.parametrize(
    ("title", "expected", "issuer"),
    [
        ("某某市人民政府-关于印发规划的通知", "关于印发规划的通知", "某某市人民政府"),
        (
            "某某县应急管理局—关于做好冬季安全生产工作的通知",
            "关于做好冬季安全生产工作的通知",
            "某某县应急管理局",
        ),
        (
            "国家发展改革委 | 关于印发规划的通知 | 中国政府网",
            "关于印发规划的通知",
            "国家发展改革委",
        ),
        (
            "某某市人民政府办公室_某某市人民政府办公室关于印发方案的通知",
            "某某市人民政府办公室关于印发方案的通知",
            "某某市人民政府办公室",
        ),
        ("中国政府网 | 在全市干部大会上的讲话", "在全市干部大会上的讲话", None),
        ("某某市人民政府 - 在全市经济工作会议上的讲话", "在全市经济工作会议上的讲话", None),
        ("某某市新闻网-关于做好安全生产工作的通知", "关于做好安全生产工作的通知", None),
        ("某某日报-在全市两会上的讲话", "在全市两会上的讲话", None),
    ],
)
def test_a_name_before_a_document_s_title_is_parted_off(
    title: str, expected: str, issuer: str | None
) -> None:
    """A site's name before a title names no part of it; an organ's before a notice's title
    (关于…的通知) names who issued it, and one before a speech's the site that put it up."""
    assert without_site_names(title) == expected
    assert title_issuer(title) == issuer


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        # GB/T 9704's title: the issuer glued to its 关于, the matter, the document's kind
        ("某某市人民政府关于印发《某某市2024年安全生产工作要点》的通知", "某某市人民政府"),
        ("某某县应急管理局关于做好冬季安全生产工作的通知", "某某县应急管理局"),
        # no organ before 关于, no document's kind, a site's name, a speech's title
        ("关于做好冬季安全生产工作的通知", None),
        ("全面深化改革关于若干重大问题的思考", None),
        ("某某市人民政府关于安全生产工作", None),
        ("某某新闻网关于举办征文活动的通知", None),
        ("某某市人民政府关于做好安全生产工作的讲话", None),
    ],
)
def test_an_organ_glued_to_a_notices_title_issued_it(title: str, issuer: str | None) -> None:
    assert title_issuer(title) == issuer
