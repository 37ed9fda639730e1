"""Importing article files off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.exporters.interchange import read_export
from claimtracker.core.importers import FORMATS
from claimtracker.core.services.articles import ArticleService
from claimtracker.core.services.merge import Merger
from claimtracker.ui.progress import progress_dialog


def importable(path: str | Path) -> bool:
    """True for article files and ClaimTracker JSON exports."""
    suffix = Path(path).suffix.lower()
    return suffix in FORMATS or suffix == ".json"


class ImportWorker(QObject):
    """Imports files one by one in its own thread; each file is its own transaction."""

    progress = Signal(int, str)  # files done, name of the file being imported
    imported = Signal(int)  # article id
    merged = Signal(str, object)  # file name, MergeReport of a JSON export
    failed = Signal(str, str)  # file name, reason
    finished = Signal()

    def __init__(self, articles: ArticleService, paths: list[Path]) -> None:
        super().__init__()
        self._articles = articles
        self._merger = Merger(articles.db, articles.actor)
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        for done, path in enumerate(self._paths):
            if self._cancel.is_set():
                break
            self.progress.emit(done, path.name)
            try:
                if path.suffix.lower() == ".json":
                    self._merger.source_name = path.name
                    self.merged.emit(path.name, self._merger.merge(read_export(path)))
                    continue
                info = self._articles.import_file(path)
            except ClaimTrackerError as exc:
                self.failed.emit(path.name, str(exc))
            except Exception as exc:  # one broken file must not stop the others
                self.failed.emit(path.name, f"unexpected error: {exc}")
            else:
                self.imported.emit(info.id)
        self.finished.emit()


class ImportJob(QObject):
    """Runs an :class:`ImportWorker` in a thread and shows a progress dialog with Cancel."""

    done = Signal(list, list, bool)  # article ids, [(file name, reason)], cancelled

    def __init__(self, articles: ArticleService, paths: list[Path], parent: QWidget) -> None:
        super().__init__(parent)
        self.imported: list[int] = []
        self.merges: list[tuple[str, object]] = []
        self.failures: list[tuple[str, str]] = []
        self._cancelled = False
        self.thread = QThread(self)
        self.worker = ImportWorker(articles, paths)
        self.worker.moveToThread(self.thread)
        self.progress = progress_dialog(
            parent, "importProgress", "Import", "Importing…", len(paths), self.cancel
        )
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.imported.connect(self.imported.append)
        self.worker.merged.connect(lambda name, report: self.merges.append((name, report)))
        self.worker.failed.connect(lambda name, why: self.failures.append((name, why)))
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._cancelled = True
        self.progress.setLabelText("Cancelling after the current file…")
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def _on_progress(self, done: int, name: str) -> None:
        if not self._cancelled:
            self.progress.setValue(done)
            self.progress.setLabelText(f"Importing {name}…")

    def _on_finished(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.close()
        self.progress.deleteLater()
        self.done.emit(self.imported, self.failures, self._cancelled)
