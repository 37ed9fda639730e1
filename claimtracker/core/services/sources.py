"""Use cases for sources, reusable across claims."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from claimtracker.core.model import Source
from claimtracker.core.services import changelog
from claimtracker.core.services.convert import source_info
from claimtracker.core.services.dto import SourceInfo
from claimtracker.core.taxonomy import RELIABILITY, SOURCE_KINDS

SOURCE_FIELDS = ("name", "url", "kind", "reliability", "archived_url", "accessed_at", "notes")


def validate_source_fields(changes: dict[str, object]) -> None:
    """Refuse unknown fields, kinds and reliability grades with a clear message."""
    unknown = set(changes) - set(SOURCE_FIELDS)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "unknown source field(s): {names}"),
            names=", ".join(sorted(unknown)),
        )
    if "kind" in changes and changes["kind"] not in SOURCE_KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "unknown source kind {value!r} (one of {known})"),
            value=changes["kind"],
            known=", ".join(SOURCE_KINDS),
        )
    if "reliability" in changes and changes["reliability"] not in RELIABILITY:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "reliability must be one of {known}"),
            known=", ".join(RELIABILITY),
        )
    if "name" in changes and not str(changes["name"] or "").strip():
        raise UserError(QT_TRANSLATE_NOOP("Core", "a source needs a name"))
    if "accessed_at" in changes and not isinstance(changes["accessed_at"], date | None):
        raise UserError(QT_TRANSLATE_NOOP("Core", "accessed_at must be a date"))


def find_or_create_source(session: Session, actor: str, url: str) -> Source:
    """The source with this URL, or a new one named after it (kind other, reliability F)."""
    url = url.strip()
    source = session.scalar(select(Source).where(Source.url == url).order_by(Source.id))
    if source is None:
        source = Source(name=url, url=url, kind="other", reliability="F")
        session.add(source)
        session.flush()
        changelog.record(session, actor, "create", "source", source.uuid, "url", None, url)
    return source


def apply_source_changes(
    session: Session,
    actor: str,
    source: Source,
    changes: dict[str, object],
    expected: dict[str, object] | None = None,
) -> None:
    """Write and log changed fields of a source in the caller's transaction.

    Sources are shared between claims and carry no version: ``expected`` holds the values the
    analyst saw, and a source changed elsewhere meanwhile is a conflict, not an overwrite.
    """
    if expected:
        stored = {k: getattr(source, k) for k in expected}
        if stored != expected:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Core", "source “{source}” was changed elsewhere while you were editing it"
                ),
                source=source.name,
                theirs=stored,
                mine={k: changes.get(k, v) for k, v in expected.items()},
            )
    for key, value in changes.items():
        old = getattr(source, key)
        if old != value:
            setattr(source, key, value)
            changelog.record(session, actor, "update", "source", source.uuid, key, old, value)


class SourceService:
    """Sources of one database; every method is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def create(
        self,
        name: str,
        url: str | None = None,
        kind: str = "other",
        reliability: str = "F",
        **extra: object,
    ) -> SourceInfo:
        fields = {
            "name": name,
            "url": url or None,
            "kind": kind,
            "reliability": reliability,
            **extra,
        }
        validate_source_fields(fields)
        with self.db.write() as session:
            source = Source(**fields)
            session.add(source)
            session.flush()
            for key, value in fields.items():
                if value not in (None, ""):
                    changelog.record(
                        session, self.actor, "create", "source", source.uuid, key, None, value
                    )
            return source_info(source)

    def update(
        self, source_id: int, *, expected: dict[str, object] | None = None, **changes: object
    ) -> SourceInfo:
        """Change source fields; with ``expected`` (the values the analyst saw), a source
        changed elsewhere meanwhile is a conflict instead of being overwritten."""
        validate_source_fields(changes)
        with self.db.write() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "no source with id {id}"), id=str(source_id)
                )
            apply_source_changes(session, self.actor, source, changes, expected)
            return source_info(source)

    def find(self, search: str | None = None) -> list[SourceInfo]:
        query = select(Source).order_by(Source.name)
        if search:
            query = query.where(Source.name.ilike(f"%{search}%") | Source.url.ilike(f"%{search}%"))
        with self.db.read() as session:
            return [source_info(s) for s in session.scalars(query)]
