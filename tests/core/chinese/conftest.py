"""One jieba per test session: loading it takes about a second."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.segmenter import Segmenter
from desktop.resources import sample_collection_path


@pytest.fixture(scope="session")
def jieba_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder shared by the session's segmenters."""
    return tmp_path_factory.mktemp("jieba-cache")


@pytest.fixture(scope="session")
def segmenter(jieba_cache: Path) -> Segmenter:
    """A ready segmenter with the app's dictionaries."""
    ready = Segmenter(jieba_cache, app_dictionaries())
    ready.initialize()
    return ready


@pytest.fixture(scope="session")
def plain_segmenter(jieba_cache: Path) -> Segmenter:
    """A ready segmenter without any user dictionary: jieba as it comes."""
    ready = Segmenter(jieba_cache, [])
    ready.initialize()
    return ready


@pytest.fixture(scope="session")
def sample_speeches() -> dict[str, str]:
    """The sample collection's speeches by title (篇1 …), paragraphs joined by line breaks."""
    speeches: dict[str, list[str]] = {}
    current: list[str] | None = None
    text = sample_collection_path().read_text(encoding="utf-8")
    for line in (line.strip() for line in text.splitlines()):
        if re.search(r"篇\d+$", line):
            current = speeches.setdefault(line, [])
        elif line and current is not None:
            current.append(line)
    return {title: "\n".join(lines) for title, lines in speeches.items()}
