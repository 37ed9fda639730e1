"""The review benchmark's data copied into a PostgreSQL database, once.

    python -m bench.pg_load postgresql+psycopg://user@host/db

The database must be empty (or hold this data already, from an earlier run). Rows are copied
from the generated SQLite file with COPY; the search index and the sort keys are then built
by the program's own code (``search.reindex_*``, ``sortkeys.refresh``), as on any write.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from sqlalchemy import inspect, text

from claimtracker.core import search, sortkeys
from claimtracker.core.db import Database, open_database

TABLES = ("articles", "sources", "tags", "claims", "highlights", "claim_tags", "evidence")


def load(url: str, sqlite_path: Path) -> None:
    """Copy the claims of ``sqlite_path`` into the (empty) database at ``url``."""
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    expected = source.execute("SELECT count(*) FROM claims").fetchone()[0]
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            present = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
            indexed = conn.execute(text("SELECT count(*) FROM claims_fts")).scalar_one()
        if present == indexed == expected:
            return
        if present not in (0, expected):
            raise SystemExit(f"{db.name} holds other claims; give the benchmark an empty database")
        started = time.perf_counter()
        if not present:
            print(f"copying {expected:,} claims into {db.name} (once)…", flush=True)
            copy_rows(db, source)
        print(f"  indexing ({time.perf_counter() - started:.0f} s)…", flush=True)
        with db.engine.begin() as conn:
            claims = [r[0] for r in conn.execute(text("SELECT id FROM claims"))]
            articles = [r[0] for r in conn.execute(text("SELECT id FROM articles"))]
            search.reindex_claims(conn, claims)
            search.reindex_articles(conn, articles)
            sortkeys.refresh(conn, None)
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        print(f"  ready after {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        db.close()
        source.close()


def copy_rows(db: Database, source: sqlite3.Connection) -> None:
    """Every row of the benchmark's tables, with COPY (the sort keys are computed later)."""
    columns = {t: [c["name"] for c in inspect(db.engine).get_columns(t)] for t in TABLES}
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for table in TABLES:
            names = [c for c in columns[table] if not c.startswith("sort_")]
            quoted = ", ".join(f'"{c}"' for c in names)
            rows = source.execute(f"SELECT {quoted} FROM {table}")
            with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                while batch := rows.fetchmany(5000):
                    for row in batch:
                        copy.write_row(row)
            if "id" in names:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        raw.commit()
    finally:
        raw.close()


def main() -> int:
    from bench.common import large_database

    if len(sys.argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 1
    load(sys.argv[1], large_database())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
