"""The database's alias list: names that stand for the same country, city or institution."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.intel.aliases import AliasEntry, AliasTable, alias_key, concept_key
from claimtracker.core.model import Alias


@dataclass(frozen=True)
class AliasInfo:
    id: int
    concept: str
    name: str


def _no_group(group: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Core", "no alias group {group!r}"), group=group)


class AliasService:
    """Lists and edits the alias groups of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._table: AliasTable | None = None
        self._signature: tuple | None = None

    def entries(self, concept: str | None = None) -> list[AliasInfo]:
        """Every alias (of one group), by group and then name."""
        query = select(Alias).order_by(Alias.concept, Alias.key)
        if concept:
            query = query.where(Alias.concept == self._resolve(concept))
        with self.db.read() as session:
            return [AliasInfo(a.id, a.concept, a.name) for a in session.scalars(query)]

    def add(self, group: str, name: str) -> AliasInfo:
        """Add ``name`` to a group, named by its key or by any of its names.

        A group that does not exist yet is created with the key made from ``group``.
        """
        name = " ".join(name.split())
        if not alias_key(name):
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "an alias needs a name with letters or digits")
            )
        with self.db.write() as session:
            concept = self._group_of(session, group) or concept_key(group)
            if not concept:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "an alias group needs a name with letters or digits")
                )
            existing = session.scalar(
                select(Alias).where(Alias.concept == concept, Alias.key == alias_key(name))
            )
            if existing is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "{name!r} is already an alias in group {group!r}"),
                    name=name,
                    group=concept,
                )
            row = Alias(concept=concept, name=name, key=alias_key(name))
            session.add(row)
            session.flush()
            return AliasInfo(row.id, row.concept, row.name)

    def remove(self, name: str, group: str | None = None) -> list[AliasInfo]:
        """Remove ``name`` (from one group, or from every group that has it)."""
        with self.db.write() as session:
            query = select(Alias).where(Alias.key == alias_key(name))
            if group:
                concept = self._group_of(session, group)
                if concept is None:
                    raise _no_group(group)
                query = query.where(Alias.concept == concept)
            rows = list(session.scalars(query))
            if not rows:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "no alias {name!r} in group {group!r}")
                    if group
                    else QT_TRANSLATE_NOOP("Core", "no alias {name!r}"),
                    name=name,
                    group=group,
                )
            removed = [AliasInfo(r.id, r.concept, r.name) for r in rows]
            for row in rows:
                session.delete(row)
            return removed

    def restore(self, aliases: list[AliasInfo]) -> None:
        """Put removed aliases back with their ids (the undo of :meth:`remove`)."""
        with self.db.write() as session:
            for a in aliases:
                session.add(Alias(id=a.id, concept=a.concept, name=a.name, key=alias_key(a.name)))

    def table(self) -> AliasTable:
        """The alias list ready for matching; read again only after it changed."""
        with self.db.read() as session:
            signature = tuple(
                session.execute(
                    select(
                        func.count(Alias.id),
                        func.max(Alias.id),
                        func.sum(Alias.id * 7 + func.length(Alias.key)),
                    )
                ).one()
            )
            if self._table is None or signature != self._signature:
                rows = session.execute(select(Alias.concept, Alias.name)).all()
                self._table = AliasTable(AliasEntry(c, n) for c, n in rows)
                self._signature = signature
            return self._table

    def _resolve(self, group: str) -> str:
        with self.db.read() as session:
            concept = self._group_of(session, group)
        if concept is None:
            raise _no_group(group)
        return concept

    @staticmethod
    def _group_of(session, group: str) -> str | None:
        """The group key named by ``group``: a key itself, or a name in exactly one group."""
        key = concept_key(group)
        if key and session.scalar(select(Alias.id).where(Alias.concept == key).limit(1)):
            return key
        concepts = sorted(
            set(session.scalars(select(Alias.concept).where(Alias.key == alias_key(group))))
        )
        if len(concepts) > 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core", "{name!r} is a name in several groups ({groups}); name the group"
                ),
                name=group,
                groups=", ".join(concepts),
            )
        return concepts[0] if concepts else None
