"""Deleting an article, and bringing it back exactly as it was (undo).

An article goes with its texts and its highlights. A claim that appears only in it goes too
(a claim without an appearance has nothing to point at); a claim that also appears in other
articles stays, losing only its appearances in this one. The snapshot keeps all of it, so that
undo restores the article, its versions, those claims and those highlights with their ids and
UUIDs, and everything that refers to them stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError
from claimtracker.core.model import Article, ArticleVersion, Claim, Highlight, utcnow
from claimtracker.core.services import changelog
from claimtracker.core.services.claims import ClaimService, content
from claimtracker.core.services.convert import article_info, claim_info, highlight_info
from claimtracker.core.services.dto import ArticleInfo, ClaimInfo, HighlightInfo


@dataclass(frozen=True)
class ArticleSnapshot:
    """A deleted article with everything that went with it."""

    article: ArticleInfo  # as it was
    row: dict[str, Any]  # every column of the article, text and original bytes included
    versions: tuple[dict[str, Any], ...]  # every column of each earlier text
    claims: tuple[ClaimInfo, ...]  # claims that appeared only in it, deleted with it
    highlights: tuple[HighlightInfo, ...]  # appearances of claims that stayed

    @property
    def deleted_claims(self) -> frozenset[int]:
        return frozenset(c.id for c in self.claims)

    @property
    def kept_claims(self) -> frozenset[int]:
        """Claims that stayed, without their appearances in this article."""
        return frozenset(h.claim_id for h in self.highlights)


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def take_snapshot(session: Session, article: Article) -> ArticleSnapshot:
    """Everything :func:`delete_article` removes, read in the caller's transaction."""
    highlights = list(article.highlights)
    claim_ids = {h.claim_id for h in highlights}
    elsewhere = set(
        session.scalars(
            select(Highlight.claim_id).where(
                Highlight.claim_id.in_(claim_ids), Highlight.article_id != article.id
            )
        )
    )
    only_here = [
        claim_info(c)
        for c in session.scalars(
            select(Claim).where(Claim.id.in_(claim_ids - elsewhere)).order_by(Claim.id)
        )
    ]
    shared = sorted(
        (highlight_info(h) for h in highlights if h.claim_id in elsewhere), key=lambda h: h.id
    )
    return ArticleSnapshot(
        article=article_info(article, len(claim_ids)),
        row=_columns(article),
        versions=tuple(_columns(v) for v in article.versions),
        claims=tuple(only_here),
        highlights=tuple(shared),
    )


def snapshot_content(snapshot: ArticleSnapshot) -> tuple:
    """What an analyst can see of a snapshot, without record versions and update stamps."""
    row = {k: v for k, v in snapshot.row.items() if k != "version"}
    return (
        sorted(row.items(), key=lambda kv: kv[0]),
        [sorted(v.items(), key=lambda kv: kv[0]) for v in snapshot.versions],
        [content(c) for c in snapshot.claims],
        list(snapshot.highlights),
    )


def delete_article(session: Session, article: Article, actor: str) -> ArticleSnapshot:
    """Delete the article, its texts and highlights, and the claims only it had."""
    snapshot = take_snapshot(session, article)
    changelog.record(session, actor, "delete", "article", article.uuid, "title", article.title)
    for claim in session.scalars(select(Claim).where(Claim.id.in_(snapshot.deleted_claims))):
        changelog.record(session, actor, "delete", "claim", claim.uuid, None, claim.statement)
        session.delete(claim)
    for h in snapshot.highlights:
        row = session.get(Highlight, h.id)
        if row is None:
            continue
        changelog.record(
            session,
            actor,
            "delete",
            "highlight",
            h.uuid,
            "range",
            f"article {h.article_id} {h.start}-{h.end}",
            None,
        )
        _touch(row.claim, actor)
        session.delete(row)
    session.flush()
    # The rows left (texts, highlights) go by the database's ON DELETE CASCADE; the loaded
    # collections are forgotten so that the ORM does not delete rows already gone.
    session.expire(article, ["highlights", "versions"])
    session.delete(article)
    session.flush()
    return snapshot


def restore_article(
    session: Session, snapshot: ArticleSnapshot, claims: ClaimService, actor: str
) -> list[int]:
    """Bring back a deleted article as it was; returns claims whose appearances could not
    come back because the claim itself was deleted meanwhile."""
    if session.get(Article, snapshot.row["id"]) is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Core", "article {id} exists already: it was restored elsewhere"),
            id=str(snapshot.row["id"]),
        )
    row = dict(snapshot.row)
    row["version"] += 1  # past the snapshot's, so a window still holding it reloads
    article = Article(**row)
    session.add(article)
    session.flush()
    for version in snapshot.versions:
        session.add(ArticleVersion(**version))
    changelog.record(
        session, actor, "restore", "article", article.uuid, "title", None, article.title
    )
    for claim in snapshot.claims:
        claims.restore_into(session, claim)
    missing = []
    for h in snapshot.highlights:
        claim_row = session.get(Claim, h.claim_id)
        if claim_row is None:
            missing.append(h.claim_id)
            continue
        session.add(
            Highlight(
                id=h.id,
                uuid=h.uuid,
                article_id=h.article_id,
                claim_id=h.claim_id,
                start=h.start,
                end=h.end,
                exact=h.exact,
                prefix=h.prefix,
                suffix=h.suffix,
                state=h.state,
                current_exact=h.current_exact,
            )
        )
        session.flush()
        changelog.record(
            session,
            actor,
            "restore",
            "highlight",
            h.uuid,
            "range",
            None,
            f"article {h.article_id} {h.start}-{h.end}",
        )
        _touch(claim_row, actor)
    session.flush()
    return sorted(set(missing))


def _touch(claim: Claim, actor: str) -> None:
    claim.updated_at = utcnow()
    claim.updated_by = actor
