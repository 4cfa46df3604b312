"""Library search on 10,000 speeches (~100 M characters) against a naive in-memory substring scan.

    python bench/bench_search.py [--quick] [--json PATH]      (the full report)
    python bench/run.py search [--quick]                      (total time of the query set)

The library is generated from the sample collection and, when present, the corpus beside the
checkout (../shared/corpus, or $PIZHU_CORPUS): paragraphs shuffled and mixed across speeches, some
characters substituted, punctuation widths and digits varied, so it is not 10,000 copies. It is
cached in bench/.cache/ with its index and build figures; ``--quick`` uses 500 speeches.

Reported: median and p95 latency of each side over the query set (each query's latency is the
median of a few runs, alternating sides), their ratios, that every query returns identical hits,
index build throughput, and the peak RSS (resource.getrusage) of a fresh process that opens the
library and runs the query set. The baseline holds every normalised text in memory and loops
str.find from each hit's start + 1, producing the same hit codes as the index.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from bench.harness import Benchmark, corpus_folder  # noqa: E402
from desktop.core.storage.search_index import (  # noqa: E402
    Query,
    create_search_schema,
    index_speech,
    parse_query,
    search,
)
from desktop.core.storage.search_text import normalise  # noqa: E402
from desktop.core.storage.search_words import contains, starts_with_latin, word_start  # noqa: E402
from desktop.resources import sample_collection_path  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
FULL_SPEECHES = 10_000
QUICK_SPEECHES = 500
MEAN_LENGTH = 10_000
TARGET_P95_RATIO = 1.0
TARGET_RSS_MB = 300
_FORMAT = 4  # bump when generation or indexing changes, so a stale cache is rebuilt
_BATCH = 100  # speeches per transaction while building
_SEED = 20240908

# Terms a reader of these speeches would look for (common, rare, Latin, digits, both widths of
# punctuation) and some that match nothing; random substrings of the library are added to these.
FIXED_QUERIES = [
    "的", "，", ",", "。", "、", "发展", "工作", "我们", "人民", "社会主义",
    "效能革命", "一抓到底", "画蛇添足", "农业合作化", "乡村振兴战略", "第二个五年计划",
    "（一）", "(一)", "１９５５", "1955", "2018年", "GDP", "%", "：", ":", "\"“\"", "——",
    "全面建设社会主义现代化国家", "量子计算机", "xyzzy", "效能革命吧", "，，，，",
    "效能 革命", "发展 -效能", "“效能革命”",
]  # fmt: skip


def source_paragraphs() -> list[str]:
    """Every non-empty paragraph of the sample collection and the corpus."""
    paths = [sample_collection_path()]
    folder = corpus_folder()
    if folder is not None:
        paths += sorted(folder.glob("*.txt"))
    paragraphs = []
    for path in paths:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        paragraphs += [line.strip() for line in text.split("\n") if line.strip()]
    return paragraphs


_WIDTH_SWAPS = str.maketrans("，：；（）,:;()１２３0123", ",:;()，：；（）1230１２３")


def vary(paragraph: str, rng: random.Random, alphabet: str) -> str:
    """A paragraph with ~2% of its characters substituted and some widths swapped."""
    chars = list(paragraph)
    for _ in range(max(1, len(chars) // 50)):
        chars[rng.randrange(len(chars))] = rng.choice(alphabet)
    varied = "".join(chars)
    if rng.random() < 0.2:
        varied = varied.translate(_WIDTH_SWAPS)
    return varied


def generate_speeches(count: int, seed: int = _SEED) -> Iterator[str]:
    """``count`` speeches of 4,000-16,000 characters mixed from the source paragraphs."""
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    alphabet = "".join(char for paragraph in paragraphs for char in paragraph)
    for _ in range(count):
        target = rng.randint(MEAN_LENGTH * 2 // 5, MEAN_LENGTH * 8 // 5)
        chosen: list[str] = []
        size = 0
        while size < target:
            paragraph = rng.choice(paragraphs)
            if rng.random() < 0.5:
                paragraph = vary(paragraph, rng, alphabet)
            chosen.append(paragraph)
            size += len(paragraph) + 1
        yield "\n".join(chosen)


def build_library(path: Path, count: int) -> dict[str, Any]:
    """Generate ``count`` speeches into a new library file and index them; return the figures."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE bench_speech (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value)")
    create_search_schema(conn)
    conn.execute("COMMIT")
    characters, seconds = 0, 0.0
    batch: list[tuple[int, str]] = []
    for number, text in enumerate(generate_speeches(count), 1):
        batch.append((number, text))
        if len(batch) == _BATCH or number == count:
            seconds += _index_batch(conn, batch)
            characters += sum(len(text) for _, text in batch)
            batch = []
    build = {"speeches": count, "characters": characters, "index_seconds": seconds}
    build["chars_per_second"] = characters / seconds
    build["file_mb"] = partial.stat().st_size / 1e6
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO bench_meta VALUES (?, ?)", [("format", _FORMAT), *build.items()])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.replace(path)
    return build


def _index_batch(conn: sqlite3.Connection, batch: list[tuple[int, str]]) -> float:
    """Store and index a batch of speeches in one transaction; the seconds indexing took."""
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO bench_speech VALUES (?, ?)", batch)
    start = time.perf_counter()
    for speech_id, text in batch:
        index_speech(conn, speech_id, text)
    conn.execute("COMMIT")
    return time.perf_counter() - start


def library_path(quick: bool) -> Path:
    """Where the generated library of this size is cached."""
    return CACHE / f"search-{QUICK_SPEECHES if quick else FULL_SPEECHES}.sqlite"


def ensure_library(quick: bool) -> dict[str, Any]:
    """Build the library if it is missing or stale (in a child process); its build figures.

    Building in a child keeps this process small, so the RSS probe it starts later does not
    inherit its peak (Linux carries ru_maxrss across fork and exec).
    """
    path = library_path(quick)
    build = _cached_build(path)
    if build is not None:
        return build
    count = QUICK_SPEECHES if quick else FULL_SPEECHES
    print(f"building {path.name} ({count} speeches)…", file=sys.stderr, flush=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--build", str(count), str(path)]
    subprocess.run(command, check=True, cwd=ROOT)
    return {**(_cached_build(path) or {}), "cached": False}


def load_texts(path: Path) -> list[tuple[int, str]]:
    """Every speech of the library, normalised: what the baseline scans."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, text FROM bench_speech ORDER BY id")
    texts = [(speech_id, normalise(text)) for speech_id, text in rows]
    conn.close()
    return texts


def _cached_build(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        build = dict(conn.execute("SELECT key, value FROM bench_meta").fetchall())
    except sqlite3.DatabaseError:
        build = {}
    finally:
        conn.close()
    if build.pop("format", None) != _FORMAT:
        return None
    return {**build, "cached": True}


def query_set(path: Path, extra: int = 16, seed: int = _SEED) -> list[str]:
    """The fixed queries plus ``extra`` random substrings (1-12 characters) of the library."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    (count,) = conn.execute("SELECT count(*) FROM bench_speech").fetchone()
    queries = list(FIXED_QUERIES)
    while len(queries) < len(FIXED_QUERIES) + extra:
        speech_id = rng.randint(1, count)
        (text,) = conn.execute(
            "SELECT text FROM bench_speech WHERE id = ?", (speech_id,)
        ).fetchone()
        text = normalise(text)
        length = rng.randint(1, 12)
        start = rng.randrange(len(text) - length)
        piece = text[start : start + length]
        if not re.search(r'[\s"“”-]', piece) and piece not in queries:
            queries.append(piece)
    conn.close()
    return queries


def naive_search(texts: list[tuple[int, str]], query: Query, shift: int) -> array:
    """The baseline: str.find over every normalised text, as hit codes (search_result); a Latin
    term's hits at word starts only (search_words), as the index reports them."""
    codes = array("q")
    count = len(query.terms)
    for speech_id, text in texts:
        if any(contains(text, term) for term in query.excluded):
            continue
        if count > 1 and not all(contains(text, term) for term in query.terms):
            continue
        base = speech_id << shift
        if count == 1:
            _find_all(text, query.terms[0], base, codes.append)
        else:
            found: list[int] = []
            for index, term in enumerate(query.terms):
                starts: list[int] = []
                _find_all(text, term, base, starts.append)
                found += [start * count + index for start in starts]
            codes.extend(sorted(found))
    return codes


def _find_all(text: str, term: str, base: int, emit: Any) -> None:
    find = text.find
    at_word_starts = starts_with_latin(term)
    position = find(term)
    while position >= 0:
        if not at_word_starts or word_start(text, position):
            emit(base + position)
        position = find(term, position + 1)


def _codes(conn: sqlite3.Connection, query: str) -> tuple[array, int]:
    result = search(conn, query, text_loader=_no_text)
    return result.hits._codes, result.hits._codec.shift  # noqa: SLF001 - the bench compares codes


def _no_text(speech_id: int) -> str:
    raise AssertionError("the bench never asks for a snippet")


def time_queries(
    path: Path, texts: list[tuple[int, str]], queries: list[str], repeats: int
) -> list[dict[str, Any]]:
    """Per query: median ms of each side over ``repeats`` alternating runs, and identical hits."""
    conn = sqlite3.connect(path)
    rows = []
    for text in queries:
        query = parse_query(text)
        ours, baseline = [], []
        identical = True
        for _ in range(repeats):
            start = time.perf_counter()
            codes, shift = _codes(conn, text)
            ours.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            expected = naive_search(texts, query, shift)
            baseline.append((time.perf_counter() - start) * 1000)
            identical = identical and codes == expected
        row = {"query": text, "hits": len(expected), "identical": identical}
        row |= {"ms": statistics.median(ours), "baseline_ms": statistics.median(baseline)}
        rows.append(row)
    conn.close()
    return rows


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and p95 of each side, their ratios, and the worst single-query ratio."""
    ours = [row["ms"] for row in rows]
    baseline = [row["baseline_ms"] for row in rows]
    ratios = [row["ms"] / row["baseline_ms"] for row in rows]
    summary = {
        "queries": len(rows),
        "identical": all(row["identical"] for row in rows),
        "median_ms": statistics.median(ours),
        "baseline_median_ms": statistics.median(baseline),
        "p95_ms": _p95(ours),
        "baseline_p95_ms": _p95(baseline),
        "p95_of_query_ratios": _p95(ratios),
        "worst_query_ratio": max(ratios),
    }
    summary["median_ratio"] = summary["median_ms"] / summary["baseline_median_ms"]
    summary["p95_ratio"] = summary["p95_ms"] / summary["baseline_p95_ms"]
    return summary


def peak_rss_mb(path: Path, queries: list[str]) -> float:
    """Peak RSS of a fresh process that opens the library and runs the query set."""
    command = [sys.executable, str(Path(__file__).resolve()), "--rss-probe", str(path)]
    completed = subprocess.run(
        command, input=json.dumps(queries), capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(json.loads(completed.stdout.strip().splitlines()[-1])["maxrss_mb"])


def _rss_probe(path: str) -> None:
    """In the probe process: open, run every query (keeping each result until the next)."""
    queries = json.loads(sys.stdin.read())
    conn = sqlite3.connect(path)
    loader = _text_loader(conn)
    for text in queries:
        result = search(conn, text, text_loader=loader)
        for hit in result.hits[:20]:
            result.snippet(hit)
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"maxrss_mb": maxrss_kb / 1024}))


def _text_loader(conn: sqlite3.Connection) -> Any:
    def load(speech_id: int) -> str:
        return conn.execute("SELECT text FROM bench_speech WHERE id = ?", (speech_id,)).fetchone()[
            0
        ]

    return load


def run(quick: bool = False) -> dict[str, Any]:
    """The whole report as data (see the module docstring)."""
    build = ensure_library(quick)
    path = library_path(quick)
    queries = query_set(path)
    rss = peak_rss_mb(path, queries)  # before this process loads every text
    texts = load_texts(path)
    rows = time_queries(path, texts, queries, repeats=3)
    summary = summarise(rows)
    characters = sum(len(text) for _, text in texts)
    return {
        "library": {"file": str(path), "speeches": len(texts), "characters": characters},
        "build": build,
        "summary": summary,
        "peak_rss_mb": rss,
        "ok": summary["identical"]
        and summary["p95_ratio"] <= TARGET_P95_RATIO
        and rss <= TARGET_RSS_MB,
        "queries": rows,
    }


def report_lines(report: dict[str, Any]) -> list[str]:
    """The report as the lines the script prints."""
    summary, build, library = report["summary"], report["build"], report["library"]
    lines = [f"{'query':<16} {'hits':>9} {'index ms':>9} {'scan ms':>9} {'ratio':>6}"]
    for row in report["queries"]:
        ratio = row["ms"] / row["baseline_ms"]
        mark = "" if row["identical"] else "  DIFFERENT"
        figures = f"{row['hits']:>9} {row['ms']:>9.1f} {row['baseline_ms']:>9.1f} {ratio:>6.2f}"
        lines.append(f"{row['query'][:16]:<16} {figures}{mark}")
    cached = ", cached" if build.get("cached") else ""
    lines += [
        f"library: {library['speeches']} speeches, {library['characters']:,} characters",
        f"identical results: {summary['identical']} ({summary['queries']} queries)",
        f"median: {summary['median_ms']:.1f} ms vs scan {summary['baseline_median_ms']:.1f} ms"
        f" (ratio {summary['median_ratio']:.2f})",
        f"p95: {summary['p95_ms']:.1f} ms vs scan {summary['baseline_p95_ms']:.1f} ms"
        f" (ratio {summary['p95_ratio']:.2f}, target ≤ {TARGET_P95_RATIO:g})",
        f"per-query ratios: p95 {summary['p95_of_query_ratios']:.2f},"
        f" worst {summary['worst_query_ratio']:.2f}",
        f"index build: {build['chars_per_second'] / 1e6:.2f} M chars/s ({build['characters']:,}"
        f" chars in {build['index_seconds']:.1f} s{cached}); file {build['file_mb']:.0f} MB",
        f"peak RSS of a process searching the library: {report['peak_rss_mb']:.0f} MB"
        f" (target ≤ {TARGET_RSS_MB})",
    ]
    return lines


def _setup(quick: bool) -> tuple[Path, list[tuple[int, str]], list[str]]:
    ensure_library(quick)
    path = library_path(quick)
    return path, load_texts(path), query_set(path)


def _run_queries(data: tuple[Path, list[tuple[int, str]], list[str]]) -> None:
    path, _, queries = data
    conn = sqlite3.connect(path)
    for text in queries:
        search(conn, text, text_loader=_no_text)
    conn.close()


def _scan_queries(data: tuple[Path, list[tuple[int, str]], list[str]]) -> None:
    _, texts, queries = data
    for text in queries:
        naive_search(texts, parse_query(text), 24)


BENCHMARK = Benchmark(
    name="search",
    setup=_setup,
    run=_run_queries,
    baseline=_scan_queries,
    target_ratio=TARGET_P95_RATIO,
    description="the query set on the 10,000-speech library vs an in-memory str.find scan (total)",
    repeats=3,
    quick_repeats=2,
)


def main(argv: list[str] | None = None) -> int:
    """Print the report; ``--json PATH`` also writes it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SPEECHES} speeches")
    parser.add_argument("--json", metavar="PATH", help="also write the report to PATH")
    parser.add_argument("--rss-probe", metavar="LIBRARY", help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, metavar=("COUNT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build_library(Path(args.build[1]), int(args.build[0]))
        return 0
    if args.rss_probe:
        _rss_probe(args.rss_probe)
        return 0
    report = run(args.quick)
    print("\n".join(report_lines(report)))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
