"""Running part of a test as an unprivileged user, or with a file size limit.

The suite runs as root in CI, and root ignores permission bits. Two ways to meet them as an
analyst would:

- :func:`run_as` starts a new interpreter that imports what it needs, then drops to another
  user (``os.setgroups([])``, ``os.setgid``, ``os.setuid``) before it touches the database;
  the owner of the files is an unprivileged account of its own and the other user is
  ``nobody``. Run as an ordinary user, both are that user, and cases that need two users are
  skipped.
- :func:`in_child` forks (no new interpreter, so the child needs no access to the
  interpreter's files) and runs one function as ``nobody``, or under a file size limit.
"""

from __future__ import annotations

import json
import os
import pickle
import pwd
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int


AS_ROOT = os.geteuid() == 0
if AS_ROOT:
    _nobody = pwd.getpwnam("nobody")
    OWNER = User("owner", 54321, 54321)  # no entry in /etc/passwd needed
    OTHER = User("nobody", _nobody.pw_uid, _nobody.pw_gid)
else:
    OWNER = OTHER = User("self", os.getuid(), os.getgid())

needs_two_users = pytest.mark.skipif(
    not AS_ROOT, reason="acting as two different users needs root to switch between them"
)

_PRELUDE = r"""
import json, os, sys
import claimtracker.app, claimtracker.cli.articles, claimtracker.cli.claims
import claimtracker.cli.exporting, claimtracker.cli.maintenance
import claimtracker.core.search, claimtracker.core.backups, claimtracker.core.health
import claimtracker.core.analyst, claimtracker.core.locations
import sqlalchemy.dialects.sqlite.pysqlite, alembic.command, alembic.script
from claimtracker.core.db import open_database
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.services import Services

uid, gid = int(sys.argv[1]), int(sys.argv[2])
if (uid, gid) != (os.getuid(), os.getgid()):
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
args = sys.argv[3:]
"""


def _command(user: User, code: str, args: tuple[object, ...]) -> list[str]:
    return [sys.executable, "-c", _PRELUDE + code, str(user.uid), str(user.gid), *map(str, args)]


def run_as(user: User, code: str, *args: object) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (after the prelude: ``args``, ``open_database``, ``Services``) as ``user``."""
    return subprocess.run(_command(user, code, args), capture_output=True, text=True, timeout=120)


def start_as(user: User, code: str, *args: object) -> subprocess.Popen[str]:
    """Start ``code`` as ``user``, talking to it through its standard input and output."""
    return subprocess.Popen(
        _command(user, code, args), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def run_json(user: User, code: str, *args: object) -> dict:
    """Run ``code`` as ``user``; it prints one JSON object, which is returned."""
    done = run_as(user, code, *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def give(path: Path, user: User, mode: int) -> None:
    """Make ``user`` own ``path`` with ``mode``."""
    if AS_ROOT:
        os.chown(path, user.uid, user.gid)
    os.chmod(path, mode)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder under the system's temporary folder that every user can reach."""
    folder = Path(tempfile.mkdtemp(prefix="claimtracker-users-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for root, dirs, _files in os.walk(folder):
            for name in dirs:  # read-only folders of the test cases
                os.chmod(os.path.join(root, name), 0o755)
        shutil.rmtree(folder)


NOBODY = pwd.getpwnam("nobody").pw_uid


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
