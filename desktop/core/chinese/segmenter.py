"""jieba, started once and off the GUI thread, with the app's and the user's dictionaries.

Loading jieba's dictionary takes about a second (less from its cache file, which
``prefix_cache`` reads in pieces so that the window's thread keeps its turns), so nothing here
starts it implicitly: a worker calls ``Segmenter.initialize()`` at launch, and until it is
done every method that needs jieba returns None (the caller falls back and says so), unless
asked to ``wait``. jieba itself is imported only then, and its habit of logging to stderr is
turned into ordinary ``logging`` records at DEBUG.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.core.chinese.dictionary import (
    Problem,
    app_dictionaries,
    ensure_user_dictionary,
    read_dictionary,
)
from desktop.core.chinese.prefix_cache import load_prefix_dict

if TYPE_CHECKING:
    import jieba

_log = logging.getLogger(__name__)
_OWN_WORDS = "pizhu_own_words"  # the tokenizer's attribute: the words our dictionaries list


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text (or a punctuation mark, a space) and where it is."""

    word: str
    start: int
    end: int


class Segmenter:
    """A lazily initialised, thread-safe jieba tokenizer with user dictionaries."""

    def __init__(self, cache_dir: Path | None, user_dicts: Sequence[Path]) -> None:
        self.cache_dir = cache_dir
        self.user_dicts = list(user_dicts)
        self._tokenizer: jieba.Tokenizer | None = None
        self._problems: list[Problem] = []
        self._lock = threading.Lock()
        self._tags: tuple[jieba.Tokenizer, dict[str, str]] | None = None
        self._tags_lock = threading.Lock()

    @classmethod
    def for_app(cls, cache_dir: Path | None, own_dictionary: Path | None) -> Segmenter:
        """A segmenter with the app's dictionaries and the user's own (created if missing)."""
        dictionaries = app_dictionaries()
        if own_dictionary is not None:
            dictionaries.append(ensure_user_dictionary(own_dictionary))
        return cls(cache_dir, dictionaries)

    @property
    def ready(self) -> bool:
        """True once jieba is loaded: words can be had without waiting."""
        return self._tokenizer is not None

    @property
    def problems(self) -> list[Problem]:
        """The dictionary lines (or files) the last load could not use."""
        return list(self._problems)

    def initialize(self) -> None:
        """Load jieba and the dictionaries (slow: call it from a worker). Safe to call twice."""
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer, self._problems = self._build()

    def reload(self) -> None:
        """Load everything afresh (after the user edited a dictionary), then switch to it.

        Until the new tokenizer is built the old one keeps serving other threads.
        """
        with self._lock:
            self._tokenizer, self._problems = self._build()

    def tokens(self, text: str, *, wait: bool = False) -> list[Token] | None:
        """The words of ``text`` with their offsets, covering it all; None if not ready."""
        tokenizer = self._ready_tokenizer(wait)
        if tokenizer is None:
            return None
        return [Token(word, start, end) for word, start, end in tokenizer.tokenize(text)]

    def cut(self, text: str, *, wait: bool = False) -> list[str] | None:
        """The words of ``text`` in order; None if not ready."""
        tokenizer = self._ready_tokenizer(wait)
        return None if tokenizer is None else tokenizer.lcut(text)

    def is_word(self, word: str, *, wait: bool = False) -> bool | None:
        """True if the dictionaries list ``word`` as a word in use; None if not ready."""
        tokenizer = self._ready_tokenizer(wait)
        if tokenizer is None:
            return None
        # jieba keeps every prefix of its words at frequency 0: those are not words.
        return tokenizer.FREQ.get(word, 0) > 0

    def word_tag(self, word: str, *, wait: bool = False) -> str | None:
        """The part of speech the dictionaries give ``word`` ("n", "v", "d"…), if listed.

        Ours (the app's and the user's) win over jieba's. The first call reads jieba's
        dictionary file once more (a fraction of a second).
        """
        tokenizer = self._ready_tokenizer(wait)
        if tokenizer is None:
            return None
        return tokenizer.user_word_tag_tab.get(word) or self._jieba_tags(tokenizer).get(word)

    def is_own_word(self, word: str, *, wait: bool = False) -> bool:
        """True if the app's or the user's dictionary lists ``word``, tagged or not."""
        tokenizer = self._ready_tokenizer(wait)
        return tokenizer is not None and word in getattr(tokenizer, _OWN_WORDS, ())

    def own_word_tag(self, word: str, *, wait: bool = False) -> str | None:
        """The tag the app's or the user's dictionary gives ``word``, if one tags it."""
        tokenizer = self._ready_tokenizer(wait)
        return None if tokenizer is None else tokenizer.user_word_tag_tab.get(word)

    def jieba_word_tag(self, word: str, *, wait: bool = False) -> str | None:
        """The tag of ``word`` in jieba's own dictionary, if it holds the word, whatever ours say.

        jieba's dictionary dates from about 2013: what it holds is ordinary Chinese of then.
        """
        tokenizer = self._ready_tokenizer(wait)
        return None if tokenizer is None else self._jieba_tags(tokenizer).get(word)

    def _jieba_tags(self, tokenizer: jieba.Tokenizer) -> dict[str, str]:
        """Word -> tag of jieba's own dictionary, read on first use (once per tokenizer)."""
        with self._tags_lock:
            if self._tags is None or self._tags[0] is not tokenizer:
                self._tags = (tokenizer, _jieba_dictionary_tags(tokenizer))
            return self._tags[1]

    def _ready_tokenizer(self, wait: bool) -> jieba.Tokenizer | None:
        """The tokenizer, loading it first only if the caller agreed to wait."""
        if self._tokenizer is None and wait:
            self.initialize()
        return self._tokenizer

    def _build(self) -> tuple[jieba.Tokenizer, list[Problem]]:
        """A new initialised tokenizer with every dictionary loaded into it."""
        jieba = import_jieba()
        tokenizer = jieba.Tokenizer()
        cache_dir = self.cache_dir if self._usable_cache_dir() else None
        # Not jieba's initialize(): its one marshal call froze the window (prefix_cache.py).
        tokenizer.FREQ, tokenizer.total = load_prefix_dict(jieba, cache_dir)
        tokenizer.initialized = True
        problems: list[Problem] = []
        own: set[str] = set()
        for path in self.user_dicts:
            entries, unread = read_dictionary(path)
            problems += unread
            for entry in entries:
                tokenizer.add_word(entry.word, entry.freq, entry.tag)
                own.add(entry.word)
        setattr(tokenizer, _OWN_WORDS, frozenset(own))  # travels with the tokenizer it built
        for problem in problems:
            _log.info(
                "dictionary %s line %d not used: %s", problem.path, problem.line, problem.text
            )
        return tokenizer, problems

    def _usable_cache_dir(self) -> bool:
        """True if the cache folder exists or could be made (else nothing is cached)."""
        if self.cache_dir is None:
            return False
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _log.warning("jieba cache folder %s unusable: %s", self.cache_dir, error)
            return False
        return True


def _jieba_dictionary_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """Word -> tag of jieba's main dictionary file, without the words ours added."""
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as lines:
        for line in lines:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def import_jieba() -> ModuleType:
    """jieba, with its console handler removed so its records go through ``logging``."""
    import jieba

    jieba.default_logger.removeHandler(jieba.log_console)
    return jieba
