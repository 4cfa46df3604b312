"""Two versions of a speech and their comparison, as the compare exports' tests take them."""

from __future__ import annotations

from desktop.core.compare_export import ComparedSpeeches
from desktop.core.records import SpeechRecord
from desktop.core.speech_compare import compare_texts

OLD = "第一段讲发展。\n第二段讲改革开放，要坚定不移。\n第三段删去。"
NEW = "第一段讲𠮷发展。\n第二段讲深化改革开放，要坚定不移。\n"


def compared_speeches(
    old: str = OLD, new: str = NEW, sections: tuple[str, ...] | None = None
) -> ComparedSpeeches:
    """``old`` and ``new`` compared, as a draft (dated, with its speaker) and its final version;
    each change in a section of its own unless ``sections`` names them."""
    comparison = compare_texts(old, new)
    assert comparison is not None
    records = (
        SpeechRecord(1, 1, 1, "征求意见稿", "2025-03-05", "李某", None, len(old), "a"),
        SpeechRecord(2, 1, 2, "正式稿", None, None, None, len(new), "b"),
    )
    paths = sections or tuple(f"一、总体 › （{n}）部分" for n in range(len(comparison.hunks)))
    return ComparedSpeeches(*records, old, new, comparison, paths)
