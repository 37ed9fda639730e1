"""Rotating backups, the daily one, finding a good backup, and restoring it."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import text

from claimtracker.core import backups
from claimtracker.core.db import open_database
from claimtracker.core.migrations import SCHEMA_HEAD
from tests.core.old_schema import create_old
from tests.core.test_db import make_corrupt


def titles(path) -> list[str]:
    db = open_database(path)
    try:
        with db.read() as s:
            return list(s.execute(text("SELECT title FROM articles ORDER BY id")).scalars())
    finally:
        db.close()


def test_backups_rotate_and_keep_the_newest(db_path, services):
    services.articles.add_text("Primera nota.", "Primera")
    made = [backups.make_backup(db_path, "manual", keep=3) for _ in range(5)]
    assert backups.list_backups(db_path) == made[::-1][:3]
    assert titles(made[-1]) == ["Primera"]


def test_daily_backup_only_when_due(db_path, services):
    first = backups.backup_if_due(db_path)
    assert first is not None and "daily" in first.name
    assert backups.backup_if_due(db_path) is None
    assert backups.backup_if_due(db_path, every=timedelta(0)) is not None


def test_upgrade_backups_go_to_the_same_folder(db_path, services):
    assert backups.backup_folder(db_path).name == "claims.db.backups"


def test_newest_good_backup_skips_damaged_ones(db_path, services, tmp_path):
    services.articles.add_text("Nota buena.", "Buena")
    good = backups.make_backup(db_path, "manual")
    bad = backups.make_backup(db_path, "manual")
    make_corrupt(tmp_path / "corrupt.db")
    bad.write_bytes((tmp_path / "corrupt.db").read_bytes())
    assert backups.newest_good_backup(db_path) == good


def test_restore_keeps_the_replaced_file_aside(db_path, services):
    services.articles.add_text("Antes.", "Antes")
    backup = backups.make_backup(db_path, "manual")
    services.articles.add_text("Después.", "Después")
    services.db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    aside = backups.restore_backup(backup, db_path)
    assert titles(db_path) == ["Antes"]
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before
    assert titles(aside) == ["Antes", "Después"]


def test_backups_made_before_an_upgrade_are_never_rotated_away(db_path, services):
    upgrade = backups.make_backup(db_path, f"before-{SCHEMA_HEAD}")
    made = [backups.make_backup(db_path, "daily", keep=2) for _ in range(4)]
    assert backups.list_backups(db_path) == [made[3], made[2], upgrade]


def test_a_backup_at_an_older_schema_is_a_good_backup(db_path, tmp_path):
    create_old(db_path, claims=3)
    before = backups.make_backup(db_path, f"before-{SCHEMA_HEAD}")
    make_corrupt(tmp_path / "corrupt.db")
    backups.make_backup(db_path, "daily").write_bytes((tmp_path / "corrupt.db").read_bytes())
    assert backups.newest_good_backup(db_path) == before
    assert backups.newest_upgrade_backup(db_path) == before
    assert sorted(p.name for p in backups.backup_folder(db_path).iterdir()) == sorted(
        p.name for p in backups.list_backups(db_path)
    )  # checking them left nothing beside them
