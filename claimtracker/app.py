"""Composition root: parse the command line, then run a subcommand or open the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from claimtracker.cli import build_parser, run


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimtracker`` command."""
    args = build_parser().parse_args(argv)
    if args.command:
        return run(args)
    from claimtracker.ui.launch import run_gui

    return run_gui(args.db, sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
