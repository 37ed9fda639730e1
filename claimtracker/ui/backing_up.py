"""Backups from the window: made in the background, restored on request or after damage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core import backups
from claimtracker.core.db import Database, open_database
from claimtracker.core.errors import ClaimTrackerError, DataError, InterruptedUpgradeError
from claimtracker.ui.dialogs import ask


class BackupRunner(QObject):
    """Makes backups on a pool thread; ``finished(path, error)`` arrives on the GUI thread."""

    finished = Signal(str, str)

    def start(self, db_path: Path, reason: str, keep: int, daily: bool = False) -> None:
        def work() -> None:
            try:
                if daily:
                    made = backups.backup_if_due(db_path, keep)
                else:
                    made = backups.make_backup(db_path, reason, keep)
            except (ClaimTrackerError, OSError) as exc:
                self.finished.emit("", str(exc))
            else:
                self.finished.emit(str(made or ""), "")

        QThreadPool.globalInstance().start(work)


def open_with_recovery(
    parent: QWidget | None, path: Path, opener: Callable[[Path], Database] = open_database
) -> Database:
    """Open a database; if it is damaged or half-upgraded and a backup can help, offer it."""
    try:
        return opener(path)
    except InterruptedUpgradeError as exc:
        if exc.backup is None:
            raise
        backup = exc.backup
        when = backups.backup_time(backup).astimezone()
        if not ask.confirm(
            parent,
            "Interrupted Upgrade",
            f"{path.name} was left half-upgraded by an interrupted schema upgrade and cannot "
            f"be opened.\n\nRestore the backup made just before the upgrade, on "
            f"{when:%Y-%m-%d %H:%M}?\nThe half-upgraded file is kept beside it, renamed.",
        ):
            raise
    except DataError as exc:
        if "damaged" not in str(exc):
            raise
        backup = backups.newest_good_backup(path)
        if backup is None:
            raise
        when = backups.backup_time(backup).astimezone()
        if not ask.confirm(
            parent,
            "Damaged Database",
            f"{exc}.\n\nRestore the newest good backup, made {when:%Y-%m-%d %H:%M}?"
            "\nThe damaged file is kept beside it, renamed.",
        ):
            raise
    backups.restore_backup(backup, path)
    return opener(path)
