"""Subcommands that look after the database file: ``init``, ``backup`` and ``check``."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from claimtracker.cli.common import format_option
from claimtracker.cli.output import print_json


def register(sub, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[db_option], help="create a new, empty database")
    p.set_defaults(handler=init, needs_db=False)

    p = sub.add_parser("backup", parents=[db_option], help="consistent copy of the database")
    p.add_argument("out", metavar="OUT")
    p.set_defaults(handler=backup)

    p = sub.add_parser(
        "check", parents=[db_option], help="integrity check, schema version, orphaned highlights"
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=check)


def init(args, db, stdout, stderr) -> int:
    """A new database file, or the schema made in an empty server database (a URL)."""
    from claimtracker.core.db import create_database
    from claimtracker.core.locations import default_database_path

    if args.db and "://" in args.db:
        created = create_database(args.db)
        print(created.name, file=stdout)
        created.close()
        return 0
    path = Path(args.db) if args.db else default_database_path()
    if not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    create_database(path).close()
    print(path, file=stdout)
    return 0


def backup(args, db, stdout, stderr) -> int:
    print(db.backup(args.out), file=stdout)
    return 0


def check(args, db, stdout, stderr) -> int:
    from claimtracker.core.health import SCHEMA_HEAD, check_database

    report = check_database(db)
    if args.format == "json":
        print_json(
            dict(dataclasses.asdict(report), ok=report.ok, schema_current=SCHEMA_HEAD), stdout
        )
    else:
        state = "current" if report.schema == SCHEMA_HEAD else f"program knows {SCHEMA_HEAD}"
        print(f"integrity: {'; '.join(report.integrity)}", file=stdout)
        print(f"schema: {report.schema} ({state})", file=stdout)
        print(
            f"articles: {report.articles}  claims: {report.claims}  "
            f"highlights: {report.highlights}",
            file=stdout,
        )
        print(f"orphaned highlights: {len(report.orphaned)}", file=stdout)
        for h in report.orphaned:
            found: dict[str, Any] = dict(h)
            claim, article, exact = found["claim"], found["article"], str(found["exact"])
            print(f"  claim {claim} article {article}: {exact[:60]!r}", file=stdout)
        if report.mismatched:
            print(f"highlights not matching their text: {len(report.mismatched)}", file=stdout)
    if report.integrity != ["ok"]:
        print(f"claimtracker: integrity check failed: {report.integrity[0]}", file=stderr)
        return 2
    if report.mismatched:
        print(
            f"claimtracker: {len(report.mismatched)} highlight(s) do not match their article "
            "text at their offsets (check --format json lists them)",
            file=stderr,
        )
        return 2
    return 0
