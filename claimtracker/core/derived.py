"""What is derived from the records, kept in step with every write: the search index, the
review list's sort keys, and the list of changed claims that other windows are told about.

One path for every write: sessions of the write factory collect what they flushed
(:func:`install`); writes made with Core statements name what they touched
(:func:`claims_changed`); :func:`apply` then brings the index and the sort keys up to date in
the same transaction, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from claimtracker.core import search, sortkeys
from claimtracker.core.model import Article, Claim, Evidence, Highlight, Source, Tag, claim_tags

_PENDING = ("derived_claims", "derived_articles", "derived_tags", "derived_sources")
CHANGED = "changed_claims"
"""``session.info`` key: the ids of the claims this transaction changed (for notifications)."""


def install(factory: sessionmaker[Session]) -> None:
    """Keep the derived data in step with every write made through sessions of ``factory``."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "before_commit", apply)


def claims_changed(session: Session, claim_ids: Iterable[int]) -> None:
    """Note claims changed by Core statements (bulk edits), which the ORM does not see."""
    _pending(session, "derived_claims").update(claim_ids)


def articles_changed(session: Session, article_ids: Iterable[int]) -> None:
    """Note articles written by Core statements (a merge's bulk inserts)."""
    _pending(session, "derived_articles").update(article_ids)


def claims_touched(session: Session, claim_ids: Iterable[int]) -> None:
    """Note claims whose own columns (status, verdict) Core statements changed: nothing
    derived changes, but other windows are told about them."""
    session.info.setdefault(CHANGED, set()).update(claim_ids)


def _pending(session: Session, key: str) -> set[int]:
    return session.info.setdefault(key, set())


# What the search index and the sort keys are made of, on the claim and article rows
# themselves: a change of anything else (a status, a verdict, a version) derives nothing.
_CLAIM_SOURCES = ("statement", "claimant", "rationale", "tags")
_ARTICLE_SOURCES = ("title", "text", "outlet")


def _changes_any(obj: object, names: tuple[str, ...], session: Session) -> bool:
    if obj in session.new or obj in session.deleted:
        return True
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in names)


def _collect(session: Session, _context) -> None:
    claims = _pending(session, "derived_claims")
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Claim):
            if _changes_any(obj, _CLAIM_SOURCES, session):
                claims.add(obj.id)
            else:  # its own columns only: other windows are told, nothing to derive
                claims_touched(session, (obj.id,))
        elif isinstance(obj, Highlight | Evidence):
            claims.add(obj.claim_id)
        elif isinstance(obj, Article):
            if _changes_any(obj, _ARTICLE_SOURCES, session):
                _pending(session, "derived_articles").add(obj.id)
        elif isinstance(obj, Tag) and obj in session.dirty:
            _pending(session, "derived_tags").add(obj.id)
        elif isinstance(obj, Source) and obj in session.dirty:
            _pending(session, "derived_sources").add(obj.id)


def apply(session: Session) -> set[int]:
    """Bring the derived data up to date with what this transaction wrote so far.

    Returns every claim changed in the transaction (also remembered in ``session.info``).
    """
    session.flush()  # what is still pending in the session is collected by the flush
    claims, articles, tags, sources = (session.info.pop(k, set()) for k in _PENDING)
    claims.discard(None)
    if tags:
        marks = sorted(tags)
        claims |= set(
            session.scalars(select(claim_tags.c.claim_id).where(claim_tags.c.tag_id.in_(marks)))
        )
    if sources:
        claims |= sortkeys.claims_of_sources(session, sources)
    if articles:
        search.reindex_articles(session, articles)
        claims |= sortkeys.claims_of_articles(session, articles)
    if claims:
        search.reindex_claims(session, claims)
        sortkeys.refresh(session, claims)
    changed: set[int] = session.info.setdefault(CHANGED, set())
    changed |= claims
    return changed
