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
