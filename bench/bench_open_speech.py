"""Opening the longest sample speech with 200 highlights in the reader.

Baseline, measured in the same run and process: ``QTextBrowser.setPlainText`` of the same text.
Both widgets are built, sized and shown first; each timing covers putting the text in and the
first synchronous layout and paint of the visible page. Target ratio (issue 4): ≤ 3.

    QT_QPA_PLATFORM=offscreen python bench/run.py [--quick] open-speech
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import Benchmark  # noqa: E402

HIGHLIGHTS = 200
TARGET_RATIO = 3.0
SIZE = (1200, 860)


def longest_sample_speech():  # noqa: ANN201 - SpeechContent, imported lazily with Qt
    """The longest speech of the sample collection, through the importer."""
    from desktop.core.importing import import_file
    from desktop.core.records import SpeechContent, SpeechRecord
    from desktop.resources import sample_collection_path

    speech = max(import_file(sample_collection_path()).speeches, key=lambda item: len(item.text))
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


@dataclass
class OpenInput:
    """Both widgets, built, sized and shown; the speech and its highlights."""

    app: Any
    baseline_widget: Any
    reader: Any
    content: Any
    annotations: list


def setup(quick: bool) -> OpenInput:
    """A QApplication, a shown QTextBrowser and a shown ReaderView of the same size."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from desktop.gui.reader import ReaderView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    content = longest_sample_speech()
    annotations = spread_annotations(content.text)
    baseline_widget, reader = QTextBrowser(), ReaderView()
    for widget in (baseline_widget, reader):
        widget.resize(*SIZE)
        widget.show()
    app.processEvents()
    return OpenInput(app, baseline_widget, reader, content, annotations)


def open_in_reader(data: OpenInput) -> None:
    """Show the speech with its highlights and paint the visible page."""
    data.reader.show_speech(data.content)
    data.reader.set_annotations(data.annotations)
    data.reader.viewport().repaint()


def set_plain_text(data: OpenInput) -> None:
    """The floor: the same text put in a QTextBrowser and its visible page painted."""
    data.baseline_widget.setPlainText(data.content.text)
    data.baseline_widget.viewport().repaint()


BENCHMARK = Benchmark(
    name="open-speech",
    setup=setup,
    run=open_in_reader,
    baseline=set_plain_text,
    target_ratio=TARGET_RATIO,
    description="the longest sample speech with 200 highlights vs QTextBrowser.setPlainText",
    repeats=25,
    quick_repeats=5,
)
