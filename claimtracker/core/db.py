"""Opening databases safely: checks before touching, pragmas, transactions, upgrades, backups."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from claimtracker.core import schema
from claimtracker.core.changes import CHANNEL, ChangeWatch, FileWatch, ServerWatch, payload
from claimtracker.core.errors import (
    QT_TRANSLATE_NOOP,
    BusyError,
    ClaimTrackerError,
    ConflictError,
    DataError,
    InterruptedUpgradeError,
    Note,
    ReadOnlyError,
    StorageError,
    UserError,
)
from claimtracker.core.migrations import SCHEMA_HEAD
from claimtracker.core.sqlite_files import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    ReadOnlyFile,
    check_header,
    file_uri,
    side_file,
    writable,
)

__all__ = [
    "APPLICATION_ID",
    "SQLITE_MAGIC",
    "Database",
    "create_database",
    "is_intact",
    "open_database",
]

BUSY_TIMEOUT_MS = 5000
QUICK_CHECK_AT_OPEN_BYTES = 32 * 1024 * 1024
"""Files up to this size are integrity-checked while opening (about 0.1 s); larger ones that
were closed cleanly are checked afterwards (:meth:`Database.check_integrity`), off the path
to the first window."""
_PG_BUSY = {"55P03", "57014"}  # lock_not_available, query_canceled (lock_timeout)
_PG_CONFLICT = {"40001", "40P01"}  # serialization_failure, deadlock_detected
Connect = Callable[[], sqlite3.Connection]


@dataclass
class Database:
    """An open database: engine, sessions for reading and for writing, read-only flag.

    ``notice`` is one line about how the file is being read when that is not plain (a
    snapshot of a file whose write-ahead log could not be read in place), else None.
    """

    engine: Engine
    path: Path | None
    readonly: bool = False
    interactive_wait_ms: int | None = None
    notice: Note | None = None
    pending_check: bool = False
    """True when the integrity check was left for later (:meth:`check_integrity`)."""
    reader: Connect | None = field(default=None, repr=False)
    """Makes a connection that only reads (for the change watch); None for server databases."""
    on_close: Callable[[], None] | None = field(default=None, repr=False)
    _read_factory: sessionmaker[Session] = field(init=False, repr=False)
    _write_factory: sessionmaker[Session] = field(init=False, repr=False)
    _watch: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    role: str | None = field(default=None, init=False)
    """The server's database role this program works as (PostgreSQL), recorded in the log."""
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:12], init=False, repr=False)
    """Names this open database in change notifications, so that it can skip its own."""

    def __post_init__(self) -> None:
        from claimtracker.core import derived

        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_factory = sessionmaker(writer, expire_on_commit=False)
        derived.install(self._write_factory)
        if not self.is_sqlite:
            with self.engine.connect() as conn:
                self.role = conn.execute(text("SELECT current_user")).scalar()

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
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("Core", "{name} is open read-only; changes cannot be saved"),
                name=self.name,
            )
        wait = BUSY_TIMEOUT_MS
        if self.interactive_wait_ms is not None and threading.current_thread() is (
            threading.main_thread()
        ):
            wait = self.interactive_wait_ms
        try:
            with self._write_factory() as session:
                session.info["db_role"] = self.role
                session.connection(execution_options={"busy_timeout_ms": wait})
                if not self.is_sqlite:
                    session.execute(text(f"SET LOCAL lock_timeout = {int(wait)}"))
                yield session
                self._before_commit(session)
                session.commit()
        except StaleDataError as exc:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "a record changed elsewhere while this edit was being saved; nothing was "
                    "changed, look at the current version and edit again",
                )
            ) from exc
        except DBAPIError as exc:
            raise self._storage_error(exc) from exc

    def _before_commit(self, session: Session) -> None:
        """Bring derived data up to date and, on a server, tell other windows what changed
        (delivered by the server only if the commit succeeds)."""
        from claimtracker.core import derived

        changed = derived.apply(session)
        if not self.is_sqlite:
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload(self.origin, changed)},
            )

    def _storage_error(self, exc: DBAPIError) -> ClaimTrackerError:
        """The user's view of a driver error raised while saving."""
        reason = " ".join(str(exc.orig).split())
        lowered = reason.lower()
        code = getattr(exc.orig, "sqlstate", None)
        name = self.name
        if "readonly" in lowered.replace("-", "").replace(" ", ""):
            return ReadOnlyError(
                QT_TRANSLATE_NOOP("Core", "{name} cannot be written: {reason}"),
                name=name,
                reason=reason,
            )
        if any(m in lowered for m in ("disk is full", "disk i/o error", "no space")):
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} could not be saved ({reason}); nothing was changed. Free some disk "
                    "space, then retry",
                ),
                name=name,
                reason=reason,
            )
        if "database is locked" in lowered or "busy" in lowered or code in _PG_BUSY:
            return BusyError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} is busy: another program is writing to it; nothing was saved, try "
                    "again when it has finished",
                ),
                name=name,
            )
        if code in _PG_CONFLICT:
            return ConflictError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "another analyst saved a change to the same records at the same moment; "
                    "nothing was changed, look at the current version and edit again",
                )
            )
        return StorageError(
            QT_TRANSLATE_NOOP("Core", "{name} could not be saved ({reason}); nothing was changed"),
            name=name,
            reason=reason,
        )

    def data_version(self) -> int:
        """A number that changes whenever any connection (another window or process) commits.

        Read through one connection kept for this purpose: SQLite's ``data_version`` is only
        comparable on the same connection.
        """
        if self.reader is None:
            return 0
        if self._watch is None:
            self._watch = self.reader()
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def watch(self) -> ChangeWatch:
        """A watch that tells, without waiting, whether others changed this database.

        SQLite: ``PRAGMA data_version``; PostgreSQL: ``LISTEN``/``NOTIFY``. Each watch holds
        a connection of its own; close it with the window.
        """
        if self.is_sqlite:
            if self.reader is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "{name} cannot be watched for changes"),
                    name=self.name,
                )
            return FileWatch(self.reader)
        dialect = self.engine.dialect
        cargs, cparams = dialect.create_connect_args(self.engine.url)
        return ServerWatch(partial(dialect.loaded_dbapi.connect, *cargs, **cparams), self.origin)

    def check_integrity(self) -> None:
        """SQLite's quick check of the whole file, on a connection of its own (so that it can
        run in the background); :class:`DataError` when the file is damaged."""
        if not self.is_sqlite or self.reader is None or self.path is None:
            return
        conn = self.reader()
        try:
            _quick_check(conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise DataError(
                QT_TRANSLATE_NOOP("Core", "{path} is damaged: {reason}"),
                path=self.path,
                reason=str(exc),
            ) from exc
        finally:
            conn.close()
        self.pending_check = False

    def backup(self, destination: Path | str) -> Path:
        """Consistent copy of the database through SQLite's backup API, to a new file.

        The destination is checked against this database (:func:`~claimtracker.core.files.
        check_output_path`); an existing file is never replaced.
        """
        from claimtracker.core.backups import backup_file

        if not self.is_sqlite or self.path is None:
            raise UserError(QT_TRANSLATE_NOOP("Core", "backups are made of SQLite databases only"))
        return backup_file(self.path, destination, database=self.path)

    def close(self) -> None:
        """Release all connections."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()
        if self.on_close is not None:
            self.on_close()
            self.on_close = None


def create_database(path: Path | str) -> Database:
    """Create a new, empty ClaimTracker database at ``path`` (which must not exist).

    ``path`` may be a ``postgresql://`` URL of an existing, empty database: the schema is
    created in it.

    The database is built under a temporary name and renamed into place once complete, so an
    interrupted creation leaves no file at ``path``.
    """
    if isinstance(path, str) and "://" in path:
        return _create_server(path)
    path = Path(path)
    if path.exists():
        raise UserError(QT_TRANSLATE_NOOP("Core", "{path} already exists"), path=path)
    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Core", "folder {path} does not exist"), path=path.parent)
    partial_db = path.with_name(path.name + ".creating")
    _remove_with_side_files(partial_db)  # left by a creation that was cut off
    try:
        conn = sqlite3.connect(partial_db)
        try:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode=WAL")
            schema.upgrade_file(conn)
        finally:
            conn.close()  # the last connection: the log is folded into the file and removed
        os.replace(partial_db, path)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_side_files(partial_db)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot create {path}: {reason}"), path=path, reason=reason
        ) from exc
    return open_database(path)


def _remove_with_side_files(path: Path) -> None:
    for leftover in (path, side_file(path, "wal"), side_file(path, "shm")):
        leftover.unlink(missing_ok=True)


def open_database(target: Path | str, *, readonly: bool = False) -> Database:
    """Open an existing database, checking it before anything is written.

    ``target`` is a file path or a ``postgresql://`` URL. A foreign, corrupt, half-upgraded or
    too new file raises :class:`DataError` and is left byte-for-byte untouched. A file this
    user cannot write opens read-only, leaving nothing beside it. An older schema is upgraded
    in one transaction, after a backup into the ``.backups`` folder beside the file.
    """
    if isinstance(target, str) and "://" in target:
        return _open_server(target)
    path = Path(target)
    check_header(path)
    if readonly or not writable(path):
        return _open_read_only(path)
    # Cleanly closed (no -wal): read the file alone, leaving no -wal/-shm files beside it.
    clean = not side_file(path, "wal").exists()
    alone = {"immutable": 1} if clean else {}
    check_now = not clean or path.stat().st_size <= QUICK_CHECK_AT_OPEN_BYTES
    revision, objects = _inspect(path, file_uri(path, "ro", **alone), check=check_now)
    if revision != SCHEMA_HEAD:
        if not check_now:  # never upgrade a damaged file
            _inspect(path, file_uri(path, "ro", **alone), check=True)
            check_now = True
        _check_upgradable(path, revision, objects)
        from claimtracker.core.backups import make_backup

        make_backup(path, f"before-{SCHEMA_HEAD}", keep=1_000)  # rotates nothing away
        conn = sqlite3.connect(file_uri(path, "rw"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            schema.upgrade_file(conn)
        finally:
            conn.close()
    connect = partial(sqlite3.connect, file_uri(path, "rw"), uri=True, check_same_thread=False)
    reader = partial(sqlite3.connect, file_uri(path, "ro"), uri=True, check_same_thread=False)
    return Database(
        _sqlite_engine(connect, readonly=False), path, reader=reader, pending_check=not check_now
    )


def _open_read_only(path: Path) -> Database:
    access = ReadOnlyFile(path)
    check_now = path.stat().st_size <= QUICK_CHECK_AT_OPEN_BYTES
    try:
        revision, objects = _inspect(path, access.uri(), check=check_now)
        if revision != SCHEMA_HEAD:
            _check_upgradable(path, revision, objects)
            raise DataError(
                QT_TRANSLATE_NOOP("Core", "{path} needs a schema upgrade but is read-only"),
                path=path,
            )
    except BaseException:
        access.close()
        raise
    return Database(
        _sqlite_engine(access.connect, readonly=True),
        path,
        readonly=True,
        notice=access.notice,
        pending_check=not check_now,
        reader=access.connect,
        on_close=access.close,
    )


def is_intact(path: Path) -> bool:
    """Whether a closed database file (a backup) passes the checks of :func:`open_database`.

    Nothing is written, upgraded or created beside the file; an older schema counts as intact.
    """
    try:
        check_header(path)
        access = ReadOnlyFile(path)
        try:
            revision, objects = _inspect(path, access.uri())
        finally:
            access.close()
        schema.check_known(path, revision)
        return not schema.half_upgraded(revision, objects)
    except ClaimTrackerError:
        return False


def _inspect(path: Path, uri: str, check: bool = True) -> tuple[str | None, schema.SchemaObjects]:
    """Integrity (when ``check``), schema revision and schema objects, read through a
    connection to ``uri``."""
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DataError(
            QT_TRANSLATE_NOOP("Core", "cannot open {path}: {reason}"), path=path, reason=str(exc)
        ) from exc
    try:
        if check:
            _quick_check(conn, path)
        objects = schema.schema_objects(conn)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as exc:
            raise DataError(
                QT_TRANSLATE_NOOP("Core", "{path} has no ClaimTracker schema version"), path=path
            ) from exc
        return (row[0] if row else None), objects
    except sqlite3.DatabaseError as exc:
        raise DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is damaged: {reason}"), path=path, reason=str(exc)
        ) from exc
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        detail = " ".join(str(result).split())
        raise DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is damaged (SQLite integrity check: {detail})"),
            path=path,
            detail=detail,
        )


def _check_upgradable(path: Path, revision: str | None, objects: schema.SchemaObjects) -> None:
    schema.check_known(path, revision)
    if schema.half_upgraded(revision, objects):
        from claimtracker.core.backups import newest_upgrade_backup

        backup = newest_upgrade_backup(path)
        if backup:
            template = QT_TRANSLATE_NOOP(
                "Core",
                "{path} was left half-upgraded by an interrupted schema upgrade (schema "
                "{revision} with parts of a newer one) and cannot be opened; restore the "
                "backup made before the upgrade, {backup}",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Core",
                "{path} was left half-upgraded by an interrupted schema upgrade (schema "
                "{revision} with parts of a newer one) and cannot be opened; no backup made "
                "before the upgrade was found",
            )
        raise InterruptedUpgradeError(template, path=path, backup=backup, revision=revision)


def _sqlite_engine(connect: Connect, readonly: bool) -> Engine:
    # The pool is chosen explicitly: with a creator and no file name in the URL, SQLAlchemy
    # would pick SingletonThreadPool, meant for in-memory databases.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, emit BEGIN, so writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        # Python's case folding for LIKE on words beyond ASCII (the library's filter).
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
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


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _server_engine(url: str) -> Engine:
    try:
        return create_engine(url)
    except (ImportError, ValueError) as exc:  # unknown driver, malformed URL
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot use the database URL: {reason}"), reason=str(exc)
        ) from exc


def _server_call(engine: Engine, action: Callable[[], object]) -> object:
    """Run ``action``; a server that cannot be reached or refuses is one clear line."""
    try:
        return action()
    except DBAPIError as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig).split())
        name = engine.url.render_as_string(hide_password=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot open {name}: {reason}"), name=name, reason=reason
        ) from exc


def _open_server(url: str) -> Database:
    """A server database (PostgreSQL): created or upgraded to the newest schema."""
    engine = _server_engine(url)
    _server_call(engine, lambda: schema.upgrade_server(engine))
    return _server_call(engine, lambda: Database(engine, None, False))  # type: ignore[return-value]


def _create_server(url: str) -> Database:
    """The ClaimTracker schema made in an existing, empty server database."""
    from sqlalchemy import inspect

    engine = _server_engine(url)
    tables = _server_call(engine, lambda: inspect(engine).get_table_names())
    name = engine.url.render_as_string(hide_password=True)
    if "alembic_version" in tables:  # type: ignore[operator]
        engine.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{name} already holds a ClaimTracker database"), name=name
        )
    if tables:
        engine.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Core", "{name} is not empty; give ClaimTracker a database of its own"
            ),
            name=name,
        )
    return _open_server(url)
