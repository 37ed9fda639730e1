"""The ``export`` subcommand: reports and interchange files for the filtered claims."""

from __future__ import annotations

import argparse
import os

from claimtracker.cli.common import claim_filter, filter_options
from claimtracker.core.errors import Note, UserError


def register(sub, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[db_option], help="write a report or an export file")
    p.add_argument(
        "--format",
        choices=("csv", "xlsx", "pdf", "json", "claimreview", "w3c"),
        required=True,
        help="csv, xlsx: a report, one row per claim; pdf: a fact-check dossier for print; "
        "json: everything, for merging into another database; "
        "claimreview: schema.org ClaimReview; w3c: W3C Web Annotations",
    )
    p.add_argument("--out", required=True, metavar="FILE")
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
        "--no-formula-guard",
        action="store_true",
        help="CSV: no apostrophe before cells a spreadsheet would run as formulas "
        "(for files read by programs, not spreadsheets)",
    )
    p.add_argument(
        "--organisation",
        metavar="NAME",
        help="ClaimReview author (default: $CLAIMTRACKER_ORGANISATION)",
    )
    p.add_argument("--organisation-url", metavar="URL", help="ClaimReview author's web site")
    p.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help="the report's language, en (default) or es: headings and words of csv, xlsx and "
        "pdf, ClaimReview's verdict names (alternateName); also ClaimReview's inLanguage when "
        "an article has none. In English, csv and xlsx keep the column keys as headings",
    )
    filter_options(p)
    p.set_defaults(handler=export)


def export(args, db, stdout, stderr) -> int:
    from claimtracker.core.exporters.pipeline import ExportRequest
    from claimtracker.core.exporters.pipeline import export as run_export
    from claimtracker.core.files import check_output_path

    check_output_path(args.out, db.path)
    organisation = ""
    if args.format == "claimreview":
        organisation = args.organisation or os.environ.get("CLAIMTRACKER_ORGANISATION", "")
        if not organisation.strip():
            raise UserError("ClaimReview needs the reviewing organisation: --organisation NAME")
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    request = ExportRequest(
        format=args.format,
        columns=columns,
        per_highlight=args.per_highlight,
        delimiter=args.delimiter,
        bom=not args.no_bom,
        formula_guard=not args.no_formula_guard,
        claim_filter=claim_filter(args, db),
        sort=args.sort,
        descending=args.descending,
        organisation=organisation,
        organisation_url=args.organisation_url,
        language=args.language,
    )
    warnings: list[Note] = []
    count = run_export(db, request, args.out, warnings=warnings)
    for line in warnings:
        print(f"claimtracker: warning: {line}", file=stderr)
    print(f"{count} {request.unit} written to {args.out}", file=stderr)
    return 0
