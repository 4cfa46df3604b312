"""The questions of a press conference transcript or an interview (新闻发布会实录, 答记者问).

A question is a paragraph opened by its asker: ``问：``, ``记者：``, ``▲新华社记者：``,
``中央电视台记者李明：``, a live transcript's ``[凤凰卫视记者]:`` or an online interview's
``【网友】``; an interview's host asks too (``【主持人】…有哪些新举措？``), but only where the turn
asks something: a press conference's host gives the floor (``[主持人]:下面请记者提问。``). The
answers (``答：``, or the speaker's name and a colon) are the text under each question. One
line opened like this may be a quotation in a speech, so questions count only in a run of at
least two in one speech. A live transcript stamps each turn with its time (``[15:11]``): it
stays in the text, not in the question's label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.importing.chars import BULLETS

_MIN_RUN = 2
# A marker before the asker (▲, 【), then 问 / 提问, or up to 20 characters ending in 记者
# (the outlet) and perhaps the reporter's name, then a colon and the question's own words.
_ASKER_LABEL = (
    rf"[{BULLETS}▲△★☆]?[\s\u3000]*(?P<open>[【\[])?"
    r"(?:问|問|提问|提問|(?P<host>主持人)"
    r"|(?P<outlet>[^：:，,。！？!?\s\u3000]{0,20}?)(?:[记記]者|[网網]友)(?P<name>[^：:，,。！？!?]{0,5}?))"
    r"(?(open)[】\]][\s\u3000]*[：:]?|[\s\u3000]*[：:])[\s\u3000]*"
)
# The question's own words follow: not only the colon a bracketed label may end with
# (【网友】： alone on its line is the label over the question, not a question of "：").
_ASKER = re.compile(_ASKER_LABEL + r"(?=[^\s\u3000：:])")
# A transcript may set each turn's speaker on a line of their own (市日报记者：), over the words.
_ASKER_ALONE = re.compile(_ASKER_LABEL)
_LABEL_ENDS = "：:】]"
# 记者朋友们： and 各位记者： greet the audience of a speech; 对记者说： and 记者表示： report
# what someone said; none of them asks.
_AUDIENCE = re.compile("各位|们|朋友")
_REPORTED = re.compile("[对向跟和给]$|告诉$|接受$")
_SAID = re.compile("说|表示|称|指出|介绍|透露|认为|了解|获悉|注意到|看到|发现|采访")
# The time a live transcript stamps a turn with, at its end: [15:11], 【15:11:05】, (15:11).
_TIMESTAMP = re.compile(
    r"[\s\u3000]*[\[【(（][\s\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\s\u3000]*[\]】)）]\s*$"
)
_ASKS = ("？", "?")
# A speaker's label alone on its line (寿小丽：, 国家统计局局长　康义：): a turn begins under it.
_SPEAKER_ALONE = re.compile(r"[^，,。！？!?；;：:]{1,30}[：:]")


def _asker_end(text: str) -> int:
    """Where the words of a question begin, after its asker; 0 when ``text`` asks nothing."""
    match = _ASKER.match(text)
    if match is None or not _is_asker(match):
        return 0
    if match.group("host") and not any(mark in text for mark in _ASKS):
        return 0  # the host gives the floor, thanks the guests: no question
    return match.end()


def _asked_under_label(texts: Sequence[str], position: int) -> bool:
    """Whether ``texts[position]``, opened by no asker of its own (``_asker_end`` is 0), asks
    a question, its asker's label alone on the line above: a reporter's (新华社记者：) over any
    words, a host's over a question only."""
    # a label alone ends with its colon or bracket: most lines above end otherwise
    if position == 0 or texts[position - 1].rstrip()[-1:] not in _LABEL_ENDS:
        return False
    match = _ASKER_ALONE.fullmatch(texts[position - 1])
    if match is None or not _is_asker(match):
        return False
    return not match.group("host") or any(mark in texts[position] for mark in _ASKS)


def _is_asker(match: re.Match[str]) -> bool:
    """Whether the asker's label ``match`` found is one (not 记者朋友们：, nor 对记者说：)."""
    if _AUDIENCE.search(match.string, 0, match.end()):
        return False
    outlet, name = match.group("outlet") or "", match.group("name") or ""
    return not (_REPORTED.search(outlet) or _SAID.search(name))


def _words_end(text: str) -> int:
    """Where a turn's words end: before the time a live transcript stamped it with."""
    if not text.endswith(("]", "】", ")", "）")):
        return len(text)  # most paragraphs: no stamp
    stamp = _TIMESTAMP.search(text)
    return stamp.start() if stamp else len(text)


@dataclass(frozen=True, slots=True)
class Question:
    """A paragraph that asks a question: where its asker ends and its words begin.

    ``label_alone`` says the asker's label stands alone at ``position``: the words are then
    those of the paragraph under it, from ``words_start`` to ``words_end``.
    """

    position: int
    number: int
    words_start: int
    words_end: int
    label_alone: bool = False


def questions(texts: Sequence[str]) -> list[Question]:
    """The paragraphs of ``texts`` that ask questions, if there are at least two."""
    found = []
    for position, text in enumerate(texts):
        number = len(found) + 1
        words_start = _asker_end(text)
        if words_start:
            found.append(Question(position, number, words_start, _words_end(text)))
        elif _asked_under_label(texts, position):
            found.append(Question(position - 1, number, 0, _words_end(text), label_alone=True))
    return found if len(found) >= _MIN_RUN else []


def heads_questions(texts: Sequence[str], heading: int, first: int) -> bool:
    """Whether the heading at ``heading`` holds the questions opening at ``first``.

    A part that heads a Q&A (一、答记者问) has the questions, or the turn leading to them
    (主持人：…, a speaker's label alone), right under it; a part of a spokesman's statement
    has his words there, and the change of speaker that opens the Q&A closes it.
    """
    if first <= heading + 1:
        return True
    under = texts[heading + 1]
    return bool(_ASKER.match(under) or _SPEAKER_ALONE.fullmatch(under.strip()))
