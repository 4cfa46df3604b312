"""What a single line (paragraph) of a cleaned document is: title, salutation, subtitle…

These are judgements about one line in isolation (a speaker's line is ``speakers``'s);
``split``, ``head`` and ``outline`` combine them with the line's neighbours. ``clean`` uses
them too, so that it never joins a broken sentence into a heading, a title, a separator or a
date line.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import (
    CN_NUMERAL_CHARS,
    HAN,
    ascii_digits,
    either_script,
    either_script_words,
    han_count,
    has_sentence_end,
)
from desktop.core.importing.dates import date_line
from desktop.core.importing.numbering import bare_numeral, heading_marker
from desktop.core.importing.separators import prefix_separator, suffix_separator

TITLE_MAX = 50
_KICKER = re.compile(rf"([{HAN}]{{2,4}})[！!]\s*")  # a headline's: 2 to 4 characters and a mark
_KICKER_MAX = 6
_KICKED_TITLE_MIN_HAN = 6
_GREETING_REACH = 16  # where a greeting's 好 stands at the latest (尊敬的各位领导们上午好)
_GREETING_WORD = re.compile(either_script(r".*好$|.*(?:谢|欢迎|大家|各位|们|您|你|高兴|荣幸)"))

_PERSON_END = (
    r"(?:代表|委员|领导|来宾|嘉宾|同志|朋友|同仁|老师|同学|家长|专家|学者"
    r"|家|员|士|们|长|人|友|亲|宾|师|生)"
)
_SALUTE_TERM = either_script(
    rf"(?:(?:尊敬的|亲爱的|各位)[^\s、，,：:！!。；;]{{0,5}}?{_PERSON_END}"
    r"|[^\s、，,：:！!。；;]{0,4}?(?:同志|朋友|同学|女士|先生|老师|同仁|同事|战友|乡亲|家人)们)"
)
_CITATION = re.compile(
    r"(?P<lead>[—─－-]{1,2}\s*|(?:摘自|选自|引自|出自|摘編自|選自)\s*)?《[^《》]{2,60}》"
    r"(?:\s*[（(](?P<when>[^（）()]{4,30})[）)])?"
)
_HAS_YEAR = re.compile(r"[0-9０-９]{4}\s*年")
# A dash, the day, who spoke and where: ——2019年3月1日，习近平在…开班式上的讲话 (an excerpt's).
_DATED_SOURCE = re.compile(
    r"[—─－-]{1,2}\s*[0-9０-９]{4}\s*年[^，,。]{1,16}[，,]\s*[^，,。；;]{0,12}?(?:在|于)"
    r"[^。！？!?；;]{2,90}?(?:讲话|发言|报告|致辞|演讲|谈话|指示|批示|贺信|回信|信)"
)
# The parts that frame a report's or white paper's numbered ones, a line each, sometimes with
# their letters spaced out (前　言).
_FRAME_PART = re.compile(
    either_script(r"前言|序言|引言|导言|绪论|结束语|结语|后记|尾声|简短的结论|结论")
)
_FRAME_PART_MAX = 16  # 简短的结论 spaced out by a typesetter (简　短　的　结　论) and indented
_ORIGINAL_TITLE = re.compile(either_script("原标题|原题") + r"\s*[:：]\s*\S")
_SALUTATION = re.compile(rf"{_SALUTE_TERM}(?:\s*[、，,和及与與]\s*{_SALUTE_TERM})*\s*[：:，,！!]")
# A greeting (大家好！, 同志们好！, 各位上午好, 早上好): whom it greets and when, then 好, then
# its mark or the line's end. It opens a speech's words as a salutation does, and names nothing.
_GREETING_WHEN = either_script("(?:上午|下午|中午|晚上|早上|早晨|新年)")
_GREETING = re.compile(
    rf"(?:(?:{_SALUTE_TERM}|{either_script('大家|各位|诸位|你们|您')}){_GREETING_WHEN}?"
    rf"|{_GREETING_WHEN})好(?:\s*[！!。.，,]+|\s*$)"
)

# 发文字号 of an official document (GB/T 9704): issuer's abbreviation, year in brackets, number.
# A web copy may lose a bracket or the 号 (牟政办发〔201746): at least one bracket, the year and
# the number still tell it from a title.
_DOCUMENT_NUMBER = re.compile(
    rf"[{HAN}]{{1,16}}\s*(?P<open>[〔［\[（(【{{｛])?\s*(?:1[89]|20)\d\d\s*"
    r"(?P<close>[〕］\]）)】}｝])?\s*第?\s*\d{1,5}\s*号?"
)
# The signer set right of a document's number: 签发人：王某某 (joint issuers' signers in turn).
_SIGNER = re.compile(
    r"[\s\u3000]+签\s*发\s*人\s*[:：][\s\u3000]*\S{2,4}(?:[\s\u3000、，,]+\S{2,4}){0,3}$"
)
# A serial number without a year, as a proposal, a motion or a decree carries under its title
# (第0123号, 提案第0123号, （第0123号）, 国务院令第772号): 第 and 号 around the digits, with
# at most a short name of the series before, all of it on a line of its own.
_SERIAL_NUMBER = re.compile(
    rf"[〔［\[（(【]?\s*[{HAN}]{{0,8}}\s*第\s*\d{{1,6}}\s*号\s*[〕］\]）)】]?"
)
# The kind of document a title ends with (文种), and words a broken title line cannot end on.
_DOCUMENT_KIND = re.compile(
    r"(?:通知|通报|意见|决定|决议|公告|通告|报告|请示|批复|函|纪要|命令|议案|方案|办法|规定|规则"
    r"|细则|条例|规划|计划|要点|讲话|发言|致辞|总结|答复|倡议书|公报)[》”）)]*$"
)
# The word a speech's title ends with (在…会议上的讲话, …致辞, …主持词, …讲话提纲), and any of
# those words anywhere: a cheap test that rules out most lines first. Either script: a Big5
# compilation titles its speeches …講話, …致辭.
_SPEECH_WORD = re.compile(
    "(?:"
    + either_script_words("讲话|发言|致辞|讲稿|演讲|演讲稿|贺词|主持词|报告|讲话稿|动员令|书面讲话")
    + ")(?:"
    + either_script_words("稿|提纲|要点")
    + ")?$"
)
_SPEECH_WORD_INSIDE = re.compile(
    either_script_words("讲话|发言|致辞|讲稿|演讲|贺词|主持词|报告|动员令")
)
# The words naming a document's kind, which a title broken by a PDF's or a page's width may be
# cut inside (…民主生活会对照检 / 查材料, …述职述廉报 / 告).
_KIND_WORD = re.compile(
    r"讲话|发言|提纲|致辞|主持词|报告|材料|检查|方案|通知|意见|要点|计划|总结|规划|纪要|办法|规定"
)
_KIND_WORD_REACH = 3  # characters either side of the break: the longest kind word is three
_KIND_WORD_END_MAX = 2  # the rest of a kind word alone on a line (告, 持词)
# A meeting's record fields under a speech's title or in its minutes (主持人：…, 记录人：…,
# 时间：…, 地点：…): who chaired and where, neither a title nor a heading.
_MEETING_FIELD = re.compile(
    either_script(
        r"(?:会议)?(?:主持人?|记录人?|时间|地点|参会人员|参加人员|出席人员|列席人员|主讲人|报告人)"
        # a proposal's record (政协提案, 人大建议): its cause, movers, handling offices
        r"|案由|提案人|提案者|附议人|联名人|领衔人|提案单位|承办单位|主办单位|会办单位|审查意见"
    )
    + r"\s*[:：]\s*\S"
)
_MEETING_FIELD_MAX = 60
# A notice issued by several offices names them all (某某局 某某委员会 …关于印发…的通知).
_LONG_TITLE_MAX = 120
_ANY_CLAUSE_MARK = re.compile(r"[，,、；;：:。！？!?]")
_HEADLINE_PARTS_MAX = 3
# Each part of a spaced headline: Chinese words (quotes, a number, a Latin name inside).
_HEADLINE_PART = re.compile(r"[\u4e00-\u9fff“”‘’《》（）·0-9A-Za-z]{4,40}")
_QUESTION_MARKS = ("？", "?")
_QUESTION_LINE_MAX = 24
# A headline is broken over lines only when long; a first line this short is a title itself.
_BROKEN_TITLE_MIN = 8
_CLAUSE_MARK = re.compile(r"[，,、：:；;]")
# A meeting's name opening with its ordinal (第十七次全国代表大会, 第三次会议) says whose
# meeting it is only with the line over it (中国共产党, 某某市第十五届人民代表大会), as a 会标 or
# a report's cover sets the name over two lines.
_MEETING_ORDINAL = re.compile(
    rf"第[{CN_NUMERAL_CHARS}0-9０-９]{{1,4}}[次届][^，,。；;\s]{{0,16}}?(?:大会|会议|全会)"
)
_DANGLING_END = re.compile(r"(?:的|关于|和|与|及|在|对|之|暨|为|、|——|《|“|（|\()$")
# The 版记 closing an official document (抄送：…, …2021年3月2日印发) and its release note
# (（此件公开发布）): not part of its body's last section.
_DISTRIBUTION = re.compile(
    r"(?:抄\s*送|抄\s*报|主\s*送|分\s*送)\s*[:：]"
    r"|.{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$"
    r"|[（(]\s*此件[^（()）]{2,12}[)）]$"
)
_OPENERS_CLOSERS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"))
_TOC = re.compile(r"目\s*录|目\s*次|CONTENTS|Contents")
# The dash leading a subtitle: an em dash (or two), a box-drawing or full-width one, a hyphen,
# or the en dash English typesetting uses (– Keynote Speech at…).
_DASH_LEAD = re.compile(r"[—─－\-–―]{1,2}")


def salutation_length(text: str) -> int:
    """Length of the salutation opening ``text`` (``同志们：``, ``各位艺术家、同志们,``), or 0."""
    match = _SALUTATION.match(text)
    return match.end() if match else 0


def greeting_length(text: str) -> int:
    """Length of the greeting opening ``text`` (``大家好！``, ``同志们好！``, ``各位上午好！``),
    with its mark, or 0."""
    if "好" not in text[:_GREETING_REACH]:
        return 0  # most lines: one test
    match = _GREETING.match(text)
    return match.end() if match else 0


def is_title_like(text: str) -> bool:
    """A short line of words without a sentence end: a title, subtitle or unnumbered heading,
    maybe under a headline's kicker (重磅！…)."""
    return (
        2 <= len(text) <= TITLE_MAX
        and text[-1] not in "，,、：:"
        and not has_sentence_end(text[kicker_length(text) :])
        and han_count(text) >= 2
    )


def kicker_length(text: str) -> int:
    """Length of the kicker opening a headline (重磅！, 好消息！): a word and its mark over a
    title; not a salutation or greeting (同志们！, 大家好！, 很高兴！) nor a sentence."""
    if "！" not in text[:_KICKER_MAX] and "!" not in text[:_KICKER_MAX]:
        return 0  # most lines: one test
    match = _KICKER.match(text)
    if match is None or _GREETING_WORD.match(match.group(1)) or salutation_length(text):
        return 0  # 同志们！, 谢谢大家！, 同志们好！: a speech's words
    title = text[match.end() :]  # a headline's words, not clauses (记住！…，…)
    full = han_count(title) >= _KICKED_TITLE_MIN_HAN and not any(m in title for m in "，,；;")
    return match.end() if full else 0


def names_a_frame_part(text: str) -> bool:
    """Whether ``text`` only names a part framing the numbered ones (``前言``, ``结束语``)."""
    if len(text) > _FRAME_PART_MAX:  # asked of every paragraph: most are sentences
        return False
    return _FRAME_PART.fullmatch("".join(text.split())) is not None


def is_citation(text: str) -> bool:
    """A line citing where the passage above comes from (``——《在…上的讲话》（2013年1月22日）``,
    ``摘自《…》``, ``——2019年3月1日，某某在…上的讲话``), as a compilation of excerpts (摘编)
    prints under each of them."""
    match = _CITATION.fullmatch(text.strip())
    if match is None:
        return _DATED_SOURCE.fullmatch(text.strip()) is not None
    when = match.group("when") or ""
    return bool(match.group("lead")) or _HAS_YEAR.search(when) is not None


def is_original_title(text: str) -> bool:
    """``原标题：…``: the headline a reposted article first had, named under its new one."""
    return _ORIGINAL_TITLE.match(text) is not None


def is_head_title(text: str) -> bool:
    """A line that can be a title in a speech's head: title-like or a long title, unnumbered."""
    return (
        ((is_title_like(text) and len(text) <= TITLE_MAX) or is_long_title(text))
        and heading_marker(text) is None
        and bare_numeral(text) is None
    )


def is_meeting_field(text: str) -> bool:
    """Whether ``text`` is a meeting's or a proposal's record field (``主持人：市委副书记 张三``,
    ``案由：关于…``)."""
    return (
        len(text) <= _MEETING_FIELD_MAX
        and _MEETING_FIELD.match(text) is not None
        and not has_sentence_end(text)
    )


def is_long_title(text: str) -> bool:
    """A title longer than most, told by its end naming the document's kind (…实施方案的通知)
    and by holding no clause at all."""
    return (
        TITLE_MAX < len(text) <= _LONG_TITLE_MAX
        and _DOCUMENT_KIND.search(text) is not None
        and _ANY_CLAUSE_MARK.search(text) is None
    )


def is_spaced_headline(text: str) -> bool:
    """A news headline of two or three parts set apart by spaces, without a clause mark
    (``某某会议在京召开 习近平发表重要讲话``): a title however long, never a wrapped sentence."""
    parts = text.split()
    return (
        2 <= len(parts) <= _HEADLINE_PARTS_MAX
        and len(text) <= _LONG_TITLE_MAX
        and _ANY_CLAUSE_MARK.search(text) is None
        and all(_HEADLINE_PART.fullmatch(part) for part in parts)
    )


def document_number(text: str) -> bool:
    """Whether ``text`` is a document's number line (``国办发〔2018〕123号``, ``第0123号``),
    maybe with its signer right of it, as a report or a request to a higher office sets it
    (``某政报〔2024〕12号　　签发人：王某某``, GB/T 9704 7.2.5), or that signer alone on the
    line under it, where a copy without the layout broke the line."""
    text = text.strip()
    if text.startswith("签") and _SIGNER.fullmatch(" " + text):
        return True
    text = _SIGNER.sub("", text)
    if len(text) > 30:
        return False
    text = ascii_digits(text)
    if _SERIAL_NUMBER.fullmatch(text):
        return True
    match = _DOCUMENT_NUMBER.fullmatch(text)
    return match is not None and bool(match.group("open") or match.group("close"))


def continues_title(title: str, text: str) -> bool:
    """Whether the title line ``text`` carries on ``title``, broken over lines as official
    documents centre long titles (``…关于印发`` / ``…实施方案的通知``)."""
    if _DOCUMENT_KIND.search(title):
        return False
    if not is_title_like(text):
        # a line too short for a title may still end one: …工作报 / 告, …的讲 / 话
        return len(text) <= _KIND_WORD_END_MAX and _cuts_a_kind_word(title, text)
    if _left_open(title) or _cuts_a_kind_word(title, text):
        return True
    if _MEETING_ORDINAL.fullmatch(text):
        return True  # 中国共产党 / 第十七次全国代表大会: the meeting's name broken in two
    # "…关于…" runs on to the line that names the document's kind, or that is left open itself
    return "关于" in title and (_DOCUMENT_KIND.search(text) is not None or _left_open(text))


def asks_on_title(title: str, text: str) -> bool:
    """Whether the line ``text``, a short question, ends a long headline broken before it
    (``…就任国家主席以来`` / ``三次新年贺词都说了啥？``): a news headline may end in a
    question mark, but a speech's title (one naming its kind, 讲话) stands complete, and a
    short title is not broken in two."""
    if not text.endswith(_QUESTION_MARKS) or len(text) > _QUESTION_LINE_MAX:
        return False
    words = text[:-1]
    if not is_title_like(words) or _CLAUSE_MARK.search(words):
        return False  # 今年，群众最关心什么？ is a sentence, not a headline's end
    return (
        han_count(title) >= _BROKEN_TITLE_MIN
        and len(title) + len(text) <= TITLE_MAX
        and _CLAUSE_MARK.search(title) is None
        and _DOCUMENT_KIND.search(title) is None
    )


def document_kind(text: str) -> str | None:
    """The kind of document a title ends with (``…的通知`` → ``通知``), or None."""
    match = _DOCUMENT_KIND.search(text)
    return match.group().rstrip("》”）)") if match else None


def mentions_a_speech(text: str) -> bool:
    """Whether ``text`` holds a word naming a speech (讲话, 致辞, 报告…, in either script)
    anywhere."""
    return _SPEECH_WORD_INSIDE.search(text) is not None


def names_a_speech(text: str) -> bool:
    """Whether ``text`` ends with a word naming it a speech (``…会议上的讲话``, ``…致辭``)."""
    return mentions_a_speech(text) and _SPEECH_WORD.search(text) is not None


def _cuts_a_kind_word(title: str, text: str) -> bool:
    """Whether the break between two title lines falls inside a word naming the document's
    kind (检|查, 报|告): no title line ends on half of such a word."""
    reach = min(_KIND_WORD_REACH, len(title))
    around = title[-reach:] + text[:_KIND_WORD_REACH]
    return any(m.start() < reach < m.end() for m in _KIND_WORD.finditer(around))


def _left_open(text: str) -> bool:
    """A line ending on a word that needs more (的, 关于, 、) or with a 《 or ( left open."""
    if _DANGLING_END.search(text):
        return True
    return any(text.count(a) > text.count(b) for a, b in _OPENERS_CLOSERS)


def is_distribution_line(text: str) -> bool:
    """Whether ``text`` is a line of an official document's 版记 (抄送, 印发) or release note."""
    return len(text) <= 200 and _DISTRIBUTION.match(text.strip()) is not None


def is_subtitle(text: str) -> bool:
    """``——在…会议上的讲话``: a line led by a dash under a title."""
    return _DASH_LEAD.match(text) is not None and is_title_like(text.lstrip("—─－-–― "))


def dash_led(text: str) -> str | None:
    """What follows the dash leading ``text`` (``——在…的讲话``, ``– Keynote Speech…``), or None."""
    match = _DASH_LEAD.match(text)
    return text[match.end() :].strip() if match else None


def is_toc_heading(text: str) -> bool:
    """The heading of a table of contents (``目录``, ``目 录``)."""
    return _TOC.fullmatch(text.strip()) is not None


def is_structural(text: str) -> bool:
    """Whether a line must stay a line of its own: a heading, separator, date or salutation."""
    return bool(
        heading_marker(text)
        or bare_numeral(text)
        or suffix_separator(text)
        or prefix_separator(text)
        or date_line(text)
        or salutation_length(text)
        or _DASH_LEAD.match(text)
    )
