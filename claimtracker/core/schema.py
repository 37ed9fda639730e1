"""Schema revisions: upgrades that happen whole or not at all, and files a cut-off upgrade left."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from claimtracker.core.errors import QT_TRANSLATE_NOOP, DataError
from claimtracker.core.migrations import SCHEMA_HEAD

SchemaObjects = frozenset[tuple[str, str]]
"""(type, name) of each row of ``sqlite_master``: tables, indexes, triggers, views."""


def script_location() -> str:
    return str(Path(__file__).with_name("migrations"))


def upgrade_file(dbapi_connection: sqlite3.Connection, revision: str = "head") -> None:
    """Bring an SQLite database to ``revision`` in one transaction: all of it, or nothing.

    Left to itself, Python's sqlite3 driver commits each CREATE on its own, and Alembic opens
    no transaction on SQLite (it counts SQLite's DDL as non-transactional and, without an
    enclosing transaction, would commit after each revision). So the driver's transaction
    handling is switched off, ``BEGIN IMMEDIATE`` is emitted when SQLAlchemy begins, and
    Alembic, finding that transaction open, runs every revision inside it.
    """
    dbapi_connection.isolation_level = None
    # Batch operations copy tables, which foreign keys would block; this pragma only takes
    # effect outside a transaction.
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")
    engine = create_engine("sqlite://", creator=lambda: dbapi_connection, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    with engine.begin() as connection:
        _run_alembic(connection, revision)


def upgrade_server(engine: Engine) -> None:
    """Bring a server database (PostgreSQL: transactional DDL) to the newest schema at once."""
    with engine.begin() as connection:
        _run_alembic(connection, "head")


def _run_alembic(connection: Connection, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location())
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def check_known(path: Path, revision: str | None) -> None:
    """A clear error for a schema written by a newer ClaimTracker."""
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    if revision not in {s.revision for s in ScriptDirectory(script_location()).walk_revisions()}:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path} was written by a newer ClaimTracker (schema {revision}; this program "
                "knows up to {head}); update ClaimTracker to open it",
            ),
            path=path,
            revision=revision,
            head=SCHEMA_HEAD,
        )


def half_upgraded(revision: str | None, objects: SchemaObjects) -> bool:
    """Whether a file says ``revision`` but holds schema objects of a later one.

    Older versions of the program committed each step of an upgrade by itself; killed
    half-way, they left such a file, which no upgrade can complete ("index ... already
    exists"). Objects that no revision makes (a user's own tables) do not count.
    """
    extra = objects - objects_at(revision)
    if any(name.startswith("_alembic_tmp_") for _type, name in extra):
        return True  # a table copy of a batch operation, cut off
    return bool(extra & objects_at("head"))


@cache
def objects_at(revision: str | None) -> SchemaObjects:
    """The schema objects a database has at ``revision``, found by building one in memory."""
    if revision is None:
        return frozenset({("table", "alembic_version")})
    conn = sqlite3.connect(":memory:")
    try:
        upgrade_file(conn, revision)
        return schema_objects(conn)
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection) -> SchemaObjects:
    return frozenset(conn.execute("SELECT type, name FROM sqlite_master").fetchall())
