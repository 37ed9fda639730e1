"""Writing and reading the change log (append-only)."""

from __future__ import annotations

import getpass
import json
import os
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.model import ChangeLogEntry
from claimtracker.core.services.dto import ChangeInfo


def default_analyst_name() -> str:
    """Who is recorded when no name is set: $CLAIMTRACKER_ANALYST, else the login name."""
    name = os.environ.get("CLAIMTRACKER_ANALYST", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "analyst"


def as_text(value: object) -> str | None:
    """Stored form of a logged value: text as is, dates in ISO 8601, lists as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_uuid: str,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> None:
    """Add one entry to the change log in the caller's transaction (with the server's
    database role, which :meth:`~claimtracker.core.db.Database.write` puts in the session)."""
    session.add(
        ChangeLogEntry(
            actor=actor,
            db_role=session.info.get("db_role"),
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            field=field,
            old_value=as_text(old),
            new_value=as_text(new),
        )
    )


def history(session: Session, entity_uuid: str) -> list[ChangeInfo]:
    """Every logged change of one record, oldest first."""
    rows = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.entity_uuid == entity_uuid)
        .order_by(ChangeLogEntry.id)
    )
    return [
        ChangeInfo(
            r.at,
            r.actor,
            r.action,
            r.entity,
            r.entity_uuid,
            r.field,
            r.old_value,
            r.new_value,
            r.db_role,
        )
        for r in rows
    ]
