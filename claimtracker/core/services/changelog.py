"""Writing and reading the change log (append-only)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from claimtracker.core.model import ChangeLogEntry, Claim, Evidence, Highlight
from claimtracker.core.services.dto import ChangeInfo

_PARTS_OF_CLAIMS: dict[str, type[Highlight] | type[Evidence]] = {
    "highlight": Highlight,
    "evidence": Evidence,
}


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
    *,
    claim_uuid: str | None = None,
) -> None:
    """Add one entry to the change log in the caller's transaction (with the server's
    database role, which :meth:`~claimtracker.core.db.Database.write` puts in the session).

    Entries of a claim, and of its highlights and evidence, carry the claim's UUID (looked up
    when not given), so the claim's history keeps them after the row itself is removed.
    """
    if claim_uuid is None:
        claim_uuid = _claim_of(session, entity, entity_uuid)
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
            claim_uuid=claim_uuid,
        )
    )


def _claim_of(session: Session, entity: str, entity_uuid: str) -> str | None:
    if entity == "claim":
        return entity_uuid
    part = _PARTS_OF_CLAIMS.get(entity)
    if part is None:
        return None
    # Callers log a part while its row is in the database (after adding it, before deleting
    # it); no flush, so that logging never writes anything else early.
    with session.no_autoflush:
        return session.scalar(
            select(Claim.uuid).join(part, part.claim_id == Claim.id).where(part.uuid == entity_uuid)
        )


def history(session: Session, entity_uuid: str) -> list[ChangeInfo]:
    """Every logged change of one record, oldest first."""
    return _infos(
        session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity_uuid == entity_uuid)
            .order_by(ChangeLogEntry.id)
        )
    )


def claim_history(
    session: Session, claim_uuid: str, part_uuids: list[str], after: int | None = None
) -> list[ChangeInfo]:
    """Every logged change of a claim and of its highlights and evidence, oldest first.

    ``part_uuids`` (the claim's present highlights and evidence) find the entries written
    before entries carried their claim, and those merged from other databases. ``after``
    (an entry id) keeps only the entries written since that one.
    """
    query = select(ChangeLogEntry).where(
        or_(
            ChangeLogEntry.claim_uuid == claim_uuid,
            ChangeLogEntry.entity_uuid.in_([claim_uuid, *part_uuids]),
        )
    )
    if after is not None:
        query = query.where(ChangeLogEntry.id > after)
    rows = session.scalars(query.order_by(ChangeLogEntry.at, ChangeLogEntry.id))
    return _infos(rows)


def _infos(rows) -> list[ChangeInfo]:
    return [
        ChangeInfo(
            r.at.replace(tzinfo=UTC),
            r.actor,
            r.action,
            r.entity,
            r.entity_uuid,
            r.field,
            r.old_value,
            r.new_value,
            r.db_role,
            r.id,
        )
        for r in rows
    ]
