"""Fixtures shared by all tests: isolated data folders, a fresh database, services."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never need a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from claimtracker.core.db import Database, create_database  # noqa: E402
from claimtracker.core.services import Services  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _migrated_template(tmp_path_factory):
    """New databases are copied from one migrated at the start of the run.

    Running every Alembic revision for each test's new database costs more than the tests
    themselves; the copy has exactly the schema the revisions build (the first database of
    the run is built by them, and test_db checks that migrations and models agree).
    Upgrades of existing, older databases still run the revisions.
    """
    import sqlite3

    from claimtracker.core import schema
    from claimtracker.core.db import APPLICATION_ID

    real_upgrade = schema.upgrade_file
    template = tmp_path_factory.mktemp("template") / "template.db"
    built = sqlite3.connect(template)
    built.execute(f"PRAGMA application_id={APPLICATION_ID}")
    built.execute("PRAGMA journal_mode=WAL")
    real_upgrade(built)
    built.close()
    source = sqlite3.connect(template)

    def upgrade_file(connection: sqlite3.Connection, revision: str = "head") -> None:
        empty = not connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if revision == "head" and empty:
            source.backup(connection)
        else:
            real_upgrade(connection, revision)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "upgrade_file", upgrade_file)
        yield
    source.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep the default database, settings and backups out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("CLAIMTRACKER_ANALYST", "tester")
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "claims.db"


@pytest.fixture
def db(db_path) -> Database:
    database = create_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db) -> Services:
    return Services(db, "tester")


@pytest.fixture
def add_article(services):
    """Store ``text`` as a pasted article and return its id."""

    def add(text: str, title: str = "Test article") -> int:
        return services.articles.add_text(text, title).id

    return add


@pytest.fixture
def pg():
    """The test PostgreSQL database (``CLAIMTRACKER_TEST_POSTGRES``), emptied and at the newest
    schema; skipped where no such server is given (CI starts one)."""
    url = os.environ.get("CLAIMTRACKER_TEST_POSTGRES")
    if not url:
        pytest.skip("CLAIMTRACKER_TEST_POSTGRES is not set")
    from sqlalchemy import create_engine, text

    from claimtracker.core.db import open_database

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db = open_database(url)
    yield db
    db.close()
