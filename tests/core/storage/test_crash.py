"""Crash safety: a writer killed with SIGKILL at random moments never loses a committed note."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.core.annotation import AnchorState
from desktop.core.document import text_hash
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.schema import LATEST_VERSION
from tests.core.storage.test_concurrency import ROOT
from tests.core.storage.version_12 import stored, version_12_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 30


def _run_and_kill(args: list[str], delay: float) -> list[str]:
    """Run the child, SIGKILL it after ``delay`` seconds, return the lines it printed whole."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.storage.child", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    timer = threading.Timer(delay, process.send_signal, (signal.SIGKILL,))
    timer.start()
    try:
        out, err = process.communicate(timeout=120)
    finally:
        timer.cancel()
    assert process.returncode == -signal.SIGKILL, err.decode(errors="replace")
    # A line cut short by the kill was never fully printed, so it promised nothing.
    return [line.decode() for line in out.split(b"\n")[:-1]]


def test_every_printed_annotation_survives_sigkill(library: Library) -> None:
    speech = library.store.speeches(1)[0].id
    path = library.path
    library.close()
    rng = random.Random(20240908)
    printed: list[str] = []
    for _round in range(ROUNDS):
        printed += _run_and_kill(["annotate", str(path), str(speech)], rng.uniform(0.15, 0.6))
        with open_library(path, create=False, daily_backup=False) as reopened:
            stored = {a.id for a in reopened.annotations.annotations()}
            assert reopened.db.check() == []
        assert set(printed) <= stored
    assert len(printed) > ROUNDS, "the child should have saved something in most rounds"


def test_a_reimport_killed_midway_is_all_or_nothing(library: Library) -> None:
    speech = library.store.speeches(1)[0].id
    for start in range(0, 600, 40):
        library.annotations.create(speech, start=start, end=start + 12, note=f"第{start}字")
    path = library.path
    library.close()
    rng = random.Random(7)
    finished: list[str] = []
    for _round in range(10):
        finished += _run_and_kill(["reimport", str(path)], rng.uniform(0.15, 0.5))
        with open_library(path, create=False, daily_backup=False) as reopened:
            assert reopened.db.check() == []
            _assert_consistent(reopened)
    assert finished, "some re-imports should have committed"


def _assert_consistent(library: Library) -> None:
    """Hashes match texts; every annotation is kept and placed ones quote their own words."""
    annotations = library.annotations.annotations()
    assert len(annotations) == 15
    assert {a.note for a in annotations} == {f"第{start}字" for start in range(0, 600, 40)}
    for record in library.store.speeches(1):
        text = library.store.speech_text(record.id)
        assert record.text_hash == text_hash(text)
        for annotation in library.annotations.annotations(record.id):
            if annotation.state == AnchorState.ORPHANED:
                assert annotation.start is None
                continue
            assert annotation.text_hash == record.text_hash
            assert text[annotation.start : annotation.end] == annotation.exact


def test_an_upgrade_killed_midway_leaves_the_older_library_and_the_next_opening_upgrades(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    before = stored(path)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.storage.child", "upgrade-held", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == b"hashed\n", "every speech hashed, not committed"
    finally:
        process.kill()
        process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert stored(path) == before, "the schema version and the data as before"
    open_library(path, create=False, daily_backup=False).close()
    version, speeches = stored(path)
    assert (version, speeches) == (LATEST_VERSION, before[1])
