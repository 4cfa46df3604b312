"""Files for the import tests, written by the tests themselves."""

from __future__ import annotations

from pathlib import Path

SPEECH = """\
在全市工作会议上的讲话
（2024年3月5日）
同志们：
今天召开这次会议，主要任务是总结工作、部署任务。
一、统一思想，提高认识
我们要充分认识做好这项工作的重要意义。
二、突出重点，狠抓落实
要抓住关键环节，确保各项任务落到实处。
（本文权属人民网所有，更多文章请登陆查看）
"""


def good_file(folder: Path, name: str = "讲话.txt", title: str = "在全市工作会议上的讲话") -> Path:
    """A small speech with two headings and a watermark line the importer removes."""
    path = folder / name
    path.write_text(SPEECH.replace("在全市工作会议上的讲话", title), encoding="utf-8")
    return path


def bad_file(folder: Path, name: str = "空白.txt") -> Path:
    """An empty file: the importer refuses it with DocumentError ``empty``."""
    path = folder / name
    path.write_bytes(b"")
    return path
