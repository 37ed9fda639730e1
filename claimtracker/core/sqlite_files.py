"""A database file on disk: its header, who may write it, and reading it without writing.

Two rules run through this module. Python never opens a database file itself while SQLite may
hold it: POSIX locks belong to the whole process, and closing any descriptor of a file drops
every lock the process holds on it, so SQLite's locks would silently vanish and another process
could fold and delete the write-ahead log under our connections. And a user who cannot write a
database leaves no ``-wal``/``-shm`` files beside it: created by that user, they would lock the
file's owner out.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from claimtracker.core.errors import QT_TRANSLATE_NOOP, DataError, Note, UserError

APPLICATION_ID = 0x436C5472  # "ClTr", stored in the SQLite header at offset 68
SQLITE_MAGIC = b"SQLite format 3\x00"


def file_uri(path: Path, mode: str, **params: object) -> str:
    """An SQLite ``file:`` URI for ``path`` (``mode`` ro/rw/rwc, extra query parameters)."""
    query = "".join(f"&{key}={value}" for key, value in params.items())
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}{query}"


def side_file(path: Path, suffix: str) -> Path:
    """The ``-wal`` or ``-shm`` file SQLite keeps beside a database in WAL mode."""
    return Path(f"{path}-{suffix}")


def check_header(path: Path) -> None:
    """A clear error unless ``path`` is an existing, readable ClaimTracker database file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path}: no such database file"), path=path
        ) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder, not a database file"), path=path
        )
    if not os.access(path, os.R_OK):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot read {path}: permission denied"), path=path
        )
    if info.st_size == 0:
        raise DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is empty (0 bytes), not a ClaimTracker database"),
            path=path,
        )
    try:
        # immutable: no locks taken, nothing created beside the file. (Not a plain open() of
        # the file either: closing it would drop the locks this process's connections hold.)
        with closing(sqlite3.connect(file_uri(path, "ro", immutable=1), uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        error = getattr(exc, "sqlite_errorname", "")
        if error == "SQLITE_NOTADB":
            raise _not_a_database(path) from exc
        if error in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"):
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "cannot open {path}: {reason}"),
                path=path,
                reason=str(exc),
            ) from exc
        if side_file(path, "wal").exists():
            # Read without its write-ahead log, the file may be caught between a checkpoint's
            # pages (a writer killed during one): the checks that read the log decide.
            return
        raise DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is damaged: {reason}"), path=path, reason=str(exc)
        ) from exc
    if app_id != APPLICATION_ID:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "Core", "{path} is an SQLite database of another program, not of ClaimTracker"
            ),
            path=path,
        )


def _not_a_database(path: Path) -> DataError:
    # SQLite refused the file, so no connection of this process holds locks on it.
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return DataError(
            QT_TRANSLATE_NOOP("Core", "cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        )
    if not header.startswith(SQLITE_MAGIC):
        return DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is not a ClaimTracker database (not an SQLite file)"),
            path=path,
        )
    if len(header) < 100:
        return DataError(
            QT_TRANSLATE_NOOP("Core", "{path} is damaged: the database header is truncated"),
            path=path,
        )
    return DataError(
        QT_TRANSLATE_NOOP("Core", "{path} is damaged: SQLite cannot read its header"), path=path
    )


def writable(path: Path) -> bool:
    """Whether this user can write the database without leaving files its owner cannot use.

    SQLite in WAL mode writes the ``-wal`` and ``-shm`` files beside the database: the folder
    must be writable, and so must those files if they exist (another user may have made them).
    """
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    sides = (side_file(path, "wal"), side_file(path, "shm"))
    return all(os.access(side, os.W_OK) for side in sides if side.exists())


def _readable(path: Path) -> bool:
    return path.exists() and os.access(path, os.R_OK)


class ReadOnlyFile:
    """Connections that read a database this user may not write, creating nothing beside it.

    Without a ``-wal`` file the database is complete and is read as immutable (no locks, no
    side files). With a ``-wal`` and a readable ``-shm`` (a writer is at work, or stopped
    without cleaning up), SQLite's read-only WAL support reads both in place. A ``-wal``
    without its ``-shm`` cannot be read in place without creating one: the file and its log
    are copied to a private temporary folder, and a snapshot made there through the backup
    API is read instead (``notice`` says so).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice: Note | None = None
        self._snapshot: Path | None = None
        wal, shm = side_file(self.path, "wal"), side_file(self.path, "shm")
        if wal.exists() and not _readable(shm):
            self._snapshot = _snapshot(self.path)
            self.notice = Note(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} has a write-ahead log ({log}) without a readable {shared} file; "
                    "showing a snapshot that includes the log. Opening it once with write "
                    "permission folds the log into the file",
                ),
                name=self.path.name,
                log=wal.name,
                shared=shm.name,
            )

    def uri(self) -> str:
        """Where the next connection reads; chosen anew each time, as the side files come and go."""
        if self._snapshot is not None:
            return file_uri(self._snapshot, "ro", immutable=1)
        if side_file(self.path, "wal").exists() and _readable(side_file(self.path, "shm")):
            return file_uri(self.path, "ro")
        return file_uri(self.path, "ro", immutable=1)

    def connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.uri(), uri=True, check_same_thread=False)

    def close(self) -> None:
        """Remove the snapshot, if one was made."""
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot.parent, ignore_errors=True)
            self._snapshot = None


def _snapshot(path: Path) -> Path:
    """A private, complete copy of ``path`` with its ``-wal`` folded in."""
    folder = Path(tempfile.mkdtemp(prefix="claimtracker-snapshot-"))
    copy = folder / "with-log.db"
    snapshot = folder / path.name
    try:
        # A writer at work keeps the -shm file; without one, no process is changing these
        # files, and plain copies of the database and its log are consistent.
        shutil.copyfile(path, copy)
        shutil.copyfile(side_file(path, "wal"), side_file(copy, "wal"))
        with closing(sqlite3.connect(copy)) as source, closing(sqlite3.connect(snapshot)) as out:
            source.backup(out)
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot read {path} and its write-ahead log: {reason}"),
            path=path,
            reason=reason,
        ) from exc
    for leftover in (copy, side_file(copy, "wal"), side_file(copy, "shm")):
        leftover.unlink(missing_ok=True)
    return snapshot
