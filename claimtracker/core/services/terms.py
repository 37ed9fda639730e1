"""Workflow statuses and verdicts as stored in the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.model import Verdict, WorkflowStatus
from claimtracker.core.taxonomy import DEFAULT_STATUS, Term, resolve_key


def status_terms(session: Session) -> list[Term]:
    """Every status in order, retired ones too (claims may still hold them)."""
    rows = session.scalars(select(WorkflowStatus).order_by(WorkflowStatus.position))
    return [Term(r.key, r.label, r.colour, None, r.position, r.retired, r.is_default) for r in rows]


def verdict_terms(session: Session) -> list[Term]:
    """Every verdict in order, retired ones too (claims may still hold them)."""
    rows = session.scalars(select(Verdict).order_by(Verdict.position))
    return [Term(r.key, r.label, r.colour, r.rating, r.position, r.retired) for r in rows]


def default_status(session: Session) -> str:
    """The status new claims start in (the database's choice)."""
    key = session.scalar(select(WorkflowStatus.key).where(WorkflowStatus.is_default))
    if key is None:  # every status retired or none chosen: the first one still offered
        key = session.scalar(
            select(WorkflowStatus.key)
            .order_by(WorkflowStatus.retired, WorkflowStatus.position)
            .limit(1)
        )
    return key or DEFAULT_STATUS


def resolve_status(session: Session, value: str, *, active: bool = False) -> str:
    """Key of the status named by key or label; a clear error listing the choices otherwise.

    With ``active`` a retired status is refused (it is no longer offered for new choices).
    """
    return _resolve(status_terms(session), value, "status", active)


def resolve_verdict(session: Session, value: str, *, active: bool = False) -> str:
    """Key of the verdict named by key or label; a clear error listing the choices otherwise.

    With ``active`` a retired verdict is refused.
    """
    return _resolve(verdict_terms(session), value, "verdict", active)


def _resolve(terms: list[Term], value: str, what: str, active: bool = False) -> str:
    key = resolve_key(terms, value)
    offered = [t for t in terms if not t.retired]
    choices = ", ".join(t.label for t in offered)
    if key is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "unknown status {value!r} (one of: {choices})")
            if what == "status"
            else QT_TRANSLATE_NOOP("Core", "unknown verdict {value!r} (one of: {choices})"),
            value=value,
            choices=choices,
        )
    if active and key not in {t.key for t in offered}:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "the status {value!r} is retired (one of: {choices})")
            if what == "status"
            else QT_TRANSLATE_NOOP("Core", "the verdict {value!r} is retired (one of: {choices})"),
            value=value,
            choices=choices,
        )
    return key


class TermService:
    """Read access to both taxonomies."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def statuses(self) -> list[Term]:
        with self.db.read() as session:
            return status_terms(session)

    def verdicts(self) -> list[Term]:
        with self.db.read() as session:
            return verdict_terms(session)
