"""What a merge needs from the target database, fetched in bulk, and the checks that need it.

Before anything is written, everything an export refers to must be in the file or in the
database (the statuses and verdicts of its claims, the articles of its highlights, the
sources of its evidence), and highlight and evidence UUIDs already stored must belong to the
same claim as in the file. Each kind of record is fetched with a few ``IN`` queries, never
once per record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimtracker.core.errors import InvalidExport
from claimtracker.core.exporters.interchange_schema import ExportFile
from claimtracker.core.exporters.validation import check_offsets
from claimtracker.core.model import (
    Article,
    Claim,
    Evidence,
    Highlight,
    Source,
    Verdict,
    WorkflowStatus,
)

CHUNK = 500
"""UUIDs per ``IN (...)`` query, well below every backend's limit on parameters."""


@dataclass(frozen=True)
class StoredArticle:
    id: int
    text_sha256: str
    title: str


@dataclass
class Lookup:
    """The stored records an export touches, by UUID."""

    articles: dict[str, StoredArticle]
    texts: dict[str, str]
    """For every article a highlight refers to, the text it will be placed in: ours when
    both sides have the article, theirs when only the file has it."""
    sources: dict[str, Source]
    claims: dict[str, Claim]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def look_up(session: Session, export: ExportFile) -> Lookup:
    """Fetch what the export refers to; :class:`InvalidExport` for the first dangling reference."""
    in_file = {a.uuid: a for a in export.articles}
    referenced = {h.article for c in export.claims for h in c.highlights}
    articles: dict[str, StoredArticle] = {}
    for chunk in _chunks(in_file.keys() | referenced):
        for uuid, id_, digest, title in session.execute(
            select(Article.uuid, Article.id, Article.text_sha256, Article.title).where(
                Article.uuid.in_(chunk)
            )
        ):
            articles[uuid] = StoredArticle(id_, digest, title)
    texts = {
        uuid: a.text
        for uuid, a in in_file.items()
        if uuid not in articles or articles[uuid].text_sha256 == a.text_sha256
    }
    for chunk in _chunks(u for u in articles if u not in texts):
        rows = session.execute(select(Article.uuid, Article.text).where(Article.uuid.in_(chunk)))
        texts.update({uuid: text for uuid, text in rows})
    sources: dict[str, Source] = {}
    wanted = {s.uuid for s in export.sources} | {
        e.source for c in export.claims for e in c.evidence
    }
    for chunk in _chunks(wanted):
        sources.update(
            (s.uuid, s) for s in session.scalars(select(Source).where(Source.uuid.in_(chunk)))
        )
    claims: dict[str, Claim] = {}
    for chunk in _chunks(c.uuid for c in export.claims):
        query = (
            select(Claim)
            .where(Claim.uuid.in_(chunk))
            .options(
                selectinload(Claim.tags),
                selectinload(Claim.highlights),
                selectinload(Claim.evidence),
            )
        )
        claims.update((c.uuid, c) for c in session.scalars(query))
    lookup = Lookup(articles, texts, sources, claims)
    _check_references(session, export, lookup)
    return lookup


def _owners(
    session: Session, kind: type[Highlight] | type[Evidence], uuids: set[str]
) -> dict[str, str]:
    """UUID of the claim each stored highlight (or evidence) of ``uuids`` belongs to."""
    owners: dict[str, str] = {}
    for chunk in _chunks(uuids):
        query = (
            select(kind.uuid, Claim.uuid)
            .join(Claim, kind.claim_id == Claim.id)
            .where(kind.uuid.in_(chunk))
        )
        owners.update({uuid: claim for uuid, claim in session.execute(query)})
    return owners


def _check_references(session: Session, export: ExportFile, lookup: Lookup) -> None:
    statuses = set(session.scalars(select(WorkflowStatus.key))) | {s.key for s in export.statuses}
    verdicts = set(session.scalars(select(Verdict.key))) | {v.key for v in export.verdicts}
    in_file = {a.uuid for a in export.articles}
    file_sources = {s.uuid for s in export.sources}
    highlight_owner = _owners(
        session, Highlight, {h.uuid for c in export.claims for h in c.highlights}
    )
    evidence_owner = _owners(session, Evidence, {e.uuid for c in export.claims for e in c.evidence})
    for i, claim in enumerate(export.claims):
        where = f"claims[{i}]"
        if claim.status not in statuses:
            raise InvalidExport(
                f"unknown status {claim.status!r} (neither in the file nor in this database)",
                f"{where}.status",
            )
        if claim.verdict is not None and claim.verdict not in verdicts:
            raise InvalidExport(
                f"unknown verdict {claim.verdict!r} (neither in the file nor in this database)",
                f"{where}.verdict",
            )
        for j, h in enumerate(claim.highlights):
            at = f"{where}.highlights[{j}]"
            if h.article not in lookup.texts:
                raise InvalidExport(
                    "no article with this UUID in the file or in this database", f"{at}.article"
                )
            if h.article not in in_file:
                check_offsets(h, lookup.texts[h.article], at)
            owner = highlight_owner.get(h.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    f"already a highlight of another claim in this database ({owner})",
                    f"{at}.uuid",
                )
        for j, e in enumerate(claim.evidence):
            at = f"{where}.evidence[{j}]"
            if e.source not in file_sources and e.source not in lookup.sources:
                raise InvalidExport(
                    "no source with this UUID in the file or in this database", f"{at}.source"
                )
            owner = evidence_owner.get(e.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    f"already evidence of another claim in this database ({owner})", f"{at}.uuid"
                )
