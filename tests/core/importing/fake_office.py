"""A stand-in for LibreOffice's ``soffice`` that tests write into tmp_path: a Python script that
takes soffice's arguments and makes a .docx with python-docx in ``--outdir`` of each file it is
given, in order, fails, or hangs (as its mode, or a marker in a file's bytes, says).

It writes what it was given (its arguments, its process id, a child's) to ``calls.json`` beside
itself when it starts, and adds it to ``calls.jsonl``, so a test can check the command line,
count the runs and see whether the processes ended.
"""

from __future__ import annotations

import json
import os
import select
import stat
import sys
from pathlib import Path

import pytest

OLD_WORD = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + bytes(504)
    + "WordDocument".encode("utf-16-le")
    + bytes(500)
)
"""Enough of a Word 97–2003 file for the importer to take it as one (the fake reads no more)."""

BAD = b"BAD"
"""Put in a file's bytes (after ``OLD_WORD``): the fake cannot load that file (it says so and
goes on to the next, as soffice does)."""
CRASH = b"CRASH"
"""Put in a file's bytes: the fake dies (status 81) when it comes to that file."""
HANG = b"HANG"
"""Put in a file's bytes: the fake starts a child and hangs when it comes to that file, writing
both process ids to ``hang.json``."""


def old_word(title: str = "", marker: bytes = b"") -> bytes:
    """An old Word file the fake converts into a speech called ``title`` (its default title if
    empty), or fails on as ``marker`` says."""
    return OLD_WORD + marker + (b"TITLE:" + title.encode() if title else b"")


_SCRIPT = """#!{python}
import json, os, subprocess, sys, threading
from pathlib import Path

here = Path(__file__).parent
args = sys.argv[1:]


def hang():  # as soffice does: a launcher that starts the real process, both stuck
    child = subprocess.Popen([sys.executable, "-c", "import threading; threading.Event().wait()"])
    (here / "hang.json").write_text(json.dumps({{"pid": os.getpid(), "child": child.pid}}))
    return child


child = hang() if "{mode}" == "hang" else None
calls = {{"args": args, "pid": os.getpid(), "child": child and child.pid}}
(here / "calls.json").write_text(json.dumps(calls))
with (here / "calls.jsonl").open("a") as log:  # every run, one line each
    log.write(json.dumps(calls) + "\\n")
if "{mode}" == "hang":
    threading.Event().wait()
if "{mode}" == "fail":
    print("Error: source file could not be loaded")  # soffice's words, and its status 0
    sys.exit(0)
if "{mode}" == "crash":
    sys.exit(81)
import docx
outdir = Path(args[args.index("--outdir") + 1])
outdir.mkdir(parents=True, exist_ok=True)
for source in map(Path, args[args.index("--outdir") + 2 :]):  # in order, as soffice does
    data = source.read_bytes()
    assert data.startswith(bytes.fromhex("d0cf11e0a1b11ae1"))
    if b"BAD" in data:
        print("Error: source file could not be loaded", flush=True)
        continue
    if b"CRASH" in data:
        sys.exit(81)
    if b"HANG" in data:
        hang()
        threading.Event().wait()
    title = "在全市工作会议上的讲话"
    if b"TITLE:" in data:
        title = data.split(b"TITLE:")[1].decode()
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, 0)
    document.add_paragraph("同志们：")
    document.add_heading("一、统一思想", 1)
    document.add_paragraph("今天召开会议，主要任务是部署今年的工作。")
    document.save(outdir / (source.stem + ".docx"))
    print("convert " + str(source) + " using filter : MS Word 2007 XML", flush=True)
"""


def fake_office(folder: Path, mode: str = "convert") -> Path:
    """Write a fake ``soffice`` into ``folder``: ``convert`` (makes a .docx), ``fail`` (says
    why and makes none), ``crash`` (exits with status 81) or ``hang`` (starts a child, then
    waits forever, both)."""
    if sys.platform == "win32":
        pytest.skip("the fake converter is a script run by its #! line")
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "soffice"
    script.write_text(_SCRIPT.format(python=sys.executable, mode=mode), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def calls(converter: Path) -> dict:
    """What the fake converter was given when it last started (its arguments and process ids)."""
    return json.loads((converter.parent / "calls.json").read_text())


def runs(converter: Path) -> list[list[str]]:
    """The names of the files each run of the fake converter was given, run by run."""
    log = converter.parent / "calls.jsonl"
    lines = log.read_text().splitlines() if log.exists() else []
    return [_sources(json.loads(line)["args"]) for line in lines]


def _sources(args: list[str]) -> list[str]:
    return [Path(arg).name for arg in args[args.index("--outdir") + 2 :]]


def installed(monkeypatch: pytest.MonkeyPatch, converter: Path) -> Path:
    """Make ``converter`` the office suite the importer finds."""
    monkeypatch.setenv("PIZHU_SOFFICE", str(converter))
    return converter


def ended(pid: int) -> bool:
    """Whether process ``pid`` has ended (waiting for it to, for a process not our child)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True  # ended and reaped
    try:  # a pidfd turns readable once the process has ended
        return bool(select.select([handle], [], [], 10)[0])
    finally:
        os.close(handle)
