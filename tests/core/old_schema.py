"""Databases at an older schema, filled with SQL, and as older versions left them when killed."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import create_engine

from claimtracker.core import schema
from claimtracker.core.db import create_database

OLD = "0001"
"""The revision before the newest one."""


def downgrade(path: Path, revision: str = OLD) -> None:
    """Take a closed database back to ``revision`` with Alembic."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", schema.script_location())
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def create_old(path: Path, claims: int = 0) -> None:
    """A closed database at the old schema holding ``claims`` claims (with highlights, tags)."""
    create_database(path).close()
    downgrade(path)
    if claims:
        fill(path, claims)


def fill(path: Path, claims: int, per_article: int = 100) -> None:
    """Articles, claims, highlights and tags written with plain SQL (the old schema's columns)."""
    now = "2026-01-15 10:00:00.000000"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO tags (id, name, key, colour) VALUES (1, 'Economía', 'economía', '#0072B2')"
        )
        for a in range((claims + per_article - 1) // per_article):
            sentences = [f"El ministro {a}-{i} dijo que bajó." for i in range(per_article)]
            text = " ".join(sentences)
            conn.execute(
                "INSERT INTO articles (id, uuid, title, imported_at, text, text_sha256, "
                "source_format, notes, version) VALUES (?, ?, ?, ?, ?, ?, 'txt', '', 1)",
                (a + 1, str(uuid.uuid4()), f"Nota {a}", now, text, f"{a:064x}"),
            )
            start = 0
            claim_rows, highlight_rows, tag_rows = [], [], []
            for i, sentence in enumerate(sentences):
                cid = a * per_article + i + 1
                if cid > claims:
                    break
                claim_rows.append(
                    (cid, str(uuid.uuid4()), sentence, f"Ministro {a}", now, now, cid % 7)
                )
                highlight_rows.append(
                    (str(uuid.uuid4()), a + 1, cid, start, start + len(sentence), sentence, now)
                )
                tag_rows.append((cid,))
                start += len(sentence) + 1
            conn.executemany(
                "INSERT INTO claims (id, uuid, statement, claimant, status, rationale, "
                "created_at, created_by, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, 'unstarted', '', ?, 'old', ?, 'old', ?)",
                [(*row[:6], row[6] + 1) for row in claim_rows],
            )
            conn.executemany(
                'INSERT INTO highlights (uuid, article_id, claim_id, start, "end", exact, '
                "prefix, suffix, state, created_at) VALUES (?, ?, ?, ?, ?, ?, '', '', "
                "'anchored', ?)",
                highlight_rows,
            )
            conn.executemany("INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, 1)", tag_rows)
    conn.close()


def interrupt_like_older_versions(path: Path) -> None:
    """What an older ClaimTracker left when killed during the upgrade to the next schema.

    It committed each CREATE of the upgrade on its own: the new indexes stayed, while
    ``alembic_version`` still named the old revision.
    """
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX ix_claims_updated_by ON claims (updated_by)")
    conn.execute("CREATE INDEX ix_highlights_article_claim ON highlights (article_id, claim_id)")
    conn.close()


def revision_and_objects(path: Path) -> tuple[str, frozenset[tuple[str, str]]]:
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return revision, schema.schema_objects(conn)
    finally:
        conn.close()
