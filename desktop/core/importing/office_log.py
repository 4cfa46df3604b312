"""What a LibreOffice run converting many files said about each one it made no .docx of.

LibreOffice works through the files it is given in order and says, for each, either
"convert SOURCE -> TARGET using filter : …" (a line that names the file) or, when it cannot
load one, "Error: source file could not be loaded" (a line that names none). The lines
between the "convert" lines of two files it converted are about the files between them.
"""

from __future__ import annotations

from pathlib import Path

_JAVA = "Warning: failed to launch"  # its words about Java, at start-up: about no file


def run_said(log: Path) -> list[str]:
    """What a run has said so far (its output in ``log``), line by line."""
    try:
        text = log.read_text("utf-8", "replace")
    except OSError:
        return []
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith(_JAVA)]


def file_reason(said: list[str], sources: list[str], made: list[bool], index: int) -> str:
    """The run's words about file ``index`` of ``sources`` (the names it was given, in
    order), which it made no .docx of while it made those ``made`` says; "" if none."""
    before = max((i for i in range(index) if made[i]), default=-1)
    after = min((i for i in range(index + 1, len(sources)) if made[i]), default=len(sources))
    start = 0
    if before >= 0:
        name = sources[before]
        start = max((n + 1 for n, line in enumerate(said) if name in line), default=0)
    end = len(said)
    if after < len(sources):
        name = sources[after]
        end = next((n for n, line in enumerate(said) if n >= start and name in line), end)
    # A file it loaded but could not store has a "convert" line before its error.
    words = [line for line in said[start:end] if not line.startswith("convert ")]
    errors = [line for line in words if line.startswith("Error")]
    for lines in (errors, words):
        if len(lines) == after - before - 1:  # a line a file between: this one's in place
            return lines[index - before - 1]
    return (errors or words or [""])[-1]
