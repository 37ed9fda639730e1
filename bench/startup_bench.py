"""Start-up: our window on the sample database against a bare PySide6 window.

    python -m bench.startup_bench [--json results.json]

Each run is a fresh process that creates the application and its window, shows it and
returns once the first frame is painted; the median of several runs is reported.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Report

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


def run(code: str, *args: str, repeat: int = 7) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = sorted(
        float(
            subprocess.run(
                [sys.executable, "-c", code, *args],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            ).stdout.split()[-1]
        )
        for _ in range(repeat)
    )
    return times[len(times) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    from claimtracker.core.db import create_database
    from claimtracker.ui.launch import add_sample_article

    db = create_database(folder / "sample.db")
    add_sample_article(db, "bench")
    db.close()
    report = Report()
    report.header("Start-up to the first painted window (median of 7 fresh processes)")
    started = time.perf_counter()
    ours = run(OURS, str(folder / "sample.db"), str(folder / "settings.ini"))
    bare = run(BARE)
    report.add("start-up with the sample article", ours, bare, "close to a bare window")
    print(
        f"ours takes {ours / bare:.2f}x the bare window's time "
        f"({time.perf_counter() - started:.0f} s measuring)"
    )
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
