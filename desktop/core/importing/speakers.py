"""Who gave a speech, as a line of its own says: a speaker's role and name, a label, a byline.

``国务院总理 温家宝``, ``主讲人：某某镇党委书记 李某某``, ``述职人：王某某（某某局局长）``: a
judgement about one line in isolation, as ``lines`` makes of titles and salutations; ``head``,
``tail`` and the page's chrome ask it of the lines around a speech's title and signature.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import HAN, either_script
from desktop.core.importing.dates import date_line
from desktop.core.importing.names import bare_name

_ROLE_SUFFIX = either_script(
    "总书记|党委书记|副书记|书记|副主席|主席|副总理|总理|副部长|部长|副省长|省长|副市长|市长|副县长"
    "|县长|副区长|区长|镇长|乡长|主任委员|副主任|主任|副局长|局长|厅长|司长|署长|处长|科长|院长|校长"
    "|秘书长|组长|常委|副委员长|委员长|委员|总经理|经理|董事长|司令员|政治委员|政委|行长|检察长|庭长|所长|总裁|会长|理事长|社长|台长"
    "|团长|队长|专员|州长|旗长|盟长|主委|总监|总工程师"
)
_PERSON_ROLE = re.compile("(?:主持|发言|发布|讲话|报告|主讲|演讲)人")
# A role holds no dash: a line with one is a headline naming a person (“…”——访…书记李某).
_SPEAKER = re.compile(
    rf"(?P<role>[^\s，,。：:！!？?；;—─]{{0,40}}?(?:{_ROLE_SUFFIX}))\s*"
    rf"(?P<name>[{HAN}](?:\s*[{HAN}]){{1,3}})"
)
_SPEAKER_LABEL = either_script(
    "主讲人|讲话人|发言人|报告人|演讲人|作者|述职人|汇报人|宣讲人|授课人"
)
_NAMED_SPEAKER = re.compile(
    rf"(?:{_SPEAKER_LABEL})\s*[：:]\s*(?P<name>[{HAN}](?:\s*[{HAN}]){{1,3}})"
)
# The label before a speaker's role and name (主讲人：某某镇党委书记 李某某), or before a name
# with the role after it in brackets (述职人：王某某（某某局局长）).
_LABELLED_SPEAKER = re.compile(rf"(?:{_SPEAKER_LABEL})\s*[：:]\s*(?P<rest>\S.*)")
_NAME_THEN_ROLE = re.compile(rf"(?P<name>[{HAN}]{{2,4}})\s*[（(](?P<role>[^（()）]+)[）)]")
_ROLE_WORD = re.compile(_ROLE_SUFFIX)
# What carries on a phrase ending in a role (习近平就任国家主席以来, 他担任县长期间): glued to
# the role, these words are read as a name unless told apart.
_AFTER_ROLE_PHRASE = re.compile(
    either_script("(?:以来|以后|之后|之前|以前|期间|时期|时候|任内|任上|任期)$")
)


def speaker(text: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of a speaker line (``国务院总理 温家宝``), or None."""
    if len(text) > 60:
        return None
    named = _NAMED_SPEAKER.fullmatch(text)
    if named:
        return None, _squeeze(named.group("name"))
    labelled = _LABELLED_SPEAKER.fullmatch(text)
    if labelled:
        return _labelled_speaker(labelled.group("rest"))
    match = _SPEAKER.fullmatch(text)
    if match is None:
        return None
    name = _squeeze(match.group("name"))
    if _ROLE_WORD.search(name):
        return None
    glued = match.end("role") == match.start("name")
    if glued and _AFTER_ROLE_PHRASE.search(name):
        return None
    return match.group("role"), name


def _labelled_speaker(rest: str) -> tuple[str | None, str] | None:
    """``(role, name)`` after a speaker's label: a role then a name, or a name then its role
    in brackets."""
    said_by = speaker(rest)
    if said_by is not None:
        return said_by
    match = _NAME_THEN_ROLE.fullmatch(rest.strip())
    if match is None or not names_a_role(match.group("role")):
        return None
    return match.group("role"), match.group("name")


def names_a_role(text: str) -> bool:
    """Whether ``text`` holds a role (书记, 市长, 主持人, 发言人…), as a speaker's line does."""
    return _ROLE_WORD.search(text) is not None or _PERSON_ROLE.search(text) is not None


def is_byline(text: str) -> bool:
    """A line standing under a speech's title for who gave it and when: the speaker's line
    (``市长 王小明``), a name alone or a date line."""
    return bool(date_line(text) or speaker(text) or bare_name(text))


def _squeeze(name: str) -> str:
    return re.sub(r"\s+", "", name)
