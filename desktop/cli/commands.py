"""The list of command modules; each module's ``register`` adds its subcommand(s)."""

from __future__ import annotations

from desktop.cli import (
    annotation_commands,
    compare_command,
    export_commands,
    gui_command,
    language_commands,
    library_commands,
    outline,
    search_command,
    tag_commands,
    trend_command,
)

REGISTRARS = [
    outline.register,
    library_commands.register,
    annotation_commands.register,
    tag_commands.register,
    search_command.register,
    compare_command.register,
    language_commands.register,
    trend_command.register,
    export_commands.register,
    gui_command.register,
]
