"""Extraction in a child process that is killed when it overruns its time limit.

A thread stuck in a parser cannot be stopped; a process can. One worker process (started
with ``spawn``, so it shares no locks or Qt state with the caller) is kept between files,
because starting one and importing the extractor costs far more than a page's extraction.
A worker that overruns is killed and reaped at once; the next call starts a fresh one.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import signal
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused

T = TypeVar("T")
STARTUP_SECONDS = 120.0
"""Longest wait for a new worker to start and import its modules (a cold disk is slow)."""


class _Worker:
    """One child process and the pipe to it."""

    def __init__(self, preload: Sequence[str]) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_end = context.Pipe()
        self.process = context.Process(
            target=_serve,
            args=(child_end, tuple(preload)),
            name="claimtracker-extract",
            daemon=True,
        )
        self.process.start()
        child_end.close()
        try:
            if not self.conn.poll(STARTUP_SECONDS):
                raise EOFError
            self.conn.recv()  # "ready"
        except (EOFError, OSError) as exc:
            self.kill()
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Core", "the extraction helper process did not start")
            ) from exc

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


_lock = threading.Lock()
_worker: _Worker | None = None


def run_limited(
    function: Callable[..., T],
    *args: Any,
    seconds: float,
    name: str,
    preload: Sequence[str] = (),
) -> T:
    """``function(*args)`` in the worker process, refused after ``seconds``.

    ``function`` must be importable by name (a module-level function) and its arguments
    and result picklable. An overrun kills the worker and raises :class:`ImportRefused`;
    so does a worker that dies (a crash, out of memory). An exception inside ``function``
    comes back as :class:`ImportRefused` with its message.
    """
    global _worker
    with _lock:
        if _worker is None or not _worker.process.is_alive():
            _worker = _Worker(preload)
        worker = _worker
        try:
            worker.conn.send((function, args))
            finished = worker.conn.poll(seconds)
            outcome = worker.conn.recv() if finished else None
        except (EOFError, OSError):
            outcome = ("died", "")
        except BaseException:  # e.g. Ctrl+C while waiting: its answer would come too late
            _worker = None
            worker.kill()
            raise
        if outcome is None or outcome[0] == "died":
            _worker = None
            worker.kill()
            if outcome is None:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Core", "{name}: the page is too complex to extract within {seconds:.0f} s"
                    ),
                    name=name,
                    seconds=float(seconds),
                )
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Core", "{name}: the extraction stopped unexpectedly"), name=name
            )
    status, value = outcome
    if status == "error":
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{name}: extraction failed ({reason})"),
            name=name,
            reason=value,
        )
    return value


def shutdown() -> None:
    """Stop the worker process, if one is running (also done at exit)."""
    global _worker
    with _lock:
        if _worker is not None:
            _worker.conn.close()  # the worker sees the end of its input and exits
            _worker.process.join(5)
            _worker.kill()
            _worker = None


def worker_pid() -> int | None:
    """The worker's process id while one is running."""
    worker = _worker
    return worker.process.pid if worker is not None and worker.process.is_alive() else None


atexit.register(shutdown)


def _serve(conn: Connection, preload: tuple[str, ...]) -> None:
    """The worker's loop: run each function sent, send back its result or error."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    for module in preload:
        importlib.import_module(module)
    conn.send("ready")
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", function(*args))
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
