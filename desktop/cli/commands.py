"""The list of command modules; each module's ``register`` adds its subcommand(s)."""

from __future__ import annotations

from desktop.cli import outline

REGISTRARS = [
    outline.register,
]
