"""Part labels: a short label ending in a colon, alone on its line, over the paragraphs of a part.

Reports and summaries often divide their text by labels rather than numbers (``主要做法：`` /
``存在的不足：`` / ``下一步打算：``), each alone on its line with the part's paragraphs under it.
Such a line is the part's heading. A lone line ending in a colon is many other things, though:
a speaker's label in a transcript (``主持人：``, ``记者：``, ``王磊：``), the label over a list of
attachments (``附件：``), a note's label (``注：``), a salutation (``同志们：``) or a sentence that
leads into what follows (``现将有关情况报告如下：``). A document uses labels as its parts when it
has at least two of them and none repeats: a speaker's label comes back with each turn, a part
is named once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from desktop.core.importing.chars import either_script, han_count
from desktop.core.importing.lines import salutation_length
from desktop.core.importing.names import bare_name
from desktop.core.importing.official import is_attachment_label
from desktop.core.importing.speakers import names_a_role

_COLONS = ("：", ":")
_LABEL_MIN_HAN = 2
_LABEL_MAX = 12  # 存在的主要问题和不足: a part's name is a phrase, not a sentence
_PARTS_MIN = 2
# Anything a name of a part does not hold: clause marks, quotes, brackets, digits (a figure
# is said in a sentence).
_NOT_IN_A_LABEL = re.compile(r"[，,、；;。！？!?“”\"'《》（）()\[\]【】0-9０-９\s]")
# Labels of turns in a transcript or an interview, of notes and of a page's fields.
_TURN_OR_NOTE = re.compile(
    either_script(
        "(?:问|答|记者|主持|嘉宾|旁白|网友|观众|群众|代表|委员|甲|乙|"
        "注|附注|备注|按|编者按|编辑|来源|原标题|附件|附录|关键词|摘要|作者|时间|地点)"
    )
)
# Words by which a sentence leads into what follows (重点抓好以下工作：, 具体如下：).
_LEAD_IN = re.compile(
    either_script(
        "(?:如下|以下|下列|几点|几个|如次)|(?:这样|是|有|为|要|讲|说|指出|强调|认为|表示)$"
    )
)


def part_labels(texts: Sequence[str]) -> set[int]:
    """Positions in ``texts`` (a speech's paragraphs) of the part labels heading its parts."""
    candidates = [
        position
        for position, text in enumerate(texts)
        if _is_label_line(text) and _has_body_after(texts, position)
    ]
    if len(candidates) < _PARTS_MIN:
        return set()
    names = Counter(_name(texts[position]) for position in candidates)
    if any(times > 1 for times in names.values()):
        return set()  # a label said again is a turn of a dialogue, not a part
    return set(candidates)


def _name(text: str) -> str:
    return text.strip().rstrip("".join(_COLONS)).strip()


def _is_label_line(text: str) -> bool:
    """A short phrase ending in one colon that names a part, not a speaker, note or lead-in."""
    stripped = text.strip()
    if not stripped.endswith(_COLONS) or salutation_length(stripped):
        return False
    name = _name(stripped)
    if not name or len(name) > _LABEL_MAX or han_count(name) < _LABEL_MIN_HAN:
        return False
    if _NOT_IN_A_LABEL.search(name) or any(colon in name for colon in _COLONS):
        return False
    if _TURN_OR_NOTE.fullmatch(name) or names_a_role(name) or bare_name(name):
        return False
    return not (is_attachment_label(stripped) or _LEAD_IN.search(name))


def _has_body_after(texts: Sequence[str], position: int) -> bool:
    """Whether a paragraph of the part (not another label, not the end) follows the label."""
    if position + 1 >= len(texts):
        return False
    following = texts[position + 1].strip()
    if not following:
        return False
    return len(following) > _LABEL_MAX * 2 or not following.endswith(_COLONS)
