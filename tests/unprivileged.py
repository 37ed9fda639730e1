"""Running a piece of a test in a forked child: as an unprivileged user, or with a file size limit.

The suite runs as root in CI, and root ignores permission bits; a child that drops to
``nobody`` meets them as an analyst would. The child is forked (not a new interpreter), so
it needs no access to the interpreter's files, only to what the test hands it.
"""

from __future__ import annotations

import os
import pickle
import resource
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NOBODY = 65534


@dataclass
class Outcome:
    """What the child's function returned, or the type and message of what it raised."""

    value: Any = None
    raised: str | None = None
    message: str = ""


def in_child(
    function: Callable[[], Any], *, as_nobody: bool = False, max_file_bytes: int | None = None
) -> Outcome:
    """Run ``function`` in a forked child (as ``nobody`` when root and ``as_nobody``)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            if max_file_bytes is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))
            if as_nobody and os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            try:
                outcome = Outcome(value=function())
            except BaseException as exc:
                outcome = Outcome(raised=type(exc).__name__, message=str(exc))
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(outcome, out)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as result:
        data = result.read()
    os.waitpid(pid, 0)
    return pickle.loads(data) if data else Outcome(raised="died", message="no result")


@contextmanager
def open_folder() -> Iterator[Path]:
    """A folder that ``nobody`` can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="claimtracker-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
