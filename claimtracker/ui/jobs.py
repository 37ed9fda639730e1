"""Long work off the GUI thread: one kind of job for imports, exports, merges, backups, bulk edits.

A job runs ``work(progress)`` on a superqt thread worker; ``progress(done, total, label="")``
reports (the label, when given, replaces the dialog's text) and returns False once the analyst
cancelled, and the work then stops (raising ``ExportCancelled``, or returning what it did).
The :class:`JobRunner` tracks every running job, so closing the window can cancel them and
wait until each has finished what it guarantees (a whole file or none, one transaction).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.exporters.csv_export import ExportCancelled
from claimtracker.ui.messages import message

os.environ.setdefault("QT_API", "pyside6")  # superqt reaches Qt through qtpy

Progress = Callable[..., bool]
Work = Callable[[Progress], Any]

CANCELLED = (ExportCancelled,)
"""Exceptions with which work says it stopped because it was cancelled."""


def _worker_class():
    """superqt's worker with a progress signal (imported when the first job starts)."""
    from qtpy.QtCore import Signal as QtpySignal
    from superqt.utils._qthreading import WorkerBase, WorkerBaseSignals

    class Signals(WorkerBaseSignals):
        progress = QtpySignal(int, int, str)

    class Worker(WorkerBase):
        def __init__(self, work: Work) -> None:
            super().__init__(SignalsClass=Signals)
            self._work = work
            self.outcome: Any = None

        def work(self) -> Any:
            # Kept here too: superqt does not emit ``returned`` for work that stopped early
            # after a cancel, yet what it did (files imported before the cancel) counts.
            self.outcome = self._work(self._progress)
            return self.outcome

        def _progress(self, done: int, total: int, label: str = "") -> bool:
            self.signals.progress.emit(done, total, label)  # type: ignore[attr-defined]
            return not self.abort_requested

    return Worker


class Job(QObject):
    """One piece of long work; ``done(result, error, cancelled)`` arrives on the GUI thread."""

    done = Signal(object, str, bool)
    progressed = Signal(int, int)

    def __init__(
        self,
        work: Work,
        *,
        title: str,
        label: str,
        parent: QWidget | None,
        cancellable: bool = True,
        name: str = "jobProgress",
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.silent = not show_progress  # background upkeep (backups, checks) nobody waits for
        self.cancellable = cancellable
        self.cancelled = False
        self._running = False
        self._error = ""
        self._worker = _worker_class()(work)
        self._worker.signals.progress.connect(self._on_progress)
        self._worker.signals.errored.connect(self._on_error)
        self._worker.signals.finished.connect(self._on_finished)
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = QProgressDialog(
                label, QCoreApplication.translate("Job", "Cancel"), 0, 0, parent
            )
            self.dialog.setObjectName(name)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if cancellable:
                self.dialog.canceled.connect(self.cancel)
            else:
                self.dialog.setCancelButton(None)

    def start(self) -> None:
        self._running = True
        self._worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (also before it starts)."""
        if not self.cancellable:
            return
        self.cancelled = True
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Job", "Cancelling…"))
        self._worker.quit()

    def is_running(self) -> bool:
        return self._running

    def _on_progress(self, done: int, total: int, label: str) -> None:
        dialog = self.dialog  # setValue() of a modal dialog runs events: the job may finish
        if dialog is not None:
            if label and not self.cancelled:
                dialog.setLabelText(label)
            dialog.setMaximum(max(total, done))
            dialog.setValue(done)
        self.progressed.emit(done, total)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, CANCELLED):
            self.cancelled = True
        elif isinstance(exc, ClaimTrackerError):
            self._error = message(exc)
        else:  # shown to the analyst in one line, not lost in a thread
            self._error = f"unexpected error: {type(exc).__name__}: {exc}"

    def _on_finished(self) -> None:
        self._running = False
        if self.dialog is not None:
            # Closing a progress dialog emits ``canceled``: disconnect first, so a finished
            # job is never reported as cancelled.
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        error = self._error
        result = None if error else self._worker.outcome
        self.done.emit(result, error, self.cancelled and not error)
        self.deleteLater()


class JobRunner(QObject):
    """Every running job of a window; :meth:`shutdown` cancels and waits for them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    def start(self, work: Work, *, autostart: bool = True, **options: Any) -> Job:
        """Start ``work`` as a job (options as for :class:`Job`; ``autostart`` False: the
        caller starts it); returns it."""
        job = Job(work, **options)
        self._jobs.append(job)
        job.done.connect(lambda *_a, j=job: self._jobs.remove(j) if j in self._jobs else None)
        if autostart:
            job.start()
        return job

    def running(self) -> list[Job]:
        """Jobs started and not finished yet."""
        return [j for j in self._jobs if j.is_running()]

    def shutdown(self, timeout_ms: int = 120_000) -> bool:
        """Cancel what can be cancelled and wait for every job to finish; False on timeout.

        A job that cannot be cancelled (one transaction) is waited for, so that it commits or
        rolls back as a whole instead of being cut off by the end of the process.
        """
        for job in self.running():
            job.cancel()
        deadline = QDeadlineTimer(timeout_ms)
        pool = QThreadPool.globalInstance()
        while self.running() and not deadline.hasExpired():
            pool.waitForDone(50)
            QCoreApplication.processEvents()  # delivers the jobs' finished signals
        return not self.running()
