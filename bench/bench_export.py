"""Benchmark: exporting 5,000 annotations to every format, against writing the same quotes as
plain lines (the least any export must do). Prints one line per format with its ratio.

Run alone with ``python bench/bench_export.py [--quick]``; the bench harness calls ``run``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.annotation import Annotation, AnnotationKind, Color, TextQuote
from desktop.core.document import NodeKind, OutlineNode, text_hash
from desktop.core.export import FORMATS, export
from desktop.core.export.model import ExportSet, build_export_set
from desktop.core.records import CollectionRecord, SpeechContent, SpeechRecord

ANNOTATIONS = 5_000
SPEECHES = 50
_PHRASES = (
    "坚持以人民为中心的发展思想",
    "推进效能革命",
    "两集中、两到位",
    "深化并联审批改革",
    "抓好政务服务中心建设",
    "做到一个窗口对外",
    "切实转变工作作风",
    "不断提高行政效率",
    "把各项工作落到实处",
    "确保各项任务圆满完成",
)
_HEADS = ("一、", "二、", "三、", "四、")


def build_data(annotations: int = ANNOTATIONS, speeches: int = SPEECHES) -> ExportSet:
    """A library of ``speeches`` speeches with ``annotations`` annotations spread over them."""
    rng = random.Random(20240908)
    collection = CollectionRecord(1, "效能革命讲话汇编", "bench.txt", None, "utf-8", "txt", "", 0)
    contents = [_speech(index, rng) for index in range(1, speeches + 1)]
    notes = [_annotation(number, rng.choice(contents), rng) for number in range(annotations)]
    return build_export_set(
        [collection], contents, notes, scope_title="基准", generated="2024-09-10T00:00:00Z"
    )


def _speech(index: int, rng: random.Random) -> SpeechContent:
    lines = [f"第{index}篇讲话"]
    outline = []
    for head in _HEADS:
        start = sum(len(line) + 1 for line in lines)
        heading = f"{head}{rng.choice(_PHRASES)}"
        lines.append(heading)
        lines.extend("，".join(rng.choices(_PHRASES, k=8)) + "。" for _ in range(12))
        end = sum(len(line) + 1 for line in lines) - 1
        outline.append(
            OutlineNode(NodeKind.HEADING, 1, heading, start, end, start + len(heading), head)
        )
    text = "\n".join(lines)
    record = SpeechRecord(
        index, 1, index, f"第{index}篇讲话", "2016-04-15", "张三", None, len(text), text_hash(text)
    )
    return SpeechContent(record, text, outline)


def _annotation(number: int, speech: SpeechContent, rng: random.Random) -> Annotation:
    start = rng.randrange(0, len(speech.text) - 40)
    end = start + rng.randrange(4, 40)
    return Annotation(
        id=f"00000000-0000-4000-8000-{number:012d}",
        speech_id=speech.record.id,
        kind=AnnotationKind.HIGHLIGHT if number % 3 else AnnotationKind.NOTE,
        start=start,
        end=end,
        quote=TextQuote.from_text(speech.text, start, end),
        text_hash=speech.record.text_hash,
        color=list(Color)[number % 5],
        note="批注：这一句可以用在开头。" if number % 2 else "",
        tags=("金句",) if number % 4 == 0 else (),
        created=f"2024-05-{number % 28 + 1:02d}T08:00:00Z",
        modified=f"2024-05-{number % 28 + 1:02d}T08:00:00Z",
    )


def _plain_lines(data: ExportSet, path: Path) -> None:
    """The baseline: every quote on its own line, written with one call."""
    path.write_text("\n".join(item.annotation.exact for item in data.items), encoding="utf-8")


def _best_of(repeats: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def run(quick: bool = False) -> dict[str, dict[str, float]]:
    """Time every format; returns ``{name: {"seconds", "ratio", "bytes"}}`` with the baseline."""
    count = 1_000 if quick else ANNOTATIONS
    data = build_data(count, SPEECHES // 5 if quick else SPEECHES)
    repeats = 1 if quick else 3
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain.txt"
        baseline = _best_of(repeats * 3, lambda: _plain_lines(data, plain))
        results["plain-lines"] = {"seconds": baseline, "ratio": 1.0, "bytes": plain.stat().st_size}
        for name, spec in FORMATS.items():
            target = Path(folder) / f"out{spec.extension}"
            seconds = _best_of(repeats, lambda n=name, t=target: export(n, data, t))
            results[name] = {
                "seconds": seconds,
                "ratio": seconds / baseline,
                "bytes": target.stat().st_size,
            }
    _print(results, count)
    return results


def _print(results: dict[str, dict[str, float]], count: int) -> None:
    print(f"export of {count} annotations (best time; ratio against plain lines)")
    for name, result in results.items():
        print(
            f"  {name:<15} {result['seconds'] * 1000:9.1f} ms  "
            f"x{result['ratio']:8.1f}  {int(result['bytes']):>10,} bytes"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 annotations, one run each")
    run(quick=parser.parse_args().quick)
