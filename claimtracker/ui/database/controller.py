"""Which database the window works on: open, new, recent, backups, restore, changes elsewhere.

Backups run as jobs (never on the GUI thread); one that cannot be written is reported in the
window, automatic or not. Every :data:`WATCH_INTERVAL_MS` the controller asks the database's
change watch (``PRAGMA data_version`` on SQLite, ``LISTEN/NOTIFY`` on PostgreSQL) whether
another window, process or analyst committed something, and says so with
``changedElsewhere``: the claims that changed when the server named them, None when unknown.
A large file whose integrity check was left for later (it was closed cleanly) is checked in
the background once the window is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.changes import ChangeWatch
from claimtracker.core.db import Database, create_database, open_database
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.ui.context import AppContext
from claimtracker.ui.database.recovery import open_with_recovery
from claimtracker.ui.dialogs import ask
from claimtracker.ui.formatting import local_time
from claimtracker.ui.messages import message, note_text

WATCH_INTERVAL_MS = 1500
"""How often the window looks for changes saved by other windows or processes."""

DAILY_CHECK_MS = 3_600_000
"""How often the window looks whether a daily backup is due."""


class DatabaseController(QObject):
    """Opens databases for the context and looks after their backups."""

    changedElsewhere = Signal(object)  # saved elsewhere: frozenset of claim ids, None: unknown
    damaged = Signal(str)  # the background integrity check found the file damaged
    backupFinished = Signal(str, str)  # backup path, error message
    backupFailed = Signal(str)  # one line for the window's warning bar
    message = Signal(str)  # a line for the status bar

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._watch: ChangeWatch | None = None
        self._watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.look_for_changes)
        self._watch_timer.start()
        self._daily = QTimer(self, interval=DAILY_CHECK_MS)
        self._daily.timeout.connect(self.daily_backup)
        self._daily.start()
        context.databaseChanged.connect(self._opened)
        context.databaseClosing.connect(self.stop_watching)

    @property
    def db(self) -> Database:
        return self._context.db

    def can_back_up(self) -> bool:
        return self.db.is_sqlite and self.db.path is not None and not self.db.readonly

    # -- opening ----------------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = ask.open_database_file(self._window)
        if path:
            self.switch(lambda: open_with_recovery(self._window, Path(path)))

    def new_dialog(self) -> None:
        path = ask.new_database_file(self._window)
        if path:
            self.switch(lambda: create_database(Path(path)))

    def open_recent(self, path: str) -> None:
        self.switch(lambda: open_with_recovery(self._window, Path(path)))

    def switch(self, opener) -> bool:
        """Open another database (``opener()``), or say why it cannot be opened."""
        try:
            db = opener()
        except ClaimTrackerError as exc:
            ask.error(self._window, self.tr("Cannot Open Database"), message(exc))
            return False
        self._context.set_database(db)
        return True

    def _opened(self) -> None:
        db = self.db
        if db.path is not None:
            self._context.settings.add_recent_database(str(db.path))
        self._start_watching()
        if db.notice:
            self.message.emit(note_text(db.notice))
        if self.can_back_up():
            self._start_backup("open")

    def startup(self) -> None:
        """What opening the first database also does: a backup of it as it was."""
        self._opened()

    def check_later(self) -> None:
        """Run the integrity check left for later (large files closed cleanly) in the
        background; a damaged file is reported with ``damaged``."""
        db = self.db
        if not db.pending_check:
            return
        job = self._context.jobs.start(
            lambda _progress: db.check_integrity(),
            title="",
            label="",
            parent=self._window,
            show_progress=False,
        )
        job.done.connect(lambda _r, error, _c: self.damaged.emit(error) if error else None)

    # -- changes elsewhere ------------------------------------------------------------------

    def _start_watching(self) -> None:
        self.stop_watching()
        try:
            self._watch = self.db.watch()
        except ClaimTrackerError as exc:  # a server that dropped the connection meanwhile
            self.message.emit(message(exc))

    def stop_watching(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def look_for_changes(self) -> None:
        if self._watch is None:
            return
        try:
            changes = self._watch.poll()
        except ClaimTrackerError as exc:
            self.message.emit(message(exc))
            return
        if changes is not None:
            self.changedElsewhere.emit(changes.claim_ids)

    def own_change_seen(self) -> None:
        """Our own commit is shown already: it must not count as a change from elsewhere."""
        if self._watch is not None:
            self._watch.seen()

    # -- backups ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.db.path is None or not self.db.is_sqlite:
            return
        self.message.emit(self.tr("Backing up…"))
        self._start_backup("manual")

    def daily_backup(self) -> None:
        if self.can_back_up():
            self._start_backup("daily", daily=True)

    def _start_backup(self, reason: str, daily: bool = False) -> None:
        from claimtracker.core import backups

        path = self.db.path
        keep = self._context.settings.backups_to_keep
        assert path is not None

        def work(_progress) -> str:
            if daily:
                made = backups.backup_if_due(path, keep)
            else:
                made = backups.make_backup(path, reason, keep)
            return str(made or "")

        job = self._context.jobs.start(
            work, title="", label="", parent=self._window, show_progress=False
        )
        job.done.connect(lambda made, error, _c: self._backup_done(made or "", error, reason))

    def _backup_done(self, path: str, error: str, reason: str) -> None:
        if error:
            self.backupFailed.emit(self.tr("The backup could not be made: %1").replace("%1", error))
        elif reason == "manual":  # automatic backups stay quiet when they succeed
            self.message.emit(self.tr("Backed up to %1.").replace("%1", path))
        self.backupFinished.emit(path, error)

    def restore_dialog(self) -> None:
        from claimtracker.core import backups

        path = self.db.path
        if path is None:
            return
        found = backups.list_backups(path)
        if not found:
            ask.information(
                self._window, self.tr("Restore"), self.tr("This database has no backups yet.")
            )
            return
        labels = [f"{local_time(backups.backup_time(b), seconds=True)} — {b.name}" for b in found]
        chosen = ask.choose_item(
            self._window, self.tr("Restore from Backup"), self.tr("Backup to restore:"), labels
        )
        if chosen is None or not ask.confirm(
            self._window,
            self.tr("Restore from Backup"),
            self.tr(
                "Replace %1 with the backup of %2?\nThe current file is kept beside it, renamed."
            )
            .replace("%1", path.name)
            .replace("%2", local_time(backups.backup_time(found[chosen]), seconds=True)),
        ):
            return
        self.db.close()
        try:
            backups.restore_backup(found[chosen], path)
            db = open_database(path)
        except ClaimTrackerError as exc:
            ask.error(self._window, self.tr("Restore Failed"), message(exc))
            db = open_database(path)
        self._context.set_database(db)
        self.message.emit(self.tr("Restored the backup %1.").replace("%1", found[chosen].name))
