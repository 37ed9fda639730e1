"""The application context: the open database, its services, the analyst, settings, undo.

Built once in ``app.py`` and handed to every controller. Commands receive the services when
they run (``context.services``), so changing the analyst's name keeps the undo history: the
next step is simply recorded under the new name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from claimtracker.core.db import Database
from claimtracker.core.services import Services
from claimtracker.ui.jobs import JobRunner
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.settings import AppSettings

INTERACTIVE_WAIT_MS = 250
"""How long a save from the window waits for another program's write lock before the edit is
kept as "not saved" and retried in the background: the window never freezes behind a lock."""


class AppContext(QObject):
    """What every part of one window shares; ``databaseChanged`` when another file opens."""

    databaseChanged = Signal()
    databaseClosing = Signal()  # before another database replaces the open one
    analystChanged = Signal(str)
    taxonomyChanged = Signal(object)  # Taxonomy: the scales were edited (here or elsewhere)

    def __init__(self, db: Database, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.jobs = JobRunner(self)
        self.db = db
        self._services: Services | None = None
        self.taxonomy = Taxonomy([], [])
        self._adopt(db)

    @property
    def services(self) -> Services:
        """The services of the open database, acting as the current analyst."""
        if self._services is None:
            self._services = Services(self.db, self.settings.analyst)
        return self._services

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def set_database(self, db: Database) -> None:
        """Work on another database: its history starts empty (commands name its records)."""
        old = self.db
        self.databaseClosing.emit()
        self.undo_stack.clear()
        self._adopt(db)
        if old is not db:
            old.close()
        self.databaseChanged.emit()

    def set_analyst(self, name: str) -> None:
        """Record later changes under ``name``; the undo history stays."""
        self.settings.analyst = name
        self._services = None
        self.analystChanged.emit(self.settings.analyst)

    def reload_taxonomy(self) -> None:
        terms = self.services.terms
        self.taxonomy = Taxonomy(terms.statuses(), terms.verdicts())

    def scales_changed(self) -> None:
        """The statuses or verdicts may have been edited: read them again and, when they
        differ, tell every view."""
        before = (self.taxonomy.statuses, self.taxonomy.verdicts)
        self.reload_taxonomy()
        if (self.taxonomy.statuses, self.taxonomy.verdicts) != before:
            self.taxonomyChanged.emit(self.taxonomy)

    def _adopt(self, db: Database) -> None:
        self.db = db
        db.interactive_wait_ms = INTERACTIVE_WAIT_MS
        self._services = None
        self.reload_taxonomy()
