"""Benchmark: open the longest sample speech with 200 highlights in the reader.

Baseline, measured in the same run and process: ``QTextBrowser.setPlainText`` of the same text.
Both widgets are built, sized and shown first; each timing covers putting the text in and the
first synchronous layout and paint of the visible page. Target ratio (issue 4): ≤ 3.

    QT_QPA_PLATFORM=offscreen python bench/bench_open_speech.py [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HIGHLIGHTS = 200
TARGET_RATIO = 3.0
SIZE = (1200, 860)


def longest_sample_speech():  # noqa: ANN201 - SpeechContent, imported lazily with Qt
    """The longest speech of the sample collection (the whole file as one, before the importer)."""
    from desktop.core.records import SpeechContent, SpeechRecord
    from desktop.resources import sample_collection_path

    path = sample_collection_path()
    try:
        from desktop.core.importing import import_file
    except ImportError:
        text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line)
        record = SpeechRecord(1, 1, 1, "sample", None, None, None, len(text), "")
        return SpeechContent(record, text)
    speech = max(import_file(path).speeches, key=lambda item: len(item.text))
    record = SpeechRecord(
        1, 1, speech.index, speech.title, speech.date, speech.speaker, speech.role,
        len(speech.text), speech.text_hash,
    )  # fmt: skip
    return SpeechContent(record, speech.text, speech.outline, speech.spans)


def spread_annotations(text: str, count: int = HIGHLIGHTS) -> list:
    """``count`` highlights spread over ``text``: five colours, some overlapping, some noted."""
    from desktop.core.annotation import Annotation, Color, TextQuote

    colours = list(Color)
    step = max(len(text) // count, 1)
    annotations = []
    for number in range(count):
        start = min(number * step, max(len(text) - 2, 0))
        end = min(start + 6 + (number * 7) % 40, len(text))  # every few overlap the next one
        annotations.append(
            Annotation(
                id=f"bench-{number}",
                speech_id=1,
                kind="highlight",
                start=start,
                end=end,
                quote=TextQuote.from_text(text, start, end),
                text_hash="",
                color=colours[number % 5].value,
                note="要点" if number % 5 == 0 else "",
            )  # fmt: skip
        )
    return annotations


def _median_seconds(action: Callable[[], None], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def run(quick: bool = False) -> dict[str, float | int | bool | str]:
    """Measure both and return the timings (seconds), the ratio and whether it meets the target."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    import desktop.gui  # noqa: F401 - the binding work-around, before any Qt call
    from desktop.gui.reader import ReaderView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    content = longest_sample_speech()
    annotations = spread_annotations(content.text)
    baseline_widget, reader = QTextBrowser(), ReaderView()
    for widget in (baseline_widget, reader):
        widget.resize(*SIZE)
        widget.show()
    app.processEvents()

    def baseline() -> None:
        baseline_widget.setPlainText(content.text)
        baseline_widget.viewport().repaint()

    def ours() -> None:
        reader.show_speech(content)
        reader.set_annotations(annotations)
        reader.viewport().repaint()

    repeats = 5 if quick else 25
    baseline(), ours()  # warm caches (fonts, glyphs) for both alike
    base_time = _median_seconds(baseline, repeats)
    our_time = _median_seconds(ours, repeats)
    ratio = our_time / base_time
    return {
        "name": "open_speech",
        "characters": len(content.text),
        "highlights": len(annotations),
        "baseline_seconds": base_time,
        "seconds": our_time,
        "ratio": ratio,
        "target_ratio": TARGET_RATIO,
        "ok": ratio <= TARGET_RATIO,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the result; exit 1 when the ratio misses the target."""
    parser = argparse.ArgumentParser(description="Reader: open a speech with 200 highlights")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--json", type=Path, help="also write the result as JSON here")
    args = parser.parse_args(argv)
    result = run(quick=args.quick)
    print(
        f"open_speech: {result['characters']} chars, {result['highlights']} highlights: "
        f"{result['seconds'] * 1000:.1f} ms vs QTextBrowser.setPlainText "
        f"{result['baseline_seconds'] * 1000:.1f} ms → ratio {result['ratio']:.2f} "
        f"(target ≤ {TARGET_RATIO:g}) {'ok' if result['ok'] else 'MISSED'}"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
