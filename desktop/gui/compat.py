"""Work-arounds for bugs of the Qt binding that the whole GUI depends on.

PySide6 6.12 on CPython 3.11 returns ``None`` from every void C++ method without taking a
reference to it (on 3.12+ ``None`` is immortal, so the binding no longer bothers). Each call
then costs ``None`` one reference, and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc" (at the latest when it shuts down). Until the binding is
fixed we give ``None`` so many references that it can never run out, which is exactly what
Python 3.12 does for it.
"""

from __future__ import annotations

import ctypes
import sys

_NONE_REFERENCE_BALLAST = 1 << 40
"""About 10¹² extra references: a leak of one per Qt call would take years to use them up."""

_applied = False


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal on CPython before 3.12 (idempotent)."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _NONE_REFERENCE_BALLAST
    _applied = True
