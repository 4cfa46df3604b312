"""Shared test set-up: no display, and every test's library, settings and caches in tmp_path."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from desktop.core.collector import collect_due  # noqa: E402
from desktop.core.importing import office_folders  # noqa: E402

# Two-core CI machines are slow and noisy; correctness, not speed, is what property tests check.
# The default run is derandomized: CI (and every fresh clone) tries the same 150 examples a test,
# so a red run is a change's doing, never the draw. `HYPOTHESIS_PROFILE=explore` draws anew, and
# more: run it when changing what a property covers, and pin what it finds with @example.
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=150,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", deadline=None, max_examples=1500, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the library, Qt's settings, data and cache folders into this test's tmp_path; no
    office suite converts old Word files."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("PIZHU_LIBRARY", str(tmp_path / "library.sqlite"))
    # No office suite unless a test gives one: whether the machine has LibreOffice installed
    # must not change what an old .doc does in a test.
    monkeypatch.setenv("PIZHU_SOFFICE", "")
    # Nor does an import sweep the machine's temporary folder (a test that does says so).
    monkeypatch.setattr(office_folders, "_swept", _SWEPT)
    return home


_SWEPT = threading.Event()
_SWEPT.set()


# The cyclic collector -------------------------------------------------------------------------
#
# As in the window (desktop/gui/collector_policy.py): left to itself the collector runs in
# whichever thread allocates when a threshold is crossed, and a worker (the annotations dock's
# matcher, a search, an import) would then free earlier tests' widgets that died in cycles: a Qt
# object destroyed off the GUI thread, a crash. So automatic collection is off for the whole run
# and the main thread makes the passes that came due, after each test.


@pytest.fixture(scope="session", autouse=True)
def _collector_on_main_thread_only() -> Iterator[None]:
    """No automatic pass of the collector during the run; as it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_due_on_main_thread(_collector_on_main_thread_only: None) -> Iterator[None]:
    """After each test: Qt's deferred deletes sent, then the passes due made, on this thread.

    The young generation's pass at least (only what the test made: short): a worker of the next
    test that collects on purpose (the library's terms read tidies up, ``gc.collect(1)``) then
    finds none of this test's widgets in it.
    """
    yield
    gc.disable()  # app code that ends a pause of its own turns it on (gui_command.run)
    _send_deferred_deletes()
    if collect_due() is None:
        gc.collect(0)
    _send_deferred_deletes()  # what destructors in that pass handed to deleteLater


@pytest.fixture
def automatic_collector() -> Iterator[None]:
    """Python's automatic collector on for one test (pauses are checked against it), then off.

    Earlier tests' garbage is freed here first, on this thread: a pass the test sets off in a
    worker then finds none of their widgets.
    """
    _send_deferred_deletes()
    gc.collect()
    gc.enable()
    yield
    gc.disable()


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where temporary folders go (the converter's, an import's), so a test can see that none
    is left."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _send_deferred_deletes() -> None:
    """Delete the Qt objects handed to deleteLater, if this run has a Qt application at all."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None or qt_core.QCoreApplication.instance() is None:
        return
    qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete)
