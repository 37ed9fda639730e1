"""Two windows (or a window and another process) on one database: no edit lost silently."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from claimtracker.app import create_main_window
from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.core.services.changelog import history
from claimtracker.ui.settings import AppSettings

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo."


@pytest.fixture
def two_windows(services, add_article, db_path, qtbot, tmp_path):
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
    yield claim, windows
    for window in windows:
        window.close()


def set_verdict(window, key):
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def stored(db_path, claim_id):
    db = open_database(db_path)
    try:
        return Services(db, "t").claims.get(claim_id)
    finally:
        db.close()


def test_later_save_shows_a_conflict_and_mine_wins_when_chosen(two_windows, db_path, dialogs):
    claim, (a, b) = two_windows
    set_verdict(a, "false")
    asked = []

    def choose(parent, message, theirs, mine, show=None):
        asked.append((message, theirs, mine))
        return "mine"

    dialogs.answer("resolve_conflict", choose)
    set_verdict(b, "true")  # b still shows the version before a's edit
    ((message, theirs, mine),) = asked
    assert theirs == {"verdict": "false"} and mine == {"verdict": "true"}
    assert "while you were editing" in message
    assert stored(db_path, claim.id).verdict == "true"
    db = open_database(db_path)
    with db.read() as session:
        changes = [
            (e.actor, e.new_value) for e in history(session, claim.uuid) if e.field == "verdict"
        ]
    db.close()
    assert [v for _a, v in changes] == ["false", "true"]  # both edits are in the log


def test_keeping_theirs_discards_mine_and_shows_theirs(two_windows, db_path, dialogs):
    claim, (a, b) = two_windows
    set_verdict(a, "false")
    dialogs.answer("resolve_conflict", "theirs")
    set_verdict(b, "true")
    assert stored(db_path, claim.id).verdict == "false"
    assert b.inspector.verdict.currentData() == "false"
    assert not b.context.undo_stack.canUndo()


def test_other_windows_refresh_to_show_changes(two_windows, qtbot):
    claim, (a, b) = two_windows
    set_verdict(a, "mostly_true")
    qtbot.waitUntil(lambda: b.inspector.verdict.currentData() == "mostly_true", timeout=10000)
    assert b.claims.claim.verdict == "mostly_true"


def test_changes_from_another_process_show_up(two_windows, db_path, qtbot):
    claim, (a, _b) = two_windows
    code = (
        "import sys\n"
        "from claimtracker.core.db import open_database\n"
        "from claimtracker.core.services import Services\n"
        "db = open_database(sys.argv[1])\n"
        "Services(db, 'script').claims.update(int(sys.argv[2]), claimant='Ministro')\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db_path), str(claim.id)], check=True)
    qtbot.waitUntil(lambda: a.inspector.claimant.text() == "Ministro", timeout=10000)
