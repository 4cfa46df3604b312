"""Titles of three lines or more (or two that would split a word): broken between phrases,
else between words, never inside one.

A long title (中共中央办公厅 国务院办公厅关于印发《关于…的若干措施》的通知) seldom splits
near evenly between phrases alone, and a plain balance then breaks wherever the width falls,
inside a word or a name's word. Here each break a title may take gets a cost: none or little
between phrases (``phrasing``), more between two words found by a cheap rule (``word_breaks``),
most anywhere else outside a 《…》 name; never before a closing mark or after an opening one,
inside a run of digits or numerals, inside a word known whole, or inside a name between
anything but phrases and words. The settings the reader can give (a held first line, the rest
filling one width) are estimated from the characters' positions on one line, the cheapest
tier first and the most even in it; the best few are laid out and Qt's own breaks priced.
jieba's words are used when it happens to be loaded already; it is never loaded for this.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator

from PySide6.QtGui import QTextLayout

from desktop.gui.reader.balance import (
    OPENINGS,
    PAUSES,
    PRECISION,
    SLACK,
    WHOLE_WORDS,
    is_numeral,
    line_starts,
    phrase_breaks,
    word_insides,
)
from desktop.gui.reader.phrasing import NEAR_BALANCED, WEAK_BREAK_COST, Phrased, positions

Price = tuple[int, float]
"""How bad a setting's breaks are: the tier of the dearest (``_tier``), then the whole cost."""

Bounds = tuple[int, float, float]
"""The fewest lines a title takes, the widest it may be and the least evenness of its lines."""

Runs = Callable[[int, int], float]
"""The width of the text from an index to another on one line, trailing spaces left out."""

LOOSELY_BALANCED = 0.35
"""The shortest line of a long title is at least this part of its longest: a three-line title
between phrases may be less even than a two-line one before words are broken instead."""

WORD_BREAK_COST = 0.5
"""A break between two words inside a phrase (…基层社会 / 治理…)."""

LOOSE_BREAK_COST = 1.5
"""A break between two characters not known to end a word, outside a name."""

BROKEN_WORD_COST = 4.0
"""A break inside a known word, or inside a name's words: the last resort (a word longer than
a line has to break somewhere)."""

EXTRA_LINE_COST = 0.75
"""A line more than the fewest: better than a word broken, worse than a break between words."""

_BEARING = 2.0
"""Pixels a run is given beyond its advances: Qt also counts a last glyph's overhang."""

_MOST_EXTRA_LINES = 2
"""How many lines more than the fewest a title may take to keep its words whole."""

_TRIED = 12
"""How many of the settings estimated best are laid out to confirm them."""

_TITLE_WORDS = frozenset((
    "中共中央", "中共中央办公厅", "国务院办公厅", "中央", "国务院", "办公厅", "人民", "政府",
    "全国", "人大", "常委会", "政协", "委员会", "关于", "印发", "转发", "进一步", "加强", "加快",
    "推进", "推动", "深化", "促进", "实施", "做好", "开展", "建立", "健全", "完善", "贯彻", "落实",
    "全面", "坚持", "建设", "发展", "改革", "开放", "基层", "社会", "治理", "现代化", "体系",
    "能力", "若干", "措施", "意见", "通知", "决定", "报告", "讲话", "说明", "办法", "规定", "方案",
    "规划", "纲要", "条例", "决议", "公报", "批复", "致辞", "发言", "会议", "工作", "座谈会",
    "招待会", "大会", "庆祝", "纪念", "成立", "周年", "同志", "诞辰", "经济", "政治", "文化",
    "生态", "文明", "安全", "国家", "中国", "中华", "民族", "乡村", "振兴", "农业", "农村", "城市",
    "城乡", "区域", "协调", "高质量", "创新", "科技", "教育", "卫生", "健康", "医疗", "环境",
    "保护", "营商", "优化", "预算", "执行", "财政", "收支", "审计", "国民", "计划", "草案",
    "修正案", "法律", "法规", "制度", "机制", "服务", "管理", "监督", "保障", "民生", "就业",
    "稳定", "持续", "产业", "企业", "市场", "金融", "投资", "合作", "国际", "世界", "共同", "繁荣",
    "人类", "命运", "共同体", "新时代", "特色", "社会主义", "思想", "党员", "干部", "作风", "廉政",
    "全市", "全省", "效能", "革命", "重点", "任务", "目标", "问题", "领域", "行动", "专项", "年度",
    "五年", "新型", "基础", "设施", "数字", "网络", "信息", "数据", "其他", "代表", "人民代表大会",
    "中华人民共和国", "习近平", "毛泽东", "邓小平", "促进法", "实施方案", "意识形态", "行政",
    "机关", "部门", "单位", "组织", "学习", "宣传", "研究", "部署", "总结", "表彰", "动员",
    "推进会", "电视电话会议", "全体会议", "第一次",
))  # fmt: skip
"""Words common in official titles, for finding breaks between words while jieba is not
loaded: a break may fall at either edge of one (基层 / 社会), never inside it."""


def long_title_width(
    layout: QTextLayout,
    text: str,
    lines_in: tuple[int, float, float],
    phrases: dict[int, bool],
) -> Phrased | None:
    """The setting of ``layout`` in its lines whose breaks cost least (``lines_in``: how many,
    the narrowest width keeping them, the plain balance's, and the widest): between
    ``phrases`` if near enough even, else between words. None if none breaks better than the
    plain balance, or none fits."""
    lines, narrowest, available = lines_in
    costs = break_costs(text, phrases)
    runs = _runs(positions(layout, len(text)), text)
    plain = _plain_price(layout, narrowest, costs)
    bounds = (lines, available, LOOSELY_BALANCED if lines >= 3 else NEAR_BALANCED)
    estimates = sorted(_estimates(runs, text, bounds, costs), key=lambda e: e[0])
    best: tuple[Price, Phrased] | None = None
    for _, phrased, _starts in estimates[:_TRIED]:
        # Qt's own breaks, priced: a run's estimate can be a pixel or two off its layout.
        starts = _laid_out(layout, phrased)
        price = None if starts is None else _priced(runs, text, starts, costs, bounds)
        if price is not None and price < plain and (best is None or price < best[0]):
            best = (price, phrased)
    return None if best is None else best[1]


def _plain_price(layout: QTextLayout, narrowest: float, costs: dict[int, float]) -> Price:
    """What the plain balance's breaks cost: at its width, or the little more the document
    may give, whichever breaks worse."""
    prices = []
    for width in (narrowest, narrowest + 2 * SLACK + 2):
        starts = line_starts(layout, width)[1:]
        breaks = [costs.get(start, math.inf) for start in starts]
        prices.append((_tier(breaks, 0), sum(breaks)))
    return max(prices)


def break_costs(text: str, phrases: dict[int, bool] | None = None) -> dict[int, float]:
    """Each index of ``text`` a line may start at → what breaking there costs (0: between
    phrases); indices no line may start at are left out."""
    phrases = phrase_breaks(text) if phrases is None else phrases
    words, whole, names = word_breaks(text), _known_insides(text), _name_insides(text)
    never_inside = {i for word in WHOLE_WORDS for i in word_insides(text, word)}
    edges = _word_edges(text)
    costs: dict[int, float] = {}
    for i in range(1, len(text)):
        if _never_breaks(text, i):
            continue
        if i in phrases:
            costs[i] = 0.0 if phrases[i] else WEAK_BREAK_COST
        elif i in words:
            costs[i] = WORD_BREAK_COST
        elif i not in names and i not in whole:
            costs[i] = LOOSE_BREAK_COST
        elif i not in never_inside:  # a word broken, if it must be, where a shorter one ends
            costs[i] = BROKEN_WORD_COST + (0.0 if i in edges else LOOSE_BREAK_COST)
    return costs


def word_breaks(text: str) -> set[int]:
    """The indices between two words of ``text``: jieba's, when it is loaded already, else
    the edges of the words of a short list of common ones, never inside one."""
    if _jieba_words(text) is not None:
        return _word_edges(text)
    return _word_edges(text) - _known_insides(text)


def _word_edges(text: str) -> set[int]:
    """Where a word of ``text`` ends or starts: jieba's words, else the listed ones (these
    also inside a longer listed word: 中华 / 人民 in 中华人民共和国)."""
    cut = _jieba_words(text)
    edges: set[int] = set()
    if cut is not None:
        for word in cut:
            edges.add(len(word) + max(edges, default=0))
    else:
        for word in _TITLE_WORDS:
            start = text.find(word)
            while start >= 0:
                edges.update((start, start + len(word)))
                start = text.find(word, start + 1)
    return edges - {0, len(text)}


def _jieba_words(text: str) -> list[str] | None:
    """jieba's words of ``text`` if its dictionary is loaded already (None: it is not)."""
    jieba = sys.modules.get("jieba")
    if jieba is None or not getattr(getattr(jieba, "dt", None), "initialized", False):
        return None
    return list(jieba.lcut(text, HMM=False))


def _known_insides(text: str) -> set[int]:
    """The indices inside a word known whole (共和国, 现代化) wherever it occurs."""
    if _jieba_words(text) is not None:
        return {i for word in WHOLE_WORDS for i in word_insides(text, word)}
    return {i for word in (*WHOLE_WORDS, *_TITLE_WORDS) for i in word_insides(text, word)}


def _name_insides(text: str) -> set[int]:
    """The indices between two characters of a name in 《…》 (nested ones too)."""
    depth, insides = 0, set()
    for i, char in enumerate(text):
        if depth > 0 and char != "》" and text[i - 1] != "《":
            insides.add(i)
        depth += {"《": 1, "》": -1}.get(char, 0)
        depth = max(depth, 0)
    return insides


def _never_breaks(text: str, i: int) -> bool:
    """Whether no line may start at ``text[i]``: at a space or closing mark, after an opening
    one, inside a dash, a number or a Latin word."""
    before, after = text[i - 1], text[i]
    opened = text[:i].rstrip()[-1:] in OPENINGS  # 《 or 《 and a space
    if after.isspace() or after in PAUSES or opened or before == "—" == after:
        return True
    if is_numeral(before) and is_numeral(after):
        return True
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


def _runs(xs: list[float], text: str) -> Runs:
    """``phrasing.run_width`` over ``xs`` in O(1) a run: the trimmed ends found once."""
    trimmed = [len(text[:end].rstrip()) for end in range(len(text) + 1)]

    def width(start: int, end: int) -> float:
        return xs[max(start, trimmed[end])] - xs[start] + PRECISION + _BEARING

    return width


def _estimates(
    runs: Runs, text: str, bounds: Bounds, costs: dict[int, float]
) -> Iterator[tuple[Price, Phrased, list[int]]]:
    """Each setting the reader can give, as its lines would break by the characters' widths:
    its (tier, cost), the setting and its line starts. The first line ends at a break; the
    lines after it fill a width: the first line's, or a run from that break to another.
    Each is priced by ``_priced`` within ``bounds``."""
    available = bounds[1]
    points = sorted(costs)
    for number, first_break in enumerate(points):
        first = runs(0, first_break)
        if first > available:
            return
        widths = {runs(first_break, end) for end in [*points[number + 1 :], len(text)]}
        for width in sorted(w for w in widths | {first} if first <= w <= available):
            starts = _filled(runs, text, [0, first_break], width, costs)
            if starts is not None:
                priced = _priced(runs, text, starts, costs, bounds)
                if priced is not None:
                    yield priced, Phrased(width, first_break, first), starts


def _filled(
    runs: Runs, text: str, starts: list[int], width: float, costs: dict[int, float]
) -> list[int] | None:
    """``starts`` and the starts of the lines after them, each as full as ``width`` lets it
    be; None if one would have to break where no line may start."""
    starts = list(starts)
    while runs(starts[-1], len(text)) > width:
        last = None
        for end in range(starts[-1] + 1, len(text)):
            if runs(starts[-1], end) > width:
                break
            if not _never_breaks(text, end):
                last = end
        if last is None or last not in costs:
            return None
        starts.append(last)
    return starts


def _priced(
    runs: Runs, text: str, starts: list[int], costs: dict[int, float], bounds: Bounds
) -> Price | None:
    """The tier of the dearest of these line starts and their cost with unevenness and extra
    lines: None when a line may not start there, there are too many or they are too uneven."""
    lines, _, even = bounds
    extra = len(starts) - lines
    if not 0 <= extra <= _MOST_EXTRA_LINES or any(start not in costs for start in starts[1:]):
        return None
    ends = [*starts[1:], len(text)]
    widths = [runs(start, end) for start, end in zip(starts, ends, strict=True)]
    evenness = min(widths) / max(widths)
    if evenness < even:
        return None
    prices = [costs[start] for start in starts[1:]]
    return _tier(prices, extra), 1 - evenness + sum(prices) + EXTRA_LINE_COST * extra


def _tier(prices: list[float], extra: int) -> int:
    """How bad the dearest of these breaks is: 0 between phrases, 1 between words, 2 loose,
    each extra line one worse; 4 a word broken (5: a break no line may take)."""
    dearest = max(prices, default=0.0)
    if dearest >= BROKEN_WORD_COST:
        return 5 if math.isinf(dearest) else 4
    return sum(dearest >= cost for cost in (WORD_BREAK_COST, LOOSE_BREAK_COST)) + extra


def _laid_out(layout: QTextLayout, phrased: Phrased) -> list[int] | None:
    """Where Qt starts ``layout``'s lines when set as ``phrased``: None unless it starts them
    there also at the little more width the document may give."""
    first = phrased.first_width
    starts = line_starts(layout, phrased.width, first)
    return starts if line_starts(layout, phrased.width + 2 * SLACK + 2, first) == starts else None
