"""Backups from the window: on open, on request, restoring one, recovering a damaged file."""

from __future__ import annotations

from sqlalchemy import text

from claimtracker.core import backups
from claimtracker.core.db import create_database, open_database
from claimtracker.core.migrations import SCHEMA_HEAD
from claimtracker.core.services import Services
from tests.core.old_schema import create_old, interrupt_like_older_versions
from tests.core.test_db import make_corrupt


def wait_for_backups(qtbot, path, count):
    qtbot.waitUntil(lambda: len(backups.list_backups(path)) >= count, timeout=10000)


def test_a_backup_is_made_on_open_and_on_request(services, db_path, open_window, qtbot):
    services.articles.add_text("Nota para copiar.", "Copia")
    services.db.close()
    window = open_window(db_path)
    wait_for_backups(qtbot, db_path, 1)
    assert "-open.db" in backups.list_backups(db_path)[0].name
    manual = lambda path, error: path.endswith("-manual.db") or bool(error)  # noqa: E731
    with qtbot.waitSignal(
        window.database.backupFinished, timeout=10000, check_params_cb=manual
    ) as blocker:
        window.registry["actionBackup"].trigger()
    path, error = blocker.args
    assert error == "" and path.endswith("-manual.db")
    assert "Backed up to" in window.statusBar().currentMessage()


def test_restore_from_backup(services, db_path, open_window, qtbot, dialogs):
    services.articles.add_text("Antes del error.", "Antes")
    backup = backups.make_backup(db_path, "manual")
    services.articles.add_text("Un error.", "Error")
    services.db.close()
    window = open_window(db_path)
    wait_for_backups(qtbot, db_path, 2)
    found = backups.list_backups(db_path)

    def pick(parent, title, label, items):
        return found.index(backup)

    dialogs.answer("choose_item", pick)
    dialogs.answer("confirm", True)
    window.registry["actionRestore"].trigger()
    assert [a.title for a in window.library.model.rows()] == ["Antes"]
    assert list(db_path.parent.glob("claims.db.replaced-*"))


def test_a_damaged_database_offers_its_newest_good_backup(tmp_path, open_window, qtbot, dialogs):
    path = tmp_path / "investigation.db"
    db = create_database(path)
    Services(db, "t").articles.add_text("Trabajo de semanas.", "Semanas")
    db.close()
    backups.make_backup(path, "daily")
    make_corrupt(tmp_path / "scratch.db")
    path.write_bytes((tmp_path / "scratch.db").read_bytes())
    other = tmp_path / "other.db"
    create_database(other).close()
    window = open_window(other)
    dialogs.answer("open_database_file", str(path))
    dialogs.answer("confirm", True)
    window.registry["actionOpenDatabase"].trigger()
    (question,) = dialogs.messages("confirm")
    assert "damaged" in question[2] and "Restore the newest good backup" in question[2]
    assert window.windowTitle().startswith("investigation.db")
    assert [a.title for a in window.library.model.rows()] == ["Semanas"]
    db = open_database(path)
    db.close()


def test_declining_the_restore_leaves_the_damaged_file_as_it_was(tmp_path, open_window, dialogs):
    path = tmp_path / "investigation.db"
    create_database(path).close()
    backups.make_backup(path, "daily")
    make_corrupt(tmp_path / "scratch.db")
    damaged = (tmp_path / "scratch.db").read_bytes()
    path.write_bytes(damaged)
    other = tmp_path / "other.db"
    create_database(other).close()
    window = open_window(other)
    dialogs.answer("open_database_file", str(path))
    dialogs.answer("confirm", False)
    dialogs.answer("error", None)
    window.registry["actionOpenDatabase"].trigger()
    assert "damaged" in dialogs.messages("error")[0][2]
    assert path.read_bytes() == damaged
    assert window.windowTitle().startswith("other.db")


def test_a_half_upgraded_database_offers_the_backup_made_before_the_upgrade(
    tmp_path, open_window, dialogs
):
    path = tmp_path / "investigation.db"
    create_old(path, claims=12)
    before = backups.make_backup(path, f"before-{SCHEMA_HEAD}")
    interrupt_like_older_versions(path)  # an older version was killed during the upgrade
    half = path.read_bytes()
    other = tmp_path / "other.db"
    create_database(other).close()
    window = open_window(other)
    dialogs.answer("open_database_file", str(path))
    dialogs.answer("confirm", True)
    window.registry["actionOpenDatabase"].trigger()
    ((_parent, title, question),) = dialogs.messages("confirm")
    assert title == "Interrupted Upgrade"
    assert "half-upgraded" in question and "Restore the backup made just before" in question
    assert window.windowTitle().startswith("investigation.db")
    assert len(window.library.model.rows()) == 1
    (aside,) = tmp_path.glob("investigation.db.replaced-*")
    assert aside.read_bytes() == half
    assert before.exists()
    db = open_database(path)
    with db.read() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert s.execute(text("SELECT count(*) FROM claims")).scalar() == 12
    db.close()


def test_declining_the_upgrade_backup_leaves_the_file_and_says_why(tmp_path, open_window, dialogs):
    path = tmp_path / "investigation.db"
    create_old(path)
    backups.make_backup(path, f"before-{SCHEMA_HEAD}")
    interrupt_like_older_versions(path)
    half = path.read_bytes()
    other = tmp_path / "other.db"
    create_database(other).close()
    window = open_window(other)
    dialogs.answer("open_database_file", str(path))
    dialogs.answer("confirm", False)
    dialogs.answer("error", None)
    window.registry["actionOpenDatabase"].trigger()
    assert "half-upgraded" in dialogs.messages("error")[0][2]
    assert path.read_bytes() == half
    assert window.windowTitle().startswith("other.db")
