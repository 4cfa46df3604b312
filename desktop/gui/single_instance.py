"""One window per library: a second Pizhu started on a library hands its files to the first.

The first process holds ``<library>.lock`` (a ``QLockFile``, taken by ``app_paths.claim_library``
before the library opens) and, once its window has painted, listens on a local socket whose
name derives from the library's resolved path. A second process that finds the lock taken
connects, sends its FILEs as one line of JSON and waits for ``ok``: the first imports them as a
drop would and comes to the front, and the second exits without a window. If nobody answers
within ``HAND_OVER_TIMEOUT_MS``, the second says which process has the library open.

QtNetwork loads only here: after the first paint in the first process, at once in the second.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_DISPLAY_NAME
from desktop.core.text_templates import fill

HAND_OVER_TIMEOUT_MS = 2000
"""How long a second process waits for the first to take its files."""

_ACK = b"ok\n"
_RETRY_MS = 50


def server_name(library_path: Path) -> str:
    """The local socket's name for a library: the same for every way of naming its file."""
    digest = hashlib.sha256(str(library_path.resolve()).encode("utf-8")).hexdigest()
    return f"pizhu-{digest[:32]}"


def hand_over(
    library_path: Path, files: Sequence[Path], timeout_ms: int = HAND_OVER_TIMEOUT_MS
) -> bool:
    """Give ``files`` to the Pizhu that has the library open; True once it has taken them."""
    deadline = QDeadlineTimer(timeout_ms)
    message = json.dumps({"files": [str(path) for path in files]}).encode("utf-8") + b"\n"
    while not deadline.hasExpired():
        socket = QLocalSocket()
        socket.connectToServer(server_name(library_path))
        if socket.waitForConnected(deadline.remainingTime()):
            return _send(socket, message, deadline)
        # Not listening yet (it listens once its window has painted): try again shortly.
        QThread.msleep(min(_RETRY_MS, max(deadline.remainingTime(), 0)))
    return False


def _send(socket: QLocalSocket, message: bytes, deadline: QDeadlineTimer) -> bool:
    socket.write(message)
    if not socket.waitForBytesWritten(deadline.remainingTime()):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(deadline.remainingTime()):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == _ACK


def say_already_open(holder_pid: int, library_path: Path, parent: QWidget | None = None) -> None:
    """The other process did not answer: say which one has the library open (and wait)."""
    text = QCoreApplication.translate(
        "InstanceServer", "Pizhu is already open on this library (process %1)."
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_DISPLAY_NAME, fill(text, str(holder_pid)), parent=parent
    )
    box.setObjectName("already_open")
    box.setInformativeText(str(library_path))
    box.exec()


class InstanceServer(QObject):
    """Listens for later Pizhu processes started on the same library and takes their files."""

    files_received = Signal(list)
    """Paths (str) another process was started with; empty when it was started bare."""

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instance_server")
        self._name = server_name(library_path)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._buffers: dict[int, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if the name cannot be taken (then each process goes alone)."""
        # This process holds the library's lock, so a socket left under the name is a crashed
        # process's: remove it rather than fail.
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[id(socket)] = b""
            # Bound slots, not lambdas: Qt drops them with this object, whatever outlives it.
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(self._on_socket_disconnected)

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        assert isinstance(socket, QLocalSocket)
        key = id(socket)
        received = self._buffers.get(key, b"") + bytes(socket.readAll().data())
        *lines, rest = received.split(b"\n")
        self._buffers[key] = rest
        for line in lines:
            files = _parse(line)
            socket.write(_ACK if files is not None else b"bad\n")
            socket.flush()
            if files is not None:
                self.files_received.emit(files)

    @Slot()
    def _on_socket_disconnected(self) -> None:
        socket = self.sender()
        assert isinstance(socket, QLocalSocket)
        self._buffers.pop(id(socket), None)
        socket.deleteLater()


def _parse(received: bytes) -> list[str] | None:
    """The files of a hand-over message, or None if it is not one."""
    try:
        message = json.loads(received.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(name, str) for name in files):
        return None
    return files
