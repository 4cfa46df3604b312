"""A government site's disclosure table (信息公开 metadata) above an article, read as a whole.

gov.cn-style pages put a table of label and value cells over the article (索引号 | 000014349/… |
主题分类 | … | 标题 | … | 成文日期 | … | 发文字号 | …). Its lines are page chrome, values as much as
labels; what it says of the document (title, date written, number) is kept apart, for the
structure step to use where the article itself says nothing better.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import Tag

from desktop.core.importing.dates import parse_date
from desktop.core.importing.page_chrome import metadata_label

# The <meta> fields in which sites give the day a page was first published (gov.cn's
# firstpublishedtime, TRS sites' PubDate, 人民网's publishdate, Open Graph's and schema.org's),
# compared without case. A modified time is no publication's: a page is edited years later.
_PUBLISHED_META = frozenset(
    {
        "pubdate",
        "publishdate",
        "publish_date",
        "firstpublishedtime",
        "article:published_time",
        "datepublished",
        "dc.date.issued",
    }
)
# A table with fewer labels could be an article's own table that happens to name a 标题.
_LABELS_MIN = 3
# Share of a table's filled cells that must be labels or the value right after one.
_COVERED_MIN = 0.8


@dataclass(slots=True)
class PageMetadata:
    """The disclosure tables found on a page and the fields they give."""

    tables: list[Tag] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)

    def source_meta(self) -> dict[str, str]:
        """The document's title, date (ISO) and number as ``SourceText.meta`` records them."""
        meta: dict[str, str] = {}
        title = self.fields.get("标题") or self.fields.get("名称")
        if title:
            meta["document-title"] = title
        written = parse_date(self.fields.get("成文日期") or self.fields.get("发文日期") or "")
        if written:
            meta["document-date"] = written
        number = self.fields.get("发文字号") or self.fields.get("文号")
        if number:
            meta["document-number"] = number
        return meta


def find_page_metadata(body: Tag, main: Tag) -> PageMetadata:
    """The disclosure tables of a page (none holding the article ``main``) and their fields."""
    found = PageMetadata()
    for table in body.find_all("table"):
        if table is main or _holds(table, main):
            continue
        fields = _table_fields(table)
        if fields is not None:
            found.tables.append(table)
            found.fields = {**fields, **found.fields}  # the first table's word stands
    return found


def _holds(table: Tag, element: Tag) -> bool:
    return any(parent is table for parent in element.parents)


def _table_fields(table: Tag) -> dict[str, str] | None:
    """The label → value pairs of a table that is mostly labels and their values, else None."""
    cells = [
        " ".join(cell.get_text(" ").split())
        for cell in table.find_all(["td", "th"])
        if cell.find_parent("table") is table
    ]
    labels = [metadata_label(text) for text in cells]
    fields: dict[str, str] = {}
    covered = 0
    for index, label in enumerate(labels):
        if label is None:
            continue
        covered += 1
        following = index + 1
        if following < len(cells) and labels[following] is None:
            fields.setdefault(label, cells[following])
            covered += bool(cells[following])
    filled = sum(1 for text in cells if text)
    if sum(1 for label in labels if label) < _LABELS_MIN or covered < _COVERED_MIN * filled:
        return None
    return fields


def published_days(soup: BeautifulSoup) -> list[str]:
    """The ISO days a page's <meta> says it was first published on (2024-03-05), in order."""
    days: list[str] = []
    for element in soup.find_all("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop")
        content = element.get("content")
        if not isinstance(key, str) or key.strip().casefold() not in _PUBLISHED_META:
            continue
        day = parse_date(content) if isinstance(content, str) else None
        if day is not None and len(day) == len("YYYY-MM-DD") and day not in days:
            days.append(day)
    return days
