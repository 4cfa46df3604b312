"""Character classes of Chinese text: ideographs, punctuation of both widths, numerals, widths.

Everything here is a pure function or a compiled pattern; the cleaner and the structure step
share these so that both agree on what a "Chinese character" or "sentence end" is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import product

#: CJK ideographs (BMP blocks, compatibility ideographs, the supplementary planes) and 〇.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f"
#: Full-width and CJK punctuation, quotes, dashes and the ellipsis.
CJK_PUNCT = (
    "\u3001-\u3006\u3008-\u3011\u3014-\u301f\u30fb\uff01-\uff0f\uff1a-\uff20"
    "\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2015\u2026\u00b7"
)
#: Half-width punctuation that Chinese texts use in place of the full-width forms.
HALF_PUNCT = ",.;:!?()%"

#: What a list item opens with in place of a number; a Markdown bullet item is written with BULLET.
BULLETS = "•●○■□◆◇▪►▶"
BULLET = BULLETS[0]

HAN_RE = re.compile(f"[{HAN}]")
# Counting goes by runs: findall of single characters makes a string object per character,
# several times slower on Chinese text than joining the few runs it breaks into.
_HAN_RUN = re.compile(f"[{HAN}]+")
# East Asian wide and full-width ranges (what unicodedata calls W and F), for display widths.
_WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
)
_WIDE_RUN = re.compile(f"[{_WIDE}]+")
# Neither ASCII nor wide: the few characters of a Chinese line that may be ambiguous (“”—①).
_OTHER_RUN = re.compile(f"[^\x00-\x7f{_WIDE}]+")
CJK_PUNCT_RE = re.compile(f"[{CJK_PUNCT}]")

#: Marks that end a sentence (both widths); a heading line does not end with one.
SENTENCE_END = "。！？!?；;…"
#: Marks that may end a clause inside a sentence.
CLAUSE_END = "，,、：:"
#: Closing marks that may follow a sentence end.
CLOSERS = "”’」』）)》〉】"
#: Opening quotes and brackets that a paragraph may start with.
OPENERS = "“‘「『（(《〈【"
#: Spaces this many or more between words are set there on purpose: they part the columns of
#: a table's row or a header (某某公报    2025年第4期), and are no stray space between words.
COLUMN_GAP = 4
#: What a reader puts between two cells of a table's row: a gap the cleaner keeps as columns.
CELL_GAP = " " * COLUMN_GAP

_SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}]")

CN_DIGITS = "〇零一二三四五六七八九"
#: The longest run of digits read as a number: no heading number, year or date is longer. A
#: longer run (a line of 一一一… or a pasted ID) is not a number, and reading it as one would
#: cost time quadratic in its length (or fail: ``int`` refuses over 4300 digits).
NUMERAL_MAX = 12
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百"
#: A Chinese numeral as used in numbering (一 … 九十九, 一百).
CN_NUMERAL = "[一二三四五六七八九十百〇零两]+"
#: An Arabic number in half- or full-width digits.
ARABIC_NUMERAL = "[0-9０-９]+"

# Big5 files (Hong Kong, Taiwan) and traditional-script sites write the words the importer
# looks for (roles, salutations, a page's labels) in traditional characters: each character of
# the patterns built by ``either_script`` whose forms differ, with its traditional form, then
# (below) those with several: Taiwan's and Hong Kong's forms where they differ (為 爲, 裡 裏),
# or one form per word (復興 複製 回覆). A test checks the table against OpenCC's list.
_SIMPLIFIED = (
    "书记总党长县区镇乡厅处组员经检会团队专监师领导来宾学们亲爱战讲发报"
    "关键词时间编辑责览数点击读号链闻荐热门纠错页闭举顶网图联扫当现讯审题类"
    "机构废开围称标访档传载积内设体问欢权备维码识转请录创众络辞场议简刚结声释语话"
    "许让这别义术秘台后参属陆条于楼电达该显层听户库预对终统筹划摄视频计顾评论"
    "脑动怀无碍适证订贺纲约强调个职汇课几样观认办医单实杂献馆验执笔仪见谈绪衔谢兴荣诸"
)
_TRADITIONAL = (
    "書記總黨長縣區鎮鄉廳處組員經檢會團隊專監師領導來賓學們親愛戰講發報"
    "關鍵詞時間編輯責覽數點擊讀號鏈聞薦熱門糾錯頁閉舉頂網圖聯掃當現訊審題類"
    "機構廢開圍稱標訪檔傳載積內設體問歡權備維碼識轉請錄創眾絡辭場議簡剛結聲釋語話"
    "許讓這別義術祕臺後參屬陸條於樓電達該顯層聽戶庫預對終統籌劃攝視頻計顧評論"
    "腦動懷無礙適證訂賀綱約強調個職匯課幾樣觀認辦醫單實雜獻館驗執筆儀見談緒銜謝興榮諸"
)
_OTHER_FORMS = dict(zip(_SIMPLIFIED, _TRADITIONAL, strict=True)) | {
    "为": "為爲",
    "群": "羣",  # Hong Kong's form (群 elsewhere)
    "众": "眾衆",
    "里": "裡裏",
    "说": "說説",
    "阅": "閱閲",
    "复": "復複覆",  # 恢復, 複製 and 複審, 回覆
    "签": "簽籤",  # 簽名, 標籤
    "赞": "讚贊",  # 點讚, 贊成
    "制": "製",  # 製作 (制度 keeps its form)
    "注": "註",  # 註釋 (注意 keeps its form)
    "搜": "蒐",  # 蒐集 (搜索 keeps its form)
    "布": "佈",
    "系": "繫係",  # 聯繫, 係指
    "浏": "瀏",
    "范": "範",
    "志": "誌",  # a converter's mistake, common in traditional copies: 同誌們
    "面": "麵",  # the same mistake: 下麵
}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def either_script(pattern: str) -> str:
    """``pattern`` matching simplified or traditional forms of its literal Han characters.

    Only for patterns whose Han characters stand outside character classes: each is replaced by
    a class of its forms.
    """
    return "".join(f"[{c}{_OTHER_FORMS[c]}]" if c in _OTHER_FORMS else c for c in pattern)


def either_script_words(words: str) -> str:
    """An alternation of the literal words ``words`` (``讲话|发言``), each spelled in every mix
    of its characters' forms: what ``either_script`` matches, written as plain words.

    A search skips through text by the words' first characters; an alternation whose words
    open with a class of forms is tried at every position instead, several times slower.
    """
    spellings = (
        "".join(spelling)
        for word in words.split("|")
        for spelling in product(*(_forms(char) for char in word))
    )
    return "|".join(dict.fromkeys(spellings))


def _forms(char: str) -> str:
    return char + _OTHER_FORMS.get(char, "")


def is_han(char: str) -> bool:
    """Whether ``char`` is a Chinese ideograph."""
    return bool(char) and HAN_RE.match(char) is not None


def is_cjk_punct(char: str) -> bool:
    """Whether ``char`` is full-width or CJK punctuation."""
    return bool(char) and CJK_PUNCT_RE.match(char) is not None


def is_latin_alnum(char: str) -> bool:
    """Whether ``char`` is an ASCII or full-width letter or digit."""
    if not char:
        return False
    code = ord(char)
    fullwidth = 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A
    return (char.isascii() and char.isalnum()) or fullwidth


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits turned into ASCII digits (same length)."""
    return text.translate(_FULLWIDTH_DIGITS)


def cn_number(numeral: str) -> int | None:
    """The value of a Chinese numeral (一 → 1, 十二 → 12, 二十 → 20, 一九五五 → 1955), or None."""
    if not 0 < len(numeral) <= NUMERAL_MAX or any(c not in CN_NUMERAL_CHARS for c in numeral):
        return None
    if "十" not in numeral and "百" not in numeral:
        value = 0
        for char in numeral:
            value = value * 10 + _CN_DIGIT_VALUE[char]
        return value
    return _cn_positional(numeral)


def _cn_positional(numeral: str) -> int | None:
    total, current = 0, 0
    for char in numeral:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGIT_VALUE[char]
    return total + current


@lru_cache(maxsize=1024)  # a file numbers with the same few numerals (一, 二, 12…) throughout
def number_value(numeral: str) -> int | None:
    """The value of a numeral in Arabic (either width) or Chinese digits."""
    if len(numeral) > NUMERAL_MAX:
        return None
    digits = ascii_digits(numeral)
    if digits.isdigit():
        return int(digits)
    return cn_number(numeral)


#: What a decoder made of bytes it could not read.
REPLACEMENT_CHAR = "\ufffd"
# Controls, format characters (zero-width spaces, BOMs), surrogates, private use and unassigned:
# none is a character anyone reads.
_UNREAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def is_readable(char: str) -> bool:
    """Whether ``char`` is one a reader sees: not whitespace, a control or a replacement."""
    return (
        not char.isspace()
        and char != REPLACEMENT_CHAR
        and unicodedata.category(char) not in _UNREAD_CATEGORIES
    )


def has_readable(text: str) -> bool:
    """Whether ``text`` holds at least one readable character (see ``is_readable``)."""
    return any(map(is_readable, text))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced layout: wide (CJK) characters count two, and
    so do East Asian Ambiguous ones (“”‘’…—·①) in a line holding a wide character: a
    Chinese font and a GBK editor set them full width, a Latin line keeps them narrow."""
    wide = matched_length(_WIDE_RUN, text)
    if wide == 0:
        return len(text)
    # only the characters neither ASCII nor wide are looked up: a few in a Chinese line
    others = "".join(_OTHER_RUN.findall(text))
    return len(text) + wide + sum(1 for char in others if unicodedata.east_asian_width(char) == "A")


def is_wide(char: str) -> bool:
    """Whether ``char`` takes two columns (East Asian wide or full-width)."""
    return unicodedata.east_asian_width(char) in "WF"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence end, possibly followed by closing quotes."""
    stripped = text.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def has_sentence_end(text: str) -> bool:
    """Whether ``text`` holds a sentence end anywhere."""
    return _SENTENCE_END_RE.search(text) is not None


def han_count(text: str) -> int:
    """How many Chinese ideographs ``text`` holds."""
    return matched_length(_HAN_RUN, text)


def matched_length(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the matches of ``runs`` (a pattern like ``[…]+``) cover."""
    return len("".join(runs.findall(text)))


def holds_any(text: str, pieces: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``pieces`` (strings, or the characters of one).

    For tests made of every line: a loop of substring tests runs several times faster than
    ``any()`` over a generator, or a regex searching for a class of characters.
    """
    for piece in pieces:  # noqa: SIM110 - any() over a generator is the slow way
        if piece in text:
            return True
    return False


_HAN_START = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def with_list_number(number: str, text: str) -> str:
    """A list item's text after its number: the space a reader sets after the number (for
    Word's tab, Markdown's ``1. ``) left out before Chinese, which runs on from a number as
    typed (1.大力促进就业), so the import report counts no stray space the file never held."""
    if number.endswith(" ") and _HAN_START.match(text):
        return number.rstrip(" ") + text
    return number + text
