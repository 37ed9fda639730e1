"""Opening databases: pragmas, transactions, bad files left untouched, upgrades, backups."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from claimtracker.core import backups, schema, search
from claimtracker.core import db as db_module
from claimtracker.core.backups import backup_file
from claimtracker.core.db import APPLICATION_ID, create_database, open_database
from claimtracker.core.errors import DataError, InterruptedUpgradeError, ReadOnlyError, UserError
from claimtracker.core.migrations import SCHEMA_HEAD
from tests.core.old_schema import (
    OLD,
    create_old,
    downgrade,
    interrupt_like_older_versions,
    revision_and_objects,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_new_database_has_pragmas_application_id_and_default_taxonomies(db):
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == db_module.BUSY_TIMEOUT_MS
        assert s.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        labels = s.execute(text("SELECT label FROM workflow_statuses ORDER BY position")).scalars()
        assert list(labels) == ["Unstarted", "In progress", "Needs review", "Done"]
        assert s.execute(text("SELECT count(*) FROM verdicts")).scalar() == 10


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.execute(text("INSERT INTO claim_tags (claim_id, tag_id) VALUES (99, 99)"))


def test_write_transactions_begin_immediate(db):
    statements: list[str] = []
    from sqlalchemy import event

    event.listen(
        db.engine, "before_cursor_execute", lambda conn, cur, stmt, *a: statements.append(stmt)
    )
    with db.write() as s:
        s.execute(text("SELECT 1"))
    with db.read() as s:
        s.execute(text("SELECT 1"))
    assert "BEGIN IMMEDIATE" in statements
    assert "BEGIN DEFERRED" in statements


def test_second_writer_waits_for_the_first_instead_of_failing(db_path, db):
    other = open_database(db_path)
    entered, release = threading.Event(), threading.Event()

    def hold_lock():
        with db.write() as s:
            s.execute(text("INSERT INTO tags (name, key, colour) VALUES ('a', 'a', '#000')"))
            entered.set()
            release.wait(5)

    t = threading.Thread(target=hold_lock)
    t.start()
    entered.wait(5)
    threading.Timer(0.3, release.set).start()
    with other.write() as s:  # blocks on busy_timeout, then succeeds
        s.execute(text("INSERT INTO tags (name, key, colour) VALUES ('b', 'b', '#000')"))
    t.join()
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM tags")).scalar() == 2
    other.close()


def test_schema_head_constant_matches_the_revision_files():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(schema.script_location())
    assert script.get_current_head() == SCHEMA_HEAD


def test_missing_file_is_not_created(tmp_path):
    target = tmp_path / "typo.db"
    with pytest.raises(UserError, match="no such database file"):
        open_database(target)
    assert not target.exists()
    assert folder_listing(tmp_path) == []


def test_create_refuses_an_existing_file(db_path, db):
    before = digest(db_path)
    with pytest.raises(UserError, match="already exists"):
        create_database(db_path)
    assert digest(db_path) == before


def make_corrupt(path: Path) -> None:
    database = create_database(path)
    with database.write() as s:
        for i in range(300):
            s.execute(
                text("INSERT INTO tags (name, key, colour) VALUES (:n, :n, '#000')"),
                {"n": f"tag {i} " + "x" * 200},
            )
    database.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 6 * page] = b"\xde\xad\xbe\xef" * (3 * page // 4)
    path.write_bytes(bytes(data))


def make_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def make_newer(path: Path) -> None:
    create_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def make_truncated(path: Path) -> None:
    make_corrupt(path)
    data = path.read_bytes()
    path.write_bytes(data[: 4096 * 2 + 100])


BAD_FILES = {
    "text file": (lambda p: p.write_text("Esto no es una base de datos.\n"), "not an SQLite file"),
    "empty file": (lambda p: p.write_bytes(b""), "empty"),
    "short header": (lambda p: p.write_bytes(db_module.SQLITE_MAGIC + b"\x10\x00"), "truncated"),
    "other program's SQLite": (make_foreign, "another program"),
    "corrupt pages": (make_corrupt, "damaged"),
    "truncated database": (make_truncated, "damaged"),
    "newer schema": (make_newer, "newer ClaimTracker"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_give_one_clear_error_and_stay_untouched(tmp_path, kind):
    make, message = BAD_FILES[kind]
    path = tmp_path / "bad.db"
    make(path)
    before = digest(path)
    listing = folder_listing(tmp_path)
    with pytest.raises(DataError, match=message) as excinfo:
        open_database(path)
    assert excinfo.value.exit_code == 2
    assert "\n" not in str(excinfo.value)
    assert digest(path) == before
    assert folder_listing(tmp_path) == listing


def test_read_only_database_opens_for_reading_and_refuses_writes(db_path, services):
    services.articles.add_text("Una frase para leer.", "Leer")
    services.db.close()
    before = digest(db_path)
    database = open_database(db_path, readonly=True)
    assert database.readonly
    with database.read() as s:
        assert s.execute(text("SELECT title FROM articles")).scalar() == "Leer"
    database.data_version()
    assert folder_listing(db_path.parent) == ["claims.db"]  # no -wal/-shm made by reading
    from claimtracker.core.services import Services

    with pytest.raises(ReadOnlyError, match="read-only"):
        Services(database, "tester").articles.add_text("Otra frase.", "No")
    database.close()
    assert digest(db_path) == before


def test_older_schema_is_upgraded_after_a_backup(db_path, services):
    services.articles.add_text("Texto conservado.", "Antes")
    services.db.close()
    downgrade(db_path)  # back to the schema before the newest revision
    database = open_database(db_path)
    with database.read() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert s.execute(text("SELECT title FROM articles")).scalar() == "Antes"
        assert s.execute(text("SELECT count(*) FROM articles_fts")).scalar() == 1
    database.close()
    (backup,) = backups.list_backups(db_path)
    assert backup.name.endswith(f"-before-{SCHEMA_HEAD}.db")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
    assert conn.execute("SELECT title FROM articles").fetchone() == ("Antes",)
    conn.close()


def test_a_failing_upgrade_leaves_the_old_schema_whole(db_path, monkeypatch):
    create_old(db_path, claims=250)

    def fail(*args):
        raise OSError("simulated failure after the first steps of the upgrade")

    monkeypatch.setattr(search, "reindex_articles", fail)
    with pytest.raises(OSError, match="simulated"):
        open_database(db_path)
    revision, objects = revision_and_objects(db_path)
    assert revision == OLD
    assert objects == schema.objects_at(OLD)  # not one index or table of the upgrade kept
    monkeypatch.undo()
    database = open_database(db_path)  # and the next try completes it
    with database.read() as s:
        assert s.execute(text("SELECT count(*) FROM claims_fts")).scalar() == 250
    database.close()


def test_a_file_half_upgraded_by_an_older_version_names_the_backup_to_restore(db_path):
    create_old(db_path, claims=30)
    before = backups.make_backup(db_path, f"before-{SCHEMA_HEAD}")
    interrupt_like_older_versions(db_path)
    # The older version, started again, backed up the half-upgraded file before failing.
    half = backups.make_backup(db_path, f"before-{SCHEMA_HEAD}")
    assert backups.list_backups(db_path) == [half, before]
    digest_before, listing = digest(db_path), folder_listing(db_path.parent)
    with pytest.raises(InterruptedUpgradeError) as excinfo:
        open_database(db_path)
    error = excinfo.value
    assert error.backup == before and error.path == db_path
    assert error.exit_code == 2
    message = str(error)
    assert "half-upgraded" in message and str(before) in message and "\n" not in message
    assert "damaged" not in message
    assert digest(db_path) == digest_before
    assert folder_listing(db_path.parent) == listing
    assert len(backups.list_backups(db_path)) == 2  # no backup of the half-upgraded file


def test_a_half_upgraded_file_without_a_good_backup_says_so(db_path):
    create_old(db_path)
    interrupt_like_older_versions(db_path)
    with pytest.raises(InterruptedUpgradeError, match="no backup made before the upgrade") as e:
        open_database(db_path)
    assert e.value.backup is None


def test_new_database_is_built_under_a_temporary_name(tmp_path):
    path = tmp_path / "nuevo.db"
    # Left by a creation that was killed: the new database must not take any of it in.
    stale = tmp_path / "nuevo.db.creating"
    create_old(stale, claims=5)
    Path(f"{stale}-wal").write_bytes(b"left over")
    create_database(path).close()
    assert folder_listing(tmp_path) == ["nuevo.db"]
    revision, objects = revision_and_objects(path)
    assert revision == SCHEMA_HEAD and objects == schema.objects_at("head")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM claims").fetchone() == (0,)
    conn.close()


def test_backup_copies_what_is_still_in_the_wal(db_path, services, tmp_path):
    services.articles.add_text("Sólo en el WAL todavía 😀.", "WAL")
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    copy = backup_file(db_path, tmp_path / "copy.db")
    restored = open_database(copy)
    with restored.read() as s:
        assert s.execute(text("SELECT title FROM articles")).scalar() == "WAL"
    restored.close()


def test_backup_refuses_to_overwrite(db_path, db, tmp_path):
    existing = tmp_path / "exists.db"
    existing.write_text("keep me")
    with pytest.raises(UserError, match="already exists"):
        db.backup(existing)
    assert existing.read_text() == "keep me"


# The PostgreSQL-only sort indexes are expressions SQLite cannot reflect; they are compared on
# PostgreSQL (test_review_orders.py).
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index:UserWarning"
)
def test_migrations_build_exactly_the_models_schema(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from claimtracker.core.model import Base
    from claimtracker.core.search import is_fts_table

    def include(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and name and is_fts_table(name))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_a_file_killed_during_a_checkpoint_opens_whole_from_its_write_ahead_log(tmp_path):
    # A writer is killed after a checkpoint copied the new first page (its schema now names a
    # table whose pages are still only in the -wal) into the main file. The file is whole
    # with its log; read without the log ("immutable") SQLite would call it malformed.
    import struct
    import subprocess
    import sys

    from claimtracker.core.sqlite_files import side_file

    path = tmp_path / "killed.db"
    create_database(path).close()
    writer = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute('CREATE TABLE notes (body TEXT)')\n"
        "c.executemany('INSERT INTO notes VALUES (?)', [('x' * 500,)] * 200)\n"
        "c.commit()\n"
        "os._exit(0)\n"  # killed: no checkpoint, the -wal stays
    )
    subprocess.run([sys.executable, "-c", writer, str(path)], check=True)
    wal = side_file(path, "wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    first_page = None
    for offset in range(32, len(wal), 24 + page_size):  # frames: 24-byte header, then a page
        if struct.unpack(">I", wal[offset : offset + 4])[0] == 1:
            first_page = wal[offset + 24 : offset + 24 + page_size]
    assert first_page is not None
    data = bytearray(path.read_bytes())
    data[:page_size] = first_page  # the checkpoint got this far
    path.write_bytes(bytes(data))

    db = open_database(path)  # whole: the log completes the main file
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM notes")).scalar_one() == 200
    db.close()
