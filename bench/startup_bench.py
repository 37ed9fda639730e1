"""Start-up: our window on the sample database against a bare PySide6 window.

    python -m bench.startup_bench [--repeat 7] [--json FILE] [--quick]

Each run is a fresh process timed from its first line; ours and the bare window run
alternately, the same number of times, and the median (and 95th percentile) of each is
reported. Ours starts as ``claimtracker`` does (:func:`claimtracker.ui.launch.run_gui`): the
window's frame is shown and painted, then the database opens into it and the workspace is
built. Two stages from the same start:

- *first painted window*: the frame on screen (targets of issue 15: <= 2.5x the bare window
  on the sample database, <= 3x on the 100,000-claim database);
- *idle workspace*: the article, its claims and every deferred step done, painted again (no
  target of its own: what the analyst waits for before the first click is answered). The
  silent upkeep started with it (the backup made at every opening, the integrity check of a
  large file) runs on in the background and is not waited for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import Report, bench_parser, parse, side_by_side_stages

BARE = """
import json, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
done = (time.perf_counter() - started) * 1000
print(json.dumps({"painted": done, "idle": done}))
"""

OURS = """
import json, sys, time
started = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from claimtracker.ui.launch import open_into, prepare_application, show_frame
from claimtracker.ui.settings import AppSettings
prepare_application()
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = show_frame(sys.argv[1], settings)
window.resize(1280, 800)
shown = []
window.framePainted.connect(lambda: shown.append(True))
while not shown:
    app.processEvents()
window.grab()
painted = (time.perf_counter() - started) * 1000
if open_into(window, sys.argv[1], settings) is not None:
    sys.exit("the database did not open")
from bench.views import until_idle
class Awaited:  # jobs the analyst waits for: not the silent backup and check of the file
    def running(self):
        return [j for j in window.context.jobs.running() if not j.silent]
until_idle(window, [window], Awaited())
window.grab()
idle = (time.perf_counter() - started) * 1000
print(json.dumps({"painted": painted, "idle": idle}))
"""


def once(code: str, *args: str) -> dict[str, float]:
    """Milliseconds from the start of a fresh process to its stages."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=root,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


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
        ours, bare = side_by_side_stages(
            lambda p=path: once(OURS, str(p), settings), lambda: once(BARE), args.repeat
        )
        report.add(f"{label}: first painted window", ours["painted"], bare["painted"], target)
        report.add(f"{label}: idle workspace", ours["idle"], bare["idle"], "-")
    print(f"({time.perf_counter() - started:.0f} s measuring)")
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
