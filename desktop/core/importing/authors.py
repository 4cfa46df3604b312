"""A paper's or an article's author line under its title, and the lines giving their units.

Journals and theory pages print the authors under the title in a few shapes: names followed
by the numbers or stars of their notes (``王小明1,2　李华1``, ``王小明¹ 李华*``), a name with its
unit in brackets (``王小明（北京大学马克思主义学院）``), a name alone over its unit; then the
units, bracketed on a line of their own (``（北京大学马克思主义学院，北京 100871）``) or labelled
(``作者单位：…``, ``［作者简介］…``). A unit is told by what names a body (学院, 研究所, 党校…)
or by a postal code, never by a person's role: ``王某（某某局局长）`` is a speaker's line.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import HAN, either_script
from desktop.core.importing.names import bare_name, names_alone
from desktop.core.importing.speakers import names_a_role

# The numbers or marks after an author's name that point to a unit or a note (王小明1,2, 李华*).
_NOTE_MARKS = re.compile(
    rf"(?<=[{HAN}])[ \u3000]*(?:[0-9０-９¹²³⁴-⁹*＊∗†‡]+(?:[,，][ \u3000]*[0-9０-９¹²³⁴-⁹]+)*)"
    rf"(?=[ \u3000、，,;；]|$)"
)
# What the name of a university, institute, school or office ends with, or holds.
_UNIT_WORD = re.compile(
    either_script(
        r"大学|学院|学校|党校|行政学院|研究院|研究所|研究中心|研究室|研究基地|科学院|社科院|社会科学院"
        r"|实验室|编辑部|杂志社|报社|出版社|图书馆|博物馆|档案馆|委员会|办公室|办公厅|政府|医院"
        r"|(?:部|局|厅|处|署|院|所|站|馆)$"
    )
)
_POSTAL_CODE = re.compile(r"(?<![0-9])[0-9]{6}(?![0-9])")
_UNIT_LABEL_WORDS = either_script(r"作者单位|作者简介|单位|通讯作者|通信作者")
_UNIT_LABEL = re.compile(
    rf"[［\[【]\s*(?:{_UNIT_LABEL_WORDS})\s*[］\]】]\s*[:：]?\s*(?=\S)"
    rf"|(?:{_UNIT_LABEL_WORDS})\s*[:：]\s*(?=\S)"
)
_BRACKETED = re.compile(r"[（(](?P<inner>[^（()）]+)[）)]")
_NAMED_UNIT = re.compile(rf"(?P<name>[{HAN}]{{2,4}})[ \u3000]*[（(](?P<unit>[^（()）]+)[）)]")
_AUTHOR_IS = re.compile(either_script(r"作者(?:系|为|是|单位)"))
_NAMES_GAP = re.compile(r"[ \u3000、，,;；]*")
_UNIT_LINE_MAX = 160


def paper_authors(text: str) -> tuple[str | None, str] | None:
    """``(unit, names)`` of an author line in one of a paper's shapes (see the module), the
    names joined by ``、``, the unit (or a role: 李某（省委书记）) given only for a sole author;
    or None."""
    stripped = text.strip()
    marked = _NOTE_MARKS.sub(" ", stripped)
    if marked != stripped:
        names = names_alone(marked)
        return (None, "、".join(names)) if names else None
    return _named_units(stripped)


def _named_units(text: str) -> tuple[str | None, str] | None:
    """Names each with its unit in brackets (王小明（北京大学）李华（清华大学））."""
    names: list[str] = []
    units: list[str] = []
    position = 0
    while position < len(text):
        gap = _NAMES_GAP.match(text, position)
        position = gap.end() if gap is not None else position
        match = _NAMED_UNIT.match(text, position)
        if match is None or bare_name(match.group("name"), said=True) is None:
            return None
        if not (_names_a_unit(match.group("unit")) or names_a_role(match.group("unit"))):
            return None  # 王小明（2019年） is no author's line
        names.append(match.group("name"))
        units.append(match.group("unit").strip())
        position = match.end()
    if not names:
        return None
    return (units[0] if len(units) == 1 else None), "、".join(names)


def _names_a_unit(text: str) -> bool:
    """Whether bracketed words name the author's unit (北京大学马克思主义学院, 作者系…),
    with its city and postal code perhaps: each part separated by a comma or ``；``."""
    if _AUTHOR_IS.match(text.strip()) or _POSTAL_CODE.search(text):
        return True
    parts = (part.strip() for part in re.split(r"[，,；;、]", text))
    first = next(parts, "")
    return _UNIT_WORD.search(first) is not None


def is_unit_line(text: str) -> bool:
    """A line giving the authors' units: labelled (作者单位：…) or bracketed whole
    (（1.北京大学政府管理学院，北京 100871；2.…）, （作者系…））."""
    stripped = text.strip()
    if len(stripped) > _UNIT_LINE_MAX:
        return False
    if _UNIT_LABEL.match(stripped) is not None:
        return True
    bracketed = _BRACKETED.fullmatch(stripped)
    return bracketed is not None and _names_a_unit(_without_number(bracketed.group("inner")))


def is_labelled_unit_line(text: str) -> bool:
    """A line labelled as the authors' units (作者单位：…, ［作者简介］…)."""
    return _UNIT_LABEL.match(text.strip()) is not None


def _without_number(text: str) -> str:
    """A unit without the number of its note in front (1.北京大学… → 北京大学…)."""
    return re.sub(r"^[ \u3000]*[0-9０-９]+[.．、]?[ \u3000]*", "", text)
