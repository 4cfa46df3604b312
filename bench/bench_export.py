"""Exporting 5,000 annotations to every format, against writing the same quotes as plain lines.

One benchmark per format (``export-md``, ``export-pdf``…); ``python bench/run.py export-docx``
runs one. Both sides write through ``atomic_write`` to a file, so the ratio is what the format
itself costs. The input is 50 generated speeches of about 3,000 characters with an outline, and
5,000 annotations of every colour, a third of them notes, some tagged (1,000 on 10 when quick).
The targets guard against a writer going quadratic again (python-docx's style lookup and body
append did, before ``DocxBuilder``), which multiplies a format's time by ten and more. The
baseline is mostly the fsync of a small file, 2 to 5 ms depending on the disk and the moment,
so the same export measures twice the ratio where fsync is fast: each target is about twice
the ratio a 2-core machine measured with a 2 ms baseline (Word 1.1 s, PDF 2.0 s there), so that
a fast disk cannot trip a guard while a quadratic writer still does.
"""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from bench.harness import Benchmark
from desktop.core.annotation import Annotation, AnnotationKind, Color, TextQuote
from desktop.core.document import NodeKind, OutlineNode, text_hash
from desktop.core.export import FORMATS, export
from desktop.core.export.model import ExportSet, build_export_set
from desktop.core.fileio import atomic_write
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
# Ratio to plain lines each format should stay within (see the module's docstring).
TARGETS = {
    "md": 45,
    "html": 60,
    "docx": 1000,
    "csv": 30,
    "json": 90,
    "annotated-html": 100,
    "annotated-docx": 1100,
    "pdf": 2000,
    "outline-md": 3,
    "outline-docx": 40,
}


@dataclass(frozen=True)
class ExportInput:
    """The data to export and the folder the files go to."""

    data: ExportSet
    folder: Path


@cache
def build_input(quick: bool) -> ExportInput:
    """The generated library (built once per size and shared by every format's benchmark)."""
    rng = random.Random(20240908)
    speeches = SPEECHES // 5 if quick else SPEECHES
    count = ANNOTATIONS // 5 if quick else ANNOTATIONS
    collection = CollectionRecord(1, "效能革命讲话汇编", "bench.txt", None, "utf-8", "txt", "", 0)
    contents = [_speech(index, rng) for index in range(1, speeches + 1)]
    notes = [_annotation(number, rng.choice(contents), rng) for number in range(count)]
    data = build_export_set(
        [collection], contents, notes, scope_title="基准", generated="2024-09-10T00:00:00Z"
    )
    folder = Path(tempfile.mkdtemp(prefix="pizhu-bench-export-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return ExportInput(data, folder)


def _speech(index: int, rng: random.Random) -> SpeechContent:
    lines = [f"第{index}篇讲话"]
    outline = []
    for head in _HEADS:
        start = sum(len(line) + 1 for line in lines)
        heading = f"{head}{rng.choice(_PHRASES)}"
        lines.append(heading)
        lines.extend("，".join(rng.choices(_PHRASES, k=8)) + "。" for _ in range(12))
        end = sum(len(line) + 1 for line in lines) - 1
        node = OutlineNode(NodeKind.HEADING, 1, heading, start, end, start + len(heading), head)
        outline.append(node)
    text = "\n".join(lines)
    record = SpeechRecord(
        index, 1, index, f"第{index}篇讲话", "2016-04-15", "张三", None, len(text), text_hash(text)
    )
    return SpeechContent(record, text, outline)


def _annotation(number: int, speech: SpeechContent, rng: random.Random) -> Annotation:
    start = rng.randrange(0, len(speech.text) - 40)
    end = start + rng.randrange(4, 40)
    stamp = f"2024-05-{number % 28 + 1:02d}T08:00:00Z"
    return Annotation(
        id=f"00000000-0000-4000-8000-{number:012d}",
        speech_id=speech.record.id,
        kind=AnnotationKind.HIGHLIGHT if number % 3 else AnnotationKind.NOTE,
        start=start,
        end=end,
        quote=TextQuote.from_text(speech.text, start, end),
        text_hash=speech.record.text_hash,
        color=list(Color)[number % 5],
        note="批注：**这一句**可以用在开头。" if number % 2 else "",
        tags=("金句",) if number % 4 == 0 else (),
        created=stamp,
        modified=stamp,
    )


def export_to_file(name: str, given: ExportInput) -> Path:
    """The code under test: render one format and write it atomically."""
    return export(name, given.data, given.folder / f"export{FORMATS[name].extension}")


def plain_lines(given: ExportInput) -> Path:
    """The floor: every quote on its own line, written the same atomic way."""
    text = "\n".join(item.annotation.exact for item in given.data.items)
    return atomic_write(given.folder / "plain.txt", text)


BENCHMARKS = [
    Benchmark(
        name=f"export-{name}",
        setup=build_input,
        run=partial(export_to_file, name),
        baseline=plain_lines,
        target_ratio=TARGETS[name],
        description=f"{spec.description}: 5,000 annotations vs the quotes as plain lines",
        repeats=5,
        quick_repeats=2,
    )
    for name, spec in FORMATS.items()
]
