"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from claimtracker.core.db import Database
from claimtracker.core.services import Services


class MainWindow(QMainWindow):
    """Lists the database's articles."""

    def __init__(self, db: Database, actor: str = "analyst") -> None:
        super().__init__()
        self.db = db
        self.services = Services(db, actor)
        self.setWindowTitle(f"{db.name} — ClaimTracker")
        self.articles = QListWidget(objectName="articleList")
        self.setCentralWidget(self.articles)
        for a in self.services.articles.all():
            self.articles.addItem(f"{a.title} ({a.claim_count} claims)")
        self.resize(900, 600)
