"""Review list at 100,000 claims: ours against the naive way, side by side in one run.

    python -m bench.review_bench [--json results.json]

Measures (on bench/.cache/review-10000-100000.db, generated on first use):
- list ready (model + first page painted) against filling a QTableWidget with the same rows;
- sort by status and by last update, and a status + tag filter, against doing the same in
  the filled QTableWidget;
- full-text search (FTS5) against LIKE '%q%' over the same fields;
- memory growth of the process for the open list against the QTableWidget.
Targets: list ready <= 200 ms and >= 20x faster; each sort and filter <= 100 ms; search
<= 20 ms and >= 20x faster than LIKE; memory growth <= 50 MB.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from bench.common import Report, best_of, large_database, rss_mb  # noqa: E402
from claimtracker.core.db import open_database  # noqa: E402
from claimtracker.core.services import Services  # noqa: E402
from claimtracker.core.services.query import ClaimFilter  # noqa: E402
from claimtracker.ui.palette import Taxonomy  # noqa: E402
from claimtracker.ui.review.model import COLUMNS  # noqa: E402
from claimtracker.ui.review.panel import ReviewPanel  # noqa: E402

ALL_ROWS = """
SELECT c.id, c.statement, c.claimant, a.title, a.outlet, c.status, c.verdict,
       (SELECT group_concat(t.name, ', ') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.claim_id = c.id),
       (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id),
       (SELECT min(s.reliability) FROM evidence e JOIN sources s ON s.id = e.source_id
         WHERE e.claim_id = c.id),
       c.updated_at, c.updated_by
FROM claims c
JOIN highlights h ON h.id = (SELECT min(id) FROM highlights WHERE claim_id = c.id)
JOIN articles a ON a.id = h.article_id
ORDER BY c.updated_at DESC
"""

LIKE_CLAIMS = """
SELECT c.id FROM claims c WHERE c.statement LIKE :q OR c.claimant LIKE :q OR c.rationale LIKE :q
   OR c.id IN (SELECT claim_id FROM highlights WHERE exact LIKE :q)
   OR c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
               WHERE t.name LIKE :q)
"""
LIKE_ARTICLES = (
    LIKE_CLAIMS
    + """
   OR c.id IN (SELECT h.claim_id FROM highlights h JOIN articles a ON a.id = h.article_id
               WHERE a.title LIKE :q OR a.text LIKE :q)
"""
)


def paint(widget) -> None:
    """Paint now, as the first frame after the change (the deferred summary comes later)."""
    widget.viewport().grab()


def settle() -> None:
    QApplication.processEvents()


SEARCHES = (  # words of the generated corpus, from rare to everywhere
    ("Lerdraler", False),  # a person
    ("Lerselpeville", True),  # a town, also in article text
    ("inflación", False),
    ("inflación", True),
    ("Pyongyang", True),  # in nine articles out of ten
)


def ours(report_rows: dict, services: Services, taxonomy: Taxonomy) -> ReviewPanel:
    """Time the review panel as the window shows it."""
    gc.collect()
    before = rss_mb()
    panel = ReviewPanel(services.review, taxonomy)
    panel.resize(1300, 800)
    panel.show()

    def ready():
        panel.model.refresh()
        paint(panel.table)

    report_rows["ready"] = best_of(ready, 5, between=settle)
    report_rows["memory"] = rss_mb() - before

    def sort(key, order):
        column = next(i for i, (k, _t) in enumerate(COLUMNS) if k == key)

        def run():
            panel.model._sort = ("", False)  # force the query each time
            panel.table.sortByColumn(column, order)
            paint(panel.table)

        return run

    report_rows["sort status"] = best_of(
        sort("status", Qt.SortOrder.AscendingOrder), between=settle
    )
    report_rows["sort updated"] = best_of(
        sort("updated_at", Qt.SortOrder.DescendingOrder), between=settle
    )

    def unfiltered():
        panel.model.set_filter(ClaimFilter())
        paint(panel.table)

    def filtered():
        panel.model.set_filter(ClaimFilter())
        panel.model.set_filter(ClaimFilter(status="done", tag="munición"))
        paint(panel.table)

    # Each filtered run first clears the filter; that part is subtracted.
    report_rows["filter"] = max(
        0.1, best_of(filtered, between=settle) - best_of(unfiltered, between=settle)
    )
    return panel


def baseline(report_rows: dict, raw: sqlite3.Connection) -> None:
    """Time the naive list: every row fetched into a QTableWidget, sorted and hidden there."""
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    rows = raw.execute(ALL_ROWS).fetchall()
    table = QTableWidget(len(rows), len(COLUMNS))
    table.setHorizontalHeaderLabels([t for _k, t in COLUMNS])
    for r, row in enumerate(rows):
        for c, value in enumerate(row[1:]):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resize(1300, 800)
    table.show()
    paint(table)
    report_rows["ready"] = (time.perf_counter() - started) * 1000
    report_rows["memory"] = rss_mb() - before

    def sort(column, order):
        def run():
            table.sortItems(column, order)
            paint(table)

        return run

    report_rows["sort status"] = best_of(sort(4, Qt.SortOrder.AscendingOrder), 1)
    report_rows["sort updated"] = best_of(sort(9, Qt.SortOrder.DescendingOrder), 1)
    tagged = {
        r[0]
        for r in raw.execute(
            "SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
            "WHERE t.key = 'munición'"
        )
    }
    in_order = [r[0] for r in rows]

    def hide():
        for r in range(table.rowCount()):
            keep = table.item(r, 4).text() == "done" and in_order[r] in tagged
            table.setRowHidden(r, not keep)
        paint(table)

    report_rows["filter"] = best_of(hide, 1)
    table.close()
    table.deleteLater()
    settle()


def main() -> int:
    parser = argparse.ArgumentParser(description="Review list benchmark")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    path = large_database()
    app = QApplication(sys.argv[:1])
    db = open_database(path, readonly=True)
    services = Services(db, "bench")
    taxonomy = Taxonomy(services.terms.statuses(), services.terms.verdicts())
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    report = Report()
    report.header(f"Review list, {path.name}")
    mine: dict[str, float] = {}
    theirs: dict[str, float] = {}
    panel = ours(mine, services, taxonomy)
    baseline(theirs, raw)
    report.add(
        "list ready (model + first page painted)",
        mine["ready"],
        theirs["ready"],
        "<= 200 ms, >= 20x",
    )
    report.add("sort by status", mine["sort status"], theirs["sort status"], "<= 100 ms")
    report.add("sort by last update", mine["sort updated"], theirs["sort updated"], "<= 100 ms")
    report.add("filter status + tag", mine["filter"], theirs["filter"], "<= 100 ms")
    for word, articles in SEARCHES:
        claim_filter = ClaimFilter(search=word, search_articles=articles)
        fts = best_of(lambda f=claim_filter: services.review.ids(f, "id", False))
        sql = LIKE_ARTICLES if articles else LIKE_CLAIMS
        like = best_of(lambda s=sql, w=word: raw.execute(s, {"q": f"%{w}%"}).fetchall(), 3)
        hits = len(services.review.ids(claim_filter, "id", False))
        where = "claims + article text" if articles else "claims"
        report.add(f"search {word!r} in {where} ({hits:,} hits)", fts, like, "<= 20 ms, >= 20x")
    report.add(
        "memory growth of the open list", mine["memory"], theirs["memory"], "<= 50 MB", unit="MB"
    )
    report.dump(args.json)
    panel.close()
    db.close()
    raw.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
