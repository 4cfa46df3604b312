"""The SQL statements a command runs on its library: a connection trace, to count queries."""

from __future__ import annotations

import argparse
from types import ModuleType

import pytest

from desktop.cli import library_option
from desktop.core.storage.library import Library


def trace_statements(monkeypatch: pytest.MonkeyPatch, command: ModuleType) -> list[str]:
    """Have ``command``'s module open its library traced: the list fills as it runs."""
    statements: list[str] = []

    def traced(args: argparse.Namespace, *, create: bool = True) -> Library:
        library = library_option.open_cli_library(args, create=create)
        library.db._conn.set_trace_callback(statements.append)
        return library

    monkeypatch.setattr(command, "open_cli_library", traced)
    return statements
