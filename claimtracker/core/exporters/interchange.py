"""Full-fidelity JSON: everything in a database (or a filtered part), identified by UUIDs.

The file is what another analyst imports to merge our work into theirs
(:mod:`claimtracker.core.services.merge`), so local integer ids never appear in it.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jiter
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from claimtracker.core.db import Database
from claimtracker.core.errors import InvalidExport
from claimtracker.core.exporters.interchange_schema import (
    FORMAT,
    FORMAT_VERSION,
    MAX_EXPORT_BYTES,
    MAX_NESTING_DEPTH,
)
from claimtracker.core.exporters.validation import collector_paused
from claimtracker.core.files import atomic_text_file
from claimtracker.core.model import (
    Article,
    ChangeLogEntry,
    Claim,
    Evidence,
    Source,
    Tag,
    Verdict,
    WorkflowStatus,
)
from claimtracker.core.services.query import ClaimFilter, claim_ids


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_data(
    db: Database,
    claim_filter: ClaimFilter | None = None,
    claim_id_list: list[int] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, Any]:
    """Everything (no filter), or the chosen claims with what they refer to.

    ``progress(loaded, total)`` is called as claims are read (it may raise to cancel).
    """
    with db.read() as session:
        if claim_id_list is not None:
            ids = list(claim_id_list)
        elif claim_filter is not None:
            ids = list(session.scalars(claim_ids(claim_filter, dialect=db.engine.dialect.name)))
        else:
            ids = list(session.scalars(select(Claim.id).order_by(Claim.id)))
        claims: list[Claim] = []
        for start in range(0, len(ids), 500):
            if progress is not None:
                progress(start, len(ids))
            claims += session.scalars(
                select(Claim)
                .where(Claim.id.in_(ids[start : start + 500]))
                .options(
                    selectinload(Claim.tags),
                    selectinload(Claim.highlights),
                    selectinload(Claim.evidence).selectinload(Evidence.source),
                )
            )
        if progress is not None:
            progress(len(ids), len(ids))
        claims.sort(key=lambda c: c.id)
        if claim_filter is None and claim_id_list is None:
            articles = list(session.scalars(select(Article).order_by(Article.id)))
            sources = list(session.scalars(select(Source).order_by(Source.id)))
        else:
            article_ids = {h.article_id for c in claims for h in c.highlights}
            articles = list(
                session.scalars(
                    select(Article).where(Article.id.in_(article_ids)).order_by(Article.id)
                )
            )
            sources = sorted(
                {e.source.id: e.source for c in claims for e in c.evidence}.values(),
                key=lambda s: s.id,
            )
        article_uuid = {a.id: a.uuid for a in articles}
        uuids = {c.uuid for c in claims} | {a.uuid for a in articles} | {s.uuid for s in sources}
        uuids |= {h.uuid for c in claims for h in c.highlights}
        uuids |= {e.uuid for c in claims for e in c.evidence}
        log = [
            e
            for e in session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id))
            if e.entity_uuid in uuids
        ]
        tags = {t.key: t for c in claims for t in c.tags}
        if claim_filter is None and claim_id_list is None:
            tags = {t.key: t for t in session.scalars(select(Tag))}
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "statuses": [
                {
                    "key": s.key,
                    "label": s.label,
                    "colour": s.colour,
                    "position": s.position,
                    "retired": s.retired,
                    "default": s.is_default,
                }
                for s in session.scalars(select(WorkflowStatus).order_by(WorkflowStatus.position))
            ],
            "verdicts": [
                {
                    "key": v.key,
                    "label": v.label,
                    "colour": v.colour,
                    "position": v.position,
                    "rating": v.rating,
                    "retired": v.retired,
                }
                for v in session.scalars(select(Verdict).order_by(Verdict.position))
            ],
            "tags": [
                {"name": t.name, "colour": t.colour}
                for t in sorted(tags.values(), key=lambda t: t.key)
            ],
            "sources": [_source(s) for s in sources],
            "articles": [_article(a) for a in articles],
            "claims": [_claim(c, article_uuid) for c in claims],
            "change_log": [
                {
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
                for e in log
            ],
        }


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


def _source(s: Source) -> dict[str, Any]:
    return {
        "uuid": s.uuid,
        "name": s.name,
        "url": s.url,
        "kind": s.kind,
        "reliability": s.reliability,
        "archived_url": s.archived_url,
        "accessed_at": _iso(s.accessed_at),
        "notes": s.notes,
    }


def _article(a: Article) -> dict[str, Any]:
    return {
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
        "versions": [
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
            for v in a.versions
        ],
    }


def _claim(c: Claim, article_uuid: dict[int, str]) -> dict[str, Any]:
    return {
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
        "tags": sorted((t.name for t in c.tags), key=str.casefold),
        "highlights": [
            {
                "uuid": h.uuid,
                "article": article_uuid[h.article_id],
                "start": h.start,
                "end": h.end,
                "exact": h.exact,
                "prefix": h.prefix,
                "suffix": h.suffix,
                "state": h.state,
                "current_exact": h.current_exact,
                "created_at": _iso(h.created_at),
            }
            for h in sorted(c.highlights, key=lambda h: h.uuid)
        ],
        "evidence": [
            {
                "uuid": e.uuid,
                "source": e.source.uuid,
                "stance": e.stance,
                "credibility": e.credibility,
                "excerpt": e.excerpt,
                "note": e.note,
            }
            for e in sorted(c.evidence, key=lambda e: e.uuid)
        ],
    }


def write_json(path: Path, data: Any, *, database: Path | None = None) -> None:
    """Write JSON atomically: a temporary name, then a rename, so no partial file is left."""
    with atomic_text_file(path, database=database) as out:
        json.dump(data, out, ensure_ascii=False, indent=1)


def read_export(path: Path) -> dict[str, Any]:
    """Parse an export file; what it holds is checked when it is merged.

    The size is checked before anything is read, and the parser refuses duplicate keys and
    nesting deeper than :data:`MAX_NESTING_DEPTH` rather than recursing. A UTF-8 byte order
    mark (added by some editors) is allowed.
    """
    name = Path(path).name
    raw = b""
    try:
        with Path(path).open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size <= MAX_EXPORT_BYTES:
                raw = fh.read(MAX_EXPORT_BYTES + 1)  # a pipe has no size: read one byte more
    except OSError as exc:
        raise InvalidExport(f"cannot be read: {exc.strerror or exc}", source=name) from exc
    if size > MAX_EXPORT_BYTES or len(raw) > MAX_EXPORT_BYTES:
        raise InvalidExport(
            f"the file is {max(size, len(raw)) / 2**20:.1f} MB; the limit for an export "
            f"is {MAX_EXPORT_BYTES / 2**20:.0f} MB",
            source=name,
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidExport("UTF-16 text; a ClaimTracker export is UTF-8", source=name)
    try:
        with collector_paused():
            data = jiter.from_json(
                raw.removeprefix(codecs.BOM_UTF8), catch_duplicate_keys=True, cache_mode="keys"
            )
    except ValueError as exc:
        raise _not_json(str(exc), name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidExport("not a ClaimTracker export", source=name)
    return data


_PARSER_ERROR = re.compile(r"(?P<problem>.*) at (?P<where>line \d+ column \d+)")


def _not_json(message: str, name: str) -> InvalidExport:
    """The parser's complaint as a refusal that says where, in words a user can act on."""
    found = _PARSER_ERROR.fullmatch(message)
    problem, where = (found["problem"], found["where"]) if found else (message, "")
    if problem == "recursion limit exceeded":
        problem = f"nested deeper than {MAX_NESTING_DEPTH} levels"
    elif problem.startswith("Detected duplicate key"):
        problem = problem.replace("Detected duplicate key", "duplicate key")
    elif problem == "invalid unicode code point":
        problem = "not UTF-8 text"
    else:
        problem = f"not valid JSON: {problem}"
    return InvalidExport(problem, where, name)
