"""Opening a database from the window: a damaged or half-upgraded file offers its backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from claimtracker.core import backups
from claimtracker.core.db import Database, open_database
from claimtracker.core.errors import DataError, InterruptedUpgradeError
from claimtracker.ui.dialogs import ask
from claimtracker.ui.formatting import local_time
from claimtracker.ui.messages import message


def open_with_recovery(
    parent: QWidget | None, path: Path, opener: Callable[[Path], Database] = open_database
) -> Database:
    """Open a database; if it is damaged or half-upgraded and a backup can help, offer it."""
    backup: Path | None
    try:
        return opener(path)
    except InterruptedUpgradeError as exc:
        if exc.backup is None:
            raise
        backup = exc.backup
        if not ask.confirm(
            parent,
            QCoreApplication.translate("Recovery", "Interrupted Upgrade"),
            QCoreApplication.translate(
                "Recovery",
                "%1 was left half-upgraded by an interrupted schema upgrade and cannot be "
                "opened.\n\nRestore the backup made just before the upgrade, on %2?\nThe "
                "half-upgraded file is kept beside it, renamed.",
            )
            .replace("%1", path.name)
            .replace("%2", local_time(backups.backup_time(backup))),
        ):
            raise
    except DataError as exc:
        if "damaged" not in str(exc):
            raise
        backup = backups.newest_good_backup(path)
        if backup is None:
            raise
        if not ask.confirm(
            parent,
            QCoreApplication.translate("Recovery", "Damaged Database"),
            QCoreApplication.translate(
                "Recovery",
                "%1.\n\nRestore the newest good backup, made %2?\nThe damaged file is kept "
                "beside it, renamed.",
            )
            .replace("%1", message(exc))
            .replace("%2", local_time(backups.backup_time(backup))),
        ):
            raise
    backups.restore_backup(backup, path)
    return opener(path)
