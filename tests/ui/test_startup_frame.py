"""Start-up: the window's frame is painted before the database layer and the views are
imported; then the database opens into it. A database that cannot be opened closes the frame
with one line and the exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from claimtracker.core.db import create_database

FIRST_PAINT = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from claimtracker.ui.launch import open_into, prepare_application, show_frame
from claimtracker.ui.settings import AppSettings
from claimtracker.ui.dialogs import ask
errors = []
ask.error = lambda parent, title, text: errors.append(text)
prepare_application()
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = show_frame(sys.argv[1], settings)
painted = []
window.framePainted.connect(lambda: painted.append(True))
while not painted:
    app.processEvents()
heavy = sorted(m for m in ("sqlalchemy", "alembic", "claimtracker.core.services",
                           "claimtracker.ui.review.panel", "claimtracker.ui.article.reader")
               if m in sys.modules)
opening = window.centralWidget().text()
code = open_into(window, sys.argv[1], settings)
app.processEvents()
print(json.dumps({"heavy": heavy, "opening": opening, "code": code, "errors": errors,
                  "built": window.built, "visible": window.isVisible(),
                  "title": window.windowTitle()}))
"""


def first_paint(path, tmp_path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_frame_paints_before_the_heavy_modules_load(tmp_path):
    path = tmp_path / "redaccion.db"
    create_database(path).close()
    shown = first_paint(path, tmp_path)
    assert shown["heavy"] == []  # nothing of the database layer or the views before the paint
    assert shown["opening"] == "Opening redaccion.db…"
    assert shown["code"] is None and shown["built"] and shown["visible"]
    assert shown["title"] == "redaccion.db — ClaimTracker"


def test_a_database_that_cannot_be_opened_closes_the_frame_with_one_line(tmp_path):
    path = tmp_path / "notas.db"
    path.write_bytes(b"This is not a database, it is a text file.\n" * 100)
    shown = first_paint(path, tmp_path)
    assert shown["code"] == 2 and not shown["built"] and not shown["visible"]
    assert len(shown["errors"]) == 1 and "\n" not in shown["errors"][0]
    assert path.read_bytes().startswith(b"This is not a database")
