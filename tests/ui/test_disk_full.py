"""A full disk during a save: the edit is kept in the undo history, retry offered, nothing lost."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from claimtracker.core.db import open_database
from claimtracker.core.errors import StorageError
from claimtracker.core.services import Services

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo."
BIG = "Fuente: " + "datos del instituto de estadística; " * 4000


def fill_disk(db):
    """Every new connection may not grow the file: SQLite reports the disk as full."""

    def limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    return lambda: (event.remove(db.engine, "connect", limit), db.engine.dispose())


def rationale(db_path, claim_id):
    db = open_database(db_path)
    try:
        return Services(db, "t").claims.get(claim_id).rationale
    finally:
        db.close()


def test_the_core_reports_a_full_disk_clearly_and_changes_nothing(
    services, db, add_article, db_path
):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    free = fill_disk(db)
    with pytest.raises(StorageError, match="nothing was changed"):
        services.claims.update(claim.id, rationale=BIG)
    free()
    assert services.claims.get(claim.id).rationale == ""


@pytest.fixture
def full_disk(services, add_article, db_path, open_window):
    """A window with a claim selected, on a database whose disk is full."""
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    return window, claim, fill_disk(window.context.db)


def test_failed_save_is_kept_and_retried(full_disk, db_path, qtbot):
    window, claim, free = full_disk
    edits = window.edits
    window.inspector.rationale.setPlainText(BIG)
    window.inspector.flush()
    assert "could not be saved" in window.statusBar().currentMessage()
    assert rationale(db_path, claim.id) == ""  # the database is unchanged
    assert window.context.undo_stack.count() == 1
    assert window.context.undo_stack.text(0).endswith("(not saved)")
    assert window.inspector.rationale.toPlainText() == BIG  # what was typed is still there
    assert window.unsaved_label.isVisibleTo(window)

    window.registry["actionRetrySave"].trigger()  # still full: tried again, still kept
    qtbot.waitUntil(lambda: not edits.is_busy(), timeout=10000)
    assert window.unsaved_label.isVisibleTo(window)
    assert window.inspector.rationale.toPlainText() == BIG

    free()
    window.registry["actionRetrySave"].trigger()
    qtbot.waitUntil(lambda: not window.unsaved_label.isVisibleTo(window), timeout=10000)
    assert rationale(db_path, claim.id) == BIG.strip()
    assert window.context.undo_stack.text(0) == "Edit rationale"
    window.registry["actionUndo"].trigger()
    assert rationale(db_path, claim.id) == ""


def test_kept_edits_are_saved_by_themselves_once_space_is_back(full_disk, db_path, qtbot):
    window, claim, free = full_disk
    window.inspector.rationale.setPlainText(BIG)
    window.inspector.flush()
    window.inspector.claimant.setText("El ministro")
    window.inspector.claimant.editingFinished.emit()  # queued behind the first, in order
    assert window.context.undo_stack.count() == 2
    free()
    qtbot.waitUntil(lambda: not window.unsaved_label.isVisibleTo(window), timeout=15000)
    stored = Services(open_database(db_path), "t").claims.get(claim.id)
    assert (stored.rationale, stored.claimant) == (BIG.strip(), "El ministro")
