"""Detecting and decoding a ~4 MB GB18030 text with the readers, against a plain decode.

The input is the sample collection re-encoded in GB18030 and repeated. The baseline knows the
encoding and only decodes and splits lines; the reader also has to find the encoding out and
build a ``SourceLine`` per line.
"""

from __future__ import annotations

from bench.harness import Benchmark
from desktop.core.importing.readers import read_source_bytes
from desktop.resources import sample_collection_path

_FULL_SIZE = 4 * 1024 * 1024
_QUICK_SIZE = 1024 * 1024


def build_input(quick: bool) -> bytes:
    """The sample collection in GB18030, repeated to about 4 MB (1 MB when quick)."""
    text = sample_collection_path().read_text(encoding="utf-8-sig")
    encoded = text.encode("gb18030")
    size = _QUICK_SIZE if quick else _FULL_SIZE
    return encoded * (size // len(encoded) + 1)


def read_with_detection(data: bytes) -> object:
    """What the importer does: detect, decode, split into source lines."""
    return read_source_bytes(data, "speeches.txt")


def plain_decode(data: bytes) -> object:
    """The floor: the encoding known in advance, decode and split."""
    return data.decode("gb18030").splitlines()


BENCHMARK = Benchmark(
    name="decode-gb18030",
    setup=build_input,
    run=read_with_detection,
    baseline=plain_decode,
    target_ratio=3.0,
    description="read_source_bytes on ~4 MB of GB18030 vs bytes.decode + splitlines",
    measure_memory=True,
)
