"""The order of the user's own words (tags) in the window's lists: Chinese dictionary order.

A Chinese reader looks for 结构, 金句, 提法 in pinyin order (jié, jīn, tí), not in code-point
order (提法 < 结构 < 金句). Qt's QCollator with the Chinese locale gives it (PySide6's Qt carries
ICU); case is ignored, so Latin tags mixed in sort as in a dictionary, and digits by their value
(第2讲 before 第10讲). Core, exports and the command line keep their own locale-free order.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt


@cache
def _chinese_collator() -> QCollator:
    """One collator for the GUI thread: making one loads ICU's rules for the locale."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def name_key(name: str) -> QCollatorSortKey:
    """What sorts ``name`` among the user's words: pinyin order, without case."""
    return _chinese_collator().sortKey(name)


def sorted_names(names: Iterable[str]) -> list[str]:
    """``names`` in the order the window lists the user's words (``name_key``)."""
    return sorted(names, key=name_key)
