"""A person's name standing alone on a line, as a speech gives its speaker under the title.

``王小明`` or ``王  明`` (a two-character name spaced to the width of a three-character one)
under a title names the speaker without a role. Only the surname tells such a line from a
short title or heading, so it must open with a common one: the surnames below are the most
common in China, with the compound surnames still in use, less those that are far more often
a word (党, 全, 和, 时, 明…) than a name.

A surname still opens thousands of words (文明, 黄河, 高考, 关于, 安全): a line alone holding
one is no name. ``resources/dict/common_words.txt`` lists those of jieba's dictionary (made by
``tools/make_common_words.py``: loading jieba itself takes a second, never on the import path),
and a place's name ends in its division (高新区, 某某县). Where a label or a role already says a
person is named (作者：高峰, or a line under a speech's title over its salutation), ``said``
takes such a word for a name all the same.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.importing.chars import HAN
from desktop.resources import resource_path

_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏"
    "席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻"
    "苑迟邝习"
)
_COMPOUND_SURNAMES = frozenset(
    ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯"]
)
_GLUED_MAX = 12  # four names of three characters run together
_NAME_GAP = re.compile(r"[\s\u3000、，,]+")
_SPACED_NAME = re.compile(rf"[{HAN}](?:[\s\u3000]*[{HAN}]){{1,3}}")
# a county's, a district's, a city's or a province's name: given names hardly end so
_PLACE_ENDS = ("区", "县", "市", "省")


def bare_name(text: str, *, said: bool = False) -> str | None:
    """The name a line holds and nothing else (``王小明``, ``王  明``, ``欧阳小明``), or None: a
    word a surname opens (文明, 高新区) is none, unless ``said`` (a label, a role or the place
    says a person is named there: 作者：高峰)."""
    stripped = text.strip()
    if not _SPACED_NAME.fullmatch(stripped):
        return None
    name = re.sub(r"[\s\u3000]+", "", stripped)
    if not could_be_name(name):
        return None
    if not said and (name in _common_words() or name.endswith(_PLACE_ENDS)):
        return None
    return name


def could_be_name(word: str) -> bool:
    """Whether ``word`` is shaped as a name: a common surname and one or two characters, or a
    compound surname and one or two."""
    if word[:2] in _COMPOUND_SURNAMES and len(word) in (3, 4):
        return True
    return word[:1] in _SURNAMES and len(word) in (2, 3)


@cache
def _common_words() -> frozenset[str]:
    """Words a surname opens that are no name (read once: ~6,000 words, 1–2 ms)."""
    lines = resource_path("dict", "common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def bare_names(text: str, *, said: bool = False) -> list[str] | None:
    """The names a line of several authors holds (``陈某某 段某某``, ``张三、李四``), each a
    name alone, or None."""
    parts = [part for part in _NAME_GAP.split(text.strip()) if part]
    if len(parts) < 2:
        return None
    names = [bare_name(part, said=said) for part in parts]
    return None if None in names else [name for name in names if name]


def names_alone(text: str, *, said: bool = False) -> list[str] | None:
    """The name a line holds alone (``[王小明]``), else its several authors' names
    (``bare_names``), or None."""
    name = bare_name(text, said=said)
    return [name] if name is not None else bare_names(text, said=said)


def glued_names(text: str) -> list[str] | None:
    """The names of several authors run together without a gap (``陈某某段某某``), when only
    one way of cutting the line gives names alone (each opening with a surname), or None."""
    stripped = text.strip()
    if not 4 <= len(stripped) <= _GLUED_MAX or not _SPACED_NAME.match(stripped):
        return None
    cuts = _name_cuts(stripped)
    return cuts[0] if len(cuts) == 1 and len(cuts[0]) >= 2 else None


def _name_cuts(text: str) -> list[list[str]]:
    """Every way of cutting ``text`` into names alone (at most two are needed: one is told)."""
    if not text:
        return [[]]
    cuts: list[list[str]] = []
    for length in (2, 3, 4):
        name = bare_name(text[:length]) if len(text) >= length else None
        if name is None or len(name) != length:
            continue
        cuts += [[name, *rest] for rest in _name_cuts(text[length:])]
        if len(cuts) > 1:
            break
    return cuts
