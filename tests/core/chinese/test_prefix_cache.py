"""jieba's prefix dictionary cached in pieces: the same entries, read a piece at a time, rebuilt
when the file is damaged."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.chinese import prefix_cache
from desktop.core.chinese.prefix_cache import (
    CACHE_NAME,
    JIEBA_CACHE_NAME,
    PIECE_WORDS,
    load_prefix_dict,
    read_cache,
    write_cache,
)
from desktop.core.chinese.segmenter import import_jieba

KEY = ("0.42.1", 5_000_000, 1_700_000_000_000_000_000)
SMALL = ({f"词{number}": number % 7 for number in range(3 * PIECE_WORDS + 5)}, 12345)


@pytest.fixture(scope="module")
def jieba() -> ModuleType:
    """jieba, quiet."""
    return import_jieba()


@pytest.fixture(scope="module")
def jiebas_own(jieba: ModuleType) -> tuple[dict[str, int], int]:
    """The prefix dictionary as jieba itself builds it from its word list."""
    return jieba.Tokenizer.gen_pfdict(jieba.get_module_res(jieba.DEFAULT_DICT_NAME))


def no_pause() -> None:
    """Nothing to let run in these tests."""


def test_built_then_cached_entries_are_jiebas_own(
    jieba: ModuleType, jiebas_own: tuple[dict[str, int], int], tmp_path: Path
) -> None:
    (tmp_path / JIEBA_CACHE_NAME).write_bytes(b"an earlier version's cache")
    built = load_prefix_dict(jieba, tmp_path, no_pause)
    assert (tmp_path / CACHE_NAME).is_file()
    assert not (tmp_path / JIEBA_CACHE_NAME).exists(), "jieba's own 9 MB cache is cleared away"
    pieces: list[int] = []
    cached = load_prefix_dict(jieba, tmp_path, lambda: pieces.append(1))
    assert built == cached == jiebas_own
    assert len(pieces) == math.ceil(len(jiebas_own[0]) / PIECE_WORDS) > 50


def test_reading_gives_way_after_every_piece_and_never_reads_more_than_a_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / CACHE_NAME
    write_cache(path, KEY, SMALL, no_pause)
    largest: list[int] = []
    loads = prefix_cache.marshal.loads

    def measured_loads(data: memoryview) -> object:
        result = loads(data)
        if isinstance(result, tuple) and len(result) == 2:
            largest.append(len(result[0]))
        return result

    monkeypatch.setattr(prefix_cache.marshal, "loads", measured_loads)
    pauses: list[int] = []
    assert read_cache(path, KEY, lambda: pauses.append(len(largest))) == SMALL
    assert pauses == [1, 2, 3, 4], "a pause after each of the four pieces, none before"
    assert max(largest) == PIECE_WORDS


def test_a_cache_for_another_jieba_or_word_list_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / CACHE_NAME
    write_cache(path, KEY, SMALL, no_pause)
    assert read_cache(path, ("0.42.2", *KEY[1:]), no_pause) is None
    assert read_cache(path, (KEY[0], KEY[1] + 1, KEY[2]), no_pause) is None
    assert read_cache(tmp_path / "missing.cache", KEY, no_pause) is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0, max_value=1, exclude_max=True))
def test_a_cache_cut_short_anywhere_is_not_used(tmp_path: Path, cut: float) -> None:
    path = tmp_path / CACHE_NAME
    write_cache(path, KEY, SMALL, no_pause)
    whole = path.read_bytes()
    path.write_bytes(whole[: int(len(whole) * cut)])
    assert read_cache(path, KEY, no_pause) is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.floats(min_value=0, max_value=1, exclude_max=True), flip=st.integers(1, 255))
def test_a_damaged_byte_anywhere_is_noticed(tmp_path: Path, where: float, flip: int) -> None:
    path = tmp_path / CACHE_NAME
    write_cache(path, KEY, SMALL, no_pause)
    damaged = bytearray(path.read_bytes())
    damaged[int(len(damaged) * where)] ^= flip
    path.write_bytes(bytes(damaged))
    assert read_cache(path, KEY, no_pause) is None


@pytest.mark.parametrize(
    "content", [b"", b"PIZHU-PREFIX-DICT\n", b"\xe3\x00\x00\x00not marshal at all" * 100]
)
def test_a_damaged_cache_is_built_again_and_replaced(
    jieba: ModuleType,
    jiebas_own: tuple[dict[str, int], int],
    tmp_path: Path,
    content: bytes,
) -> None:
    path = tmp_path / CACHE_NAME
    path.write_bytes(content)
    assert load_prefix_dict(jieba, tmp_path, no_pause) == jiebas_own
    assert read_cache(path, prefix_cache.cache_key_of(jieba), no_pause) == jiebas_own


def test_a_cache_that_cannot_be_written_costs_only_time(
    jieba: ModuleType, jiebas_own: tuple[dict[str, int], int], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    (cache / CACHE_NAME).mkdir(parents=True)  # a folder where the file should go: writing fails
    assert load_prefix_dict(jieba, cache, no_pause) == jiebas_own
    assert load_prefix_dict(jieba, None, no_pause) == jiebas_own
    assert [path.name for path in cache.iterdir()] == [CACHE_NAME], "no temporary file left"
