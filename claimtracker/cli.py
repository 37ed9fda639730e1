"""Headless subcommands; output a script can parse, exit codes 0 / 1 / 2. No Qt import."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from claimtracker import __version__
from claimtracker.core.errors import ClaimTrackerError, UserError
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter

COMMANDS = ("init", "import", "articles", "claim", "claims", "export", "backup", "check")


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

    sub.add_parser("init", parents=[db_option], help="create a new, empty database")

    p = sub.add_parser(
        "import",
        parents=[db_option],
        help="import article files (prints the new ids) or merge a JSON export",
    )
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--title")
    p.add_argument("--url")
    p.add_argument("--outlet")
    p.add_argument("--author")
    p.add_argument("--language")
    _format_option(p, ("table", "json"))

    p = sub.add_parser("articles", parents=[db_option], help="list articles")
    _format_option(p, ("table", "json"))

    claim = sub.add_parser("claim", help="work on one claim")
    claim_sub = claim.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    p = claim_sub.add_parser("add", parents=[db_option], help="add a claim from a quote")
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--quote", required=True, metavar="TEXT")
    p.add_argument(
        "--occurrence",
        type=int,
        default=1,
        metavar="N",
        help="which appearance of the quote, counting from 1 (default 1)",
    )
    p.add_argument("--statement")
    p.add_argument("--claimant", default="")
    p.add_argument("--status")
    p.add_argument("--verdict")
    p.add_argument("--tag", action="append", default=[], dest="tags", metavar="TAG")
    p.add_argument("--source", action="append", default=[], dest="sources", metavar="URL")
    _format_option(p, ("table", "json"))

    p = sub.add_parser("claims", parents=[db_option], help="list claims")
    _filter_options(p)
    _format_option(p, ("table", "csv", "json"))

    p = sub.add_parser("export", parents=[db_option], help="write a report or an export file")
    p.add_argument(
        "--format",
        choices=("csv", "json", "claimreview", "w3c"),
        required=True,
        help="csv: a report; json: everything, for merging into another database; "
        "claimreview: schema.org ClaimReview; w3c: W3C Web Annotations",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--columns",
        metavar="A,B,...",
        help="CSV columns in order (default: a standard set; see the README)",
    )
    p.add_argument(
        "--per-highlight",
        action="store_true",
        help="CSV: one row per highlight instead of one per claim",
    )
    p.add_argument(
        "--delimiter",
        choices=(",", ";"),
        default=",",
        help="';' suits spreadsheets in locales with a decimal comma",
    )
    p.add_argument("--no-bom", action="store_true", help="omit the UTF-8 byte order mark")
    p.add_argument(
        "--organisation",
        metavar="NAME",
        help="ClaimReview author (default: $CLAIMTRACKER_ORGANISATION)",
    )
    p.add_argument("--organisation-url", metavar="URL", help="ClaimReview author's web site")
    _filter_options(p)

    p = sub.add_parser("backup", parents=[db_option], help="consistent copy of the database")
    p.add_argument("out", type=Path, metavar="OUT")

    p = sub.add_parser(
        "check", parents=[db_option], help="integrity check, schema version, orphaned highlights"
    )
    _format_option(p, ("table", "json"))
    return parser


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument("--format", choices=choices, default="table")


def _filter_options(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument("--updated-from", type=_iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--updated-to", type=_iso_date, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--orphaned", action="store_true", help="only claims with orphaned highlights"
    )
    parser.add_argument(
        "--sort", choices=SORT_KEYS, default="id", help="order of the claims (default: id)"
    )
    parser.add_argument("--descending", action="store_true", help="reverse the order")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def run(
    args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run one parsed subcommand; errors become one line on stderr and an exit code."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    from claimtracker.core.db import Database

    db: Database | None = None
    try:
        if args.command == "init":
            return _init(args, stdout)
        db = open_for_cli(args.db)
        return HANDLERS[args.command](args, db, stdout, stderr)
    except ClaimTrackerError as exc:
        print(f"claimtracker: {exc}", file=stderr)
        return exc.exit_code
    except SQLAlchemyError as exc:  # e.g. still locked by another program after the timeout
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        print(f"claimtracker: database error: {reason}", file=stderr)
        return 2
    except KeyboardInterrupt:
        print("claimtracker: interrupted", file=stderr)
        return 130
    finally:
        if db is not None:
            db.close()


def open_for_cli(target: str | None):
    """The named database (which must exist), or the default one, created on first use."""
    from claimtracker.core.db import create_database, default_database_path, open_database

    if target:
        return open_database(target)
    path = default_database_path()
    if path.exists():
        return open_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_database(path)


def _services(db):
    from claimtracker.core.services import Services
    from claimtracker.core.services.changelog import default_analyst_name

    return Services(db, default_analyst_name())


def _init(args: argparse.Namespace, stdout: TextIO) -> int:
    from claimtracker.core.db import create_database, default_database_path

    path = Path(args.db) if args.db else default_database_path()
    if not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    create_database(path).close()
    print(path, file=stdout)
    return 0


def _cmd_import(args, db, stdout, stderr) -> int:
    from claimtracker.core.services.articles import ArticleMetadata

    services = _services(db)
    metadata = ArticleMetadata(
        title=args.title,
        outlet=args.outlet,
        author=args.author,
        url=args.url,
        language=args.language,
    )
    failed = 0
    imported = []
    for path in args.files:
        if path.suffix.lower() == ".json":
            failed += _merge_export(path, db, stdout, stderr, args.format)
            continue
        try:
            info = services.articles.import_file(path, metadata)
        except UserError as exc:
            print(f"claimtracker: {exc}", file=stderr)
            failed += 1
            continue
        imported.append(info)
        if args.format == "table":
            print(info.id, file=stdout)
    if args.format == "json":
        _print_json([_plain(a) for a in imported], stdout)
    return 1 if failed else 0


def _merge_export(path: Path, db, stdout, stderr, fmt: str) -> int:
    """Merge a JSON export; returns 1 when it could not be read, else 0."""
    from claimtracker.core.exporters.interchange import read_export
    from claimtracker.core.services.changelog import default_analyst_name
    from claimtracker.core.services.merge import Merger

    try:
        data = read_export(path)
    except UserError as exc:
        print(f"claimtracker: {exc}", file=stderr)
        return 1
    report = Merger(db, default_analyst_name(), path.name).merge(data)
    if fmt == "json":
        _print_json(dataclasses.asdict(report), stdout)
    else:
        added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
        updated = ", ".join(f"{n} {k}" for k, n in report.updated.items())
        print(
            f"{path.name}: added {added}" + (f"; updated {updated}" if updated else ""), file=stdout
        )
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
    return 0


def _cmd_articles(args, db, stdout, stderr) -> int:
    articles = _services(db).articles.all()
    if args.format == "json":
        _print_json([_plain(a) for a in articles], stdout)
    else:
        _print_table(
            ("id", "claims", "published", "outlet", "title"),
            [
                (a.id, a.claim_count, a.published_at or "", a.outlet or "", a.title)
                for a in articles
            ],
            stdout,
        )
    return 0


def _cmd_claim(args, db, stdout, stderr) -> int:
    claim = _services(db).claims.create_from_quote(
        args.article,
        args.quote,
        args.occurrence,
        statement=args.statement,
        claimant=args.claimant,
        status=args.status,
        verdict=args.verdict,
        tags=args.tags,
        sources=args.sources,
    )
    if args.format == "json":
        _print_json(_claim_json(claim), stdout)
    else:
        print(claim.id, file=stdout)
    return 0


def _claim_filter(args, db):
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


def _cmd_claims(args, db, stdout, stderr) -> int:
    services = _services(db)
    claims = services.claims.find(_claim_filter(args, db), args.sort, args.descending)
    if args.format == "json":
        _print_json([_claim_json(c) for c in claims], stdout)
    elif args.format == "csv":
        from claimtracker.core.exporters.csv_export import neutralise, write_rows

        statuses = {t.key: t.label for t in services.terms.statuses()}
        verdicts = {t.key: t.label for t in services.terms.verdicts()}
        header = ("id", "statement", "claimant", "status", "verdict", "tags", "quotes", "uuid")
        rows = (
            [
                c.id,
                neutralise(c.statement),
                neutralise(c.claimant),
                statuses.get(c.status, c.status),
                verdicts.get(c.verdict or "", ""),
                neutralise("; ".join(c.tags)),
                neutralise("\n".join(h.exact for h in c.highlights)),
                c.uuid,
            ]
            for c in claims
        )
        write_rows(stdout, header, rows, neutralised=True)
    else:
        _print_table(
            ("id", "status", "verdict", "claimant", "statement"),
            [(c.id, c.status, c.verdict or "", c.claimant, c.statement) for c in claims],
            stdout,
        )
    return 0


def _cmd_export(args, db, stdout, stderr) -> int:
    import os

    from claimtracker.core.exporters import interchange, standards
    from claimtracker.core.exporters.csv_export import export_csv

    claim_filter = _claim_filter(args, db)
    if args.format == "csv":
        columns = (
            [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
        )
        count = export_csv(
            db,
            args.out,
            claim_filter,
            columns=columns,
            per_highlight=args.per_highlight,
            sort=args.sort,
            descending=args.descending,
            delimiter=args.delimiter,
            bom=not args.no_bom,
        )
        what = "highlights" if args.per_highlight else "claims"
        print(f"{count} {what} written to {args.out}", file=stderr)
        return 0
    everything = claim_filter == ClaimFilter()
    data = interchange.export_data(db, None if everything else claim_filter)
    if args.format == "json":
        document: object = data
        count = len(data["claims"])
    elif args.format == "claimreview":
        organisation = args.organisation or os.environ.get("CLAIMTRACKER_ORGANISATION", "")
        if not organisation.strip():
            raise UserError("ClaimReview needs the reviewing organisation: --organisation NAME")
        document = standards.claim_review(data, organisation.strip(), args.organisation_url)
        count = len(document)  # type: ignore[arg-type]
    else:
        document = standards.web_annotations(data)
        count = document["total"]  # type: ignore[index]
    interchange.write_json(args.out, document)
    print(
        f"{count} {'highlights' if args.format == 'w3c' else 'claims'} written to {args.out}",
        file=stderr,
    )
    return 0


def _cmd_backup(args, db, stdout, stderr) -> int:
    out = db.backup(args.out)
    print(out, file=stdout)
    return 0


def _cmd_check(args, db, stdout, stderr) -> int:
    from claimtracker.core.health import SCHEMA_HEAD, check_database

    report = check_database(db)
    if args.format == "json":
        _print_json(
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
            print(f"  claim {h['claim']} article {h['article']}: {h['exact'][:60]!r}", file=stdout)
        if report.mismatched:
            print(f"highlights not matching their text: {len(report.mismatched)}", file=stdout)
    if report.integrity != ["ok"]:
        print(f"claimtracker: integrity check failed: {report.integrity[0]}", file=stderr)
        return 2
    return 0


HANDLERS = {
    "import": _cmd_import,
    "articles": _cmd_articles,
    "claim": _cmd_claim,
    "claims": _cmd_claims,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "check": _cmd_check,
}


def _claim_json(claim) -> dict:
    data = _plain(claim)
    for h in data["highlights"]:
        for key in ("id", "uuid", "claim_id", "prefix", "suffix"):
            h.pop(key, None)
    return data


def _plain(record) -> dict:
    return json.loads(json.dumps(dataclasses.asdict(record), default=_json_default))


def _json_default(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _print_json(data, stdout: TextIO) -> None:
    json.dump(data, stdout, ensure_ascii=False, indent=2, default=_json_default)
    stdout.write("\n")


def _print_table(header: Sequence[str], rows: Sequence[Sequence[object]], stdout: TextIO) -> None:
    cells = [[str(v).replace("\n", " ") for v in header]]
    cells += [[" ".join(str(v).split()) for v in row] for row in rows]
    widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(header) - 1)]
    for row in cells:
        head = "  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=False))
        print(f"{head}  {row[-1]}".rstrip(), file=stdout)
