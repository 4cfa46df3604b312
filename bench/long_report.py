"""A generated long work report: varied Chinese prose under 一、（一）1. headings and 一是 points.

What government work reports (30–60k characters) and compilations imported as one speech
(200–500k) look like to the reader and the tree: hundreds of headings, thousands of points,
paragraphs of a few hundred characters. The prose is the sample's and the corpus's paragraphs,
half of them varied (``big_library.TextSource``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import CN_NUMBERS, TOPICS, TextSource  # noqa: E402


def report_text(characters: int, seed: int) -> str:
    """A report of at least ``characters`` characters: title, date, salutation, numbered parts."""
    text = TextSource(seed)
    topic = text.rng.choice(TOPICS)
    lines = [f"在全省{topic}工作会议上的报告", "——2026年1月5日", "各位代表："]
    part = 0
    while sum(map(len, lines)) < characters:
        lines += _part(text, part)
        part += 1
    lines.append("谢谢大家！")
    return "\n\n".join(lines)


def _part(text: TextSource, number: int) -> list[str]:
    """One part: its 一、 heading, two to four （一） sections of numbered items and points."""
    rng = text.rng
    lines = [f"{CN_NUMBERS[number % 10]}、要{rng.choice(TOPICS)}抓紧抓实"]
    for section in range(rng.randint(2, 4)):
        lines.append(f"（{CN_NUMBERS[section]}）{rng.choice(TOPICS)}要落到实处。")
        for item in range(1, rng.randint(2, 4)):
            lines.append(f"{item}．{rng.choice(TOPICS)}要抓好。{text.paragraph()}")
            points = range(rng.randint(2, 4))
            lines.append("".join(f"{CN_NUMBERS[p]}是{text.paragraph()[:40]}。" for p in points))
        lines += [text.paragraph() for _ in range(rng.randint(1, 3))]
    return lines
