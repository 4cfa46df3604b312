"""Write ``resources/dict/common_words.txt``: words a surname opens that are no person's name.

``names.bare_name`` takes a line of two or three characters opening with a common surname for a
person's name, and a surname opens thousands of words (文明, 黄河, 高考, 关于, 安全). jieba's
dictionary knows them, but loading it takes a second, never on the import path: this script
reads its ``dict.txt`` once, when jieba is upgraded, and keeps the words for the importer:

- a word jieba tags as no person's (``nr``, ``nrt``, ``nrfg``) seen at least ``_WORD_MIN``
  times (rarer entries are obscure words a real name may spell as well);
- a word of two characters tagged a person's that is a word first: jieba's dictionary tags
  thousands of plain words ``nr`` (文明, 阳光, 卫星, 顾问, 张贴, 杜绝). It is one when seen at
  least ``_FAMOUS`` times (the names so frequent are historical figures, a topic more often
  than a speaker: 孔子, 曹操, 鲁迅), or at least ``_SEEN`` times with a second character that
  seldom stands in a given name (in fewer than ``_GIVEN_MIN`` of the dictionary's names of
  three characters: 贴, 获, 绝 but not 强, 明, 翔), or at least ``_PART_MIN`` times and standing
  inside a longer word jieba tags as no person's (黎明 in 黎明前, 田野 in 田野工作, 范文 in
  论文范文): a name seldom stands in another word (刘翔, 李强, 朱德 in none), a word often;
- a word of three characters tagged a person's, seen at least ``_SEEN`` times, whose surname and
  next character are a word that opens or stands in at least ``_OPENS_MIN`` longer words tagged
  no person's (黄金周: 黄金, 许可证: 许可, 王府井: 王府), while 李自成, 毛泽东 or 温家宝 open
  hardly any (a compound surname is no such word: 欧阳修).

Famous people jieba knows (汪洋, 郑和, 雷锋) become words as 孔子 did: a line names them where
a label or its place says a person is named (``bare_name(said=True)``).

Run: ``python tools/make_common_words.py`` (prints how many words of each kind it kept).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import jieba

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT))

from desktop.core.importing.names import _COMPOUND_SURNAMES, could_be_name  # noqa: E402

_OUT = _ROOT / "resources" / "dict" / "common_words.txt"
_PERSON_TAGS = ("nr", "nrt", "nrfg")
_WORD_MIN = 5
_FAMOUS = 1000
_SEEN = 100
_GIVEN_MIN = 20
_PART_MIN = 50
# Names jieba's dictionary tags as something else (周恩来 as a time word, ``t``): never words.
_MISTAGGED_NAMES = frozenset(["周恩来"])
_OPENS_MIN = 3
_HEADER = """\
# Words a common surname opens that are no person's name (文明, 黄河, 高考, 关于, 安全), for
# desktop/core/importing/names.py. Made from jieba's dict.txt by tools/make_common_words.py:
# edit that script, not this file. One word a line.
"""


def _entries() -> list[tuple[str, int, str]]:
    path = Path(jieba.__file__).parent / "dict.txt"
    rows = (line.split() for line in path.read_text(encoding="utf-8").splitlines())
    return [(word, int(freq), tag) for word, freq, tag in rows if could_be_name(word)]


def _given_chars(entries: list[tuple[str, int, str]]) -> Counter[str]:
    """How many of jieba's names of three characters hold each character in the given name."""
    return Counter(
        char
        for word, _, tag in entries
        if len(word) == 3 and tag in _PERSON_TAGS
        for char in word[1:]
    )


def _parts_of_words() -> Counter[str]:
    """In how many of jieba's words of three characters or more, tagged no person's, each pair
    of characters stands."""
    path = Path(jieba.__file__).parent / "dict.txt"
    parts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.split()
        if tag not in _PERSON_TAGS and len(word) >= 3:
            parts.update({word[i : i + 2] for i in range(len(word) - 1)})
    return parts


def _person_tagged_kind(word: str, freq: int, given: Counter[str], parts: Counter[str]) -> str:
    """Which kind of word a person-tagged entry is, or "" for a name."""
    if len(word) == 3:
        opening = word[:2]
        if freq >= _SEEN and opening not in _COMPOUND_SURNAMES and parts[opening] >= _OPENS_MIN:
            return "person-tagged, opens words"
        return ""
    if len(word) != 2:
        return ""
    if freq >= _FAMOUS:
        return "frequent person-tagged"
    if freq >= _SEEN and given[word[1]] < _GIVEN_MIN:
        return "person-tagged, no given name"
    if freq >= _PART_MIN and parts[word] > 0:
        return "person-tagged, in other words"
    return ""


def common_words() -> tuple[list[str], Counter[str]]:
    """The words kept, and how many of each kind."""
    entries = _entries()
    given = _given_chars(entries)
    parts = _parts_of_words()
    kept: list[str] = []
    kinds: Counter[str] = Counter()
    for word, freq, tag in entries:
        if word in _MISTAGGED_NAMES:
            kind = ""
        elif tag not in _PERSON_TAGS:
            kind = "word" if freq >= _WORD_MIN else ""
        else:
            kind = _person_tagged_kind(word, freq, given, parts)
        if kind:
            kept.append(word)
            kinds[kind] += 1
    kinds["candidates"] = len(entries)
    return sorted(set(kept)), kinds


def main() -> None:
    """Write the list and print its counts."""
    words, kinds = common_words()
    _OUT.write_text(_HEADER + "\n".join(words) + "\n", encoding="utf-8")
    for kind, count in kinds.items():
        print(f"{kind}: {count}")
    print(f"written: {len(words)} words to {_OUT.relative_to(_ROOT)}")


if __name__ == "__main__":
    main()
