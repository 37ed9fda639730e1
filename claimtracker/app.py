"""Composition root: parse the command line, then run a subcommand or open the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimtracker.cli import build_parser, run

if TYPE_CHECKING:
    from claimtracker.ui.main_window import MainWindow
    from claimtracker.ui.settings import AppSettings


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimtracker`` command."""
    args = build_parser().parse_args(argv)
    if args.command:
        return run(args)
    from claimtracker.ui.launch import run_gui

    return run_gui(args.db, sys.argv[:1])


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
