"""Reports for editors: the XLSX of 100,000 claims and the PDF dossier of 100 claims.

    python -m bench.report_bench [--json results.json]

XLSX: ours (typed cells, widths from a sample, frozen header, filter) against a hand-written
``sqlite3`` + XlsxWriter loop writing the CSV baseline's columns as plain cells, both in
constant-memory mode. PDF: ours (content, escaped HTML, layout, print) against printing the
same claims' statements and rationales as plain text with the same Qt classes. Also the
counts behind the review list's charts, and the match snippets of a page of search results,
on 100,000 claims.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
from pathlib import Path

from bench.common import Report, best_of, large_database, rss_mb
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


def main() -> int:
    parser = argparse.ArgumentParser(description="XLSX and PDF report benchmark")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = large_database()
    folder = Path(tempfile.mkdtemp())
    db = open_database(path, readonly=True)
    report = Report()
    report.header(f"Reports, {path.name}")

    before = rss_mb()
    ours_ms = best_of(lambda: export(db, ExportRequest(format="xlsx"), folder / "ours.xlsx"), 2)
    grown = rss_mb() - before
    base_ms = best_of(lambda: xlsx_baseline(path, folder / "baseline.xlsx"), 2)
    report.add("XLSX report, 100,000 claims", ours_ms, base_ms, "ours <= 1.5x baseline's time")
    size = (folder / "ours.xlsx").stat().st_size / 1_048_576
    print(f"  workbook {size:.1f} MB; the process grew by {grown:.0f} MB while writing it")

    ids = ReviewService(db, "bench").ids(ClaimFilter(), "id", False)[:DOSSIER_CLAIMS]
    request = ExportRequest(format="pdf", claim_ids=ids, language="es")
    ours_ms = best_of(lambda: export(db, request, folder / "ours.pdf"), 3)
    base_ms = best_of(lambda: pdf_baseline(path, ids, folder / "baseline.pdf"), 3)
    report.add(f"PDF dossier, {DOSSIER_CLAIMS} claims", ours_ms, base_ms, "reported, no target")
    size = (folder / "ours.pdf").stat().st_size / 1_048_576
    print(f"  dossier {size:.1f} MB")

    charts = ChartService(db)
    everything = ClaimFilter()
    tags_ms = best_of(lambda: charts.by_tag(everything), 5)
    weeks_ms = best_of(lambda: charts.weekly(everything), 5)
    summary_ms = best_of(lambda: ReviewService(db, "bench").summary(everything), 5)
    report.add("chart counts by tag, 100,000 claims", tags_ms, summary_ms, "vs status summary")
    report.add("claims per week by status, 100,000", weeks_ms, summary_ms, "vs status summary")

    found = ReviewService(db, "bench").ids(ClaimFilter(search="inflación"), "id", False)
    page = found[:100]
    matches = MatchService(db)
    snippet_ms = best_of(lambda: matches.explain("inflación", page), 5)
    rows_ms = best_of(lambda: ReviewService(db, "bench").rows(page), 5)
    report.add("match snippets, a page of 100 results", snippet_ms, rows_ms, "vs reading the rows")
    report.dump(args.json)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
