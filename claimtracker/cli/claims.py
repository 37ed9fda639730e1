"""Subcommands for claims: ``claim add``, ``edit``, ``link``, ``history`` and the ``claims``
list."""

from __future__ import annotations

import argparse

from claimtracker.cli.common import (
    claim_filter,
    filter_options,
    format_option,
    iso_date,
    services,
)
from claimtracker.cli.output import claim_json, print_json, print_table, utc_iso
from claimtracker.core.errors import UserError


def register(sub, db_option: argparse.ArgumentParser) -> None:
    claim = sub.add_parser("claim", help="work on one claim")
    actions = claim.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", parents=[db_option], help="add a claim from a quote")
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
    format_option(p, ("table", "json"))
    p.set_defaults(handler=add_claim)

    p = actions.add_parser(
        "edit", parents=[db_option], help="change a claim (checked against --if-version)"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--statement")
    p.add_argument("--claimant")
    p.add_argument("--claim-date", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--status")
    p.add_argument("--verdict", help='"" clears it')
    p.add_argument("--rationale")
    p.add_argument("--review-url", metavar="URL", help='the published fact-check ("" clears it)')
    p.add_argument("--tag", action="append", default=[], dest="tags", metavar="TAG")
    p.add_argument("--untag", action="append", default=[], dest="untags", metavar="TAG")
    p.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="refuse (exit 1) unless the claim is still at version N",
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=edit_claim)

    p = actions.add_parser(
        "link", parents=[db_option], help="another appearance of a claim, from a quote"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--article", type=int, required=True, metavar="A")
    p.add_argument("--quote", required=True, metavar="Q")
    p.add_argument("--occurrence", type=int, default=1, metavar="N")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=link_claim)

    p = actions.add_parser(
        "history", parents=[db_option], help="what happened to a claim, oldest first (UTC)"
    )
    p.add_argument("id", type=int, metavar="ID")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=claim_history)

    p = sub.add_parser("claims", parents=[db_option], help="list claims")
    filter_options(p)
    format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=list_claims)


def add_claim(args, db, stdout, stderr) -> int:
    claim = services(db).claims.create_from_quote(
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
        print_json(claim_json(claim), stdout)
    else:
        print(claim.id, file=stdout)
    return 0


_EDITABLE = ("statement", "claimant", "claim_date", "status", "verdict", "rationale", "review_url")


def edit_claim(args, db, stdout, stderr) -> int:
    changes = {k: getattr(args, k) for k in _EDITABLE if getattr(args, k) is not None}
    if not changes and not args.tags and not args.untags:
        raise UserError(
            "nothing to change: give --statement, --claimant, --claim-date, --status, "
            "--verdict, --rationale, --review-url, --tag or --untag"
        )
    claim = services(db).claims.update(
        args.id,
        expected_version=args.if_version,
        add_tags=args.tags,
        remove_tags=args.untags,
        **changes,
    )
    if args.format == "json":
        print_json(claim_json(claim), stdout)
    else:
        print(f"claim {claim.id}: saved (version {claim.version})", file=stdout)
    return 0


def link_claim(args, db, stdout, stderr) -> int:
    claim = services(db).claims.create_from_quote(
        args.article, args.quote, args.occurrence, claim_id=args.id
    )
    if args.format == "json":
        print_json(claim_json(claim), stdout)
    else:
        print(claim.id, file=stdout)
    return 0


def claim_history(args, db, stdout, stderr) -> int:
    entries = services(db).claims.history(args.id)
    if args.format == "json":
        print_json(
            [
                {
                    "at": utc_iso(e.at),
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_uuid": e.entity_uuid,
                    "field": e.field,
                    "old": e.old_value,
                    "new": e.new_value,
                }
                for e in entries
            ],
            stdout,
        )
        return 0
    print_table(
        ("when (UTC)", "who", "what", "field", "change"),
        [
            (
                (utc_iso(e.at) or "").replace("T", " "),
                e.actor,
                f"{e.action} {e.entity}",
                e.field or "",
                _change(e.old_value, e.new_value),
            )
            for e in entries
        ],
        stdout,
    )
    return 0


def _change(old: str | None, new: str | None) -> str:
    if old is None:
        return new or ""
    return f"{old} -> {new if new is not None else '(none)'}"


def list_claims(args, db, stdout, stderr) -> int:
    found = services(db)
    claims = found.claims.find(claim_filter(args, db), args.sort, args.descending)
    if args.format == "json":
        print_json([claim_json(c) for c in claims], stdout)
    elif args.format == "csv":
        from claimtracker.core.exporters.csv_export import neutralise, write_rows

        statuses = {t.key: t.label for t in found.terms.statuses()}
        verdicts = {t.key: t.label for t in found.terms.verdicts()}
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
        print_table(
            ("id", "status", "verdict", "claimant", "statement"),
            [(c.id, c.status, c.verdict or "", c.claimant, c.statement) for c in claims],
            stdout,
        )
    return 0
