"""Subcommands of claim intelligence: ``suggest``, ``similar`` and ``alias``."""

from __future__ import annotations

import argparse

from claimtracker.cli.common import format_option, services
from claimtracker.cli.output import print_json, print_table
from claimtracker.core.errors import UserError


def register(sub, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "suggest",
        parents=[db_option],
        help="sentences of an article worth checking, with score and reasons",
    )
    p.add_argument("article", type=int, metavar="ARTICLE_ID")
    p.add_argument(
        "--all",
        action="store_true",
        help="every sentence with its score (also dismissed and already claimed ones)",
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=suggest)

    p = sub.add_parser(
        "similar", parents=[db_option], help="the claims most similar to a claim or a text"
    )
    p.add_argument("claim", type=int, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--text", metavar="STATEMENT", help="compare this statement instead")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="how many (default 5)")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=similar)

    alias = sub.add_parser("alias", help="names that stand for the same country or institution")
    actions = alias.add_subparsers(dest="alias_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[db_option], help="list alias groups")
    p.add_argument("--group", metavar="GROUP", help="only this group (its key or any name)")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=list_aliases)
    p = actions.add_parser("add", parents=[db_option], help="add names to a group")
    p.add_argument(
        "group", metavar="GROUP", help="group key or any name in it; new keys start a group"
    )
    p.add_argument("names", nargs="+", metavar="NAME")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=add_aliases)
    p = actions.add_parser("remove", parents=[db_option], help="remove a name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--group", metavar="GROUP", help="only from this group")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=remove_alias)


def suggest(args, db, stdout, stderr) -> int:
    found = services(db).suggestions.suggest(args.article, include_all=args.all)
    rows = [
        {
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "score": s.score,
            "checkworthy": s.checkworthy,
            "reasons": s.reason_texts,
        }
        for s in found
    ]
    if args.format == "json":
        print_json(rows, stdout)
    else:
        print_table(
            ("start", "end", "score", "reasons", "text"),
            [
                (
                    r["start"],
                    r["end"],
                    f"{r['score']:.2f}",
                    "; ".join(str(x) for x in r["reasons"]),  # type: ignore[attr-defined]
                    r["text"],
                )
                for r in rows
            ],
            stdout,
        )
    return 0


def similar(args, db, stdout, stderr) -> int:
    if (args.claim is None) == (args.text is None):
        raise UserError("name a claim id or give --text, not both")
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    query = args.claim if args.claim is not None else args.text
    found = services(db).similar.find(query, limit=args.limit)
    rows = [
        {"id": c.id, "statement": c.statement, "score": c.score, "verdict": c.verdict}
        for c in found
    ]
    if args.format == "json":
        print_json(rows, stdout)
    else:
        print_table(
            ("id", "score", "verdict", "statement"),
            [(r["id"], f"{r['score']:.2f}", r["verdict"] or "", r["statement"]) for r in rows],
            stdout,
        )
    return 0


def _print_aliases(aliases, args, stdout) -> None:
    rows = [{"id": a.id, "group": a.concept, "name": a.name} for a in aliases]
    if args.format == "json":
        print_json(rows, stdout)
    else:
        print_table(("group", "name"), [(r["group"], r["name"]) for r in rows], stdout)


def list_aliases(args, db, stdout, stderr) -> int:
    _print_aliases(services(db).aliases.entries(args.group), args, stdout)
    return 0


def add_aliases(args, db, stdout, stderr) -> int:
    aliases = services(db).aliases
    added = [aliases.add(args.group, name) for name in args.names]
    _print_aliases(added, args, stdout)
    return 0


def remove_alias(args, db, stdout, stderr) -> int:
    _print_aliases(services(db).aliases.remove(args.name, args.group), args, stdout)
    return 0
