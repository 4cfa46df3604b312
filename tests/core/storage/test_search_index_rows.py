"""What indexing a text writes stays what it was when making it faster: columns and hot rows.

Each text's rows (every gram size's FTS5 column and its hot grams' packed positions, made
ready or laid out in the transaction) are checked against a plain reference written from the
index format's definition (search_tokens), and against digests of the rows the code wrote
before the one-pass grouping and the translated and run-filled layouts (golden values).
"""

from __future__ import annotations

import hashlib
from array import array

import pytest

from desktop.core.storage import search_text, search_tokens
from desktop.core.storage.search_engine import pack_positions, unpack_positions
from desktop.core.storage.search_index import PreparedSpeech, prepare_speech
from desktop.core.storage.search_tokens import GRAM_SIZES, HOT_MINIMUM, SEP, filler, laid_out

_CHINESE = "坚持以人民为中心的发展思想，推进效能革命，“两集中、两到位”。\n"
TEXTS = {
    "non-bmp": "𠮷野家的𠮷，𠮷𠮷。" * 40 + "\n𠮷",
    "full-width": "ＧＤＰ增长１２．５％，（一）ＡＢＣ　ａｂｃ。" * 20,
    "latin-digits": "The GDP grew 2024 by 5.2%, reaching 1,234,567 yuan in 2025.\n" * 30,
    "mixed": (_CHINESE + "二是抓好GDP 2024年第３季度。𠮷\n") * 25,
    "all-hot": "效能革命" * 400,
    "rare": "一二三四五六七八九十",
    # Some bigrams hot, most not: filled a gram at a time rather than a run at a time.
    "partly-hot": _CHINESE * 20 + "".join(chr(0x4E00 + 7 * step) for step in range(1000)),
}

# sha256 of _rows(prepare_speech(text)) as the code before this change wrote them.
GOLDEN = {
    "non-bmp": "b2a4fcab8d6a812dd2a99e29df40e90fd2310e2a2ff9eff66b30bd95e5fba2e6",
    "full-width": "30ae15efead6120d66890aef8478adbfe1dc86de9b1dbfb1e4314f08a8fc4450",
    "latin-digits": "737516ac41934cfa082f977b2e60170910202427baf678c34546409d0795edab",
    "mixed": "fb0deb2bfe5fdcba2a1f0dc08a597ae263287770180c5b2a961d73a7f87d67da",
    "all-hot": "51139ac2eb9aebeaf89bf55619eea3239d5089e133dd0efba4c669b2ba3df687",
    "rare": "de18f74a6cc2c58a1cc652f1ecb62976ed0316168be8d4d711f9f0ea2646f112",
    "partly-hot": "ac3c2c721d122cdc42d79fd2d9870ddaf5ce375486ae8af480dce56cae02c641",
}


def reference_columns(normalised: str) -> list[tuple[int, bytes, dict[str, list[int]]]]:
    """Each gram size's column and hot positions, straight from the format's definition."""
    found = []
    for size in GRAM_SIZES:
        grams = [normalised[at : at + size] for at in range(len(normalised) - size + 1)]
        offsets: dict[str, list[int]] = {}
        for at, gram in enumerate(grams):
            offsets.setdefault(gram, []).append(at)
        minimum = HOT_MINIMUM.get(size, len(normalised) + 1)
        hot = {gram: where for gram, where in offsets.items() if len(where) >= minimum}
        tokens = (filler(size) if gram in hot else gram for gram in grams)
        found.append((size, SEP.join(tokens).encode("utf-8"), hot))
    return found


def _columns(prepared: PreparedSpeech) -> list[tuple[int, bytes, dict[str, list[int]]]]:
    """The prepared columns in the reference's terms (a compact one laid out as inserted)."""
    found = []
    for column in prepared.columns:
        positions = {gram: unpack_positions(width, packed) for gram, width, packed in column.hot}
        encoded = column.encoded
        if encoded is None:
            encoded = laid_out(prepared.normalised, column.size, positions.values())
        hot = {gram: list(where) for gram, where in positions.items()}
        found.append((column.size, bytes(encoded), hot))
    return found


def _rows(prepared: PreparedSpeech) -> str:
    """A digest of everything the prepared text writes to the index."""
    digest = hashlib.sha256(prepared.stored)
    for size, encoded, hot in _columns(prepared):
        digest.update(b"%d:%d:" % (size, len(encoded)) + encoded)
        for gram in sorted(hot):
            width, packed = pack_positions(array("I", hot[gram]))
            digest.update(gram.encode("utf-8") + b"%d" % width + packed)
    return digest.hexdigest()


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("compact", [False, True])
def test_rows_equal_the_reference(name: str, compact: bool) -> None:
    prepared = prepare_speech(TEXTS[name], compact=compact)
    assert _columns(prepared) == reference_columns(search_text.normalise(TEXTS[name]))


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_rows_equal_those_written_before(name: str) -> None:
    assert _rows(prepare_speech(TEXTS[name])) == GOLDEN[name]


@pytest.mark.parametrize("name", ["mixed", "all-hot", "non-bmp"])
@pytest.mark.parametrize("piece", [7, 64])
def test_rows_do_not_depend_on_the_piece_size(
    name: str, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_text, "GIL_PIECE", piece)
    monkeypatch.setattr(search_tokens, "_GROUPED_PIECES", 2)
    for compact in (False, True):
        assert _rows(prepare_speech(TEXTS[name], compact=compact)) == GOLDEN[name]
