"""Speeches of one title told apart by their source files: one rule for the compare chooser's
rows, the compare window's Old and New, and the changes it exports (and ``compare`` prints).

Two versions of one report bear one title and read the same (title · date · speaker) without
their files. Titles are compared without the blanks at their ends (a stray space after one
file's title does not make it another report). A file is named by its name alone, its folders
being the user's own; where two files of one name in different folders bear the title
(``2023/报告.docx``, ``2024/报告.docx``), by as many of its last folders as tell it apart. A
URL is named whole. Speeches of one file (a compilation's repeated titles) are not named by it:
their numbers tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import PureWindowsPath

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def title_key(title: str) -> str:
    """What a title is compared by: itself without the blanks at its ends."""
    return title.strip()


def same_title(first: str, second: str) -> bool:
    """Whether two titles are one (``title_key``): their speeches need their files named."""
    return title_key(first) == title_key(second)


def telling_names(sources: Sequence[str | None]) -> list[str]:
    """Each source named by its file name, with as many of its last folders as tell it from
    the other sources (a source listed twice is one file); "" for none."""
    parts = [_parts(source) if source else () for source in sources]
    names = []
    for source, own in zip(sources, parts, strict=True):
        if not source:
            names.append("")
            continue
        others = [theirs for other, theirs in zip(sources, parts, strict=True) if other != source]
        depth = 1
        while depth < len(own) and any(theirs[-depth:] == own[-depth:] for theirs in others):
            depth += 1
        names.append(source if depth >= len(own) else _joined(source, own[-depth:]))
    return names


def side_names(titles: tuple[str, str], sources: tuple[str | None, str | None]) -> tuple[str, str]:
    """Two compared sides' names of their sources when the sides bear one title and come from
    two files, else none."""
    if not same_title(*titles) or sources[0] == sources[1]:
        return "", ""
    old, new = telling_names(sources)
    return old, new


def shared_title_names(
    speeches: Iterable[tuple[str, str | None]],
) -> dict[tuple[str, str | None], str]:
    """For speeches given as ``(title, source)``: the name of each source under a title that
    speeches of two or more sources bear, keyed by ``(title_key(title), source)``."""
    by_title: dict[str, set[str | None]] = {}
    for title, source in speeches:
        by_title.setdefault(title_key(title), set()).add(source)
    names: dict[tuple[str, str | None], str] = {}
    for key, found in by_title.items():
        if len(found) < 2:
            continue
        ordered = sorted(found, key=lambda source: source or "")
        for source, name in zip(ordered, telling_names(ordered), strict=True):
            if name:
                names[key, source] = name
    return names


def _parts(source: str) -> tuple[str, ...]:
    """A local file's folders and name (split at / and \\); a URL as one part."""
    if _URL_SCHEME.match(source):
        return (source,)
    return PureWindowsPath(source).parts


def _joined(source: str, parts: Sequence[str]) -> str:
    """``parts`` joined by the separator ``source`` is written with."""
    separator = "\\" if "\\" in source and "/" not in source else "/"
    return separator.join(parts)
