"""The review list's use cases: ids in order, pages of rows, summaries and bulk edits.

Bulk edits run as set-based SQL (one UPDATE per chunk of ids plus one change-log row per
claim), so setting the status of ten thousand claims stays quick; each returns what is needed
to undo it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Select, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from claimtracker.core import derived, search, sortkeys
from claimtracker.core.chunks import chunks
from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.model import (
    Article,
    ChangeLogEntry,
    Claim,
    Highlight,
    Tag,
    claim_tags,
    utcnow,
)
from claimtracker.core.services import common_words
from claimtracker.core.services.changelog import as_text
from claimtracker.core.services.claims import get_or_create_tag
from claimtracker.core.services.query import (
    ClaimFilter,
    claim_ids,
    cleaned,
    conditions,
    scan_conditions,
    term_page,
)
from claimtracker.core.services.terms import (
    resolve_status,
    resolve_verdict,
    status_terms,
    verdict_terms,
)

PAGE_SIZE = 100


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    id: int
    statement: str
    claimant: str
    article_id: int | None
    article: str
    outlet: str
    status: str
    verdict: str | None
    tags: str
    sources: int
    reliability: str | None
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class Summary:
    """Counts for the current filter."""

    total: int
    by_status: dict[str, int]
    by_verdict: dict[str | None, int]


@dataclass(frozen=True)
class BulkResult:
    """What a bulk edit did: each changed claim's previous value and new version, and the
    claims it left alone because they changed elsewhere since the edit was based on them."""

    previous: dict[int, str | None]
    versions: dict[int, int]
    skipped: tuple[int, ...] = ()
    value: str | None = None  # the value written, as stored (a key, not a label)

    @property
    def changed(self) -> list[int]:
        return list(self.previous)


@dataclass(frozen=True)
class TagUsage:
    id: int
    name: str
    claims: int


@dataclass(frozen=True)
class MergeRecord:
    """What a tag merge changed, so that it can be undone."""

    target_id: int
    removed: list[tuple[int, str, str, str]]  # id, name, key, colour of merged-away tags
    links: list[tuple[int, int]]  # (claim id, tag id) of the merged-away tags
    added_to_target: list[int]  # claims that got the target tag from the merge


_OWN = Highlight.__table__.alias("own_highlights")
_FIRST_ARTICLE = (  # min(id), not ORDER BY id LIMIT 1: see sortkeys._first_article
    select(Highlight.article_id)
    .where(
        Highlight.id
        == select(func.min(_OWN.c.id))
        .where(_OWN.c.claim_id == Claim.id)
        .correlate(Claim)
        .scalar_subquery()
    )
    .scalar_subquery()
)
_ROWS = select(
    Claim.id,
    Claim.statement,
    Claim.claimant,
    _FIRST_ARTICLE.label("article_id"),
    Claim.status,
    Claim.verdict,
    select(func.aggregate_strings(Tag.name, ", "))
    .join(claim_tags, claim_tags.c.tag_id == Tag.id)
    .where(claim_tags.c.claim_id == Claim.id)
    .scalar_subquery(),
    Claim.sort_sources,  # kept in step with the evidence (core/sortkeys.py)
    Claim.sort_reliability,
    Claim.updated_at,
    Claim.updated_by,
).where(Claim.id.in_(bindparam("ids", expanding=True)))
"""The review list's rows of some claims (:meth:`ReviewService.rows`)."""
_ARTICLES = select(Article.id, Article.title, Article.outlet).where(
    Article.id.in_(bindparam("ids", expanding=True))
)


class ReviewService:
    """Queries and bulk edits over many claims; every bulk edit is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    @property
    def dialect(self) -> str:
        return self.db.engine.dialect.name

    # -- reading ----------------------------------------------------------------------------

    def ids(self, f: ClaimFilter, sort: str = "updated_at", descending: bool = True) -> list[int]:
        """Ids of all the matching claims in order (read straight from the cursor: 100,000
        ids through the ORM's row machinery take three times as long). For exports and the
        command line; the list shows :meth:`page` after page instead."""
        with self.db.read() as session:
            statement = claim_ids(f, sort, descending, self.dialect, self._order(session, sort))
            return self._fetch_ids(session, statement)

    def page(
        self,
        f: ClaimFilter,
        sort: str = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> list[int]:
        """Ids of the matching claims from ``offset`` in order, at most ``limit`` of them.

        Only this page is read: the sort keys have indexes, so the first page of any order
        or filter comes straight from an index, and a search for a word found in most claims
        walks that index instead of sorting every match (:func:`query.scan_conditions`).
        """
        with self.db.read() as session:
            statement = self.page_query(session, f, sort, descending, offset, limit)
            return self._fetch_ids(session, statement)

    def page_query(
        self,
        session: Session,
        f: ClaimFilter,
        sort: str = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> Select:
        """The statement behind :meth:`page` (for its query plan)."""
        offset = max(0, offset)
        order = self._order(session, sort)
        if self.dialect != "sqlite" and order and not conditions(f, self.dialect):
            return term_page(sort, descending, order[sort], offset, limit)
        where = None
        if common_words.walk_sort_index(session, f, sort, offset + limit):
            where = scan_conditions(f, self.dialect)
        statement = claim_ids(f, sort, descending, self.dialect, order, where=where)
        return statement.offset(offset).limit(limit)

    def count(self, f: ClaimFilter) -> int:
        """How many claims match (without reading them).

        A search alone is counted in the index itself, whose rows are the claims'.
        """
        f = cleaned(f)
        query = search.prepared_query(f.search or "", self.dialect) if f.search else None
        in_index = query is not None and replace(f, search=None, search_articles=True) == (
            ClaimFilter()
        )
        if query is not None and in_index:
            matches = search.matching_claims(
                query, articles=f.search_articles, dialect=self.dialect
            ).subquery()
            counting = select(func.count()).select_from(matches)
        else:
            counting = select(func.count()).select_from(Claim).where(*conditions(f, self.dialect))
        with self.db.read() as session:
            if in_index and self.dialect != "sqlite":
                common_words.read_index_tables(session)
            return int(session.execute(counting).scalar_one())

    def _order(self, session: Session, sort: str) -> dict[str, list[str]] | None:
        """The taxonomies' order, read only when sorting by them."""
        if sort == "status":
            return {"status": [t.key for t in status_terms(session)]}
        if sort == "verdict":
            return {"verdict": [t.key for t in verdict_terms(session)]}
        return None

    @staticmethod
    def _fetch_ids(session: Session, statement) -> list[int]:
        result = session.connection().execute(statement)
        try:
            return [row[0] for row in result.cursor.fetchall()]
        finally:
            result.close()

    def rows(self, ids: Sequence[int]) -> dict[int, ReviewRow]:
        """The rows for a page of ids (Core statements built once)."""
        if not ids:
            return {}
        with self.db.read() as session:
            connection = session.connection()
            result = connection.execute(_ROWS, {"ids": list(ids)}).all()
            article_ids = list({r[3] for r in result if r[3] is not None})
            articles = {
                a.id: (a.title, a.outlet or "")
                for a in connection.execute(_ARTICLES, {"ids": article_ids})
            }
        return {
            r[0]: ReviewRow(
                id=r[0],
                statement=r[1],
                claimant=r[2],
                article_id=r[3],
                article=articles.get(r[3], ("", ""))[0],
                outlet=articles.get(r[3], ("", ""))[1],
                status=r[4],
                verdict=r[5],
                tags=r[6] or "",
                sources=r[7] or 0,
                reliability=None if r[8] == sortkeys.NO_SOURCE else r[8],
                updated_at=r[9],
                updated_by=r[10],
            )
            for r in result
        }

    def summary(self, f: ClaimFilter) -> Summary:
        """How many matching claims there are in all and in each status and verdict (one
        statement: the filter, and a search in it, run once)."""
        by_status: dict[str, int] = {}
        by_verdict: dict[str | None, int] = {}
        with self.db.read() as session:
            where = common_words.summary_conditions(session, f)
            rows = session.execute(
                select(Claim.status, Claim.verdict, func.count())
                .where(*where)
                .group_by(Claim.status, Claim.verdict)
            ).all()
        for status, verdict, n in rows:
            by_status[status] = by_status.get(status, 0) + n
            by_verdict[verdict] = by_verdict.get(verdict, 0) + n
        return Summary(sum(by_status.values()), by_status, by_verdict)

    def tags(self) -> list[TagUsage]:
        """Every tag with how many claims carry it, by name."""
        with self.db.read() as session:
            rows = session.execute(
                select(Tag.id, Tag.name, func.count(claim_tags.c.claim_id))
                .outerjoin(claim_tags, claim_tags.c.tag_id == Tag.id)
                .group_by(Tag.id)
                .order_by(Tag.key)
            ).all()
        return [TagUsage(*r) for r in rows]

    def outlets(self) -> list[str]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Article.outlet)
                    .where(Article.outlet.is_not(None))
                    .distinct()
                    .order_by(Article.outlet)
                )
            )

    # -- bulk edits -------------------------------------------------------------------------

    def versions(self, ids: Sequence[int]) -> dict[int, int]:
        """The stored version of each claim (those that still exist)."""
        found: dict[int, int] = {}
        with self.db.read() as session:
            for chunk in chunks(ids):
                query = select(Claim.id, Claim.version).where(Claim.id.in_(chunk))
                found.update((cid, version) for cid, version in session.execute(query))
        return found

    def set_field(
        self,
        ids: Sequence[int],
        field: str,
        value: str | None,
        *,
        expected: dict[int, int] | None = None,
        expected_values: dict[int, str | None] | None = None,
    ) -> BulkResult:
        """Set status or verdict on many claims; a claim whose stored version is not the
        ``expected`` one, or whose field does not hold ``expected_values``, is skipped."""
        if field not in ("status", "verdict"):
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "cannot set {field} on many claims at once"), field=field
            )
        with self.db.write() as session:
            if field == "status":
                value = resolve_status(session, value or "", active=True)
            elif value:
                value = resolve_verdict(session, value, active=True)
            return self._write_field(
                session,
                ids,
                field,
                dict.fromkeys(ids, value),
                expected,
                expected_values=expected_values,
            )

    def restore_field(
        self,
        field: str,
        values: dict[int, str | None],
        *,
        expected_values: dict[int, str | None] | None = None,
    ) -> BulkResult:
        """Put back per-claim values (the ``previous`` of :meth:`set_field`); a claim whose
        field no longer holds its ``expected_values`` entry keeps what it has (skipped)."""
        with self.db.write() as session:
            return self._write_field(
                session, list(values), field, values, expected_values=expected_values
            )

    def _write_field(
        self,
        session: Session,
        ids: Sequence[int],
        field: str,
        values: dict[int, str | None],
        expected: dict[int, int] | None = None,
        *,
        expected_values: dict[int, str | None] | None = None,
    ) -> BulkResult:
        column = getattr(Claim, field)
        now = utcnow()
        previous: dict[int, str | None] = {}
        versions: dict[int, int] = {}
        skipped: list[int] = []
        for chunk in chunks(ids):
            current = session.execute(
                select(Claim.id, Claim.uuid, column, Claim.version).where(Claim.id.in_(chunk))
            ).all()
            changed = []
            found = {row[0] for row in current}
            skipped += [cid for cid in chunk if cid not in found]  # deleted elsewhere
            for cid, uuid, old, version in current:
                if (expected is not None and expected.get(cid, version) != version) or (
                    expected_values is not None and expected_values.get(cid, old) != old
                ):
                    skipped.append(cid)
                elif old != values[cid]:
                    changed.append((cid, uuid, old))
                    previous[cid] = old
                    versions[cid] = version + 1
            for new in {values[cid] for cid, _u, _o in changed}:
                group = [cid for cid, _u, _o in changed if values[cid] == new]
                session.execute(
                    update(Claim)
                    .where(Claim.id.in_(group))
                    .values(
                        {
                            field: new,
                            "updated_at": now,
                            "updated_by": self.actor,
                            "version": Claim.version + 1,
                        }
                    )
                    .execution_options(synchronize_session=False)
                )
            self._log(session, [(uuid, field, old, values[cid]) for cid, uuid, old in changed], now)
            derived.claims_touched(session, previous)
        written = {values[cid] for cid in previous}
        return BulkResult(
            previous, versions, tuple(skipped), written.pop() if len(written) == 1 else None
        )

    def add_tag(
        self, ids: Sequence[int], name: str, *, expected: dict[int, int] | None = None
    ) -> BulkResult:
        """Tag many claims; the result lists the claims that did not have the tag before."""
        with self.db.write() as session:
            tag = get_or_create_tag(session, name)
            added: list[int] = []
            skipped: list[int] = []
            for chunk in chunks(ids):
                have = set(
                    session.scalars(
                        select(claim_tags.c.claim_id).where(
                            claim_tags.c.tag_id == tag.id, claim_tags.c.claim_id.in_(chunk)
                        )
                    )
                )
                fresh, stale = self._split(session, [c for c in chunk if c not in have], expected)
                skipped += stale
                if fresh:
                    session.execute(
                        insert(claim_tags), [{"claim_id": c, "tag_id": tag.id} for c in fresh]
                    )
                added += fresh
            return self._touch_tags(session, added, tag.name, "+", skipped)

    def remove_tag(
        self, ids: Sequence[int], name: str, *, expected: dict[int, int] | None = None
    ) -> BulkResult:
        """Untag many claims; the result lists the claims that had the tag."""
        key = " ".join(name.split()).casefold()
        with self.db.write() as session:
            tag = session.scalar(select(Tag).where(Tag.key == key))
            if tag is None:
                return BulkResult({}, {})
            removed: list[int] = []
            skipped: list[int] = []
            for chunk in chunks(ids):
                had = list(
                    session.scalars(
                        select(claim_tags.c.claim_id).where(
                            claim_tags.c.tag_id == tag.id, claim_tags.c.claim_id.in_(chunk)
                        )
                    )
                )
                fresh, stale = self._split(session, had, expected)
                skipped += stale
                if fresh:
                    session.execute(
                        delete(claim_tags).where(
                            claim_tags.c.tag_id == tag.id, claim_tags.c.claim_id.in_(fresh)
                        )
                    )
                removed += fresh
            return self._touch_tags(session, removed, tag.name, "-", skipped)

    @staticmethod
    def _split(
        session: Session, ids: list[int], expected: dict[int, int] | None
    ) -> tuple[list[int], list[int]]:
        """Claims whose stored version is the expected one, and those changed elsewhere."""
        if expected is None or not ids:
            return ids, []
        query = select(Claim.id, Claim.version).where(Claim.id.in_(ids))
        stored = {cid: version for cid, version in session.execute(query)}
        fresh = [c for c in ids if expected.get(c, stored.get(c)) == stored.get(c)]
        return fresh, [c for c in ids if c not in set(fresh)]

    def rename_tag(self, old: str, new: str) -> list[int]:
        """Rename a tag everywhere; returns the claims that carry it (their version moves on,
        so an edit of their tags based on the old name is a conflict, not a silent loss)."""
        new = " ".join(new.split())
        if not new:
            raise UserError(QT_TRANSLATE_NOOP("Core", "a tag needs a name"))
        with self.db.write() as session:
            tag = session.scalar(select(Tag).where(Tag.key == old.strip().casefold()))
            if tag is None:
                raise UserError(QT_TRANSLATE_NOOP("Core", "no tag named {name!r}"), name=old)
            clash = session.scalar(select(Tag).where(Tag.key == new.casefold(), Tag.id != tag.id))
            if clash is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "a tag named {name!r} exists already; merge the tags instead"
                    ),
                    name=clash.name,
                )
            previous = tag.name
            tag.name, tag.key = new, new.casefold()
            self._log(session, [(f"tag:{tag.id}", "name", previous, new)], utcnow(), entity="tag")
            carriers = list(
                session.scalars(select(claim_tags.c.claim_id).where(claim_tags.c.tag_id == tag.id))
            )
            self._bump(session, carriers)
            self._reindex(session, carriers)
            return carriers

    def merge_tags(self, names: Sequence[str], into: str) -> MergeRecord:
        """Move every claim of the tags ``names`` to the tag ``into`` and remove those tags."""
        with self.db.write() as session:
            target = get_or_create_tag(session, into)
            keys = {" ".join(n.split()).casefold() for n in names} - {target.key}
            merged = list(session.scalars(select(Tag).where(Tag.key.in_(keys))))
            if not merged:
                raise UserError(QT_TRANSLATE_NOOP("Core", "choose at least one other tag to merge"))
            merged_ids = [t.id for t in merged]
            links = [
                tuple(r)
                for r in session.execute(
                    select(claim_tags.c.claim_id, claim_tags.c.tag_id).where(
                        claim_tags.c.tag_id.in_(merged_ids)
                    )
                )
            ]
            have = set(
                session.scalars(
                    select(claim_tags.c.claim_id).where(claim_tags.c.tag_id == target.id)
                )
            )
            gaining = sorted({c for c, _t in links} - have)
            if gaining:
                session.execute(
                    insert(claim_tags), [{"claim_id": c, "tag_id": target.id} for c in gaining]
                )
            record = MergeRecord(
                target.id, [(t.id, t.name, t.key, t.colour) for t in merged], links, gaining
            )
            session.execute(delete(claim_tags).where(claim_tags.c.tag_id.in_(merged_ids)))
            session.execute(delete(Tag).where(Tag.id.in_(merged_ids)))
            now = utcnow()
            self._log(
                session,
                [(f"tag:{t.id}", "merged_into", t.name, target.name) for t in merged],
                now,
                entity="tag",
            )
            self._bump(session, {c for c, _t in links})
            self._reindex(session, {c for c, _t in links})
            return record

    def unmerge_tags(self, record: MergeRecord) -> None:
        """Undo :meth:`merge_tags`."""
        with self.db.write() as session:
            session.execute(
                insert(Tag),
                [{"id": i, "name": n, "key": k, "colour": c} for i, n, k, c in record.removed],
            )
            if record.links:
                session.execute(
                    insert(claim_tags), [{"claim_id": c, "tag_id": t} for c, t in record.links]
                )
            if record.added_to_target:
                for chunk in chunks(record.added_to_target):
                    session.execute(
                        delete(claim_tags).where(
                            claim_tags.c.tag_id == record.target_id,
                            claim_tags.c.claim_id.in_(chunk),
                        )
                    )
            self._log(
                session,
                [(f"tag:{i}", "merged_into", None, n) for i, n, _k, _c in record.removed],
                utcnow(),
                entity="tag",
                action="restore",
            )
            self._bump(session, {c for c, _t in record.links})
            self._reindex(session, {c for c, _t in record.links})

    # -- helpers ----------------------------------------------------------------------------

    def _touch_tags(
        self, session: Session, ids: list[int], tag: str, sign: str, skipped: list[int]
    ) -> BulkResult:
        now = utcnow()
        versions: dict[int, int] = {}
        for chunk in chunks(ids):
            session.execute(
                update(Claim)
                .where(Claim.id.in_(chunk))
                .values(updated_at=now, updated_by=self.actor, version=Claim.version + 1)
                .execution_options(synchronize_session=False)
            )
            rows = session.execute(
                select(Claim.id, Claim.uuid, Claim.version).where(Claim.id.in_(chunk))
            ).all()
            versions.update((cid, version) for cid, _u, version in rows)
            old, new = (None, tag) if sign == "+" else (tag, None)
            self._log(session, [(u, "tags", old, new) for _c, u, _v in rows], now)
        self._reindex(session, ids)
        return BulkResult(dict.fromkeys(ids), versions, tuple(skipped))

    @staticmethod
    def _bump(session: Session, ids: Iterable[int]) -> None:
        """Move the version of claims whose tags changed by a rename or merge."""
        for chunk in chunks(sorted(ids)):
            session.execute(
                update(Claim)
                .where(Claim.id.in_(chunk))
                .values(version=Claim.version + 1)
                .execution_options(synchronize_session=False)
            )

    @staticmethod
    def _reindex(session: Session, ids: Iterable[int]) -> None:
        """Core statements changed these claims' tags: their index rows and sort keys follow
        before the commit."""
        derived.claims_changed(session, ids)

    def _log(
        self,
        session: Session,
        changes: list[tuple[str, str, object, object]],
        at: datetime,
        entity: str = "claim",
        action: str = "update",
    ) -> None:
        if changes:
            session.execute(
                insert(ChangeLogEntry),
                [
                    {
                        "at": at,
                        "actor": self.actor,
                        "db_role": self.db.role,
                        "action": action,
                        "entity": entity,
                        "entity_uuid": uuid,
                        "field": field,
                        "old_value": as_text(old),
                        "new_value": as_text(new),
                    }
                    for uuid, field, old, new in changes
                ],
            )
