"""A real Pizhu library of ~10,000 speeches and ~20,000 annotations, built once and cached.

    python bench/big_library.py [--quick]          (build it if missing; print its figures)
    python bench/big_library.py --build N PATH     (what ensure_big_library runs in a child)

Unlike bench_search's tables, this is a library a user could have: each of 100 collections is a
compilation file (``第N辑 …(共100篇)`` and ``<title> 篇i`` separators, each speech with its
``一、`` headings and ``（一）`` points) imported through ``import_bytes`` and
``LibraryStore.import_document``, so its rows, outline nodes and search index are what an
import makes; then 20,000 highlights and notes through ``AnnotationStore.create``, spread over
the speeches. The text is mixed from the sample and the corpus like
``bench_search.generate_speeches``. ``--quick`` builds 10 collections of 20 speeches.

The file is cached in bench/.cache/ (``big-library-<speeches>.sqlite``) with a format number, so
a change to the generator or to the schema's version rebuilds it; a benchmark copies it before
writing to it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from bench.bench_search import source_paragraphs, vary  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
_FORMAT = 1  # bump when the generation changes, so a stale cache is rebuilt
_SEED = 20261127
_COLORS = ("yellow", "green", "blue", "pink", "purple")
TOPICS = (
    "效能革命", "乡村振兴", "营商环境", "安全生产", "生态环境保护", "招商引资", "民生保障",
    "干部作风建设", "优化政务服务", "科技创新", "财政预算", "防汛抗旱",
)  # fmt: skip
"""What the generated speeches and reports are about (headings and titles draw from these)."""
_OCCASIONS = ("工作会", "动员大会", "推进会", "座谈会", "总结表彰大会", "专题会议")
CN_NUMBERS = "一二三四五六七八九十"
"""The Chinese numerals of generated headings (一、, （一）) and points (一是)."""


@dataclass(frozen=True)
class Size:
    """How big a generated library is."""

    collections: int
    speeches_per_collection: int
    annotations: int

    @property
    def speeches(self) -> int:
        """Speeches in the whole library."""
        return self.collections * self.speeches_per_collection


FULL = Size(collections=100, speeches_per_collection=100, annotations=20_000)
QUICK = Size(collections=10, speeches_per_collection=20, annotations=400)


class TextSource:
    """The source paragraphs, the alphabet for substitutions, and one random stream."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        # Numbered lines of the sources would make outlines that count out of order.
        self.paragraphs = [p for p in source_paragraphs() if len(p) > 30 and not _numbered(p)]
        self.alphabet = "".join(self.paragraphs)

    def paragraph(self) -> str:
        """One paragraph, half of the time varied."""
        paragraph = self.rng.choice(self.paragraphs)
        return vary(paragraph, self.rng, self.alphabet) if self.rng.random() < 0.5 else paragraph

    def title(self) -> str:
        """A speech title: ``在全市<topic><occasion>上的讲话``."""
        return f"在全市{self.rng.choice(TOPICS)}{self.rng.choice(_OCCASIONS)}上的讲话"


def _numbered(paragraph: str) -> bool:
    head = paragraph[:4]
    return any(mark in head for mark in ("、", "（", "(", "．", ".")) or head[0].isdigit()


def speech_lines(text: TextSource, title: str, number: int) -> list[str]:
    """A speech as a compilation holds it: its separator, parts with headings and points."""
    lines = [f"{title} 篇{number}", title, "同志们："]
    lines += [text.paragraph() for _ in range(text.rng.randint(1, 3))]
    long = text.rng.random() < 0.02  # a few long reports, as a real library has
    for part in range(text.rng.randint(3, 9 if long else 5)):
        lines.append(f"{CN_NUMBERS[part]}、要{text.rng.choice(TOPICS)}抓紧抓实")
        for point in range(text.rng.randint(0, 4 if long else 3)):
            lines.append(f"（{CN_NUMBERS[point]}）{text.rng.choice(TOPICS)}要落到实处。")
            lines += [text.paragraph() for _ in range(text.rng.randint(1, 4 if long else 2))]
        lines += [text.paragraph() for _ in range(text.rng.randint(1, 3))]
    lines.append("谢谢大家！")
    return lines


def collection_bytes(text: TextSource, number: int, speeches: int) -> bytes:
    """Compilation file ``number``: its title line, then ``speeches`` speeches."""
    lines = [f"第{number}辑 领导讲话汇编(共{speeches}篇)", ""]
    for index in range(1, speeches + 1):
        lines += speech_lines(text, text.title(), index)
    return "\n\n".join(lines).encode("utf-8")


def build(path: Path, size: Size) -> dict[str, float]:
    """Build the library at ``path`` (replacing it when done); return the build's figures."""
    from desktop.core.importing import import_bytes
    from desktop.core.storage.library import open_library

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite")
    _remove(partial)
    text = TextSource(_SEED)
    figures: dict[str, float] = {"format": _FORMAT, "speeches": 0, "characters": 0}
    start = time.perf_counter()
    with open_library(partial, seed=None, daily_backup=False) as library:
        for number in range(1, size.collections + 1):
            data = collection_bytes(text, number, size.speeches_per_collection)
            document = import_bytes(data, f"汇编{number:03d}.txt")
            # Kept whatever the generator repeats: the library is the size it was built for.
            library.store.import_document(document, keep_duplicates=True)
            figures["speeches"] += len(document.speeches)
            figures["characters"] += sum(len(speech.text) for speech in document.speeches)
        figures["import_seconds"] = time.perf_counter() - start
        _annotate(library, size.annotations, text.rng)
        figures["annotations"] = size.annotations
        library.db.checkpoint()
    figures["build_seconds"] = time.perf_counter() - start
    with sqlite3.connect(partial) as conn:
        conn.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value)")
        conn.executemany("INSERT INTO bench_meta VALUES (?, ?)", figures.items())
    conn.close()
    partial.replace(path)
    return figures


def _annotate(library: object, count: int, rng: random.Random) -> None:
    """``count`` highlights, a third with notes, each through ``AnnotationStore.create``."""
    speeches = [
        (row["id"], row["length"])
        for row in library.db.rows("SELECT id, length(text) AS length FROM speeches")
    ]
    for number in range(count):
        speech_id, length = rng.choice(speeches)
        start = rng.randrange(max(1, length - 60))
        end = min(length, start + rng.randint(4, 60))
        note = f"第{number}条批注：这段可以用在开头。" if number % 3 == 0 else ""
        library.annotations.create(
            speech_id, start=start, end=end, color=rng.choice(_COLORS), note=note
        )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def library_path(quick: bool) -> Path:
    """Where the generated library of this size is cached."""
    return CACHE / f"big-library-{(QUICK if quick else FULL).speeches}.sqlite"


def cached_figures(path: Path) -> dict[str, float] | None:
    """The build figures of the cached library, or None if it is missing or stale."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as conn:
            figures = dict(conn.execute("SELECT key, value FROM bench_meta").fetchall())
        conn.close()
    except sqlite3.DatabaseError:
        return None
    return figures if figures.get("format") == _FORMAT else None


def ensure_big_library(quick: bool) -> Path:
    """The cached library, built first (in a child process, some minutes) if missing."""
    path = library_path(quick)
    if cached_figures(path) is None:
        size = QUICK if quick else FULL
        print(f"building {path.name} ({size.speeches} speeches)…", file=sys.stderr, flush=True)
        command = [sys.executable, str(Path(__file__).resolve()), "--build", str(quick), str(path)]
        subprocess.run(command, check=True, cwd=ROOT)
    return path


def working_copy(quick: bool, folder: Path) -> Path:
    """A copy of the cached library in ``folder``, for a benchmark that writes to it."""
    source = ensure_big_library(quick)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "library.sqlite"
    shutil.copyfile(source, target)
    return target


def main(argv: list[str]) -> int:
    """Build the library (``--build QUICK PATH``) or make sure it exists and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--build", nargs=2, metavar=("QUICK", "PATH"))
    args = parser.parse_args(argv)
    if args.build:
        quick, path = args.build[0] == "True", Path(args.build[1])
        figures = build(path, QUICK if quick else FULL)
    else:
        path = ensure_big_library(args.quick)
        figures = cached_figures(path) or {}
    for key, value in figures.items():
        print(f"{key}: {value:g}" if isinstance(value, float) else f"{key}: {value}")
    print(f"file: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
