"""Composition root: parse the command line, then run a subcommand or open the window.

Opening the window must not wait for the command line's modules (every subcommand's parser,
exporters, importers): the few options the window takes are read here, and the command line
is imported only when a subcommand (or ``--help``, ``--version``, anything else) is given.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtracker.ui.main_window import MainWindow
    from claimtracker.ui.settings import AppSettings

_NO_WINDOW = object()


def window_target(argv: Sequence[str]) -> str | None | object:
    """The database named by a command line that only opens the window (``[--db PATH]``),
    ``_NO_WINDOW`` for any other command line."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return argv[0][5:]
    return _NO_WINDOW


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimtracker`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    target = window_target(argv)
    if target is _NO_WINDOW:
        from claimtracker.cli import build_parser, run

        args = build_parser().parse_args(argv)
        if args.command:
            return run(args)
        target = args.db
    from claimtracker.ui.launch import run_gui

    return run_gui(target, sys.argv[:1])  # type: ignore[arg-type]


def create_main_window(db_path: str | Path, settings: AppSettings | None = None) -> MainWindow:
    """The main window on an existing database (a ``QApplication`` must exist)."""
    from claimtracker.core.db import open_database
    from claimtracker.ui.launch import build_window, prepare_application
    from claimtracker.ui.settings import AppSettings

    settings = settings or AppSettings()
    prepare_application(settings.language)
    return build_window(open_database(db_path), settings)


if __name__ == "__main__":
    raise SystemExit(main())
