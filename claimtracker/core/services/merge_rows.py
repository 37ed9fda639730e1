"""The rows a merge writes in bulk: the tables, ``INSERT`` in batches, one batch's new rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from claimtracker.core.chunks import chunks
from claimtracker.core.model import (
    Article,
    ArticleVersion,
    ChangeLogEntry,
    Claim,
    Evidence,
    Highlight,
    Source,
    Tag,
)
from claimtracker.core.services.merge_lookup import CHUNK

CLAIMS = cast(Table, Claim.__table__)
HIGHLIGHTS = cast(Table, Highlight.__table__)
EVIDENCE = cast(Table, Evidence.__table__)
LOG = cast(Table, ChangeLogEntry.__table__)
ARTICLES = cast(Table, Article.__table__)
VERSIONS = cast(Table, ArticleVersion.__table__)
SOURCES = cast(Table, Source.__table__)


def insert_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert ``rows`` (in batches of ``INSERT ... VALUES``, in order); their ids by UUID."""
    ids: dict[str, int] = {}
    for chunk in chunks(rows, CHUNK):
        statement = insert(table).returning(table.c.uuid, table.c.id)
        ids.update((u, i) for u, i in session.execute(statement, chunk))
    return ids


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for chunk in chunks(rows, CHUNK):
        session.execute(insert(table), chunk)


@dataclass
class Rows:
    """New rows of one batch of claims, in the order the merge meets them; each part names
    its claim by UUID (new claims get their ids when inserted)."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    highlights: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    evidence: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    tags: list[tuple[str, Tag]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
