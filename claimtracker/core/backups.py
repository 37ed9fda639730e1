"""Rotating backups beside the database, made through SQLite's backup API, and restoring one.

Backups made before a schema upgrade (reason ``before-<revision>``) are never rotated away.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from claimtracker.core.db import is_intact
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.files import safe_output
from claimtracker.core.sqlite_files import ReadOnlyFile, file_uri, writable

DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9_-]+)\.db$")


def backup_folder(db_path: Path) -> Path:
    """``<name>.backups/`` beside the database."""
    return Path(db_path).with_name(Path(db_path).name + ".backups")


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: _NAME.match(p.name)["stamp"], reverse=True)  # type: ignore[index]


def is_upgrade_backup(backup: Path) -> bool:
    """Whether ``backup`` was made before a schema upgrade."""
    match = _NAME.match(backup.name)
    return match is not None and match["reason"].startswith("before-")


def backup_time(backup: Path) -> datetime:
    """When a backup was made (UTC), from its name."""
    match = _NAME.match(backup.name)
    if match is None:
        raise ValueError(f"{backup.name} is not a backup name")
    return datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)


def backup_file(source: Path, destination: Path | str, *, database: Path | None = None) -> Path:
    """Copy ``source`` to a new file through SQLite's backup API (WAL content included).

    Written through :func:`~claimtracker.core.files.safe_output`: checked against
    ``database`` (the open database, when the destination was named by the analyst), never
    over an existing file, never half-written. The copy gets the source's permission bits.
    Failures (folder not writable, disk full) raise one clear :class:`UserError`.
    """
    source = Path(source)
    try:
        mode = stat.S_IMODE(source.stat().st_mode)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot read {path}: {reason}"),
            path=source,
            reason=exc.strerror or exc,
        ) from exc
    # A source this user cannot write is read without creating anything beside it.
    access = None if writable(source) else ReadOnlyFile(source)
    try:
        with safe_output(destination, database=database, replace=False, mode=mode) as partial:
            try:
                if access is None:
                    src = sqlite3.connect(file_uri(source, "ro"), uri=True)
                else:
                    src = access.connect()
                try:
                    dst = sqlite3.connect(partial)
                    try:
                        src.backup(dst)
                    finally:
                        dst.close()
                finally:
                    src.close()
            except sqlite3.Error as exc:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "backup to {path} failed: {reason}"),
                    path=destination,
                    reason=_reason(exc),
                ) from exc
    finally:
        if access is not None:
            access.close()
    return Path(destination)


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "I/O" in text:  # how SQLite reports a write beyond a size limit
        return f"{text} (is the disk full?)"
    return text


def make_backup(db_path: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """A consistent copy (WAL content included), then the oldest beyond ``keep`` removed.

    Backups made before an upgrade are neither counted nor removed. A backup that cannot be
    written raises :class:`UserError` (one line, for a warning).
    """
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "cannot create the backups folder {path}: {reason}"),
            path=folder,
            reason=exc.strerror or exc,
        ) from exc
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = backup_file(db_path, folder / f"{db_path.stem}-{stamp}-{reason}.db")
    rotating = [b for b in list_backups(db_path) if not is_upgrade_backup(b)]
    for old in rotating[max(1, keep) :]:
        try:
            old.unlink(missing_ok=True)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "cannot remove the old backup {path}: {reason}"),
                path=old,
                reason=exc.strerror or exc,
            ) from exc
    return target


def backup_if_due(
    db_path: Path, keep: int = DEFAULT_KEEP, every: timedelta = timedelta(days=1)
) -> Path | None:
    """A daily backup: made when the newest one is older than ``every`` (or there is none)."""
    backups = list_backups(db_path)
    if backups and datetime.now(UTC) - backup_time(backups[0]) < every:
        return None
    return make_backup(db_path, "daily", keep)


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup that passes SQLite's and ClaimTracker's checks, if any."""
    return next((b for b in list_backups(db_path) if is_intact(b)), None)


def newest_upgrade_backup(db_path: Path) -> Path | None:
    """The newest intact backup made before a schema upgrade, if any.

    A half-upgraded file opened again by an older program got a "before" backup of its own,
    half-upgraded too; those do not count.
    """
    return next((b for b in list_backups(db_path) if is_upgrade_backup(b) and is_intact(b)), None)


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put a backup in place of the database; the file it replaces is kept aside.

    Returns where the replaced file was moved (None when there was none). Its ``-wal`` and
    ``-shm`` files move with it: left behind, SQLite would replay them into the backup.
    """
    db_path = Path(db_path)
    aside = None
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{aside}{suffix}"))
    backup_file(backup, db_path)
    return aside
