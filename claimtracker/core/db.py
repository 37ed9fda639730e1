"""Opening databases safely: checks before touching, pragmas, transactions, upgrades, backups."""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from claimtracker.core.errors import (
    BusyError,
    ClaimTrackerError,
    ConflictError,
    DataError,
    ReadOnlyError,
    StorageError,
    UserError,
)
from claimtracker.core.migrations import SCHEMA_HEAD

APPLICATION_ID = 0x436C5472  # "ClTr", stored in the SQLite header at offset 68
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_PG_BUSY = {"55P03", "57014"}  # lock_not_available, query_canceled (lock_timeout)
_PG_CONFLICT = {"40001", "40P01"}  # serialization_failure, deadlock_detected


def default_database_path() -> Path:
    """The database used when none is named: ``claimtracker.db`` in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("ClaimTracker", appauthor=False) / "claimtracker.db"


@dataclass
class Database:
    """An open database: engine, sessions for reading and for writing, read-only flag."""

    engine: Engine
    path: Path | None
    readonly: bool = False
    interactive_wait_ms: int | None = None
    _read_factory: sessionmaker[Session] = field(init=False, repr=False)
    _write_factory: sessionmaker[Session] = field(init=False, repr=False)
    _watch: sqlite3.Connection | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        from claimtracker.core import search

        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_factory = sessionmaker(writer, expire_on_commit=False)
        search.install(self._write_factory)

    @property
    def name(self) -> str:
        """Short name for titles and messages."""
        return self.path.name if self.path else self.engine.url.render_as_string(True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with self._read_factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction (``BEGIN IMMEDIATE`` on SQLite), committed at exit.

        The main thread (the window's) waits at most ``interactive_wait_ms`` for another
        program's write lock, other threads ``BUSY_TIMEOUT_MS``; a save that cannot get the
        lock in time raises :class:`BusyError` and changes nothing. No driver error escapes:
        each becomes a :class:`ClaimTrackerError` saying what happened.
        """
        if self.readonly:
            raise ReadOnlyError(f"{self.name} is open read-only; changes cannot be saved")
        wait = BUSY_TIMEOUT_MS
        if self.interactive_wait_ms is not None and threading.current_thread() is (
            threading.main_thread()
        ):
            wait = self.interactive_wait_ms
        try:
            with self._write_factory() as session:
                session.connection(execution_options={"busy_timeout_ms": wait})
                if not self.is_sqlite:
                    session.execute(text(f"SET LOCAL lock_timeout = {int(wait)}"))
                yield session
                session.commit()
        except StaleDataError as exc:
            raise ConflictError(
                "a record changed elsewhere while this edit was being saved; nothing was "
                "changed, look at the current version and edit again"
            ) from exc
        except DBAPIError as exc:
            raise self._storage_error(exc) from exc

    def _storage_error(self, exc: DBAPIError) -> ClaimTrackerError:
        """The user's view of a driver error raised while saving."""
        reason = " ".join(str(exc.orig).split())
        lowered = reason.lower()
        code = getattr(exc.orig, "sqlstate", None)
        if "readonly" in lowered.replace("-", "").replace(" ", ""):
            return ReadOnlyError(f"{self.name} cannot be written: {reason}")
        if any(m in lowered for m in ("disk is full", "disk i/o error", "no space")):
            return StorageError(
                f"{self.name} could not be saved ({reason}); nothing was changed. "
                "Free some disk space, then retry"
            )
        if "database is locked" in lowered or "busy" in lowered or code in _PG_BUSY:
            return BusyError(
                f"{self.name} is busy: another program is writing to it; nothing was saved, "
                "try again when it has finished"
            )
        if code in _PG_CONFLICT:
            return ConflictError(
                "another analyst saved a change to the same records at the same moment; "
                "nothing was changed, look at the current version and edit again"
            )
        return StorageError(f"{self.name} could not be saved ({reason}); nothing was changed")

    def data_version(self) -> int:
        """A number that changes whenever any connection (another window or process) commits.

        Read through one connection kept for this purpose: SQLite's ``data_version`` is only
        comparable on the same connection.
        """
        if not self.is_sqlite or self.path is None:
            return 0
        if self._watch is None:
            self._watch = sqlite3.connect(
                file_uri(self.path, "ro"), uri=True, check_same_thread=False
            )
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def backup(self, destination: Path | str) -> Path:
        """Consistent copy of the database through SQLite's backup API, to a new file.

        The destination is checked against this database (:func:`~claimtracker.core.files.
        check_output_path`); an existing file is never replaced.
        """
        from claimtracker.core.backups import backup_file

        if not self.is_sqlite or self.path is None:
            raise UserError("backups are made of SQLite databases only")
        return backup_file(self.path, destination, database=self.path)

    def close(self) -> None:
        """Release all connections."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def create_database(path: Path | str) -> Database:
    """Create a new, empty ClaimTracker database at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise UserError(f"{path} already exists")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    partial = path.with_name(path.name + ".creating")
    partial.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(partial)
        try:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode=WAL")
            _upgrade(conn)
        finally:
            conn.close()
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot create {path}: {exc.strerror or exc}") from exc
    return open_database(path)


def open_database(
    target: Path | str, *, readonly: bool = False, backup_dir: Path | None = None
) -> Database:
    """Open an existing database, checking it before anything is written.

    ``target`` is a file path or a ``postgresql://`` URL. A foreign, corrupt or too new file
    raises :class:`DataError` and is left byte-for-byte untouched. An older schema is upgraded
    after a backup into ``backup_dir`` (default: a ``.backups`` folder beside the file).
    """
    if isinstance(target, str) and "://" in target:
        return _open_server(target)
    path = Path(target)
    _check_header(path)
    if not readonly and not _writable(path):
        readonly = True
    revision = _inspect(path)
    if revision != SCHEMA_HEAD:
        _check_known(path, revision)
        if readonly:
            raise DataError(f"{path} needs a schema upgrade but is read-only")
        from claimtracker.core.backups import backup_file, make_backup

        if backup_dir is None:
            make_backup(path, f"before-{SCHEMA_HEAD}", keep=1_000)  # never rotated away
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            _make_folder(backup_dir)
            backup_file(path, backup_dir / f"{path.stem}-before-{SCHEMA_HEAD}-{stamp}.db")
        conn = sqlite3.connect(file_uri(path, "rw"), uri=True)
        try:
            _upgrade(conn)
        finally:
            conn.close()
    return Database(_sqlite_engine(path, readonly), path, readonly)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc


def file_uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def _check_header(path: Path) -> None:
    if not path.exists():
        raise UserError(f"{path}: no such database file")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not header:
        raise DataError(f"{path} is empty (0 bytes), not a ClaimTracker database")
    if not header.startswith(SQLITE_MAGIC):
        raise DataError(f"{path} is not a ClaimTracker database (not an SQLite file)")
    if len(header) < 100:
        raise DataError(f"{path} is damaged: the database header is truncated")
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise DataError(f"{path} is an SQLite database of another program, not of ClaimTracker")


def _writable(path: Path) -> bool:
    # WAL mode needs to create -wal and -shm files beside the database.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _inspect(path: Path) -> str | None:
    """Integrity and schema revision, read through a read-only connection."""
    uri = file_uri(path, "ro")
    if not Path(f"{path}-wal").exists():
        # Cleanly closed: read the file alone, leaving no -wal/-shm files beside it.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DataError(f"cannot open {path}: {exc}") from exc
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if result != "ok":
            detail = " ".join(str(result).split())
            raise DataError(f"{path} is damaged (SQLite integrity check: {detail})")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as exc:
            raise DataError(f"{path} has no ClaimTracker schema version") from exc
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DataError(f"{path} is damaged: {exc}") from exc
    finally:
        conn.close()


def _check_known(path: Path, revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    if revision not in {s.revision for s in ScriptDirectory(_script_location()).walk_revisions()}:
        raise DataError(
            f"{path} was written by a newer ClaimTracker (schema {revision}; this program "
            f"knows up to {SCHEMA_HEAD}); update ClaimTracker to open it"
        )


def _script_location() -> str:
    return str(Path(__file__).with_name("migrations"))


def _upgrade(
    dbapi_connection: sqlite3.Connection | None = None, engine: Engine | None = None
) -> None:
    """Bring the schema to the newest revision on the given connection."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    if engine is None:
        engine = create_engine("sqlite://", creator=lambda: dbapi_connection)
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sqlite_engine(path: Path, readonly: bool) -> Engine:
    uri = file_uri(path, "ro" if readonly else "rw")
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, emit BEGIN, so writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        options = connection.get_execution_options()
        wait = int(options.get("busy_timeout_ms", BUSY_TIMEOUT_MS))
        connection.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
        connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    return engine


def _open_server(url: str) -> Database:
    """A server database (PostgreSQL): created or upgraded to the newest schema."""
    engine = create_engine(url)
    _upgrade(engine=engine)
    return Database(engine, None, False)
