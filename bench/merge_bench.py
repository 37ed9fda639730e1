"""Merging a genuine JSON export: validation and merge against plain parsing and inserting.

    python -m bench.merge_bench [--claims 2000] [--json results.json]

A generated database (ten claims per article, tags, sources, evidence) is exported to JSON.
Measured: reading and validating the file against a bare ``json.loads``; merging it into an
empty database against a hand-written ``sqlite3`` loop inserting the same articles, claims
and highlights (no tags, evidence, change log or checks); merging it again into the database
that already holds it (nothing new) against the bare parse.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from pathlib import Path

from bench.common import Report, best_of
from bench.generate import generate
from claimtracker.core.db import create_database, open_database
from claimtracker.core.exporters.interchange import read_export, write_export
from claimtracker.core.exporters.validation import check_export
from claimtracker.core.services.merge import Merger


def baseline_insert(raw: bytes, path: Path) -> None:
    """The least a merge into an empty database must do: parse and insert the main rows."""
    data = json.loads(raw)
    conn = sqlite3.connect(path)
    ids = {}
    for a in data["articles"]:
        cursor = conn.execute(
            "INSERT INTO articles (uuid, title, imported_at, text, text_sha256, source_format,"
            " notes, version) VALUES (?, ?, ?, ?, ?, ?, '', 1)",
            (a["uuid"], a["title"], a["imported_at"], a["text"], a["text_sha256"], "txt"),
        )
        ids[a["uuid"]] = cursor.lastrowid
    for c in data["claims"]:
        cursor = conn.execute(
            "INSERT INTO claims (uuid, statement, claimant, status, verdict, rationale,"
            " created_at, created_by, updated_at, updated_by, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                c["uuid"],
                c["statement"],
                c["claimant"],
                c["status"],
                c["verdict"],
                c["rationale"],
                c["created_at"],
                c["created_by"],
                c["updated_at"],
                c["updated_by"],
            ),
        )
        conn.executemany(
            'INSERT INTO highlights (uuid, article_id, claim_id, start, "end", exact, prefix,'
            " suffix, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    h["uuid"],
                    ids[h["article"]],
                    cursor.lastrowid,
                    h["start"],
                    h["end"],
                    h["exact"],
                    h["prefix"],
                    h["suffix"],
                    h["state"],
                    h["created_at"],
                )
                for h in c["highlights"]
            ],
        )
    conn.commit()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="JSON merge benchmark")
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = folder / "source.db"
    generate(source, max(1, args.claims // 10), args.claims)
    db = open_database(source)
    export = folder / "export.json"
    write_export(db, export)
    db.close()
    raw = export.read_bytes()
    report = Report()
    report.header(f"JSON merge, {args.claims:,} claims, {len(raw) / 2**20:.1f} MB")
    report.add(
        "read + validate the export",
        best_of(lambda: check_export(read_export(export)), 5),
        best_of(lambda: json.loads(raw), 5),
        "-",
    )
    targets = iter(range(1000))

    def fresh(prefix: str) -> Path:
        path = folder / f"{prefix}{next(targets)}.db"
        create_database(path).close()
        return path

    def ours_into_empty() -> None:
        target = open_database(fresh("ours"))
        Merger(target, "bench").merge(read_export(export))
        target.close()

    report.add(
        "merge into an empty database",
        best_of(ours_into_empty, 3),
        best_of(lambda: baseline_insert(raw, fresh("baseline")), 3),
        "-",
    )
    again = open_database(fresh("again"))
    Merger(again, "bench").merge(read_export(export))
    report.add(
        "merge again (nothing new)",
        best_of(lambda: Merger(again, "bench").merge(read_export(export)), 3),
        best_of(lambda: json.loads(raw), 3),
        "-",
    )
    again.close()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
