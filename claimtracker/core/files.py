"""The one way exports and backups reach the disk: checked target, private temporary file, rename.

:func:`check_output_path` refuses targets that would destroy a database;
:func:`safe_output` writes under a temporary name created exclusively beside the target
(a symlink planted there is never followed), flushes it to the disk and renames it into
place at the end, so a failure, a cancel, a kill or a power cut never leaves a half-written
file under the target's name.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from claimtracker.core.db import APPLICATION_ID, SQLITE_MAGIC
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError

try:  # advisory locks tell a live writer's temporary file from a dead one's (POSIX only)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PARTIAL_SUFFIX = ".claimtracker-partial"
"""Every temporary output file ends with this; with the target's name in front it is ours."""

_SIDE_FILES = ("-wal", "-shm", "-journal")
_NAME_IN_TEMP = 100  # keeps temporary names under the 255-byte limit of file systems


def is_claimtracker_database(path: Path) -> bool:
    """True when ``path`` is a file starting with an SQLite header that carries our id."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return (
        header.startswith(SQLITE_MAGIC)
        and len(header) == 72
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def check_output_path(
    path: str | os.PathLike[str],
    database: str | os.PathLike[str] | None = None,
    *,
    replace: bool = True,
) -> Path:
    """Check that an export or a backup may be written to ``path``; return it as a Path.

    ``database`` is the open database file (None for a server database). Refused with one
    clear :class:`UserError` line: an empty name, a folder, a missing folder, the database
    itself or its ``-wal``/``-shm``/``-journal`` file (also through a symlink or a hard
    link), anything inside its backups folder, any existing ClaimTracker database (or one's
    side file), and, when ``replace`` is False, any existing file. The window calls this
    before it starts an export; :func:`safe_output` calls it again before writing.
    """
    if not str(path).strip():
        raise UserError(QT_TRANSLATE_NOOP("Core", "no output file named; give a file name"))
    target = Path(path)
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder; name a file inside it"), path=target
        )
    folder = target.parent
    if not folder.exists():
        raise UserError(QT_TRANSLATE_NOOP("Core", "folder {path} does not exist"), path=folder)
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Core", "{path} is not a folder"), path=folder)
    if database is not None:
        _refuse_database_files(target, Path(database))
    exists = target.exists()
    if exists and not replace:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path} already exists; choose another name"), path=target
        )
    if exists and is_claimtracker_database(target):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path} is a ClaimTracker database; it is never overwritten"),
            path=target,
        )
    for suffix in _SIDE_FILES:
        if target.name.endswith(suffix) and is_claimtracker_database(
            target.with_name(target.name[: -len(suffix)])
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core", "{path} belongs to a ClaimTracker database; choose another name"
                ),
                path=target,
            )
    if exists and not target.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Core", "{path} is not a regular file"), path=target)
    return target


def _refuse_database_files(target: Path, database: Path) -> None:
    from claimtracker.core.backups import backup_folder

    real = Path(os.path.realpath(target))
    real_db = Path(os.path.realpath(database))
    protected = [database, real_db]
    protected += [Path(f"{p}{s}") for p in (database, real_db) for s in _SIDE_FILES]
    if real in {Path(os.path.realpath(p)) for p in protected} or (
        target.exists() and any(_same_file(target, p) for p in protected)
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Core", "{path} is the open database or one of its files; choose another name"
            ),
            path=target,
        )
    for backups in {backup_folder(database), backup_folder(real_db)}:
        if real.is_relative_to(os.path.realpath(backups)):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core", "{path} is inside the database's backups folder; choose another"
                ),
                path=target,
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextmanager
def safe_output(
    path: str | os.PathLike[str],
    *,
    database: str | os.PathLike[str] | None = None,
    replace: bool = True,
    mode: int | None = None,
) -> Iterator[Path]:
    """Yield a fresh temporary file beside ``path``; at a normal exit it becomes ``path``.

    The target is checked first (:func:`check_output_path`). The temporary file is created
    with ``O_EXCL`` under a random name, so nothing planted under a predictable name is
    followed; stale temporary files of this target left by killed runs are removed. A
    replaced file keeps its permission bits; a new one gets ``mode`` or the usual ones
    (0666 less the umask). Without ``replace`` an existing target is refused, also when
    it appears while writing. Any error removes the temporary file; an OSError becomes one
    clear :class:`UserError`.
    """
    shown = check_output_path(path, database, replace=replace)
    # Write where a symlink named by the user points, so the link itself stays.
    target = Path(os.path.realpath(shown))
    started = time.time()
    _remove_stale_partials(target, started)
    try:
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name[:_NAME_IN_TEMP]}.", suffix=PARTIAL_SUFFIX
        )
    except OSError as exc:
        raise _write_error(shown, exc) from exc
    partial = Path(name)
    if fcntl is None:  # no lock to hold; and Windows cannot rename a file that is open
        os.close(fd)
        fd = -1
    try:
        if fcntl is not None:
            # Held until the end: tells a later run that this file is not stale.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield partial
        _sync(partial, fd)  # on disk before the name points at it: a crash leaves old or new
        os.chmod(partial, _mode_for(target, mode))
        if replace:
            os.replace(partial, target)
        else:
            _move_without_replacing(partial, target, shown)
        _sync_folder(target.parent)
    except OSError as exc:
        raise _write_error(shown, exc) from exc
    finally:
        if fd >= 0:
            os.close(fd)
        for leftover in (partial, Path(f"{partial}-journal")):
            with suppress(OSError):
                leftover.unlink()


@contextmanager
def atomic_text_file(
    path: str | os.PathLike[str],
    encoding: str = "utf-8",
    newline: str | None = None,
    *,
    database: str | os.PathLike[str] | None = None,
) -> Iterator[IO[str]]:
    """A text stream into :func:`safe_output`; unencodable characters (lone surrogates)
    are replaced, never fatal."""
    with (
        safe_output(path, database=database) as partial,
        partial.open("w", encoding=encoding, errors="replace", newline=newline) as out,
    ):
        yield out


def _sync(partial: Path, fd: int) -> None:
    """Flush the written file to the disk (any descriptor of the file flushes all of it)."""
    if fd >= 0:
        os.fsync(fd)
        return
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened for this on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with suppress(OSError):  # some file systems refuse; the file itself is on disk
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_error(target: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return UserError(
            QT_TRANSLATE_NOOP("Core", "cannot write {path}: the disk is full ({reason})"),
            path=target,
            reason=exc.strerror,
        )
    return UserError(
        QT_TRANSLATE_NOOP("Core", "cannot write {path}: {reason}"),
        path=target,
        reason=exc.strerror or exc,
    )


def _mode_for(target: Path, mode: int | None) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return mode if mode is not None else 0o666 & ~_umask()


def _umask() -> int:
    # Read, not set: setting it to read it back would race with other threads.
    with suppress(OSError, ValueError), open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _move_without_replacing(partial: Path, target: Path, shown: Path) -> None:
    try:
        os.link(partial, target)  # fails if the target appeared meanwhile: never clobbered
    except FileExistsError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "{path} already exists; choose another name"), path=shown
        ) from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists():  # a file system without hard links
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "{path} already exists; choose another name"), path=shown
            ) from exc
        os.replace(partial, target)


def _remove_stale_partials(target: Path, started: float) -> None:
    """Remove temporary files of ``target`` that killed runs left behind.

    Only files named like ours for this target, older than this run, and not locked by a
    live writer are removed.
    """
    pattern = re.compile(
        re.escape(f".{target.name[:_NAME_IN_TEMP]}.")
        + r"[A-Za-z0-9_]+"
        + re.escape(PARTIAL_SUFFIX)
        + "(-journal)?$"
    )
    try:
        names = [n for n in os.listdir(target.parent) if pattern.match(n)]
    except OSError:
        return
    for name in sorted(names):  # the file before its -journal
        stale = target.parent / name
        try:
            info = stale.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_mtime >= started:
                continue
            if name.endswith("-journal"):
                if not stale.with_name(name[: -len("-journal")]).exists():
                    stale.unlink()
                continue
            if _locked_by_a_live_writer(stale):
                continue
            stale.unlink()
        except OSError:
            continue


def _locked_by_a_live_writer(path: Path) -> bool:
    if fcntl is None:
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False
