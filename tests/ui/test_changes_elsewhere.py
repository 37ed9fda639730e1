"""The window follows what other processes and analysts save, and checks a large file after
it is on screen.

The other analyst is a real process (the command line) on the same file or server; on
PostgreSQL the window hears of it through LISTEN/NOTIFY with the ids of the changed claims
and reads only those again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from claimtracker.app import create_main_window
from claimtracker.core import db as db_module
from claimtracker.core.services import Services
from tests.core.test_db import digest, make_corrupt

TEXT = "El ministro dijo que la inflación bajó al 2,1 %. La oposición lo niega."
PG_URL = os.environ.get("CLAIMTRACKER_TEST_POSTGRES")


def edit_elsewhere(database: str, claim_id: int, *options: str) -> None:
    """Another analyst's process edits the claim with the command line."""
    env = {**os.environ, "CLAIMTRACKER_ANALYST": "Otra analista"}
    done = subprocess.run(
        [sys.executable, "-m", "claimtracker", "claim", "edit", str(claim_id), "--db", database]
        + list(options),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def review_row(window, claim_id):
    model = window.review_panel.model
    row = model.row_of(claim_id)
    return None if row is None else model.record(row)


def test_a_claim_saved_by_another_process_shows_in_the_window(
    services, db_path, add_article, open_window, qtbot
):
    article = add_article(TEXT, "Nota")
    claim = services.claims.create_from_quote(article, "la inflación bajó al 2,1 %").id
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim)
    window.registry["actionShowReview"].trigger()
    assert review_row(window, claim).verdict is None

    edit_elsewhere(str(db_path), claim, "--verdict", "false", "--claimant", "El ministro")
    window.database.look_for_changes()  # what the watch timer does every 1.5 s

    assert window.inspector.verdict.currentData() == "false"
    assert window.inspector.claimant.text() == "El ministro"
    assert review_row(window, claim).verdict == "false"


def test_the_windows_own_saves_are_not_news_from_elsewhere(window, add_article, qtbot):
    article = add_article(TEXT, "Nota")
    window.articles.reload_library()
    window.articles.open(article)
    heard = []
    window.database.changedElsewhere.connect(heard.append)
    window.view.select_range(0, 11)
    window.registry["actionNewClaim"].trigger()
    window.database.look_for_changes()
    assert heard == []


@pytest.mark.skipif(not PG_URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")
def test_on_postgresql_the_window_hears_which_claims_another_analyst_changed(pg, settings, qtbot):
    services = Services(pg, "setup")
    run = time.time_ns()
    article = services.articles.add_text(f"{TEXT} ({run})", f"Nota {run}").id
    claim = services.claims.create_from_quote(article, "la inflación bajó al 2,1 %").id
    other = services.claims.create_from_quote(article, "La oposición lo niega").id
    window = create_main_window(PG_URL, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.articles.open(article)
    window.claims.select(claim)
    window.registry["actionShowReview"].trigger()
    model = window.review_panel.model
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    heard = []
    window.database.changedElsewhere.connect(heard.append)

    edit_elsewhere(PG_URL, claim, "--verdict", "false")
    # The watch timer polls the LISTEN connection; nothing is asked of the window.
    qtbot.waitUntil(lambda: window.inspector.verdict.currentData() == "false", timeout=10_000)
    assert heard == [frozenset({claim})]  # the server named the claim
    assert review_row(window, claim).verdict == "false"
    assert review_row(window, other).verdict is None
    assert resets == []  # read again in place: the list did not start over
    window.close()


def test_a_large_file_is_checked_once_the_window_is_on_screen(
    tmp_path, monkeypatch, open_window, qtbot
):
    monkeypatch.setattr(db_module, "QUICK_CHECK_AT_OPEN_BYTES", 0)  # every file counts as large
    path = tmp_path / "damaged.db"
    make_corrupt(path)
    before = digest(path)
    window = open_window(path)
    assert window.context.db.pending_check  # opened without waiting for the check
    qtbot.waitUntil(lambda: "damaged" in window.warning_bar.text(), timeout=10_000)
    assert "Restore from Backup" in window.warning_bar.text()
    window.close()
    assert digest(path) == before
