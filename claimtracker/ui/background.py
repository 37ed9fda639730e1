"""Long work (exports, edits of thousands of claims) off the GUI thread, with progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.exporters.csv_export import ExportCancelled
from claimtracker.ui.progress import progress_dialog


class BackgroundWorker(QObject):
    """Runs ``work(progress)``; ``progress(done, total)`` returns False once cancelled."""

    progress = Signal(int, int)
    finished = Signal(int, str, bool)  # rows written, error message, cancelled

    def __init__(self, work: Callable[[Callable[[int, int], bool]], int]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise ExportCancelled("export cancelled")
            count = self._work(self._progress)
        except ExportCancelled:
            self.finished.emit(0, "", True)
        except ClaimTrackerError as exc:
            self.finished.emit(0, str(exc), False)
        except Exception as exc:  # shown to the analyst, not lost in a thread
            self.finished.emit(0, f"unexpected error: {exc}", False)
        else:
            self.finished.emit(count, "", False)


class BackgroundJob(QObject):
    """Work in its own thread with a progress dialog (Cancel when ``cancellable``)."""

    done = Signal(int, str, bool)  # count, error message, cancelled

    def __init__(
        self,
        work: Callable[[Callable[[int, int], bool]], int],
        parent: QWidget,
        title: str,
        label: str,
        cancellable: bool = True,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.thread = QThread(self)
        self.worker = BackgroundWorker(work)
        self.worker.moveToThread(self.thread)
        self.progress = progress_dialog(
            parent, f"{title.lower()}Progress", title, label, 0, self.cancel
        )
        if not cancellable:
            self.progress.setCancelButton(None)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, done))
        self.progress.setValue(done)

    def _on_finished(self, count: int, error: str, cancelled: bool) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.close()
        self.progress.deleteLater()
        self.done.emit(count, error, cancelled)
