"""A government site's disclosure table: recognised as a whole, removed, its fields kept."""

from __future__ import annotations

from desktop.core.importing.readers.html import read_html

DISCLOSURE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>某某市人民政府办公厅关于做好冬季安全生产工作的通知_某某市人民政府门户网站</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a></div>
<div class="content">
 <table class="xxgk">
  <tr><td>索 引 号：</td><td>000014349/2018-00123</td><td>主题分类：</td><td>政务公开</td></tr>
  <tr><td>发文机关：</td><td>某某市人民政府办公厅</td><td>成文日期：</td><td>2018年11月20日</td></tr>
  <tr><td>标　　题：</td>
   <td colspan="3">某某市人民政府办公厅关于做好冬季安全生产工作的通知</td></tr>
  <tr><td>发文字号：</td><td>某政办发〔2018〕45号</td><td>发布日期：</td><td>2018年11月26日</td></tr>
 </table>
 <div class="article">
  <p>各区县人民政府，市政府各部门：</p>
  <p>为切实做好今冬明春安全生产工作，有效防范和坚决遏制重特大事故发生，经市政府同意，现就有关事项通知如下。</p>
  <p>一、全面排查整治隐患。各地各部门要组织开展拉网式排查，对发现的问题隐患要建立台账，逐项整改到位。</p>
  <p>二、严格落实责任。各级政府要落实属地管理责任，有关部门要落实行业监管责任，企业要落实主体责任。</p>
  {table}
  <p>市人民政府办公厅</p>
  <p>2018年11月20日</p>
 </div>
</div>
</body></html>
"""
SCORES = (
    "<table><tr><td>标题：</td><td>得分</td></tr><tr><td>市政府办公室</td><td>98</td></tr></table>"
)


def _page(table: str = "") -> bytes:
    return DISCLOSURE_PAGE.replace("{table}", table).encode()


def test_the_disclosure_tables_values_are_chrome_like_its_labels() -> None:
    source = read_html(_page(), "page.html")
    chrome = {line.text for line in source.lines if line.chrome}
    # each row of the table one line of columns, as a row of data is
    assert {
        "索 引 号：    000014349/2018-00123    主题分类：    政务公开",
        "发文字号：    某政办发〔2018〕45号    发布日期：    2018年11月26日",
    } <= chrome
    content = [line.text for line in source.lines if not line.chrome]
    assert content[0] == "各区县人民政府，市政府各部门："


def test_the_disclosure_table_gives_the_title_date_and_number() -> None:
    source = read_html(_page(), "page.html")
    assert source.title == "某某市人民政府办公厅关于做好冬季安全生产工作的通知"
    assert source.meta["document-date"] == "2018-11-20"  # 成文日期, not 发布日期
    assert source.meta["document-number"] == "某政办发〔2018〕45号"


def test_an_articles_own_table_with_one_label_stays_content() -> None:
    source = read_html(_page(SCORES), "page.html")
    content = {line.text for line in source.lines if not line.chrome}
    assert {"标题：    得分", "市政府办公室    98"} <= content
