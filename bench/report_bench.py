"""Reports for editors: the XLSX of 100,000 claims and the PDF dossier of 100 claims.

    python -m bench.report_bench [--repeat 7] [--exports 2] [--json FILE] [--quick]

Ours and the baseline run alternately, the same number of times (one untimed run of each
first); medians and 95th percentiles. No issue sets a speed target for these (issue 14 asks
for the reports themselves); the targets below are this benchmark's own:

- XLSX: ours (typed cells, widths from a sample, frozen header, filter) against a hand-written
  ``sqlite3`` + XlsxWriter loop writing the CSV baseline's columns as plain cells, both in
  constant-memory mode: <= 1.5x (as the CSV export);
- PDF: ours (content, escaped HTML, layout, print) against printing the same claims'
  statements and rationales as plain text with the same Qt classes: <= 5 s for 100 claims
  (the analyst waits for it behind a progress dialog);
- the counts behind the review list's charts (by tag, per week by status) at 100,000 claims,
  counted with the summary after the first page, against that summary: <= 200 ms each (the
  review benchmark's target for the summary);
- the match snippets of a page of 100 search results, read on the window's thread after the
  page has painted, against reading the page's rows: <= 50 ms (a page's budget, issue 15).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.common import (
    Report,
    bench_parser,
    is_quick,
    large_database,
    parse,
    rss_mb,
    side_by_side,
)
from bench.export_bench import BASELINE
from claimtracker.core.db import open_database
from claimtracker.core.exporters.csv_export import DEFAULT_COLUMNS
from claimtracker.core.exporters.pipeline import ExportRequest, export
from claimtracker.core.services.charts import ChartService
from claimtracker.core.services.matches import MatchService
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewService

DOSSIER_CLAIMS = 100


def xlsx_baseline(path: Path, out: Path) -> int:
    import xlsxwriter

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_urls": False})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, DEFAULT_COLUMNS)
    count = 0
    rows = conn.execute(BASELINE)
    while batch := rows.fetchmany(2000):
        for row in batch:
            count += 1
            sheet.write_row(count, 0, row)
    workbook.close()
    conn.close()
    return count


def pdf_baseline(path: Path, ids: list[int], out: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from claimtracker.render.pdf import ensure_application

    ensure_application()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    marks = ",".join(str(i) for i in ids)
    texts = conn.execute(f"SELECT statement, rationale FROM claims WHERE id IN ({marks})")
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText("\n\n".join(f"{s}\n{r}" for s, r in texts))
    document.print_(writer)
    del writer
    conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0], repeat=7)
    parser.add_argument("--exports", type=int, default=2, help="runs of each export (2)")
    args = parse(parser, argv)
    exports = min(args.exports, args.repeat)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = large_database()
    folder = Path(tempfile.mkdtemp())
    db = open_database(path, readonly=True)
    review = ReviewService(db, "bench")
    total = review.count(ClaimFilter())
    report = Report()
    report.header(f"Reports, {path.name} ({exports} runs of each export, alternating)")

    before = rss_mb()
    ours, base = side_by_side(
        lambda: export(db, ExportRequest(format="xlsx"), folder / "ours.xlsx"),
        lambda: xlsx_baseline(path, folder / "baseline.xlsx"),
        exports,
    )
    grown = rss_mb() - before
    report.add(f"XLSX report, {total:,} claims", ours, base, "<= 1.5x")
    size = (folder / "ours.xlsx").stat().st_size / 1_048_576
    print(f"  workbook {size:.1f} MB; the process grew by {grown:.0f} MB while writing them")

    claims = 10 if is_quick() else DOSSIER_CLAIMS
    ids = review.ids(ClaimFilter(), "id", False)[:claims]
    request = ExportRequest(format="pdf", claim_ids=ids, language="es")
    ours, base = side_by_side(
        lambda: export(db, request, folder / "ours.pdf"),
        lambda: pdf_baseline(path, ids, folder / "baseline.pdf"),
        exports,
    )
    report.add(f"PDF dossier, {claims} claims", ours, base, "<= 5 s")
    size = (folder / "ours.pdf").stat().st_size / 1_048_576
    print(f"  dossier {size:.1f} MB")

    report.header(f"\nAfter the review list's first page ({args.repeat} runs of each, alternating)")
    charts = ChartService(db)
    everything = ClaimFilter()
    ours, base = side_by_side(
        lambda: charts.by_tag(everything), lambda: review.summary(everything), args.repeat
    )
    report.add(f"chart counts by tag, {total:,} claims (vs summary)", ours, base, "<= 200 ms")
    ours, base = side_by_side(
        lambda: charts.weekly(everything), lambda: review.summary(everything), args.repeat
    )
    report.add(f"claims per week by status, {total:,} (vs summary)", ours, base, "<= 200 ms")

    page = review.ids(ClaimFilter(search="inflación"), "id", False)[:100]
    matches = MatchService(db)
    ours, base = side_by_side(
        lambda: matches.explain("inflación", page), lambda: review.rows(page), args.repeat
    )
    report.add(f"match snippets, a page of {len(page)} results (vs rows)", ours, base, "<= 50 ms")
    db.close()
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
