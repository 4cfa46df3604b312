"""A stand-in for LibreOffice's ``soffice`` that tests write into tmp_path: a Python script that
takes soffice's arguments and makes a .docx with python-docx in ``--outdir``, fails, or hangs.

It writes what it was given (its arguments, its process id, a child's) to ``calls.json`` beside
itself when it starts, so a test can check the command line and whether the processes ended.
"""

from __future__ import annotations

import json
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

_SCRIPT = """#!{python}
import json, subprocess, sys, threading
from pathlib import Path

here = Path(__file__).parent
args = sys.argv[1:]
child = None
if "{mode}" == "hang":  # as soffice does: a launcher that starts the real process
    child = subprocess.Popen([sys.executable, "-c", "import threading; threading.Event().wait()"])
calls = {{"args": args, "pid": __import__("os").getpid(), "child": child and child.pid}}
(here / "calls.json").write_text(json.dumps(calls))
if "{mode}" == "hang":
    threading.Event().wait()
if "{mode}" == "fail":
    print("Error: source file could not be loaded")  # soffice's words, and its status 0
    sys.exit(0)
if "{mode}" == "crash":
    sys.exit(81)
import docx
source = Path(args[-1])
assert source.read_bytes().startswith(bytes.fromhex("d0cf11e0a1b11ae1"))
outdir = Path(args[args.index("--outdir") + 1])
outdir.mkdir(parents=True, exist_ok=True)
document = docx.Document()
document.core_properties.title = "在全市工作会议上的讲话"
document.add_heading("在全市工作会议上的讲话", 0)
document.add_paragraph("同志们：")
document.add_heading("一、统一思想", 1)
document.add_paragraph("今天召开会议，主要任务是部署今年的工作。")
document.save(outdir / (source.stem + ".docx"))
print("convert " + str(source) + " using filter : MS Word 2007 XML")
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
    """What the fake converter was given when it started (its arguments and process ids)."""
    return json.loads((converter.parent / "calls.json").read_text())


def installed(monkeypatch: pytest.MonkeyPatch, converter: Path) -> Path:
    """Make ``converter`` the office suite the importer finds."""
    monkeypatch.setenv("PIZHU_SOFFICE", str(converter))
    return converter
