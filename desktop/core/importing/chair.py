"""The chair's words in a meeting's 主持词 that gives the speeches it introduces.

Between two speeches the chair thanks the last speaker and calls the next (``刚才，…同志作了
很好的讲话`` / ``下面，请…同志讲话，大家欢迎。``), and the chair opens and closes the meeting.
Those words are the chair's, not the speaker's: each run of them is a short part of its own,
as is the chair's opening above the first speech; none is lost to the collection's head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.importing.chars import either_script, ends_sentence
from desktop.core.importing.clean import Paragraph

if TYPE_CHECKING:
    from desktop.core.importing.split import SpeechRange

# The chair thanking the speaker just heard (刚才，…同志作了很好的讲话).
_THANKS_PATTERN = r"刚才[^。！？!?]{0,60}?(?:讲话|报告|发言|致辞|讲得)"
# A word every line of the chair's holds: a cheap test rules out most lines before the full
# pattern, so it names a word of each of the pattern's branches.
_CUE = re.compile(either_script("下面|接下来|现在|刚才|欢迎|掌声|会议|散会"))
_CHAIR = re.compile(
    either_script(
        # 请允许我… is a speaker's own courtesy (现在，请允许我代表市委…), calling on nobody
        r"(?:下面|接下来|现在)[，,、\s]*(?:首先)?(?:请(?!允许)|有请|由|我们请|让我们)"
        rf"|{_THANKS_PATTERN}"
        r"|大家欢迎|掌声|会议(?:到此|就开到这里)|散会"
    )
)
_CHAIR_LINE_MAX = 200
# A part titled as the chair's own (…主持词, 主持讲话) is the chair's words throughout.
_CHAIRS_OWN = re.compile(either_script("主持"))
_SPEECH_HEAD_LINES = 3  # a speech keeps its title, its speaker's line and a line of its own
# Where the chair's closing words start, once the last speaker is done: thanking the speaker
# (刚才，…同志作了很好的讲话), or a line naming them (结束语, 主持人总结讲话).
_THANKS = re.compile(either_script(_THANKS_PATTERN))
_CLOSING_LABEL = re.compile(either_script(r"(?:主持人?|会议)?(?:结束语|总结讲话|小结)[：:]?"))
_CLOSING_LABEL_MAX = 10


def is_chair_line(text: str) -> bool:
    """Whether ``text`` is the chair's, calling or thanking a speaker or closing the meeting."""
    return (
        len(text) <= _CHAIR_LINE_MAX
        and _CUE.search(text) is not None
        and _CHAIR.search(text) is not None
    )


def with_chair_parts(
    paragraphs: Sequence[Paragraph], speeches: list[SpeechRange]
) -> list[SpeechRange]:
    """``speeches`` with the chair's words around them as parts of their own: the opening
    above the first speech when the chair speaks in it, and the run of chair's lines each
    speech ends with."""
    parts: list[SpeechRange] = []
    first = speeches[0].first
    if any(is_chair_line(paragraph.text) for paragraph in paragraphs[:first]):
        parts.append(replace(speeches[0], first=0, end=first, separator=None, listed_title=None))
    for speech in speeches:
        cut = _chair_run_start(paragraphs, speech.first + _SPEECH_HEAD_LINES, speech.end)
        if cut < speech.end:
            cut = _closing_start(paragraphs, speech.first + _SPEECH_HEAD_LINES, cut)
        if cut == speech.end or _CHAIRS_OWN.search(paragraphs[speech.first].text):
            parts.append(speech)
            continue
        parts.append(replace(speech, end=cut))
        parts.append(replace(speech, first=cut, separator=None, listed_title=None))
    return parts


def _chair_run_start(paragraphs: Sequence[Paragraph], floor: int, end: int) -> int:
    """Where the run of chair's lines ending at ``end`` starts (``end``: none)."""
    start = end
    while start > floor and is_chair_line(paragraphs[start - 1].text):
        start -= 1
    return start


def _closing_start(paragraphs: Sequence[Paragraph], floor: int, cut: int) -> int:
    """Where the chair's closing words start, given the speech ends with the chair's lines
    from ``cut`` on: the chair may first thank the speaker and say points of their own (下面，我讲
    几点意见 / 一、… / 二、…) before closing. A thanks among the speech's first lines is the
    speaker's own (刚才，王市长作了很好的报告，我完全同意): it must follow sentences."""
    start = next(
        (
            index
            for index in range(cut - 1, floor - 1, -1)
            if _opens_the_closing(paragraphs[index].text)
            and _has_own_sentences(paragraphs[floor - 1 : index])
        ),
        cut,
    )
    while start < cut and start > floor and _opens_the_closing(paragraphs[start - 1].text):
        start -= 1  # the chair thanking each speaker in turn
    return start


def _opens_the_closing(text: str) -> bool:
    """A line thanking the last speaker, or a label over the chair's closing (结束语)."""
    if len(text) <= _CLOSING_LABEL_MAX and _CLOSING_LABEL.fullmatch(text.strip()):
        return True
    return len(text) <= _CHAIR_LINE_MAX and _THANKS.search(text) is not None


def _has_own_sentences(paragraphs: Sequence[Paragraph]) -> bool:
    return any(ends_sentence(paragraph.text) for paragraph in paragraphs)
