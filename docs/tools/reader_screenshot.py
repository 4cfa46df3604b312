"""Grab PNGs of the reader with a sample speech, highlights, a note and search marks.

    QT_QPA_PLATFORM=offscreen python docs/tools/reader_screenshot.py [--out DIR] [--speech N]
    xvfb-run -s "-screen 0 1400x900x24" python docs/tools/reader_screenshot.py

One PNG per theme (light, sepia, dark) lands in ``--out`` (default: a temporary folder, printed).
For looking at the reader while it is built; the README's screenshot shows the whole window.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.annotation import Annotation, TextQuote  # noqa: E402
from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan  # noqa: E402
from desktop.core.records import SpeechContent, SpeechRecord  # noqa: E402
from desktop.gui.reader import ReaderView  # noqa: E402
from desktop.resources import sample_collection_path  # noqa: E402


def load_speech(index: int) -> SpeechContent:
    """Speech ``index`` of the sample collection, through the importer when it is there."""
    try:
        from desktop.core.importing import import_file
    except ImportError:
        return _stand_in_speech(sample_collection_path().read_text(encoding="utf-8"))
    document = import_file(sample_collection_path())
    speech = document.speeches[index]
    record = SpeechRecord(
        1, 1, speech.index, speech.title, speech.date, speech.speaker, speech.role,
        len(speech.text), speech.text_hash,
    )  # fmt: skip
    return SpeechContent(record, speech.text, speech.outline, speech.spans)


def _stand_in_speech(raw: str) -> SpeechContent:
    """Until the importer lands: the first part of the file, lines as paragraphs, 一、 headings."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()][5:60]
    text = "\n".join(lines)
    outline, spans, offset = [], [TextSpan(SpanKind.TITLE, 0, len(lines[0]))], 0
    for line in lines:
        if re.match(r"[一二三四五六七八九十]+、", line):
            head = min(len(line), next((i for i, c in enumerate(line) if c in "。，,"), len(line)))
            outline.append(
                OutlineNode(NodeKind.HEADING, 1, line[:head], offset, offset, offset + head)
            )
        offset += len(line) + 1
    for node, following in zip(outline, [*outline[1:], None], strict=True):
        node.end = following.start if following else len(text)
    record = SpeechRecord(1, 1, 1, lines[0], "2024-09-08", "市长", None, len(text), "")
    return SpeechContent(record, text, outline, spans)


def demo_annotations(speech: SpeechContent) -> list[Annotation]:
    """A few highlights of several colours, one overlapping another, and a note."""
    text = speech.text
    body = text.index("\n", len(text) // 10) + 1
    ranges = [
        (body + 10, body + 34, "yellow", ""),
        (body + 28, body + 46, "blue", ""),
        (body + 80, body + 101, "green", "**金句**：可用作开头。"),
        (body + 140, body + 152, "pink", ""),
        (body + 190, body + 205, None, "数据出处待核实"),
    ]
    return [
        Annotation(
            id=f"demo{n}",
            speech_id=1,
            kind="highlight" if colour else "note",
            start=start,
            end=end,
            quote=TextQuote.from_text(text, start, end),
            text_hash="",
            color=colour,
            note=note,
        )  # fmt: skip
        for n, (start, end, colour, note) in enumerate(ranges)
    ]


def main() -> int:
    """Grab one PNG per theme."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--speech", type=int, default=0)
    parser.add_argument("--size", default="1200x860")
    parser.add_argument("--fullwidth", action="store_true")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="pizhu-reader-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    speech = load_speech(args.speech)
    reader = ReaderView()
    width, height = (int(part) for part in args.size.split("x"))
    reader.resize(width, height)
    reader.show_speech(speech)
    reader.set_fullwidth_punctuation(args.fullwidth)
    annotations = demo_annotations(speech)
    reader.set_annotations(annotations)
    hits = [(m.start(), m.end()) for m in re.finditer("效能", speech.text)]
    reader.set_marks("search", hits, current=min(2, len(hits) - 1) if hits else None)
    reader.show()
    first = annotations[0].start or 0
    reader.scroll_to_offset(max(0, speech.text.rfind("\n", 0, first - 150) + 1))
    reader.select_range(first + 60, first + 68)
    reader.scroll_to_offset(max(0, speech.text.rfind("\n", 0, first - 150) + 1))
    for name in ("light", "sepia", "dark"):
        reader.set_theme(name)
        reader._show_toolbar()
        app.processEvents()
        path = out / f"reader-{name}.png"
        reader.grab().save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
