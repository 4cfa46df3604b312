"""Word lists for jieba: the app's dictionaries, the user's own, and the stop words.

Dictionaries are in jieba's format, one word a line: ``word [frequency] [part-of-speech tag]``.
The app's are ``resources/dict/politics.txt`` (terms of administration and politics that plain
jieba splits) and ``resources/dict/formulations.txt`` (formulations jieba already holds as
ordinary words: tagged ``j`` there so that they count, see ``alternating``). They and the
user's own may also hold blank lines and ``#`` comments, which jieba's own loader would take
for words, so every file is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core.fileio import atomic_write
from desktop.resources import resource_path

_ENTRY = re.compile(r"^(?P<word>.+?)(?:\s+(?P<freq>\d+))?(?:\s+(?P<tag>[a-z]+))?$")

USER_DICTIONARY_HEADER = """\
# 批注 Pizhu: your own dictionary for word segmentation (jieba).
# One word per line, optionally followed by a frequency and a part-of-speech tag:
#     效能革命
#     两集中两到位 2000 j
# A higher frequency makes the word win over the shorter words it contains; frequency 0
# keeps a word from ever being one. Lines starting with # are comments.
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One word of a dictionary, with jieba's optional frequency and tag."""

    word: str
    freq: int | None = None
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A dictionary line (or file) that could not be used, for the user to fix."""

    path: Path
    line: int  # 0 for the whole file
    text: str


def app_dictionaries() -> list[Path]:
    """The dictionaries shipped with the app."""
    return [resource_path("dict", "politics.txt"), resource_path("dict", "formulations.txt")]


def read_dictionary(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries of a dictionary file, and the lines (or the file) that could not be read.

    UTF-8 (with or without a BOM) is expected; a file saved as GB18030 by an editor on a
    Chinese Windows reads too.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [], [Problem(path, 0, error.strerror or str(error))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            return [], [Problem(path, 0, "not UTF-8 or GB18030 text")]
    entries, problems = [], []
    for number, line in enumerate(text.splitlines(), 1):
        entry = parse_line(line)
        if entry is None and line.strip() and not line.lstrip().startswith("#"):
            problems.append(Problem(path, number, line.strip()))
        elif entry is not None:
            entries.append(entry)
    return entries, problems


def parse_line(line: str) -> Entry | None:
    """The entry on a dictionary line; None for a blank line, a comment or a malformed line."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    match = _ENTRY.match(stripped)
    if match is None or any(char.isspace() for char in match["word"]):
        return None
    freq = int(match["freq"]) if match["freq"] is not None else None
    return Entry(match["word"], freq, match["tag"])


def ensure_user_dictionary(path: Path) -> Path:
    """The user's dictionary at ``path``, created (with its folder) holding only a comment
    header if it does not exist yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, USER_DICTIONARY_HEADER)
    return path


@cache
def stop_words() -> frozenset[str]:
    """Words left out of keywords (``resources/dict/stopwords.txt``)."""
    text = resource_path("dict", "stopwords.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))
