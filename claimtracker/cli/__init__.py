"""Headless subcommands; output a script can parse, exit codes 0 / 1 / 2. No Qt import.

Each module of this package registers one group of subcommands; a parsed command carries its
handler, ``handler(args, db, stdout, stderr) -> exit code``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from claimtracker import __version__
from claimtracker.cli import article, articles, claims, exporting, intel, maintenance, scales
from claimtracker.cli.common import open_for_cli
from claimtracker.core.errors import ClaimTrackerError

GROUPS = (maintenance, articles, article, claims, exporting, intel, scales)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; ``--db`` is accepted before or after the subcommand."""
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file or postgresql:// URL (default: the user's database)",
    )
    parser = argparse.ArgumentParser(
        prog="claimtracker",
        description="Track factual claims in news articles. Without a subcommand, open the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="database file or postgresql:// URL (default: the user's database)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub, db_option)
    return parser


def run(
    args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run one parsed subcommand; errors become one line on stderr and an exit code."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    db = None
    try:
        if getattr(args, "needs_db", True):
            db = open_for_cli(args.db)
            if db.notice:
                print(f"claimtracker: {db.notice}", file=stderr)
        return args.handler(args, db, stdout, stderr)
    except ClaimTrackerError as exc:
        print(f"claimtracker: {exc}", file=stderr)
        return exc.exit_code
    except SQLAlchemyError as exc:  # e.g. still locked by another program after the timeout
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        print(f"claimtracker: database error: {reason}", file=stderr)
        return 2
    except OverflowError as exc:  # e.g. an id beyond 64 bits given to a lookup by id
        print(f"claimtracker: a number is out of range ({exc})", file=stderr)
        return 1
    except KeyboardInterrupt:
        print("claimtracker: interrupted", file=stderr)
        return 130
    finally:
        if db is not None:
            db.close()
