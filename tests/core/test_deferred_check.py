"""A large, cleanly closed file opens without waiting for the integrity check; the window runs
the check afterwards (``Database.check_integrity``). A file not closed cleanly, or about to be
upgraded, is still checked before anything else."""

from __future__ import annotations

import threading

import pytest

from claimtracker.core import db as db_module
from claimtracker.core.db import open_database
from claimtracker.core.errors import DataError
from claimtracker.core.sqlite_files import side_file
from tests.core.test_db import digest, make_corrupt


@pytest.fixture
def large(monkeypatch):
    """Every file counts as large."""
    monkeypatch.setattr(db_module, "QUICK_CHECK_AT_OPEN_BYTES", 0)


def test_a_large_clean_file_is_checked_after_opening(tmp_path, large):
    path = tmp_path / "damaged.db"
    make_corrupt(path)
    before = digest(path)
    database = open_database(path)
    assert database.pending_check
    failures = []

    def background() -> None:
        try:
            database.check_integrity()
        except DataError as exc:
            failures.append(str(exc))

    worker = threading.Thread(target=background)
    worker.start()
    worker.join()
    database.close()
    assert len(failures) == 1 and "is damaged" in failures[0] and "\n" not in failures[0]
    assert digest(path) == before


def test_an_intact_large_file_passes_the_later_check(db_path, services, large):
    services.articles.add_text("Texto.", "Nota")
    services.db.close()
    database = open_database(db_path)
    assert database.pending_check
    database.check_integrity()
    assert not database.pending_check
    database.close()


def test_small_files_are_checked_while_opening(tmp_path):
    path = tmp_path / "damaged.db"
    make_corrupt(path)
    with pytest.raises(DataError, match="damaged"):
        open_database(path)


def test_a_file_not_closed_cleanly_is_checked_while_opening(tmp_path, large):
    path = tmp_path / "damaged.db"
    make_corrupt(path)
    side_file(path, "wal").write_bytes(b"")  # left by a program that did not close it
    with pytest.raises(DataError, match="damaged"):
        open_database(path)


def test_a_file_to_upgrade_is_checked_before_the_upgrade(tmp_path, large):
    from tests.core.old_schema import create_old

    path = tmp_path / "old.db"
    create_old(path, claims=250)
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 2 * 4096] = b"\xde\xad\xbe\xef" * 2048  # claims' pages, not the schema
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DataError, match="damaged"):
        open_database(path)
    assert digest(path) == before  # neither upgraded nor backed up in place
