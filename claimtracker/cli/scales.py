"""The ``scale`` subcommands: the database's own statuses and verdicts."""

from __future__ import annotations

import argparse
from typing import Any

from claimtracker.cli.common import format_option, services
from claimtracker.cli.output import plain, print_json, print_table
from claimtracker.core.errors import UserError

KINDS = ("status", "verdict")


def register(sub, db_option: argparse.ArgumentParser) -> None:
    scale = sub.add_parser(
        "scale", help="the verification scales: workflow statuses and verdicts of this database"
    )
    actions = scale.add_subparsers(dest="scale_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", parents=[db_option], help="the terms of a scale in order")
    p.add_argument("kind", choices=KINDS)
    p.add_argument(
        "--active", action="store_true", help="only the terms offered (not the retired ones)"
    )
    format_option(p, ("table", "json"))
    p.set_defaults(handler=list_terms)

    p = actions.add_parser("add", parents=[db_option], help="add a term at the end of a scale")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("label", metavar="NAME")
    _term_options(p)
    p.set_defaults(handler=add_term)

    p = actions.add_parser("rename", parents=[db_option], help="rename a term everywhere")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("name", metavar="NAME", help="the term's name or key")
    p.add_argument("label", metavar="NEW_NAME")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=rename_term)

    p = actions.add_parser(
        "edit", parents=[db_option], help="recolour, re-rate, move or make default a term"
    )
    p.add_argument("kind", choices=KINDS)
    p.add_argument("name", metavar="NAME", help="the term's name or key")
    _term_options(p)
    p.add_argument("--position", type=int, metavar="N", help="move to this place (1 is the first)")
    p.set_defaults(handler=edit_term)

    p = actions.add_parser(
        "remove",
        parents=[db_option],
        help="take a term off a scale; claims holding it are moved or kept",
    )
    p.add_argument("kind", choices=KINDS)
    p.add_argument("name", metavar="NAME", help="the term's name or key")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--move-to", metavar="OTHER", help="move its claims to this term")
    choice.add_argument(
        "--keep",
        action="store_true",
        help="keep its claims on it: the term is retired (readable, no longer offered)",
    )
    choice.add_argument("--clear", action="store_true", help="verdicts: its claims lose it")
    format_option(p, ("table", "json"))
    p.set_defaults(handler=remove_term)


def _term_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--colour", "--color", dest="colour", metavar="#RRGGBB")
    p.add_argument(
        "--rating",
        metavar="1-5|none",
        help="verdicts: ClaimReview ratingValue, 1 (false) to 5 (true), or none",
    )
    p.add_argument("--default", action="store_true", help="statuses: the one new claims start in")
    format_option(p, ("table", "json"))


def _rating(value: str | None) -> int | None:
    if value is None or value.strip().casefold() in ("", "none"):
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise UserError(f"a rating is a whole number from 1 to 5, or none: {value!r}") from exc


def _print(entries, args, stdout) -> None:
    if args.format == "json":
        print_json([plain(e) for e in entries], stdout)
        return
    rows = []
    for e in entries:
        notes = [n for n, on in (("default", e.default), ("retired", e.retired)) if on]
        rating = "" if e.rating is None else str(e.rating)
        rows.append((e.key, e.colour, rating, e.claims, ", ".join(notes), e.label))
    print_table(("key", "colour", "rating", "claims", "notes", "name"), rows, stdout)


def list_terms(args, db, stdout, stderr) -> int:
    _print(services(db).scales.terms(args.kind, retired=not args.active), args, stdout)
    return 0


def add_term(args, db, stdout, stderr) -> int:
    scales = services(db).scales
    if args.default and args.kind != "status":
        raise UserError("only a status can be the default")
    if args.kind == "status" and args.rating is not None:
        raise UserError("only verdicts have a ClaimReview rating")
    entry = scales.add(args.kind, args.label, colour=args.colour, rating=_rating(args.rating))
    if args.default:
        scales.set_default(entry.key)
    _print(scales.terms(args.kind), args, stdout)
    return 0


def rename_term(args, db, stdout, stderr) -> int:
    scales = services(db).scales
    scales.rename(args.kind, args.name, args.label)
    _print(scales.terms(args.kind), args, stdout)
    return 0


def edit_term(args, db, stdout, stderr) -> int:
    scales = services(db).scales
    changes: dict[str, Any] = {}
    if args.colour is not None:
        changes["colour"] = args.colour
    if args.rating is not None:
        if args.kind != "verdict":
            raise UserError("only verdicts have a ClaimReview rating")
        changes["rating"] = _rating(args.rating)
    if args.default and args.kind != "status":
        raise UserError("only a status can be the default")
    if not changes and args.position is None and not args.default:
        raise UserError("nothing to change: give --colour, --rating, --position or --default")
    if args.position is not None and args.position < 1:
        raise UserError("--position counts from 1")
    entry = scales.entry(args.kind, args.name)
    if changes:
        scales.update(args.kind, entry.key, **changes)
    if args.position is not None:
        scales.move(args.kind, entry.key, args.position - 1)
    if args.default:
        scales.set_default(entry.key)
    _print(scales.terms(args.kind), args, stdout)
    return 0


def remove_term(args, db, stdout, stderr) -> int:
    scales = services(db).scales
    if args.clear and args.kind != "verdict":
        raise UserError("claims need a status: use --move-to STATUS")
    move_to = "" if args.clear else args.move_to
    removal = scales.remove(args.kind, args.name, move_to=move_to, keep=args.keep)
    label = removal.entry.label
    moved = len(removal.moved.previous)
    if not removal.deleted:
        print(f"{label}: retired, kept on {removal.entry.claims} claim(s)", file=stderr)
    elif moved:
        where = "no verdict" if removal.moved_to == "" else removal.moved_to
        print(f"{label}: removed, {moved} claim(s) moved to {where}", file=stderr)
    else:
        print(f"{label}: removed", file=stderr)
    _print(scales.terms(args.kind), args, stdout)
    return 0
