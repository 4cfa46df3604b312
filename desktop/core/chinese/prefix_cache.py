"""jieba's prefix dictionary, cached in pieces so that loading it never holds the interpreter long.

jieba keeps its prefix dictionary (each word of its 349,046-line word list and each prefix of one:
~500,000 entries) in a 9 MB marshal file that it reads back with one ``marshal.load`` and, when
the file is missing, writes with one ``marshal.dump`` (~60–200 ms holding the GIL); read from
bytes, one ``marshal.loads`` holds it ~350–450 ms. The window's thread waits for the interpreter
meanwhile, so the window froze after its first frame. Here the dictionary is cached as pieces of
``PIECE_WORDS`` entries, each a marshal of two lists checked by a CRC, written atomically; reading
unmarshals one piece at a time and lets other threads run between pieces. The entries are jieba's
own (``Tokenizer.gen_pfdict`` of its word list), so words come out the same. A cache that is
missing, made for another word list or jieba, cut short or damaged is built again.
"""

from __future__ import annotations

import logging
import marshal
import struct
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from desktop.core.errors import PizhuError
from desktop.core.fileio import atomic_write

CACHE_NAME = "prefix-dict.cache"
JIEBA_CACHE_NAME = "jieba.cache"
"""jieba's own cache, which earlier versions kept in the same folder: removed once ours is."""

PIECE_WORDS = 8192
"""Entries per piece: unmarshalling one takes a few milliseconds."""

MAGIC = b"PIZHU-PREFIX-DICT\n"
FORMAT_VERSION = 1
_HEADER_SIZE = struct.Struct(">II")  # the header's length and CRC

PrefixDict = tuple[dict[str, int], int]
"""jieba's ``Tokenizer.FREQ`` (word or prefix → frequency, 0 for a prefix) and ``total``."""
CacheKey = tuple[str, int, int]
"""What the cache was made from: jieba's version, its word list's size and modification time."""

_log = logging.getLogger(__name__)


def give_way() -> None:
    """Let another thread that waits for the interpreter (the window's) run now."""
    # sleep(0) releases the GIL; a thread that asked for it takes it before this one resumes.
    time.sleep(0)


def load_prefix_dict(
    jieba: ModuleType, cache_dir: Path | None, pause: Callable[[], None] | None = None
) -> PrefixDict:
    """jieba's prefix dictionary: from the cache in ``cache_dir`` if it is whole and current,
    else built from jieba's word list and cached there (not at all if ``cache_dir`` is None).
    ``pause`` is called between pieces (``give_way`` if None)."""
    pause = pause or give_way
    word_list = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    key = cache_key_of(jieba)
    path = cache_dir / CACHE_NAME if cache_dir is not None else None
    if path is not None:
        cached = read_cache(path, key, pause)
        if cached is not None:
            return cached
    # Pure Python, a line at a time: the interpreter passes to other threads as usual.
    freq, total = jieba.Tokenizer.gen_pfdict(word_list.open("rb"))
    if path is not None:
        write_cache(path, key, (freq, total), pause)
    return freq, total


def cache_key_of(jieba: ModuleType) -> CacheKey:
    """The key of a cache made by this ``jieba`` from its word list."""
    status = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME).stat()
    return jieba.__version__, status.st_size, status.st_mtime_ns


def write_cache(
    path: Path, key: CacheKey, prefix_dict: PrefixDict, pause: Callable[[], None]
) -> None:
    """Cache ``prefix_dict`` at ``path`` atomically; a failure only costs the next start time."""
    freq, total = prefix_dict
    words, counts = list(freq), list(freq.values())
    pieces = []
    for start in range(0, len(words), PIECE_WORDS):
        end = start + PIECE_WORDS
        pieces.append(marshal.dumps((words[start:end], counts[start:end])))
        pause()
    table = [(len(piece), zlib.crc32(piece)) for piece in pieces]
    header = marshal.dumps((FORMAT_VERSION, key, total, table))
    try:
        atomic_write(
            path,
            b"".join([MAGIC, _HEADER_SIZE.pack(len(header), zlib.crc32(header)), header, *pieces]),
        )
        (path.parent / JIEBA_CACHE_NAME).unlink(missing_ok=True)
    except (PizhuError, OSError) as error:
        _log.warning("jieba's dictionary cache %s not written: %s", path, error)


def read_cache(path: Path, key: CacheKey, pause: Callable[[], None]) -> PrefixDict | None:
    """The prefix dictionary cached at ``path``, calling ``pause`` after each piece; None if
    the file is missing, made from something else than ``key``, cut short or damaged."""
    try:
        data = memoryview(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as error:
        _log.warning("jieba's dictionary cache %s unreadable: %s", path, error)
        return None
    try:
        return _parse(data, key, pause)
    except (ValueError, TypeError, EOFError, struct.error) as error:
        _log.info("jieba's dictionary cache %s damaged (%s): building it again", path, error)
        return None


def _parse(data: memoryview, key: CacheKey, pause: Callable[[], None]) -> PrefixDict | None:
    """The dictionary in ``data``, None if it is for another key; raises if it is damaged."""
    if data[: len(MAGIC)] != MAGIC:
        raise ValueError("not a prefix dictionary cache")
    offset = len(MAGIC)
    header_size, header_crc = _HEADER_SIZE.unpack_from(data, offset)
    offset += _HEADER_SIZE.size
    header = data[offset : offset + header_size]
    if zlib.crc32(header) != header_crc:
        raise ValueError("the table of pieces is cut short or damaged")
    version, cached_key, total, table = marshal.loads(header)
    if version != FORMAT_VERSION or tuple(cached_key) != key:
        _log.info("jieba's dictionary cache is out of date: building it again")
        return None
    offset += header_size
    freq: dict[str, int] = {}
    for size, crc in table:
        piece = data[offset : offset + size]
        offset += size
        if len(piece) != size or zlib.crc32(piece) != crc:
            raise ValueError("a piece is cut short or damaged")
        words, counts = marshal.loads(piece)
        if len(words) != len(counts):
            raise ValueError("a piece's words and frequencies differ in number")
        freq.update(zip(words, counts, strict=True))
        pause()
    if offset != len(data) or not isinstance(total, int):
        raise ValueError("the file does not end where its table says")
    return freq, total
