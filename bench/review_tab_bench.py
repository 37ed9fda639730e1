"""The review tab of the window at 100,000 claims: from showing the tab to its first page painted.

    python -m bench.review_tab_bench [--json results.json]

A fresh window on bench/.cache/review-10000-100000.db (read only) for each run, 1400x900;
the time runs from choosing the Review Claims tab to the table's first page painted, with no
filter and with a search (whose rows explain their match). What the tab does after the first
page comes later and is timed apart: the work the window's thread does in the next two turns
of the event loop (the match snippets of the page; the summary and the charts are counted on
another thread). The baseline is the bare review list on the same rows: its model queried and
its first page painted, without the window around it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.common import Report, large_database  # noqa: E402
from claimtracker.core.db import open_database  # noqa: E402
from claimtracker.core.services import Services  # noqa: E402
from claimtracker.core.services.query import ClaimFilter  # noqa: E402
from claimtracker.ui.launch import build_window  # noqa: E402
from claimtracker.ui.palette import Taxonomy  # noqa: E402
from claimtracker.ui.review.panel import ReviewPanel  # noqa: E402
from claimtracker.ui.settings import AppSettings  # noqa: E402

REVIEW_TAB = 1
RUNS = 5


def settle(seconds: float = 0.3) -> None:
    """Let deferred work (summary, charts, snippets) run, as the event loop would."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()


def tab_times(path: Path, claim_filter: ClaimFilter) -> tuple[float, float]:
    """(first page painted, deferred work after it), in ms, for one fresh window."""
    folder = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_last_filter(claim_filter.to_dict())
    window = build_window(open_database(path, readonly=True), settings)
    window.resize(1400, 900)
    window.show()
    settle()
    started = time.perf_counter()
    window.tabs.setCurrentIndex(REVIEW_TAB)
    window.review_panel.table.viewport().grab()
    first = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    QApplication.processEvents()
    QApplication.processEvents()
    later = (time.perf_counter() - started) * 1000
    window.close()
    window.deleteLater()
    settle(0.1)
    return first, later


def bare_list(path: Path, claim_filter: ClaimFilter) -> float:
    db = open_database(path, readonly=True)
    services = Services(db, "bench")
    taxonomy = Taxonomy(services.terms.statuses(), services.terms.verdicts())
    panel = ReviewPanel(services.review, taxonomy)
    panel.resize(1000, 700)
    panel.show()
    settle(0.1)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        panel.model.set_filter(claim_filter)
        panel.table.viewport().grab()
        times.append((time.perf_counter() - started) * 1000)
        panel.model.set_filter(ClaimFilter(status="none"), run=False)
        settle(0.05)
    panel.close()
    db.close()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description="Review tab benchmark")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    path = large_database()
    QApplication(sys.argv[:1])
    report = Report()
    report.header(f"Review tab in the window, {path.name}")
    for name, claim_filter in (
        ("no filter", ClaimFilter()),
        ("search 'inflación'", ClaimFilter(search="inflación")),
    ):
        runs = [tab_times(path, claim_filter) for _ in range(RUNS)]
        first = min(r[0] for r in runs)
        later = min(r[1] for r in runs)
        base = bare_list(path, claim_filter)
        report.add(f"review tab first page, {name}", first, base, "<= 200 ms")
        report.metric(
            f"  then on the window's thread (ms), {name}", later, "<= 100 ms", later <= 100
        )
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
