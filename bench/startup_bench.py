"""Start-up: our window on the sample database against a bare PySide6 window.

    python -m bench.startup_bench [--repeat 7] [--json FILE] [--quick]

Each run is a fresh process that creates the application and its window, shows it and
returns once the first frame is painted; ours and the bare window run alternately, and the
median (and 95th percentile) of each is reported. Targets: <= 2.5x the bare window on the
sample database, <= 3x on the 100,000-claim database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import Report, bench_parser, parse, side_by_side

BARE = """
import sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print((time.perf_counter() - started) * 1000)
"""

OURS = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from claimtracker.app import create_main_window
from claimtracker.ui.settings import AppSettings
app = QApplication([])
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = create_main_window(sys.argv[1], settings)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
print((time.perf_counter() - started) * 1000)
"""


def once(code: str, *args: str) -> float:
    """Milliseconds to the first painted window, in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    return float(out.split()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(bench_parser(__doc__.splitlines()[0], repeat=7), argv)
    folder = Path(tempfile.mkdtemp())
    from bench.common import large_database
    from claimtracker.core.db import create_database
    from claimtracker.ui.launch import add_sample_article

    db = create_database(folder / "sample.db")
    add_sample_article(db, "bench")
    db.close()
    large = large_database()
    report = Report()
    report.header(
        f"Start-up to the first painted window (fresh processes, ours and a bare PySide6 "
        f"window alternately, {args.repeat} each)"
    )
    started = time.perf_counter()
    settings = str(folder / "settings.ini")
    for label, path, target in (
        ("start-up, sample database", folder / "sample.db", "<= 2.5x"),
        (f"start-up, {int(large.stem.split('-')[-1]):,}-claim database", large, "<= 3x"),
    ):
        ours, bare = side_by_side(
            lambda p=path: once(OURS, str(p), settings), lambda: once(BARE), args.repeat
        )
        report.add(label, ours, bare, target)
        print(f"  ours takes {ours.median / bare.median:.2f}x the bare window's time")
    print(f"({time.perf_counter() - started:.0f} s measuring)")
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
