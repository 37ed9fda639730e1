"""Two open handles on one file in this process, while other processes read and write it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from claimtracker.core.db import open_database
from claimtracker.core.services import Services

TEXT = "El ministro dijo que la inflación bajó. La portavoz negó los recortes. Fin."

SQLITE_READER = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(json.dumps(dict(conn.execute("SELECT id, claimant FROM claims"))))
conn.close()
"""

WRITER = r"""
import sys
from claimtracker.core.db import open_database
from claimtracker.core.services import Services
db = open_database(sys.argv[1])
Services(db, "script").claims.update(int(sys.argv[2]), claimant=sys.argv[3])
db.close()
"""


def read_with_sqlite(path: Path) -> dict[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", SQLITE_READER, str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return {int(k): v for k, v in json.loads(done.stdout).items()}


def read_with_cli(path: Path) -> dict[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "claimtracker", "claims", "--format", "json", "--db", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return {c["id"]: c["claimant"] for c in json.loads(done.stdout)}


def read_here(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, claimant FROM claims"))
    finally:
        conn.close()


def test_two_handles_edit_while_other_processes_see_each_commit(db_path, services, add_article):
    article = add_article(TEXT)
    first = services.claims.create_from_quote(article, "la inflación bajó").id
    second = services.claims.create_from_quote(article, "negó los recortes").id
    services.db.close()
    a = Services(open_database(db_path), "a")
    assert len(a.claims.find()) == 2 and a.db.data_version()  # a window showing the file
    b = Services(open_database(db_path), "b")  # then a second window on the same file
    assert len(b.claims.find()) == 2 and b.db.data_version()
    expected = {first: "", second: ""}
    edits = [(a, first, "Ministro"), (b, second, "Portavoz"), (a, second, "Gobierno")]
    for editor, claim_id, claimant in [*edits, (b, first, "Él")]:
        other = b if editor is a else a
        seen = other.db.data_version()
        editor.claims.update(claim_id, claimant=claimant)
        expected[claim_id] = claimant
        assert read_with_sqlite(db_path) == expected
        assert read_with_cli(db_path) == expected
        assert read_here(db_path) == expected  # a plain reader in this process
        assert other.db.data_version() != seen  # the other window's watch notices
        assert other.claims.get(claim_id).claimant == claimant
    done = subprocess.run([sys.executable, "-c", WRITER, str(db_path), str(first), "Otro"])
    assert done.returncode == 0
    expected[first] = "Otro"
    assert a.claims.get(first).claimant == b.claims.get(first).claimant == "Otro"
    assert read_with_cli(db_path) == expected
    a.db.close()
    b.db.close()
    assert read_with_sqlite(db_path) == expected
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["claims.db"]
