"""Subcommands for claims: ``claim add`` and the ``claims`` list."""

from __future__ import annotations

import argparse

from claimtracker.cli.common import claim_filter, filter_options, format_option, services
from claimtracker.cli.output import claim_json, print_json, print_table


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
