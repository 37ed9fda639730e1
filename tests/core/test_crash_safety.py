"""A process writing articles and claims is killed at random moments; nothing is half-done."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from claimtracker.core.db import create_database, open_database
from claimtracker.core.health import check_database

WRITER = r"""
import sys
from claimtracker.core.db import open_database
from claimtracker.core.services import Services

services = Services(open_database(sys.argv[1]), "writer")
print("ready", flush=True)
n = 0
while True:
    n += 1
    text = f"Nota {sys.argv[2]}-{n}: el ministro dijo que la inflación bajó al {n} %. Fin 😀 東京."
    article = services.articles.add_text(text, f"Nota {n}").id
    services.claims.create_from_quote(article, f"la inflación bajó al {n} %", tags=["economía"])
"""


@pytest.mark.slow
def test_sigkill_at_fifty_random_moments_leaves_a_consistent_database(tmp_path):
    path = tmp_path / "crash.db"
    create_database(path).close()
    rng = random.Random(20261128)
    for round_ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        db = open_database(path)  # header, quick_check and schema checks pass
        report = check_database(db)
        assert report.integrity == ["ok"], round_
        assert report.mismatched == []
        db.close()
        conn = sqlite3.connect(path)
        # An article import is whole: the article, its log entry and its search row, or none.
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE entity = 'article'"
        ).fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert articles == logged == indexed, round_
        # A claim is whole: with its highlight, tag and search row.
        orphans = conn.execute(
            "SELECT count(*) FROM claims c WHERE NOT EXISTS "
            "(SELECT 1 FROM highlights h WHERE h.claim_id = c.id) OR NOT EXISTS "
            "(SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id)"
        ).fetchone()[0]
        assert orphans == 0, round_
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0] == claims, round_
        conn.close()
    db = open_database(path)
    assert report.articles > 50  # the writer got real work done between kills
    db.close()
