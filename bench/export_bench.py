"""CSV export of 100,000 claims: ours against a hand-written sqlite3 + csv loop.

    python -m bench.export_bench [--repeat 3] [--json results.json] [--quick]

Both write the same columns for the same rows (one row per claim). Target: ours takes no
more than 1.5 times the baseline's time; the two run alternately, ``--repeat`` times each.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.common import Report, bench_parser, large_database, parse, side_by_side
from claimtracker.core.db import open_database
from claimtracker.core.exporters.csv_export import DEFAULT_COLUMNS, export_csv

BASELINE = """
SELECT c.id, c.statement, c.claimant, c.claim_date, s.label, v.label, c.rationale,
  (SELECT group_concat(t.name, '; ') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.claim_id = c.id),
  (SELECT group_concat(a.title, '; ') FROM highlights h JOIN articles a ON a.id = h.article_id
    WHERE h.claim_id = c.id),
  (SELECT group_concat(h.exact, char(10)) FROM highlights h WHERE h.claim_id = c.id),
  (SELECT group_concat(coalesce(so.url, so.name), '; ') FROM evidence e
    JOIN sources so ON so.id = e.source_id WHERE e.claim_id = c.id),
  (SELECT min(so.reliability) FROM evidence e JOIN sources so ON so.id = e.source_id
    WHERE e.claim_id = c.id),
  c.updated_at, c.updated_by, c.uuid
FROM claims c
JOIN workflow_statuses s ON s.key = c.status
LEFT JOIN verdicts v ON v.key = c.verdict
ORDER BY c.id
"""


def baseline(path: Path, out: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DEFAULT_COLUMNS)
        rows = conn.execute(BASELINE)
        count = 0
        while batch := rows.fetchmany(2000):
            writer.writerows(batch)
            count += len(batch)
    conn.close()
    return count


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(bench_parser(__doc__.splitlines()[0], repeat=3), argv)
    path = large_database()
    folder = Path(tempfile.mkdtemp())
    db = open_database(path, readonly=True)
    report = Report()
    report.header(f"CSV export, {path.name}")
    ours, base = side_by_side(
        lambda: export_csv(db, folder / "ours.csv"),
        lambda: baseline(path, folder / "baseline.csv"),
        args.repeat,
    )
    claims = int(path.stem.split("-")[-1])
    report.add(f"CSV export, {claims:,} claims", ours, base, "<= 1.5x")
    print(f"ours takes {ours.median / base.median:.2f}x the baseline's time")
    report.summary()
    report.dump(args.json)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
