"""Whether a body line with no number is a heading: a plain heading line over running text
or a part framing the numbered ones (前言, 结束语), and never an aside, a field, a citation or
a sentence running on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.importing.chars import (
    BULLETS,
    CLOSERS,
    SENTENCE_END,
    either_script,
    ends_sentence,
    han_count,
)
from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.dates import date_line
from desktop.core.importing.fields import describes_the_text
from desktop.core.importing.joining import is_set_in_columns
from desktop.core.importing.lines import (
    is_citation,
    is_meeting_field,
    is_structural,
    is_subtitle,
    is_title_like,
    kicker_length,
    names_a_frame_part,
    salutation_length,
)
from desktop.core.importing.numbering import (
    bare_numeral,
    heading_marker,
    opening_sequence,
    point_markers,
)
from desktop.core.importing.speakers import speaker

if TYPE_CHECKING:
    from desktop.core.importing.sections import Block

_PLAIN_MIN_HAN = 4
# A line wholly in brackets is an aside on the text (（此件公开发布）, （根据录音整理）), never
# a heading: a numbered one ((一)) is told by its marker before this is asked.
_ASIDE_BRACKETS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "［": "］", "[": "]"}
# A line ending on a dash runs on into the next (下面进行——).
_DANGLING_DASHES = ("—", "―", "－", "-", "~", "～")
# Words that carry a sentence on from the one before (下面，首先，同时，): a line opening with
# one, then a comma, is running text, whatever its end.
_CONNECTIVE_OPENING = re.compile(
    either_script("(?:下面|首先|其次|再次|然后|接下来|接着|此外|另外|同时|最后|现在)") + "[，,]"
)

# 关于教育改革问题。 alone on a line: a topic named, as older reports wrote their sub-headings
# (the stop aside); a sentence saying something of the topic (…已经印发。…我讲三点。) is not.
_TOPIC_LINE = re.compile(r"关于[^，,；;：:。！？!?了是已将要我说讲谈]{2,16}[。.]")


def is_frame_part(text: str, following: Block | None) -> bool:
    """A line naming a part that frames the numbered ones (前言, 结束语), text under it."""
    return names_a_frame_part(text) and (following is not None and is_section_text(following.text))


def is_plain_heading(text: str, previous: Block | None, following: Block | None) -> bool:
    """A short line of words among body paragraphs, with running text under it."""
    if text[0] in BULLETS:
        if _bulleted(previous) or _bulleted(following):
            return False  # a list item, one of several short phrases
        # ●调查研究必须坚持问题导向 over paragraphs, the next bullet far below: a section's head
        text = text[1:].lstrip()
        if not text:
            return False
    if len(text) > HEADING_MAX or han_count(text) < _PLAIN_MIN_HAN:
        return False  # most paragraphs: the one test
    topic = text.startswith("关于") and _TOPIC_LINE.fullmatch(text) is not None
    if not is_title_like(text[:-1] if topic else text):
        return False
    if salutation_length(text) or speaker(text) or date_line(text) or is_subtitle(text):
        return False
    if kicker_length(text):  # 重磅！ heads a post, never a part of a speech (记住！…)
        return False
    if is_citation(text) or _is_aside(text):
        # 《在…上的讲话》（2013年1月22日） under an excerpt: its source; （某省委党校，某市
        # 100000） under a paper's byline, (根据录音整理): a remark set apart, not a section
        return False
    if is_meeting_field(text) or describes_the_text(text):
        return False
    if is_set_in_columns(text):  # a table's row (序号    项目名称    责任单位), not a heading
        return False
    if is_structural(text) or following is None or not is_section_text(following.text):
        return False
    if opening_sequence(text) or any(m.start == 0 for m in point_markers(text)):
        return False
    if _CONNECTIVE_OPENING.match(text) or text.endswith(_DANGLING_DASHES):
        # 下面，颁发先进集体奖 / 下面进行——: a sentence that lost its end or runs on
        return False
    return previous is None or _closed(previous.text)


def _bulleted(block: Block | None) -> bool:
    return block is not None and block.text[:1] in BULLETS


def is_section_text(text: str) -> bool:
    """Text a heading line can head: long, a whole sentence, or a numbered heading."""
    return len(text) > HEADING_MAX or ends_sentence(text) or heading_marker(text) is not None


def _is_aside(text: str) -> bool:
    """A line wholly inside one pair of brackets."""
    closer = _ASIDE_BRACKETS.get(text[0])
    return closer is not None and text.find(closer) == len(text) - 1


def _closed(text: str) -> bool:
    """A paragraph that does not break off mid-sentence."""
    last = text.rstrip(CLOSERS)[-1:] if text.rstrip(CLOSERS) else ""
    if last in SENTENCE_END or last in "：:" or heading_marker(text) or bare_numeral(text):
        return True
    if is_citation(text):  # the source under an excerpt closes it
        return True
    # a heading line above (no clause break in it), not a sentence cut short
    return is_title_like(text) and len(text) <= HEADING_MAX and not any(c in text for c in "，,")
