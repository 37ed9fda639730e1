"""Ten analysts in ten processes edit one claim at once: no edit is lost, no raw error escapes."""

from __future__ import annotations

import os

from bench.contention import run

POSTGRES = os.environ.get("CLAIMTRACKER_TEST_POSTGRES")


def check(outcome) -> None:
    assert outcome.raw_errors == []
    assert outcome.lost == {"field": [], "tags": [], "evidence": []}
    assert outcome.conflicts > 0  # the edits really did collide


def test_ten_processes_on_one_sqlite_file(tmp_path):
    check(run(str(tmp_path / "contention.db"), analysts=10, edits=20))


def test_ten_processes_on_postgresql(pg):
    pg.close()
    check(run(POSTGRES, analysts=10, edits=20))
