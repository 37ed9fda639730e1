"""Nothing lost from the window: undo after others' edits, locked files, failed backups,
closing during long work, two windows and another process on one file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from claimtracker.app import create_main_window
from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.ui.settings import AppSettings

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo."
ROOT = Path(__file__).resolve().parents[2]


def set_verdict(window, key) -> None:
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def stored(target, claim_id):
    db = open_database(target)
    try:
        return Services(db, "t").claims.get(claim_id)
    finally:
        db.close()


@pytest.fixture
def claim_window(services, add_article, db_path, open_window):
    article = add_article(TEXT, "Nota")
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(claim.id)
    return window, claim


def other_process(db_path, code: str) -> None:
    """Run ``code`` (with ``services`` of the database) in another process."""
    script = (
        "import sys\n"
        "from claimtracker.core.db import open_database\n"
        "from claimtracker.core.services import Services\n"
        "db = open_database(sys.argv[1])\n"
        "services = Services(db, 'otro')\n" + textwrap.dedent(code) + "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True, cwd=ROOT)


def test_undo_does_not_revert_a_later_change_from_another_process(claim_window, db_path, dialogs):
    window, claim = claim_window
    set_verdict(window, "false")
    other_process(db_path, f"services.claims.update({claim.id}, verdict='misleading')\n")
    asked = []
    dialogs.answer("resolve_conflict", lambda *args: asked.append(args) or "theirs")
    window.registry["actionUndo"].trigger()
    ((_parent, _message, theirs, mine, _show),) = asked
    assert theirs == {"verdict": "misleading"} and mine == {"verdict": None}
    assert stored(db_path, claim.id).verdict == "misleading"
    assert not window.context.undo_stack.canUndo()  # the refused step left the history
    assert window.inspector.verdict.currentData() == "misleading"


def test_undo_over_a_later_change_when_the_analyst_keeps_mine(claim_window, db_path, dialogs):
    window, claim = claim_window
    set_verdict(window, "false")
    other_process(db_path, f"services.claims.update({claim.id}, verdict='misleading')\n")
    dialogs.answer("resolve_conflict", "mine")
    window.registry["actionUndo"].trigger()
    assert stored(db_path, claim.id).verdict is None
    window.registry["actionRedo"].trigger()
    assert stored(db_path, claim.id).verdict == "false"


def test_a_locked_file_keeps_the_edit_unsaved_without_freezing_then_saves_it(
    claim_window, db_path, qtbot
):
    window, claim = claim_window
    # Another program holds the write lock, as a long import would.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n"
            "c.execute('ROLLBACK')\n",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        window.inspector.claimant.setText("El ministro")
        window.inspector.claimant.editingFinished.emit()
        waited = time.monotonic() - started
        assert waited < 4  # far below the 5 s a background save waits: the window goes on
        assert window.context.undo_stack.text(0).endswith("(not saved)")
        assert window.unsaved_label.isVisibleTo(window)
        assert window.inspector.claimant.text() == "El ministro"
        assert "busy" in window.statusBar().currentMessage()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
    qtbot.waitUntil(lambda: not window.unsaved_label.isVisibleTo(window), timeout=20000)
    assert stored(db_path, claim.id).claimant == "El ministro"
    assert window.context.undo_stack.text(0) == "Edit claimant"


def test_a_backup_that_cannot_be_written_is_shown_in_the_window(
    services, db_path, open_window, qtbot
):
    services.articles.add_text("Nota.", "Nota")
    services.db.close()
    blocker = db_path.with_name(db_path.name + ".backups")
    blocker.write_text("a file where the backups folder should be")
    window = open_window(db_path)
    qtbot.waitUntil(lambda: window.warning_bar.isVisibleTo(window), timeout=10000)
    assert "backup could not be made" in window.warning_bar.text()
    window.warning_bar.hide()
    with qtbot.waitSignal(window.database.backupFinished, timeout=10000) as done:
        window.registry["actionBackup"].trigger()
    assert done.args[1]  # the error
    assert window.warning_bar.isVisibleTo(window)


def test_two_windows_in_one_process_and_a_reader_in_another(
    services, add_article, db_path, qtbot, tmp_path
):
    article = add_article(TEXT, "Nota")
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    services.db.close()
    windows = []
    for name in ("a", "b"):
        settings = AppSettings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
        window = create_main_window(db_path, settings)
        qtbot.addWidget(window)
        window.claims.select(claim.id)
        windows.append(window)
    a, b = windows
    reader = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
        "print(c.execute('SELECT claimant, verdict FROM claims').fetchone())\n"
    )

    def seen_elsewhere() -> str:
        done = subprocess.run(
            [sys.executable, "-c", reader, str(db_path)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    a.inspector.claimant.setText("El ministro")
    a.inspector.claimant.editingFinished.emit()
    assert seen_elsewhere() == "('El ministro', None)"
    qtbot.waitUntil(lambda: b.inspector.claimant.text() == "El ministro", timeout=10000)
    set_verdict(b, "false")
    assert seen_elsewhere() == "('El ministro', 'false')"
    plain = sqlite3.connect(db_path)  # a plain reader in this process too
    assert plain.execute("SELECT verdict FROM claims").fetchone() == ("false",)
    plain.close()
    for window in windows:
        window.close()
    assert seen_elsewhere() == "('El ministro', 'false')"


QUIT_DURING_WORK = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from claimtracker.app import create_main_window
from claimtracker.core.exporters.pipeline import ExportRequest
from claimtracker.ui.settings import AppSettings
db, out, ini, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
window = create_main_window(db, AppSettings(QSettings(ini, QSettings.Format.IniFormat)))
window.show()
if kind == "export":
    window.transfer.export_to(ExportRequest(format="json"), out)
else:
    import claimtracker.ui.editing.controller as editing
    editing.BACKGROUND_THRESHOLD = 10
    ids = window.context.services.review.ids(window.review_panel.model.claim_filter)
    window.review.set_status(ids, "done")
QTimer.singleShot(150, window.close)
QTimer.singleShot(200, app.quit)
app.exec()
print("closed cleanly", flush=True)
"""


@pytest.mark.parametrize("kind", ["export", "bulk"])
def test_closing_during_long_work_finishes_or_cancels_it_whole(tmp_path, kind):
    from bench.generate import generate

    db = tmp_path / "many.db"
    generate(db, articles=50, claims=3000)
    before = statuses(db)
    assert set(before) != {"done"}
    out = tmp_path / "everything.json"
    done = subprocess.run(
        [sys.executable, "-c", QUIT_DURING_WORK, str(db), str(out), str(tmp_path / "s.ini"), kind],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "closed cleanly" in done.stdout
    assert "QThread: Destroyed" not in done.stderr
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    if kind == "export":  # the whole file or none
        if out.exists():
            document = json.loads(out.read_text(encoding="utf-8"))
            assert len(document["claims"]) == sum(before.values())
    else:  # the bulk edit committed whole or not at all
        assert statuses(db) in (before, {"done": sum(before.values())})


def statuses(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT status, count(*) FROM claims GROUP BY status"))
    finally:
        connection.close()
