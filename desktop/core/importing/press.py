"""A newspaper's furniture around an article: its source line, its reporter's byline, its issue.

A paper's web edition (people.com.cn and the like) prints, around the article, where and when
it appeared (``《人民日报》（2016年01月01日 第04版）``), who wrote it (``本报记者 张三``) and,
at the top, the issue (``人民日报海外版 2016年01月01日 星期五``) under the site's masthead,
whose link words may come out with their characters spaced (``日 报周 报杂 志``).
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import HAN, ascii_digits, either_script_words
from desktop.core.importing.dates import parse_date
from desktop.core.importing.names import bare_name, names_alone

_DIGIT = "[0-9０-９]"
_DATE = rf"{_DIGIT}{{4}}\s*年\s*{_DIGIT}{{1,2}}\s*月\s*{_DIGIT}{{1,2}}\s*日"
# 《人民日报》（2016年01月01日 第04版）, 《光明日报》( 2016年01月01日 01 版): the paper, the
# day and the page it printed the article on.
_PUBLICATION_LINE = re.compile(
    rf"《\s*[^《》\n]{{2,20}}?\s*》\s*[（(]\s*{_DATE}\s*(?:第\s*)?{_DIGIT}{{1,3}}\s*版\s*[)）]"
)
# A medium's name alone: a paper (…日报, …报, not a report's kind: 通报, 公报, 简报…), a site
# (…网, not a word's: 互联网, 电网…), a channel or a station; then maybe the day and page it ran.
_SOURCE = re.compile(
    rf"[{HAN}]{{2,12}}?(?:(?<![通公快简喜捷海汇情申举预警电])报|(?<![联域特电管路渔法天球拦])网"
    r"|网站|频道|电视台|广播电台|杂志)"
    rf"(?:[\s\u3000]+{_DATE}(?:[\s\u3000]*(?:第\s*{_DIGIT}{{1,3}}\s*版"
    r"|(?:星期|礼拜|周)[一二三四五六日天]))*)?"
)
_SOURCE_MAX = 40
# 本报记者 张三, 新华社记者 张三 李四, 本报通讯员 王五: the writer, not a speaker.
# Big5 copies write them 本報記者, 通訊員 (``either_script_words``).
# A paper's print edition sets a mark before it (□本报记者 张三, ■本报记者 张三).
_BYLINE_MARK = r"(?:[□■◎●◆◇○☆★][\s\u3000]*)?"
_REPORTER_WORD = rf"[{HAN}]{{0,8}}(?:{either_script_words('记者|通讯员|特约撰稿人')})"
_REPORTER = re.compile(
    rf"{_BYLINE_MARK}{_REPORTER_WORD}(?:[\s\u3000]+[{HAN}·](?:[\s\u3000]?[{HAN}·]){{1,4}})+"
)
# 本报记者王磊, 本报记者王磊、李华: the names glued to the word. Only a surname tells a name
# from the words of a column's title (记者走基层), so each must read as a name.
_GLUED_REPORTER = re.compile(
    rf"{_BYLINE_MARK}{_REPORTER_WORD}(?P<names>[{HAN}]{{2,4}}(?:[、，,\s\u3000]+[{HAN}]{{2,4}})*)"
)
_REPORTER_MAX = 40
# A photo's credit, alone where the photo was or closing its caption: who took it, then 摄
# (新华社记者 李学仁 摄, 本报记者 王磊摄, （张晓明 摄）, 新华社发（张晓明 摄）). 摄 also ends
# words (拍摄, 统摄): the names stand apart from it, or read as names after a reporter's word
# or in brackets.
_PHOTO_CREDIT = re.compile(
    rf"(?P<open>[（(])?[\s\u3000]*(?P<label>{_REPORTER_WORD}|{either_script_words('摄影')})?"
    rf"[\s\u3000]*(?P<names>[{HAN}]{{2,4}}(?:[、，,\s\u3000]+[{HAN}]{{2,4}})*?)"
    r"(?P<gap>[\s\u3000]*)[摄攝][\s\u3000]*(?P<close>[）)])?[\s\u3000]*$"
)
_NAME_GAP = re.compile(r"[、，,\s\u3000]+")
# Taiwan's and Hong Kong's papers set the reporters and the place apart by a slash and end with
# 報導 (記者王小明／台北報導, 【記者王小明、李大華／綜合報導】, 〔記者王小明／台北即時報導〕),
# or give the place first (台北報導／記者王小明). The slash keeps a sentence's 據記者報導 out.
_TW_NAMES = rf"[{HAN}·]{{2,4}}(?:[\s\u3000]*[、，,][\s\u3000]*[{HAN}·]{{2,4}})*"
_TW_REPORTERS = rf"[{HAN}]{{0,6}}?(?:{either_script_words('记者|通讯员')})[\s\u3000]*{_TW_NAMES}"
_TW_PLACE = rf"[{HAN}]{{2,8}}?(?:{either_script_words('报导|报道')})"
# A copy that lost the slash keeps a space in its place (記者王小明 台北報導).
_TW_SLASH = r"(?:[\s\u3000]*[／/∕][\s\u3000]*|[\s\u3000]+)"
_TW_BYLINE = rf"{_TW_REPORTERS}{_TW_SLASH}{_TW_PLACE}|{_TW_PLACE}{_TW_SLASH}{_TW_REPORTERS}"
_TW_SLASHED = rf"{_TW_REPORTERS}[\s\u3000]*[／/∕][\s\u3000]*{_TW_PLACE}"
_TW_BRACKETED = rf"[【〔（(［\[](?:{_TW_BYLINE})[】〕）)］\]]"
_TW_BYLINE_LINE = re.compile(rf"{_TW_BRACKETED}|{_TW_BYLINE}")
# At a paragraph's opening the byline is bracketed, set off by a space from the report, or
# glued to it after its slash (記者王小明／台北報導行政院今天召開…): the report's first clause
# is then long, where a sentence about a report goes on with a verb (…／台北報導稱，…).
_TW_BYLINE_OPENING = re.compile(
    rf"{_TW_BRACKETED}|(?:{_TW_BYLINE})(?=[\s\u3000])|{_TW_SLASHED}(?=[{HAN}]{{4}})"
)
_TW_REPORT_WORDS = ("报导", "报道", "報導", "報道")
# A news agency's dateline over an article (新华社北京3月15日电, 本报上海5月2日电（记者 张三）):
# who filed it, where and on which day, then 电, with the reporters perhaps in brackets.
_DATELINE = re.compile(
    rf"(?:[{HAN}]{{1,6}}社|本报|本刊|本网|[{HAN}]{{1,4}}网)?[\s\u3000]*[{HAN}]{{2,8}}?[\s\u3000]*"
    rf"(?P<month>{_DIGIT}{{1,2}})\s*月\s*(?P<day>{_DIGIT}{{1,2}})\s*日\s*[电電]"
    r"(?:[\s\u3000]*[（(][^（()）]{1,30}[)）])?"
)
# Taiwan's and Hong Kong's agencies and papers give the day only (中央社台北3日電,
# 中央社記者王小明台北3日電, （法新社巴黎3日電）, 香港3日電（記者 張三）). A bare day is common
# in running text, so the place must not end in the word a sentence puts before a day (于3日,
# 在3日, 至3日), and a paragraph opens with it only set off by a space unless an agency names it.
_AGENCY = rf"(?:[{HAN}]{{1,6}}社|{either_script_words('本报|本刊|本网')}|[{HAN}]{{1,4}}[网網])"
_REPORTERS = (
    rf"(?:{either_script_words('记者')})[\s\u3000]*[{HAN}·]{{2,4}}(?:[、，,][{HAN}·]{{2,4}})*"
)
_PLACE_DAY = (
    rf"[\s\u3000]*[{HAN}]{{2,8}}(?<![于於在至到从從自及和与與前后後])[\s\u3000]*"
    rf"{_DIGIT}{{1,2}}\s*日\s*[电電]"
)
_REPORTER_NOTE = r"[\s\u3000]*[（(][^（()）]{1,30}[)）]"
_DAY_DATELINE = re.compile(
    rf"{_AGENCY}(?:{_REPORTERS})?{_PLACE_DAY}(?:{_REPORTER_NOTE})?"
    rf"|[（(【]{_AGENCY}?(?:{_REPORTERS})?{_PLACE_DAY}[)）】]"
    rf"|{_PLACE_DAY}(?:{_REPORTER_NOTE})?"
)
_FROM = ("据", "據")  # 据新华社…电: a report taken from the agency
_AGENCY_START = re.compile(rf"[（(【]?{_AGENCY}")
_DATELINE_MAX = 50
# What a local news item opens with: 本报讯, and in Big5 copies 本報訊, 本網訊, 訊（記者…
_NEWS_FLASH = tuple(either_script_words("本报讯|本刊讯|本网讯|讯（记者|讯(记者").split("|"))
# A Hong Kong paper's own report: 明報訊, 香港文匯報訊（記者…）, 【明報專訊】, 大公报讯.
_PAPER_FLASH = re.compile(rf"[【（(]?[{HAN}]{{1,8}}[报報](?:[专專])?[讯訊](?=[】）)\s\u3000（(]|$)")
# The day a local report opens with after its 本报讯 and reporters, where an agency's dateline
# gives it before 电: 本报讯（记者 张三）12月31日，…, 某某日报讯 12月31日上午，….
_FLASH_DAY = re.compile(
    rf"[【（(]?(?:{either_script_words('本报讯|本刊讯|本网讯')}|[{HAN}]{{1,8}}[报報](?:[专專])?[讯訊])"
    r"[】）)]?"
    rf"[\s\u3000]*(?:[（(][^（()）]{{1,30}}[)）])?[\s\u3000]*"
    rf"(?P<month>{_DIGIT}{{1,2}})\s*月\s*(?P<day>{_DIGIT}{{1,2}})\s*[日号]"
)
# A local report's flash on a line of its own, maybe with its reporters (本报讯, 某某日报讯
# （记者 张三））: the day opens the line under it (3月5日上午，…), as it follows 电 in a dateline.
_FLASH_ALONE = re.compile(
    rf"[【（(]?(?:{either_script_words('本报讯|本刊讯|本网讯')}|[{HAN}]{{1,8}}[报報](?:[专專])?[讯訊])"
    rf"[】）)]?(?:{_REPORTER_NOTE})?"
)
# A reporters' byline in brackets, on a line of its own under the flash: （记者 张三 通讯员 李四）.
_BRACKETED_BYLINE = re.compile(r"[（(【\[]\s*(?P<inner>[^（()）【】\[\]]+?)\s*[）)】\]]")
# The paper's name before the day and weekday an issue came out (人民日报 2016年01月01日 星期五).
ISSUE_PREFIX = rf"(?:[{HAN}]{{2,12}}[\s\u3000]+)?"
_SPACED_WORD = re.compile(f"[{HAN}]{{1,4}}")
_SPACED_MIN_WORDS = 3


def is_source_line(text: str) -> bool:
    """Whether ``text`` is a paper's, a site's or a station's name alone, maybe with the day
    and page the report ran (``某某日报``, ``新华网``, ``人民日报 2024年10月20日 第01版``)."""
    stripped = text.strip()
    if len(stripped) > _SOURCE_MAX or "的" in stripped or "关于" in stripped:
        return False
    return _SOURCE.fullmatch(stripped) is not None


def is_publication_line(text: str) -> bool:
    """Whether ``text`` is only a paper's source line: 《paper》(date, page)."""
    return _PUBLICATION_LINE.fullmatch(text.strip()) is not None


def publication_date(text: str) -> str | None:
    """The ISO date of a paper's source line, or None when ``text`` is not one."""
    return parse_date(text) if is_publication_line(text) else None


def is_dateline(text: str) -> bool:
    """Whether ``text`` is only a news agency's dateline (新华社北京3月15日电), or a local
    report's flash without its day (本报讯, 某某日报讯（记者 张三）)."""
    stripped = text.strip()
    if len(stripped) > _DATELINE_MAX or not stripped.endswith(
        ("电", "電", ")", "）", "讯", "訊", "】")
    ):
        return False  # most lines: one test
    return (
        _DATELINE.fullmatch(stripped) is not None
        or _DAY_DATELINE.fullmatch(stripped) is not None
        or is_flash_alone(stripped)
    )


def is_flash_alone(text: str) -> bool:
    """Whether ``text`` is only a local report's flash (本报讯, 某某日报讯（记者 张三）): its day
    opens the next line."""
    return _FLASH_ALONE.fullmatch(text.strip()) is not None


def dateline_day(text: str) -> tuple[int, int] | None:
    """The month and day of the dateline ``text`` is or opens with (新华社北京12月31日电 …),
    or of a local report's opening (本报讯（记者 张三）12月31日，…)."""
    opening = _opening(text)
    if "电" in opening or "電" in opening:
        match = _DATELINE.match(opening)
    elif "讯" in opening or "訊" in opening:
        match = _FLASH_DAY.match(opening)
    else:
        return None  # most paragraphs: two tests
    if match is None:
        return None
    return int(ascii_digits(match.group("month"))), int(ascii_digits(match.group("day")))


def opens_news_report(text: str) -> bool:
    """Whether a paragraph opens as a news report does: with its dateline (新华社北京3月15日电
    国务院总理…) or 本报讯, maybe said to be taken from it (据新华社…电, 据本报讯)."""
    opening = _opening(text)
    if opening.startswith(_NEWS_FLASH) or _PAPER_FLASH.match(opening):
        return True
    if ("报" in opening or "報" in opening) and _TW_BYLINE_OPENING.match(opening):
        return True
    if "电" not in opening and "電" not in opening:
        return False
    return _DATELINE.match(opening) is not None or _opens_with_day_dateline(opening)


def _opening(text: str) -> str:
    """The first characters of a paragraph, where a dateline would be: after the 据 a report
    reposted from an agency or paper opens with (据新华社北京12月31日电, 据本报讯12月31日)."""
    opening = text.lstrip()
    return opening[1:][:_DATELINE_MAX] if opening.startswith(_FROM) else opening[:_DATELINE_MAX]


def _opens_with_day_dateline(opening: str) -> bool:
    """A day-only dateline (中央社台北3日電) at the opening, set off from what follows by a
    space or its brackets unless an agency names it: ``各地15日电告`` is a sentence,
    ``中央社台北3日電行政院…`` a report."""
    match = _DAY_DATELINE.match(opening)
    if match is None:
        return False
    rest = opening[match.end() :]
    if not rest or rest[0].isspace() or match.group().endswith(("）", ")", "】")):
        return True
    return _AGENCY_START.match(opening) is not None


def is_reporter_byline(text: str) -> bool:
    """Whether ``text`` is a reporter's byline without a colon (本报记者 张三, maybe in
    brackets: （记者 张三 通讯员 李四））, or a Taiwan or Hong Kong paper's (記者王小明／台北報導,
    台北報導／記者王小明)."""
    stripped = text.strip()
    if len(stripped) > _REPORTER_MAX:
        return False
    bracketed = _BRACKETED_BYLINE.fullmatch(stripped)
    if bracketed is not None and not any(word in stripped for word in _TW_REPORT_WORDS):
        stripped = bracketed.group("inner")  # （记者 张三）, set under the flash
    if _REPORTER.fullmatch(stripped) is not None or _glued_reporters(stripped):
        return True
    return (
        any(word in stripped for word in _TW_REPORT_WORDS)
        and _TW_BYLINE_LINE.fullmatch(stripped) is not None
    )


def _glued_reporters(text: str) -> bool:
    """Whether ``text`` is a reporter's word with the reporters' names glued to it."""
    match = _GLUED_REPORTER.fullmatch(text)
    if match is None:
        return False
    return names_alone(match.group("names"), said=True) is not None


def ends_with_photo_credit(text: str) -> bool:
    """Whether ``text`` is a photo's credit (``新华社记者 李学仁 摄``, ``（张晓明 摄）``) or a
    caption closed by one: where the photo was, the words about it, no paragraph's."""
    if not text.rstrip(" \u3000）)").endswith(("摄", "攝")):
        return False  # most lines: one test
    match = _PHOTO_CREDIT.search(text)
    if match is None or bool(match.group("open")) != bool(match.group("close")):
        return False
    if match.group("gap"):
        return True  # 李学仁 摄: a name set apart from it
    last = _NAME_GAP.split(match.group("names"))[-1]
    said = match.group("label") or match.group("open")
    return bool(said) and bare_name(last, said=True) is not None


def is_spaced_masthead(text: str) -> bool:
    """Link words run together with their characters spaced out (``日 报周 报杂 志``): short
    Chinese runs of uneven length, some a single character. A title spaced out evenly
    (``政 府 工 作 报 告``) has single characters only."""
    words = text.split()
    if len(words) < _SPACED_MIN_WORDS or not all(_SPACED_WORD.fullmatch(w) for w in words):
        return False
    lengths = {len(word) for word in words}
    return 1 in lengths and len(lengths) > 1
