"""Lines that only an official document (GB/T 9704 公文) has: issuer's mark, recipients, labels.

An official document opens with its 版头 (the issuer's mark, ``某某市人民政府文件``, over its
number), then its title, then its recipients (主送机关, ``各区县人民政府，市政府各部门：``);
it signs off with the issuer's name over the date, and each attachment opens with a label
(``附件1``) over its own title. Like ``lines``, these judge one line on its own.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import CN_NUMERAL, has_sentence_end
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import (
    continues_title,
    document_kind,
    is_head_title,
    is_title_like,
)
from desktop.core.importing.names import bare_name
from desktop.core.importing.numbering import heading_marker

_ISSUER_MAX = 40
_RECIPIENTS_MAX = 160
_RECIPIENT_MAX = 30

# What the name of a body that issues or receives documents ends with (政府, 办公厅, 各部门…).
# A 行 is a bank's (中国人民银行, 某某分行, 某某支行, 某某农商行), and 办 an office's (市委办,
# 扶贫办): 举行, 进行, 执行, 发行 and 举办, 承办 end a report's headline, a verb's phrase
# (全市经济工作会议隆重举行), never a unit's name.
_ORGANISATION_END = (
    r"(?:人民政府|政府|办公厅|办公室|委员会|管委会|工委|党委|党组|部委|部门|机构|单位|机关|团体"
    r"|企业|公司|集团|院校|学校|高校|街道|乡镇|社区|中心|总队|支队|军区|厅|局|委"
    r"|(?<![举主承协筹创交])办|院|部|署|会|所|校|处|室|站|队|社|[银銀分支总總商]行)"
)
_ISSUER_MARK = re.compile(rf".*?{_ORGANISATION_END}(?:文件)?|.+?文件")
# An issuing body's name is a noun's phrase: no punctuation but a name's (·, brackets, 、
# between joint issuers), no figures (2024年…推进会), and its last word a unit's. Words end as
# units do that name no unit: a situation (开新局, 大局, 格局), a part (全部, 干部), a meeting
# (推进会: a body's 会 is 委员会, 协会, 学会…), a place or a verb (庭院, 住院, 部署, 场所, 全校,
# 以人民为中心). Such a line is a heading or a sentence, never an issuer.
_ISSUER_CHARS = re.compile(r"[\w·（）()、\s]+")
_NOT_A_UNIT_END = re.compile(
    r"(?:[格大布开结全变时定政战棋终败胜僵残骗饭赌新危乱困破谋入出迷牌对]局"
    r"|[内全局外干乐本东西南北中腹头底顶上下后前细]部"
    r"|(?<!委员)(?<![常执筹组管党村居]委)(?<!协)(?<!学)(?<!联合)(?<!商)(?<!工)(?<!基金)"
    r"(?<!促进)(?<!研究)(?<!理事)(?<!董事)(?<!监事)(?<!总)(?<!分)(?<!十字)(?<!议)"
    r"(?<!联谊)(?<!代表大)会"
    r"|[庭合小宅后住出入进深寺]院|[部签]署|[场厕住居]所|[母返到全本离在入]校"
    r"|[好到之难相出益用短长深高去何各身此共远近彼]处|[会教卧温密暗居]室|为中心)"
    r"(?:文件)?$"
)
# A recipient may end with the kinds of unit it also means in brackets (各部（室）, 各市（州）).
_RECIPIENT = re.compile(
    rf"[^：:。；;！？!?]{{1,{_RECIPIENT_MAX}}}?{_ORGANISATION_END}(?:[（(][^（）()]{{1,8}}[)）])?"
)
# An author's unit and name, set apart by spaces (某某镇人民政府 王某某).
_BYLINE = re.compile(r"(?P<unit>\S.*?)[\s\u3000]+(?P<name>\S+(?:[\s\u3000]+\S+){0,2})")
_RECIPIENT_GAP = re.compile(r"\s*[，,；;]\s*")
# A whole line that labels an attachment's own text (附件1, 附件二, 附件：), matched in full;
# sections' _LIST_OF_ATTACHMENTS_LABEL is instead the 附件： that starts a list of their names.
_LABEL_OVER_AN_ATTACHMENT = re.compile(
    rf"附\s*件\s*(?:\d{{1,2}}|[０-９]{{1,2}}|{CN_NUMERAL})?\s*[:：]?"
)
# An attachment's label and its title on one line (附件：名词解释, 附件2：某某办法).
_TITLED_ATTACHMENT = re.compile(
    rf"附\s*件\s*(?:\d{{1,2}}|[０-９]{{1,2}}|{CN_NUMERAL})?\s*[:：]\s*(?=\S)"
)
_ATTACHMENT_TITLE_MAX = 40
# A session or an occasion (第二十次全国代表大会, 在某某会上, 全市经济工作会), never the unit that
# wrote a text. A meeting's name ends in 会 as some bodies' do (委员会, 协会, 联合会), so it is
# told by the kind of meeting before the 会 (the people's congress, 人民代表大会, is a body).
_NOT_A_UNIT = re.compile(
    r"第[\d一二三四五六七八九十百]+[次届]|^在"
    r"|(?:(?<!代表)大|座谈|推进|工作|年|表彰|动员|报告|讨论|研讨|发布|交流|现场|培训|部署|调度"
    r"|总结|纪念|茶话|联席|全)会$"
)
# A body writing as one author (《求是》杂志编辑部, 本报评论员, 某某省委理论学习中心组): a line of
# its own under an article's title, as a person's name would be.
_COLLECTIVE_AUTHOR = re.compile(
    r"[^\s，,。：:；;！!？?]{0,24}?(?:编辑部|评论员|评论部|课题组|调研组|写作组|学习中心组)"
)


def unit_byline(text: str) -> tuple[str, str] | None:
    """``(unit, name)`` of an author's line naming the unit they work in, then their name
    (``某某镇人民政府 王某某``), or None."""
    if len(text) > _ISSUER_MAX:
        return None
    match = _BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    unit, name = match.group("unit"), bare_name(match.group("name"))
    if name is None or not is_issuer_mark(unit) or unit.endswith("文件"):
        return None
    return unit, name


def is_issuer_mark(text: str) -> bool:
    """Whether ``text`` can be an issuer's mark (``湖南省人民政府办公厅文件``, ``中共某某市委``):
    an organisation's name, alone or with 文件, and not a title (no 关于, no kind of document)."""
    text = text.strip()
    if len(text) > _ISSUER_MAX or not is_title_like(text) or "关于" in text:
        return False
    if not _ISSUER_CHARS.fullmatch(text) or any(char.isdigit() for char in text):
        return False
    if _NOT_A_UNIT_END.search(text):
        return False
    return document_kind(text) is None and _ISSUER_MARK.fullmatch(text) is not None


def is_recipients(text: str) -> bool:
    """Whether ``text`` is a document's recipients (主送机关): organisations, then a colon
    (``各省、自治区、直辖市人民政府，国务院各部委、各直属机构：``)."""
    text = text.strip()
    if not 2 < len(text) <= _RECIPIENTS_MAX or text[-1] not in "：:" or "如下" in text:
        return False
    names = text[:-1].rstrip()
    if has_sentence_end(names) or heading_marker(names) is not None:
        return False
    return all(_RECIPIENT.fullmatch(name) for name in _RECIPIENT_GAP.split(names))


def is_attachment_label(text: str) -> bool:
    """Whether ``text`` is only the label over an attachment (``附件1``, ``附件：``, ``附件二``)."""
    return _LABEL_OVER_AN_ATTACHMENT.fullmatch(text.strip()) is not None


def attachment_title_start(text: str) -> int | None:
    """Where the title starts on a line holding an attachment's label and its title
    (``附件：名词解释``, ``附件2：某某办法``), or None for any other line."""
    match = _TITLED_ATTACHMENT.match(text)
    if match is None or len(text) > _ATTACHMENT_TITLE_MAX or not is_title_like(text):
        return None
    return match.end()


def collective_author(text: str) -> str | None:
    """The body a line names as an article's author (``《求是》杂志编辑部``, ``本报评论员``),
    or None."""
    stripped = text.strip()
    if "关于" in stripped or _COLLECTIVE_AUTHOR.fullmatch(stripped) is None:
        return None  # 关于成立某某课题组: a title naming a group, not its author
    return stripped


def writing_unit(title: str, text: str, following: str) -> str | None:
    """The unit a line under the title names as the text's author (``县委政策研究室`` under a
    调研报告, ``县人民政府办公室`` under a 会议纪要): an organisation's name alone, over the
    date or the body, that does not carry the title on; or None."""
    stripped = text.strip()
    if not _names_a_unit(stripped) or continues_title(title, stripped):
        return None
    over_the_body = date_line(following) is not None or not is_head_title(following)
    return stripped if over_the_body else None


def issuer_block(title: str, upper: str, lower: str, following: str) -> str | None:
    """The issuer two lines under the title name over the date: one organisation's name set
    over two lines (``中华人民共和国`` / ``国务院新闻办公室``, as a white paper's cover
    gives it), or two organisations issuing together (``中共某某市委`` / ``某某市人民政府``);
    or None."""
    upper, lower = upper.strip(), lower.strip()
    if date_line(following) is None or continues_title(title, upper):
        return None
    if _names_a_unit(upper) and _names_a_unit(lower):
        return f"{upper}、{lower}"
    joined = upper + lower
    if is_title_like(upper) and _names_a_unit(joined) and not continues_title(title, joined):
        return joined
    return None


def _names_a_unit(text: str) -> bool:
    """Whether ``text`` is only the name of a unit that writes a text (``县委政策研究室``):
    not a 版头's mark (…文件), a session or an occasion, or a labelled field."""
    if not is_issuer_mark(text) or text.endswith("文件") or _NOT_A_UNIT.search(text):
        return False
    return ":" not in text and "：" not in text  # 地点：镇党委会议室 is a field
