"""What the window benchmarks wait for: the view painted, then the window idle.

*Painted*: the events Qt has posted (layouts, the repaint requests an edit or a query made)
are delivered, as the event loop does before it runs any timer, and the view is then painted
at once. Deferred work (``QTimer``s of 0 ms that run "after the page has painted", jobs on
other threads) is not in it.

*Idle*: the event loop then runs until no such work is left: no job of the window running, no
0 ms timer pending, and whatever ``ready`` adds (the list counted); the view is painted again,
as the analyst finally sees it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

IDLE_TIMEOUT_S = 120.0


def painted(widget: QWidget) -> None:
    """Deliver the posted events (no timers yet) and paint ``widget`` now."""
    QCoreApplication.sendPostedEvents()
    widget.repaint()


def pending(roots: Iterable[QObject], jobs=None) -> list[str]:
    """What is still to run after a paint: jobs, and 0 ms timers under ``roots``."""
    left = [f"job {job.title!r}" for job in (jobs.running() if jobs is not None else [])]
    for root in roots:
        for timer in root.findChildren(QTimer):
            if timer.isActive() and timer.interval() == 0:
                owner = timer.parent()
                left.append(f"timer of {type(owner).__name__}")
    return left


def until_idle(
    widget: QWidget,
    roots: Iterable[QObject],
    jobs=None,
    ready: Callable[[], bool] | None = None,
    timeout_s: float = IDLE_TIMEOUT_S,
) -> None:
    """Run the event loop until nothing deferred is left, then paint ``widget`` again."""
    roots = list(roots)
    deadline = time.perf_counter() + timeout_s
    pool = QThreadPool.globalInstance()
    while True:
        QCoreApplication.processEvents()
        left = pending(roots, jobs)
        if not left and (ready is None or ready()):
            break
        if time.perf_counter() > deadline:
            raise RuntimeError(f"the window did not become idle: {', '.join(left) or 'not ready'}")
        if jobs is not None and jobs.running():
            pool.waitForDone(1)  # sleeps while a job works on another thread
        elif not left:
            time.sleep(0.0005)  # not ready, nothing queued here: let other threads run
    painted(widget)
