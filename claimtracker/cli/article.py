"""Subcommands for one article: ``article versions``, ``update``, ``diff``, ``edit``, ``delete``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from claimtracker.cli.common import format_option, services
from claimtracker.cli.output import plain, print_json, print_table, utc_iso
from claimtracker.core.errors import UserError


def register(sub, db_option: argparse.ArgumentParser) -> None:
    article = sub.add_parser("article", help="work on one article: versions, edits, deletion")
    actions = article.add_subparsers(dest="article_command", metavar="ACTION", required=True)

    p = actions.add_parser("versions", parents=[db_option], help="list the texts of an article")
    p.add_argument("id", type=int, metavar="ID")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=list_versions)

    p = actions.add_parser(
        "update",
        parents=[db_option],
        help="store a newer text from a file or web address (none: fetch the article's URL "
        "again) and re-anchor the highlights",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("source", nargs="?", metavar="FILE|URL")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse unless the article is at N")
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="longest wait for a web server (default 20)",
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=update_article)

    p = actions.add_parser(
        "diff", parents=[db_option], help="word-level differences between two versions"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--from", dest="from_version", type=int, metavar="N", help="default: previous")
    p.add_argument("--to", dest="to_version", type=int, metavar="M", help="default: current")
    p.add_argument("--full", action="store_true", help="the whole text, not only changed lines")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=diff_versions)

    p = actions.add_parser("edit", parents=[db_option], help="correct an article's metadata")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--title")
    p.add_argument("--outlet", help='"" clears it (also for author, URL, language, date)')
    p.add_argument("--author")
    p.add_argument("--published", type=_date_or_empty, metavar="YYYY-MM-DD")
    p.add_argument("--url")
    p.add_argument("--language", metavar="CODE")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse unless the article is at N")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=edit_article)

    p = actions.add_parser(
        "delete",
        parents=[db_option],
        help="delete an article with its highlights and the claims that appear only in it",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse unless the article is at N")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=delete_article)


def _date_or_empty(value: str) -> date | str:
    if not value.strip():
        return ""
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


def list_versions(args, db, stdout, stderr) -> int:
    versions = services(db).versions.versions(args.id)
    if args.format == "json":
        print_json(
            [
                {
                    "number": v.number,
                    "current": v.current,
                    "sha256": v.sha256,
                    "text_sha256": v.text_sha256,
                    "imported_at": utc_iso(v.imported_at),
                    "retrieved_at": utc_iso(v.retrieved_at),
                    "characters": v.characters,
                    "source": {
                        "format": v.source_format,
                        "name": v.source_name,
                        "url": v.source_url,
                        "redirects": list(v.redirects),
                    },
                }
                for v in versions
            ],
            stdout,
        )
    else:
        print_table(
            ("version", "imported", "retrieved", "sha256", "source"),
            [
                (
                    f"{v.number}{' *' if v.current else ''}",
                    utc_iso(v.imported_at),
                    utc_iso(v.retrieved_at) or "",
                    (v.sha256 or "")[:16],
                    v.source_url or v.source_name or v.source_format,
                )
                for v in versions
            ],
            stdout,
        )
    return 0


def update_article(args, db, stdout, stderr) -> int:
    found = services(db)
    incoming = found.versions.read_source(args.id, args.source, timeout=args.timeout)
    report = found.versions.add_version(args.id, incoming, expected_version=args.if_version)
    review = [r for r in report.highlights if r.state != "anchored"]
    if args.format == "json":
        print_json(
            {
                "article": report.article_id,
                "changed": report.changed,
                "version": report.version,
                "previous_version": report.previous_version,
                **{state: report.counts.get(state, 0) for state in _STATES},
                "claims": list(report.affected_claims),
                "highlights": [
                    {
                        "highlight": r.after.id,
                        "claim": r.after.claim_id,
                        "state": r.state,
                        "start": r.after.start,
                        "end": r.after.end,
                        "exact": r.after.exact,
                        "current_exact": r.after.current_exact,
                        "score": r.score,
                    }
                    for r in review
                ],
            },
            stdout,
        )
        return 0
    if not report.changed:
        print(f"article {report.article_id}: unchanged (version {report.version})", file=stdout)
        return 0
    counts = ", ".join(f"{report.counts.get(s, 0)} {s}" for s in _STATES)
    print(
        f"article {report.article_id}: version {report.version} (was {report.previous_version});"
        f" highlights: {counts}",
        file=stdout,
    )
    for r in review:
        line = f"claim {r.after.claim_id}: {r.state}: “{r.after.exact}”"
        if r.after.current_exact:
            line += f" now reads “{r.after.current_exact}”"
        print(line, file=stdout)
    return 0


_STATES = ("anchored", "moved", "fuzzy", "orphaned")


def diff_versions(args, db, stdout, stderr) -> int:
    from claimtracker.core.diffing import condensed_text, marked_text

    versions = services(db).versions
    current = versions.versions(args.id)[-1].number
    to_version = args.to_version or current
    from_version = args.from_version or max(1, to_version - 1)
    segments = versions.diff(args.id, from_version, to_version)
    if args.format == "json":
        print_json(
            {
                "article": args.id,
                "from": from_version,
                "to": to_version,
                "segments": [plain(s) for s in segments],
            },
            stdout,
        )
        return 0
    shown = marked_text(segments) if args.full else condensed_text(segments)
    if not any(s.op != "equal" for s in segments):
        print(f"no differences between version {from_version} and {to_version}", file=stdout)
        return 0
    print(f"article {args.id}: version {from_version} -> {to_version}", file=stdout)
    print("[-removed-] {+added+}", file=stdout)
    print(file=stdout)
    print(shown, file=stdout)
    return 0


def edit_article(args, db, stdout, stderr) -> int:
    changes: dict[str, Any] = {}  # keyword arguments of ArticleService.update
    for option, key in (
        ("title", "title"),
        ("outlet", "outlet"),
        ("author", "author"),
        ("url", "url"),
        ("language", "language"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[key] = value
    if args.published is not None:
        changes["published_at"] = args.published or None
    if not changes:
        raise UserError(
            "nothing to change: give --title, --outlet, --author, --published, --url or --language"
        )
    info = services(db).articles.update(args.id, expected_version=args.if_version, **changes)
    if args.format == "json":
        print_json(plain(info), stdout)
    else:
        print(
            f"article {info.id}: {', '.join(changes)} saved (version {info.version})", file=stdout
        )
    return 0


def delete_article(args, db, stdout, stderr) -> int:
    snapshot = services(db).articles.delete(args.id, expected_version=args.if_version)
    deleted = sorted(snapshot.deleted_claims)
    kept = sorted(snapshot.kept_claims)
    if args.format == "json":
        print_json(
            {
                "article": plain(snapshot.article),
                "versions": len(snapshot.versions) + 1,
                "deleted_claims": deleted,
                "kept_claims": kept,
            },
            stdout,
        )
        return 0
    line = f"deleted article {snapshot.article.id} ({snapshot.article.title})"
    if deleted:
        line += f" with {len(deleted)} claim(s) that appeared only in it: {_ids(deleted)}"
    print(line, file=stdout)
    if kept:
        print(f"claims kept, without their appearances in it: {_ids(kept)}", file=stdout)
    return 0


def _ids(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)
