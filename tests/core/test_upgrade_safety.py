"""A schema upgrade killed at random moments leaves the old schema or the new one, never a mix."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from claimtracker.core import schema
from claimtracker.core.db import create_database, open_database
from claimtracker.core.migrations import SCHEMA_HEAD
from tests.core.old_schema import OLD, create_old

CLAIMS = 20_000
TRIALS = 20

# Opens the database as the program does; says when the upgrade itself starts and ends.
UPGRADER = r"""
import sys
from claimtracker.core import schema
from claimtracker.core.db import create_database, open_database

schema.objects_at("head"), schema.objects_at(sys.argv[2])  # built in memory, before the upgrade
upgrade_file = schema.upgrade_file

def announced(conn, revision="head"):
    print("upgrading", flush=True)
    upgrade_file(conn, revision)
    print("upgraded", flush=True)

schema.upgrade_file = announced
open_database(sys.argv[1]).close()
"""


def start_upgrade(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", UPGRADER, str(path), OLD], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "upgrading"
    return child


def measure_upgrade(path: Path) -> float:
    child = start_upgrade(path)
    started = time.perf_counter()  # the upgrade itself begins now
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "upgraded"
    duration = time.perf_counter() - started
    assert child.wait() == 0
    return duration


@pytest.mark.slow  # about 25-35 s on the shared 2-core machines
def test_an_upgrade_killed_at_twenty_moments_leaves_a_whole_schema(tmp_path):
    original = tmp_path / "old.db"
    create_old(original, CLAIMS)
    new_objects = schema.objects_at("head") - schema.objects_at(OLD)
    calibration = tmp_path / "calibration.db"
    shutil.copyfile(original, calibration)
    duration = measure_upgrade(calibration)
    rng = random.Random(20261129)
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"trial-{trial}.db"
        shutil.copyfile(original, path)
        child = start_upgrade(path)
        time.sleep(duration * (trial + rng.random()) / TRIALS)  # spread over the upgrade
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

        # The file as the next program finds it, before that program changes anything.
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], trial
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        objects = schema.schema_objects(conn)
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == CLAIMS, trial
        conn.close()
        assert revision in (OLD, SCHEMA_HEAD), trial
        if revision == OLD:
            assert not objects & new_objects, (trial, sorted(objects & new_objects))
        else:
            assert new_objects <= objects, trial
        outcomes.append(revision)

        db = open_database(path)  # upgrades an old one now, whole
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM claims")).scalar() == CLAIMS
            assert s.execute(text("SELECT count(*) FROM claims_fts")).scalar() == CLAIMS
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        db.close()
        for leftover in tmp_path.glob(f"trial-{trial}.db*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    assert OLD in outcomes  # some kills did land inside the upgrade


CREATOR = r"""
import sys
from claimtracker.core import schema
from claimtracker.core.db import create_database

schema.objects_at("head")  # imports done before the creation starts
print("creating", flush=True)
create_database(sys.argv[1]).close()
print("created", flush=True)
"""


def test_a_creation_killed_at_any_moment_leaves_no_file_or_a_whole_one(tmp_path):
    path = tmp_path / "nueva.db"

    def start() -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", CREATOR, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "creating"
        return child

    child = start()
    started = time.perf_counter()
    assert child.stdout is not None and child.stdout.readline().strip() == "created"
    duration = time.perf_counter() - started
    assert child.wait() == 0
    rng = random.Random(11)
    created = 0
    for trial in range(10):
        path.unlink()  # the leftovers of earlier kills (nueva.db.creating*) stay
        child = start()
        time.sleep(duration * (trial + rng.random()) / 10)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if path.exists():
            created += 1
            db = open_database(path)
            with db.read() as s:
                assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                    SCHEMA_HEAD
                )
            db.close()
            conn = sqlite3.connect(path)
            assert schema.schema_objects(conn) == schema.objects_at("head")
            conn.close()
        else:
            create_database(path).close()  # whatever the kill left does not get in the way
    assert created < 10  # some kills did land inside the creation
