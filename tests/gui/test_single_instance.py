"""Tests for desktop/gui/single_instance.py: one window per library.

The hand-over runs between two real processes (the second is ``main.py`` with the offscreen
platform); the messages are checked in-process with two claims on one library (the lock itself in
tests/test_app_paths.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app_paths import claim_library
from desktop.gui.app import listen_for_other_instances
from desktop.gui.main_window import MainWindow
from desktop.gui.single_instance import InstanceServer, hand_over, say_already_open, server_name
from tests.gui.files import good_file

ROOT = Path(__file__).resolve().parents[2]
IMPORT_TIMEOUT_MS = 60_000


def test_the_server_name_follows_the_file_not_the_way_it_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    library = tmp_path / "library.sqlite"
    assert server_name(tmp_path / "sub" / ".." / "library.sqlite") == server_name(library)
    assert server_name(tmp_path / "other.sqlite") != server_name(library)


def test_a_second_start_hands_its_files_to_the_first_window(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    lock = claim_library(library_path)
    assert lock is not None
    listen_for_other_instances(main_window)
    speech_file = good_file(tmp_path, title="在第二次启动时打开的讲话")
    env = dict(
        os.environ,
        PIZHU_LIBRARY=str(library_path),
        QT_QPA_PLATFORM="offscreen",
        PIZHU_STARTUP_PROBE="1",
    )
    second = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(speech_file)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=IMPORT_TIMEOUT_MS)
    finally:
        if second.poll() is None:
            second.kill()
        out, err = second.communicate()
        lock.unlock()
    assert second.returncode == 0, err
    assert "first-paint" not in out, "the second process showed no window"
    assert [o.path for o in done.args[0].imported] == [speech_file]
    titles = [c.title for c in main_window.session.collections()]
    assert any("第二次启动" in title for title in titles) or len(titles) == 2
    for box in main_window.findChildren(QMessageBox):
        box.close()


def test_nobody_answering_is_a_failed_hand_over(tmp_path: Path) -> None:
    assert not hand_over(tmp_path / "library.sqlite", [], timeout_ms=200)


def test_a_message_that_is_not_a_hand_over_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    server = InstanceServer(library)
    assert server.listen()
    received: list[list[str]] = []
    server.files_received.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(server_name(library))
    client.write(b'{"files": [1, 2]}\n')
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0)
    assert bytes(client.readAll().data()) == b"bad\n"
    assert received == []
    client.write(b'{"files": []}\n')
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0)
    assert bytes(client.readAll().data()) == b"ok\n"
    assert received == [[]]
    client.disconnectFromServer()
    qtbot.waitUntil(lambda: server.findChildren(QLocalSocket) == [])
    server.close()


def test_the_already_open_message_names_the_process(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(10)

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible():
            timer.stop()
            seen.append(modal.text())
            modal.accept()

    timer.timeout.connect(answer)
    timer.start()
    say_already_open(4242, tmp_path / "library.sqlite")
    assert seen == ["Pizhu is already open on this library (process 4242)."]
