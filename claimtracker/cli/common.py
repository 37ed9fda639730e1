"""What the subcommands share: the database to open, the analyst, filter and format options."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from claimtracker.core.services.query import SORT_KEYS

if TYPE_CHECKING:
    from claimtracker.core.db import Database
    from claimtracker.core.services import Services
    from claimtracker.core.services.query import ClaimFilter


def open_for_cli(target: str | None) -> Database:
    """The named database (which must exist), or the default one, created on first use."""
    from pathlib import Path

    from claimtracker.core.db import create_database, open_database
    from claimtracker.core.locations import default_database_path

    if target:
        return open_database(target)
    path: Path = default_database_path()
    if path.exists():
        return open_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_database(path)


def services(db: Database) -> Services:
    """The services of ``db``, acting as the analyst named in the environment."""
    from claimtracker.core.analyst import default_analyst_name
    from claimtracker.core.services import Services

    return Services(db, default_analyst_name())


def format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument("--format", choices=choices, default="table")


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def filter_options(parser: argparse.ArgumentParser) -> None:
    """The claim filters and orders shared by ``claims`` and ``export``."""
    parser.add_argument("--status")
    parser.add_argument("--verdict")
    parser.add_argument("--tag")
    parser.add_argument("--article", type=int, metavar="ID")
    parser.add_argument("--outlet")
    parser.add_argument("--claimant")
    parser.add_argument(
        "--search", metavar="Q", help="words to find in claims and in the text of their articles"
    )
    parser.add_argument(
        "--claims-only",
        action="store_true",
        help="search claims only, not the text of their articles",
    )
    parser.add_argument("--updated-from", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--updated-to", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--orphaned", action="store_true", help="only claims with orphaned highlights"
    )
    parser.add_argument(
        "--sort", choices=SORT_KEYS, default="id", help="order of the claims (default: id)"
    )
    parser.add_argument("--descending", action="store_true", help="reverse the order")


def claim_filter(args: argparse.Namespace, db: Database) -> ClaimFilter:
    """The filter named by :func:`filter_options`, with status and verdict names resolved."""
    from claimtracker.core.services.query import ClaimFilter
    from claimtracker.core.services.terms import resolve_status, resolve_verdict

    with db.read() as session:
        status = resolve_status(session, args.status) if args.status else None
        verdict = resolve_verdict(session, args.verdict) if args.verdict else None
    return ClaimFilter(
        status=status,
        verdict=verdict,
        tag=args.tag,
        article_id=args.article,
        outlet=args.outlet,
        claimant=args.claimant,
        search=args.search,
        search_articles=not args.claims_only,
        updated_from=args.updated_from,
        updated_to=args.updated_to,
        orphaned_only=args.orphaned,
    )
