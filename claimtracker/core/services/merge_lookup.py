"""What a merge needs from the target database, fetched in bulk, and the checks that need it.

Before anything of a claim is written, everything it refers to must be in the file or in the
database (its status and verdict, the articles of its highlights, the sources of its
evidence), and highlight and evidence UUIDs already stored must belong to the same claim as
in the file. Each kind of record is fetched with a few ``IN`` queries, never once per record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.chunks import chunks as in_pieces
from claimtracker.core.errors import QT_TRANSLATE_NOOP, InvalidExport
from claimtracker.core.exporters.interchange_schema import ClaimRecord
from claimtracker.core.exporters.validation import ExportFacts, check_offsets
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
    statuses: set[str]
    """Status keys of the database and of the file."""
    verdicts: set[str]


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """The distinct ``values`` in sorted lists of at most :data:`CHUNK`."""
    yield from in_pieces(sorted(set(values)), CHUNK)


def look_up(session: Session, facts: ExportFacts) -> Lookup:
    """Fetch the articles, sources and terms the export names."""
    articles: dict[str, StoredArticle] = {}
    for chunk in chunks(facts.hashes.keys() | facts.referenced_articles):
        for uuid, id_, digest, title in session.execute(
            select(Article.uuid, Article.id, Article.text_sha256, Article.title).where(
                Article.uuid.in_(chunk)
            )
        ):
            articles[uuid] = StoredArticle(id_, digest, title)
    texts = {
        uuid: text
        for uuid, text in facts.texts.items()
        if uuid not in articles or articles[uuid].text_sha256 == facts.hashes[uuid]
    }
    for chunk in chunks(u for u in articles if u not in texts):
        rows = session.execute(select(Article.uuid, Article.text).where(Article.uuid.in_(chunk)))
        texts.update({uuid: text for uuid, text in rows})
    sources: dict[str, Source] = {}
    for chunk in chunks(facts.sources | facts.referenced_sources):
        sources.update(
            (s.uuid, s) for s in session.scalars(select(Source).where(Source.uuid.in_(chunk)))
        )
    statuses = set(session.scalars(select(WorkflowStatus.key)))
    verdicts = set(session.scalars(select(Verdict.key)))
    return Lookup(
        articles,
        texts,
        sources,
        statuses | {s.key for s in facts.statuses},
        verdicts | {v.key for v in facts.verdicts},
    )


def owners(
    session: Session, kind: type[Highlight] | type[Evidence], uuids: Iterable[str]
) -> dict[str, str]:
    """UUID of the claim each stored highlight (or evidence) of ``uuids`` belongs to."""
    found: dict[str, str] = {}
    for chunk in chunks(uuids):
        query = (
            select(kind.uuid, Claim.uuid)
            .join(Claim, kind.claim_id == Claim.id)
            .where(kind.uuid.in_(chunk))
        )
        found.update({uuid: claim for uuid, claim in session.execute(query)})
    return found


def check_references(
    session: Session,
    claims: list[tuple[int, ClaimRecord]],
    lookup: Lookup,
    facts: ExportFacts,
) -> None:
    """:class:`InvalidExport` for the first of these claims (by their index in the file)
    that refers to what neither the file nor the database has, or claims a stored
    highlight or evidence of another claim."""
    highlight_owner = owners(session, Highlight, (h.uuid for _, c in claims for h in c.highlights))
    evidence_owner = owners(session, Evidence, (e.uuid for _, c in claims for e in c.evidence))
    for i, claim in claims:
        where = f"claims[{i}]"
        if claim.status not in lookup.statuses:
            raise InvalidExport(
                QT_TRANSLATE_NOOP(
                    "Core", "unknown status {key!r} (neither in the file nor in this database)"
                ),
                f"{where}.status",
                key=claim.status,
            )
        if claim.verdict is not None and claim.verdict not in lookup.verdicts:
            raise InvalidExport(
                QT_TRANSLATE_NOOP(
                    "Core", "unknown verdict {key!r} (neither in the file nor in this database)"
                ),
                f"{where}.verdict",
                key=claim.verdict,
            )
        for j, h in enumerate(claim.highlights):
            at = f"{where}.highlights[{j}]"
            if h.article not in lookup.texts:
                raise InvalidExport(
                    QT_TRANSLATE_NOOP(
                        "Core", "no article with this UUID in the file or in this database"
                    ),
                    f"{at}.article",
                )
            if h.article not in facts.hashes:
                check_offsets(h, lookup.texts[h.article], at)
            owner = highlight_owner.get(h.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    QT_TRANSLATE_NOOP(
                        "Core", "already a highlight of another claim in this database ({owner})"
                    ),
                    f"{at}.uuid",
                    owner=owner,
                )
        for j, e in enumerate(claim.evidence):
            at = f"{where}.evidence[{j}]"
            if e.source not in facts.sources and e.source not in lookup.sources:
                raise InvalidExport(
                    QT_TRANSLATE_NOOP(
                        "Core", "no source with this UUID in the file or in this database"
                    ),
                    f"{at}.source",
                )
            owner = evidence_owner.get(e.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    QT_TRANSLATE_NOOP(
                        "Core", "already evidence of another claim in this database ({owner})"
                    ),
                    f"{at}.uuid",
                    owner=owner,
                )
