"""The main window's databases: new, open, recent, backups and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from claimtracker.core.db import create_database, open_database
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.ui.backing_up import open_with_recovery
from claimtracker.ui.dialogs import ask


class DatabaseMixin:
    """Part of :class:`~claimtracker.ui.main_window.MainWindow`: which database, and its backups."""

    def _can_back_up(self) -> bool:
        return self.db.is_sqlite and self.db.path is not None and not self.db.readonly

    def back_up_now(self) -> None:
        if self.db.path is None or not self.db.is_sqlite:
            return
        self.statusBar().showMessage("Backing up…")
        self.backup_runner.start(self.db.path, "manual", self.settings.backups_to_keep)

    def _daily_backup(self) -> None:
        if self._can_back_up():
            self.backup_runner.start(
                self.db.path, "daily", self.settings.backups_to_keep, daily=True
            )

    def _backup_done(self, path: str, error: str) -> None:
        if error:
            ask.error(self, "Backup Failed", f"The backup could not be made: {error}")
        elif path.endswith("-manual.db"):  # automatic backups stay quiet when they succeed
            self.statusBar().showMessage(f"Backed up to {path}.", 8000)
        self.backupFinished.emit(path, error)

    def restore_from_backup(self) -> None:
        from claimtracker.core import backups

        path = self.db.path
        if path is None:
            return
        found = backups.list_backups(path)
        if not found:
            ask.information(self, "Restore", "This database has no backups yet.")
            return
        labels = [
            f"{backups.backup_time(b).astimezone():%Y-%m-%d %H:%M:%S} — {b.name}" for b in found
        ]
        chosen = ask.choose_item(self, "Restore from Backup", "Backup to restore:", labels)
        if chosen is None or not ask.confirm(
            self,
            "Restore from Backup",
            f"Replace {path.name} with the backup of {labels[chosen].split(' — ')[0]}?\n"
            "The current file is kept beside it, renamed.",
        ):
            return
        self.inspector.flush()
        self.db.close()
        try:
            backups.restore_backup(found[chosen], path)
            db = open_database(path)
        except ClaimTrackerError as exc:
            ask.error(self, "Restore Failed", str(exc))
            db = open_database(path)
        self.load_database(db)
        self.statusBar().showMessage(f"Restored the backup {found[chosen].name}.", 8000)

    def new_database(self) -> None:
        path = ask.new_database_file(self)
        if path:
            self._switch(lambda: create_database(Path(path)))

    def open_database_dialog(self) -> None:
        path = ask.open_database_file(self)
        if path:
            self._switch(lambda: open_with_recovery(self, Path(path)))

    def open_recent(self, path: str) -> None:
        self._switch(lambda: open_with_recovery(self, Path(path)))

    def _switch(self, opener) -> None:
        try:
            db = opener()
        except ClaimTrackerError as exc:
            ask.error(self, "Cannot Open Database", str(exc))
            return
        self.load_database(db)

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_databases():
            action = QAction(path, self.recent_menu)
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _update_title(self) -> None:
        flag = " [read-only]" if self.db.readonly else ""
        self.setWindowTitle(f"{self.db.name}{flag} — ClaimTracker")
