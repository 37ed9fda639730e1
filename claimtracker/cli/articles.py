"""Subcommands for articles: ``import`` (files, web pages, or a JSON export to merge) and
``articles``."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from claimtracker.cli.common import format_option, services
from claimtracker.cli.output import plain, print_json, print_table
from claimtracker.core.errors import UserError


def register(sub, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[db_option],
        help="import article files or web pages (prints the new ids) or merge a JSON export",
    )
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--title")
    p.add_argument("--url")
    p.add_argument("--outlet")
    p.add_argument("--author")
    p.add_argument("--language")
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="longest wait for a web server (default 20)",
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=import_files)

    p = sub.add_parser("articles", parents=[db_option], help="list articles")
    p.add_argument(
        "--search", metavar="Q", help="words in the title, text, outlet or author (accents ignored)"
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=list_articles)


def import_files(args, db, stdout, stderr) -> int:
    from claimtracker.core.importers.fetch import is_web_address
    from claimtracker.core.services.articles import ArticleMetadata

    metadata = ArticleMetadata(
        title=args.title,
        outlet=args.outlet,
        author=args.author,
        url=args.url,
        language=args.language,
    )
    articles = services(db).articles
    failed = 0
    imported = []
    for name in args.files:
        path = Path(name)
        if not is_web_address(name) and path.suffix.lower() == ".json":
            failed += _merge_export(path, db, stdout, stderr, args.format)
            continue
        try:
            if is_web_address(name):
                info = articles.import_url(name, metadata, timeout=args.timeout)
            else:
                info = articles.import_file(path, metadata)
        except UserError as exc:
            print(f"claimtracker: {exc}", file=stderr)
            failed += 1
            continue
        imported.append(info)
        for warning in info.warnings:
            print(f"claimtracker: warning: {_named(warning, path)}", file=stderr)
        if args.format == "table":
            print(info.id, file=stdout)
    if args.format == "json":
        print_json([plain(a) for a in imported], stdout)
    return 1 if failed else 0


def _named(warning: str, path: Path) -> str:
    """The warning with the file it is about in front (once)."""
    return warning if warning.startswith(f"{path.name}:") else f"{path.name}: {warning}"


def _merge_export(path: Path, db, stdout, stderr, fmt: str) -> int:
    """Merge a JSON export; returns 1 when it was refused (nothing written), else 0."""
    from claimtracker.core.analyst import default_analyst_name
    from claimtracker.core.exporters.interchange import read_export
    from claimtracker.core.services.merge import Merger

    try:
        report = Merger(db, default_analyst_name(), path.name).merge(read_export(path))
    except UserError as exc:
        print(f"claimtracker: {exc}", file=stderr)
        return 1
    if fmt == "json":
        print_json(dataclasses.asdict(report), stdout)
        return 0
    added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
    updated = ", ".join(f"{n} {k}" for k, n in report.updated.items())
    print(f"{path.name}: added {added}" + (f"; updated {updated}" if updated else ""), file=stdout)
    for conflict in report.conflicts:
        if conflict["kind"] == "claim":
            print(
                f"conflict: claim {conflict['uuid']} changed on both sides "
                f"({', '.join(conflict['fields']) or 'links'}); theirs kept as claim "
                f"{conflict['their_copy']}, tagged 'merge conflict'",
                file=stdout,
            )
        else:
            print(f"conflict: article {conflict['uuid']}: {conflict['detail']}", file=stdout)
    for moved in report.reanchored:
        print(
            f"re-anchored: highlight {moved['highlight']} of claim {moved['claim']}: its quote "
            f"was not at {moved['was'][0]}-{moved['was'][1]}; now {moved['state']}"
            + ("" if moved["state"] == "orphaned" else f" at {moved['now'][0]}-{moved['now'][1]}"),
            file=stdout,
        )
    return 0


def list_articles(args, db, stdout, stderr) -> int:
    found = services(db).articles
    articles = found.search(args.search) if args.search else found.all()
    if args.format == "json":
        # Warnings belong to an import, not to the stored article.
        print_json(
            [{k: v for k, v in plain(a).items() if k != "warnings"} for a in articles], stdout
        )
    else:
        print_table(
            ("id", "claims", "published", "outlet", "title"),
            [
                (a.id, a.claim_count, a.published_at or "", a.outlet or "", a.title)
                for a in articles
            ],
            stdout,
        )
    return 0
