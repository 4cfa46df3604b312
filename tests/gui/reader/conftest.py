"""Speeches built for the reader's tests: title, date, speaker, headings, points and 𠮷."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation, TextQuote
from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan
from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.reader import ReaderView

BODY = (
    "今天,市委、市政府在这里召开大规模、高规格的工作会,总结前阶段工作,研究解决当前存在的问题。"
    "这次会议的主要任务是统一思想、明确目标、落实责任。"
)


def build_speech(
    paragraphs: list[str], *, heading_at: dict[int, int] | None = None
) -> SpeechContent:
    """A speech of ``paragraphs``; ``heading_at`` maps paragraph index → outline level."""
    text = "\n".join(paragraphs)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 1
    outline = [
        OutlineNode(
            NodeKind.HEADING,
            level,
            paragraphs[i],
            starts[i],
            len(text),
            starts[i] + len(paragraphs[i]),
            "一、",
        )
        for i, level in (heading_at or {}).items()
    ]
    record = SpeechRecord(1, 1, 1, paragraphs[0], "2024-09-08", "张三", None, len(text), "hash")
    return SpeechContent(record=record, text=text, outline=outline)


def sample_speech() -> SpeechContent:
    """A speech with every kind of line the reader styles, and 𠮷 before its body text."""
    lines = [
        "在全市效能革命工作会上的讲话",  # 0 title
        "2024年9月8日",  # 1 date
        "张三",  # 2 speaker
        "同志们:",  # 3 salutation
        "𠮷祥的开头。" + BODY,  # 4 body with an astral character first
        "一、统一思想,提高认识",  # 5 heading level 1
        "(一)加强领导。" + BODY * 2,  # 6 glued level-2 heading
        "第一,要加强思想教育。" + BODY * 3,  # 7 point
        *[f"第{n}段。" + BODY * 3 for n in range(8, 40)],
    ]
    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    end = len(text)
    spans = [
        TextSpan(SpanKind.TITLE, starts[0], starts[0] + len(lines[0])),
        TextSpan(SpanKind.DATE, starts[1], starts[1] + len(lines[1])),
        TextSpan(SpanKind.SPEAKER, starts[2], starts[2] + len(lines[2])),
        TextSpan(SpanKind.SALUTATION, starts[3], starts[3] + len(lines[3])),
    ]
    glued = OutlineNode(
        NodeKind.HEADING, 2, "加强领导", starts[6], starts[7], starts[6] + 7, "(一)"
    )
    point = OutlineNode(
        NodeKind.POINT, 3, "要加强思想教育", starts[7], starts[8], starts[7] + 10, "第一"
    )
    heading = OutlineNode(
        NodeKind.HEADING, 1, "统一思想,提高认识", starts[5], end, starts[5] + len(lines[5]), "一、",
        children=[glued, point],
    )  # fmt: skip
    record = SpeechRecord(7, 1, 1, lines[0], "2024-09-08", "张三", "市长", len(text), "hash")
    return SpeechContent(record=record, text=text, outline=[heading], spans=spans)


def make_annotation(
    speech: SpeechContent, start: int, end: int, color: str | None = "yellow", note: str = "", **kw
) -> Annotation:
    return Annotation(
        id=kw.pop("id", f"a{start}-{end}"),
        speech_id=speech.record.id,
        kind="highlight" if color else "note",
        start=start,
        end=end,
        quote=TextQuote.from_text(speech.text, start, end),
        text_hash="hash",
        color=color,
        note=note,
        **kw,
    )


def body_offset(speech: SpeechContent) -> int:
    """The start of 祥 in the paragraph that opens with 𠮷 (one str index, two UTF-16 units)."""
    return speech.text.index("祥的开头")


@pytest.fixture
def speech() -> SpeechContent:
    """The sample speech above."""
    return sample_speech()


def shown_reader(qtbot: QtBot, speech: SpeechContent, *, focused: bool = False) -> ReaderView:
    """A reader showing ``speech``, 900×700, on screen (and given the focus if asked)."""
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show_speech(speech)
    view.show()
    qtbot.waitExposed(view)
    if focused:
        view.activateWindow()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
    return view


def blank_reader(qtbot: QtBot) -> ReaderView:
    """A reader on screen, 900×700, showing nothing yet: a speech shown next is laid out as
    Qt lays out a page already up (its first screens first, the rest bit by bit)."""
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def long_speech(paragraphs: int = 3000, body_times: int = 3) -> SpeechContent:
    """A speech of ``paragraphs`` numbered paragraphs (第n段。 and the body ``body_times``)."""
    return build_speech([f"第{n}段。" + BODY * body_times for n in range(paragraphs)])


@pytest.fixture
def reader(qtbot: QtBot, speech: SpeechContent) -> ReaderView:
    """A shown, focused reader with the sample speech, 900×700."""
    return shown_reader(qtbot, speech, focused=True)
