"""Full-fidelity JSON: everything in a database (or a filtered part), identified by UUIDs.

The file is what another analyst imports to merge our work into theirs
(:mod:`claimtracker.core.services.merge`), so local integer ids never appear in it.
:func:`write_export` writes it a record at a time from chunked queries, so that memory stays
flat whatever the size of the database; :func:`export_data` gathers the same records into one
document, for the reports built from a selection of claims. Both give the same content.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimtracker.core.chunks import chunks
from claimtracker.core.db import Database
from claimtracker.core.exporters import jsonfile
from claimtracker.core.exporters.interchange_read import read_export
from claimtracker.core.exporters.interchange_schema import FORMAT, FORMAT_VERSION
from claimtracker.core.files import atomic_text_file
from claimtracker.core.model import (
    Article,
    ArticleVersion,
    ChangeLogEntry,
    Claim,
    Evidence,
    Highlight,
    Source,
    Tag,
    Verdict,
    WorkflowStatus,
    claim_tags,
)
from claimtracker.core.services.query import ClaimFilter, claim_ids

CHUNK = 500
"""Claims (with their parts), sources or log entries per query; also the size of ``IN`` lists."""
ARTICLE_CHUNK = 50
"""Articles per query: their texts and original bytes can be large."""

Tick = Callable[[], None]
"""Called once per article, claim and log entry read (it may raise to cancel)."""


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


@dataclass
class _Scope:
    """What an export holds: every record (``claims`` None), or the chosen claims with the
    articles, sources and tags they refer to (ids in ascending order)."""

    claims: list[int] | None = None
    articles: list[int] | None = None
    sources: list[int] | None = None


def _scope(
    session: Session,
    claim_filter: ClaimFilter | None,
    claim_id_list: list[int] | None,
    dialect: str,
) -> _Scope:
    if claim_id_list is not None:
        chosen = sorted(set(claim_id_list))
    elif claim_filter is not None:
        chosen = sorted(set(session.scalars(claim_ids(claim_filter, dialect=dialect))))
    else:
        return _Scope()
    articles: set[int] = set()
    sources: set[int] = set()
    claims: list[int] = []
    for chunk in chunks(chosen, CHUNK):
        claims += session.scalars(select(Claim.id).where(Claim.id.in_(chunk)))
        articles.update(
            session.scalars(select(Highlight.article_id).where(Highlight.claim_id.in_(chunk)))
        )
        sources.update(
            session.scalars(select(Evidence.source_id).where(Evidence.claim_id.in_(chunk)))
        )
    return _Scope(sorted(claims), sorted(articles), sorted(sources))


def _keyset(session: Session, query, key, size: int) -> Iterator[Sequence[Any]]:
    """Rows of ``query`` in ascending ``key`` order, ``size`` at a time (the key is first)."""
    last = None
    while True:
        page = query if last is None else query.where(key > last)
        rows = session.execute(page.order_by(key).limit(size)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _pages(session: Session, query, key, ids: list[int] | None, size: int):
    """Rows of ``query`` for ``ids`` (every row when None), in ascending ``key`` order."""
    if ids is None:
        yield from _keyset(session, query, key, size)
        return
    for chunk in chunks(ids, size):
        yield session.execute(query.where(key.in_(chunk)).order_by(key)).all()


def _terms(session: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    statuses = [
        {
            "key": s.key,
            "label": s.label,
            "colour": s.colour,
            "position": s.position,
            "retired": s.retired,
            "default": s.is_default,
        }
        for s in session.scalars(select(WorkflowStatus).order_by(WorkflowStatus.position))
    ]
    verdicts = [
        {
            "key": v.key,
            "label": v.label,
            "colour": v.colour,
            "position": v.position,
            "rating": v.rating,
            "retired": v.retired,
        }
        for v in session.scalars(select(Verdict).order_by(Verdict.position))
    ]
    return statuses, verdicts


def _tags(session: Session, scope: _Scope) -> list[dict[str, Any]]:
    query = select(Tag.key, Tag.name, Tag.colour)
    tags: dict[str, tuple[str, str]] = {}
    if scope.claims is None:
        tags = {key: (name, colour) for key, name, colour in session.execute(query)}
    else:
        query = query.join(claim_tags, claim_tags.c.tag_id == Tag.id)
        for chunk in chunks(scope.claims, CHUNK):
            rows = session.execute(query.where(claim_tags.c.claim_id.in_(chunk)))
            tags.update((key, (name, colour)) for key, name, colour in rows)
    return [{"name": tags[k][0], "colour": tags[k][1]} for k in sorted(tags)]


_SOURCE_COLUMNS = (
    Source.id,
    Source.uuid,
    Source.name,
    Source.url,
    Source.kind,
    Source.reliability,
    Source.archived_url,
    Source.accessed_at,
    Source.notes,
)


def _sources(session: Session, scope: _Scope) -> Iterator[dict[str, Any]]:
    query = select(*_SOURCE_COLUMNS)
    for rows in _pages(session, query, Source.id, scope.sources, CHUNK):
        for _id, uuid, name, url, kind, reliability, archived, accessed, notes in rows:
            yield {
                "uuid": uuid,
                "name": name,
                "url": url,
                "kind": kind,
                "reliability": reliability,
                "archived_url": archived,
                "accessed_at": _iso(accessed),
                "notes": notes,
            }


_ARTICLE_COLUMNS = (
    Article.id,
    Article.uuid,
    Article.title,
    Article.outlet,
    Article.author,
    Article.url,
    Article.language,
    Article.published_at,
    Article.retrieved_at,
    Article.imported_at,
    Article.text,
    Article.text_sha256,
    Article.source_format,
    Article.source_name,
    Article.encoding,
    Article.original,
    Article.notes,
    Article.version,
    Article.text_version,
    Article.original_sha256,
    Article.source_url,
    Article.redirects,
)
_VERSION_COLUMNS = (
    ArticleVersion.article_id,
    ArticleVersion.version,
    ArticleVersion.text,
    ArticleVersion.text_sha256,
    ArticleVersion.source_format,
    ArticleVersion.original,
    ArticleVersion.replaced_at,
    ArticleVersion.original_sha256,
    ArticleVersion.source_name,
    ArticleVersion.source_url,
    ArticleVersion.redirects,
    ArticleVersion.retrieved_at,
    ArticleVersion.encoding,
)


def _articles(session: Session, scope: _Scope, tick: Tick) -> Iterator[dict[str, Any]]:
    query = select(*_ARTICLE_COLUMNS)
    for rows in _pages(session, query, Article.id, scope.articles, ARTICLE_CHUNK):
        versions: dict[int, list[dict[str, Any]]] = {}
        found = session.execute(
            select(*_VERSION_COLUMNS)
            .where(ArticleVersion.article_id.in_([r[0] for r in rows]))
            .order_by(ArticleVersion.article_id, ArticleVersion.version)
        )
        for v in found:
            versions.setdefault(v[0], []).append(
                {
                    "version": v.version,
                    "text": v.text,
                    "text_sha256": v.text_sha256,
                    "source_format": v.source_format,
                    "original": _b64(v.original),
                    "replaced_at": _iso(v.replaced_at),
                    "original_sha256": v.original_sha256,
                    "source_name": v.source_name,
                    "source_url": v.source_url,
                    "redirects": v.redirects,
                    "retrieved_at": _iso(v.retrieved_at),
                    "encoding": v.encoding,
                }
            )
        for a in rows:
            tick()
            yield {
                "uuid": a.uuid,
                "title": a.title,
                "outlet": a.outlet,
                "author": a.author,
                "url": a.url,
                "language": a.language,
                "published_at": _iso(a.published_at),
                "retrieved_at": _iso(a.retrieved_at),
                "imported_at": _iso(a.imported_at),
                "text": a.text,
                "text_sha256": a.text_sha256,
                "source_format": a.source_format,
                "source_name": a.source_name,
                "encoding": a.encoding,
                "original": _b64(a.original),
                "notes": a.notes,
                "version": a.version,
                "text_version": a.text_version,
                "original_sha256": a.original_sha256,
                "source_url": a.source_url,
                "redirects": a.redirects,
                "versions": versions.get(a.id, []),
            }


_CLAIM_COLUMNS = (
    Claim.id,
    Claim.uuid,
    Claim.statement,
    Claim.claimant,
    Claim.claim_date,
    Claim.status,
    Claim.verdict,
    Claim.rationale,
    Claim.review_url,
    Claim.created_at,
    Claim.created_by,
    Claim.updated_at,
    Claim.updated_by,
)


def _parts(session: Session, ids: list[int]) -> tuple[dict, dict, dict]:
    """The tags, highlights and evidence of these claims, by claim id, in export order."""
    tags: dict[int, list[str]] = {}
    for claim_id, name in session.execute(
        select(claim_tags.c.claim_id, Tag.name)
        .join(Tag, Tag.id == claim_tags.c.tag_id)
        .where(claim_tags.c.claim_id.in_(ids))
    ):
        tags.setdefault(claim_id, []).append(name)
    highlights: dict[int, list[dict[str, Any]]] = {}
    for h in session.execute(
        select(
            Highlight.claim_id,
            Highlight.uuid,
            Article.uuid.label("article"),
            Highlight.start,
            Highlight.end,
            Highlight.exact,
            Highlight.prefix,
            Highlight.suffix,
            Highlight.state,
            Highlight.current_exact,
            Highlight.created_at,
        )
        .join(Article, Article.id == Highlight.article_id)
        .where(Highlight.claim_id.in_(ids))
    ):
        highlights.setdefault(h.claim_id, []).append(
            {
                "uuid": h.uuid,
                "article": h.article,
                "start": h.start,
                "end": h.end,
                "exact": h.exact,
                "prefix": h.prefix,
                "suffix": h.suffix,
                "state": h.state,
                "current_exact": h.current_exact,
                "created_at": _iso(h.created_at),
            }
        )
    evidence: dict[int, list[dict[str, Any]]] = {}
    for e in session.execute(
        select(
            Evidence.claim_id,
            Evidence.uuid,
            Source.uuid.label("source"),
            Evidence.stance,
            Evidence.credibility,
            Evidence.excerpt,
            Evidence.note,
        )
        .join(Source, Source.id == Evidence.source_id)
        .where(Evidence.claim_id.in_(ids))
    ):
        evidence.setdefault(e.claim_id, []).append(
            {
                "uuid": e.uuid,
                "source": e.source,
                "stance": e.stance,
                "credibility": e.credibility,
                "excerpt": e.excerpt,
                "note": e.note,
            }
        )
    return tags, highlights, evidence


def _uuid(record: dict[str, Any]) -> str:
    return record["uuid"]


def _claims(session: Session, scope: _Scope, tick: Tick) -> Iterator[dict[str, Any]]:
    query = select(*_CLAIM_COLUMNS)
    for rows in _pages(session, query, Claim.id, scope.claims, CHUNK):
        tags, highlights, evidence = _parts(session, [r[0] for r in rows])
        for c in rows:
            tick()
            yield {
                "uuid": c.uuid,
                "statement": c.statement,
                "claimant": c.claimant,
                "claim_date": _iso(c.claim_date),
                "status": c.status,
                "verdict": c.verdict,
                "rationale": c.rationale,
                "review_url": c.review_url,
                "created_at": _iso(c.created_at),
                "created_by": c.created_by,
                "updated_at": _iso(c.updated_at),
                "updated_by": c.updated_by,
                "tags": sorted(tags.get(c.id, ()), key=str.casefold),
                "highlights": sorted(highlights.get(c.id, ()), key=_uuid),
                "evidence": sorted(evidence.get(c.id, ()), key=_uuid),
            }


Owners = tuple[tuple[Any, Any, set[int] | None], ...]
"""For each kind of record: its UUID column, its owner's id column, the owners exported
(None: all of them)."""


def _owners(scope: _Scope) -> Owners:
    chosen = None if scope.claims is None else set(scope.claims)
    articles = None if scope.articles is None else set(scope.articles)
    sources = None if scope.sources is None else set(scope.sources)
    return (
        (Claim.uuid, Claim.id, chosen),
        (Highlight.uuid, Highlight.claim_id, chosen),
        (Evidence.uuid, Evidence.claim_id, chosen),
        (Article.uuid, Article.id, articles),
        (Source.uuid, Source.id, sources),
    )


def _exported(session: Session, owners: Owners, uuids: set[str]) -> set[str]:
    """Which of ``uuids`` name a record the export holds (a claim, one of its highlights or
    evidence, an article or a source); the log keeps only entries about those."""
    found: set[str] = set()
    wanted = sorted(uuids)
    for uuid_column, owner, allowed in owners:
        for chunk in chunks(wanted, CHUNK):
            rows = session.execute(select(uuid_column, owner).where(uuid_column.in_(chunk)))
            found.update(u for u, o in rows if allowed is None or o in allowed)
    return found


_LOG_COLUMNS = (
    ChangeLogEntry.id,
    ChangeLogEntry.at,
    ChangeLogEntry.actor,
    ChangeLogEntry.action,
    ChangeLogEntry.entity,
    ChangeLogEntry.entity_uuid,
    ChangeLogEntry.field,
    ChangeLogEntry.old_value,
    ChangeLogEntry.new_value,
    ChangeLogEntry.claim_uuid,
)


def _change_log(session: Session, scope: _Scope, tick: Tick) -> Iterator[dict[str, Any]]:
    owners = _owners(scope)  # once: the log is read a page at a time
    for rows in _keyset(session, select(*_LOG_COLUMNS), ChangeLogEntry.id, CHUNK):
        exported = _exported(session, owners, {e.entity_uuid for e in rows})
        for e in rows:
            tick()
            if e.entity_uuid in exported:
                yield {
                    "at": _iso(e.at),
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_uuid": e.entity_uuid,
                    "field": e.field,
                    "old_value": e.old_value,
                    "new_value": e.new_value,
                    "claim_uuid": e.claim_uuid,
                }


def _document(
    session: Session, scope: _Scope, claim_tick: Tick, tick: Tick
) -> Iterator[tuple[str, Any]]:
    """The members of the export in their order; the long lists as iterators."""
    statuses, verdicts = _terms(session)
    yield "format", FORMAT
    yield "version", FORMAT_VERSION
    yield "exported_at", datetime.now().astimezone().isoformat(timespec="seconds")
    yield "statuses", statuses
    yield "verdicts", verdicts
    yield "tags", _tags(session, scope)
    yield "sources", _sources(session, scope)
    yield "articles", _articles(session, scope, tick)
    yield "claims", _claims(session, scope, claim_tick)
    yield "change_log", _change_log(session, scope, tick)


def _nothing() -> None:
    return None


def export_data(
    db: Database,
    claim_filter: ClaimFilter | None = None,
    claim_id_list: list[int] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, Any]:
    """Everything (no filter), or the chosen claims with what they refer to, as one document.

    ``progress(loaded, total)`` is called as claims are read (it may raise to cancel).
    """
    with db.read() as session:
        scope = _scope(session, claim_filter, claim_id_list, db.engine.dialect.name)
        total = len(scope.claims) if scope.claims is not None else _count(session, Claim.id)
        loaded = 0

        def claim_read() -> None:
            nonlocal loaded
            if progress is not None and loaded % CHUNK == 0:
                progress(loaded, total)
            loaded += 1

        data = {
            key: list(value) if isinstance(value, Iterator) else value
            for key, value in _document(session, scope, claim_read, _nothing)
        }
    if progress is not None:
        progress(total, total)
    return data


def _count(session: Session, column) -> int:
    return session.scalar(select(func.count(column))) or 0


def write_export(
    db: Database,
    path: Path,
    claim_filter: ClaimFilter | None = None,
    claim_id_list: list[int] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> int:
    """Write the export to ``path`` a record at a time; returns how many claims it holds.

    The file is what ``json.dump(export_data(...), ensure_ascii=False, indent=1)`` would
    write, written through :func:`~claimtracker.core.files.atomic_text_file`, so that a
    failure or a cancel leaves no file. ``progress(done, total)`` counts the articles,
    claims and log entries read (it may raise to cancel).
    """
    with db.read() as session:
        scope = _scope(session, claim_filter, claim_id_list, db.engine.dialect.name)
        if scope.claims is None:
            claims = _count(session, Claim.id)
            articles = _count(session, Article.id)
        else:
            claims, articles = len(scope.claims), len(scope.articles or ())
        total = claims + articles + _count(session, ChangeLogEntry.id)
        done = 0

        def tick() -> None:
            nonlocal done
            if progress is not None and done % CHUNK == 0:
                progress(done, total)
            done += 1

        if progress is not None:
            progress(0, total)
        with atomic_text_file(path, database=db.path) as out:
            writer = jsonfile.ObjectWriter(out)
            for key, value in _document(session, scope, tick, tick):
                if isinstance(value, Iterator):
                    writer.list_member(key, value)
                else:
                    writer.member(key, value)
            writer.close()
    if progress is not None:
        progress(total, total)
    return claims


def write_json(path: Path, data: Any, *, database: Path | None = None) -> None:
    """Write JSON atomically: a temporary name, then a rename, so no partial file is left."""
    with atomic_text_file(path, database=database) as out:
        json.dump(data, out, ensure_ascii=False, indent=1)


__all__ = ["export_data", "read_export", "write_export", "write_json"]
