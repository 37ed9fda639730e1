"""Workflow statuses and verdicts as stored in the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.db import Database
from claimtracker.core.errors import UserError
from claimtracker.core.model import Verdict, WorkflowStatus
from claimtracker.core.taxonomy import Term, resolve_key


def status_terms(session: Session) -> list[Term]:
    rows = session.scalars(select(WorkflowStatus).order_by(WorkflowStatus.position))
    return [Term(r.key, r.label, r.colour, None, r.position) for r in rows]


def verdict_terms(session: Session) -> list[Term]:
    rows = session.scalars(select(Verdict).order_by(Verdict.position))
    return [Term(r.key, r.label, r.colour, r.rating, r.position) for r in rows]


def resolve_status(session: Session, value: str) -> str:
    """Key of the status named by key or label; a clear error listing the choices otherwise."""
    return _resolve(status_terms(session), value, "status")


def resolve_verdict(session: Session, value: str) -> str:
    """Key of the verdict named by key or label; a clear error listing the choices otherwise."""
    return _resolve(verdict_terms(session), value, "verdict")


def _resolve(terms: list[Term], value: str, what: str) -> str:
    key = resolve_key(terms, value)
    if key is None:
        choices = ", ".join(t.label for t in terms)
        raise UserError(f"unknown {what} {value!r} (one of: {choices})")
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
