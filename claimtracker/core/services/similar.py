"""Similar claims: the claims of the database that state what a claim (or a text) states."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from claimtracker.core.chunks import chunks
from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.intel.sentences import CancelCheck, Cancelled
from claimtracker.core.model import Article, Claim, Highlight
from claimtracker.core.services.aliases import AliasService

POOL = 40  # candidates re-ranked for each query
CACHE_SIZE = 50_000


@dataclass(frozen=True)
class SimilarClaim:
    """A claim found similar, with what it shares with the query."""

    id: int
    statement: str
    score: float
    verdict: str | None
    status: str
    article_id: int | None = None
    article_title: str | None = None
    shared: list[str] = field(default_factory=list)


class SimilarityService:
    """Finds similar claims; safe to call from a worker thread (one query at a time)."""

    def __init__(self, db: Database, aliases: AliasService) -> None:
        self.db = db
        self.aliases = aliases
        self._features: OrderedDict[tuple[int, str], object] = OrderedDict()
        self._alias_table: object = None
        self._lock = threading.Lock()
        self._frequencies: object = None

    def find(
        self,
        claim: int | str,
        limit: int = 5,
        *,
        min_score: float = 0.3,
        exclude: Iterable[int] = (),
    ) -> list[SimilarClaim]:
        """The ``limit`` claims most similar to a claim (by id) or to a statement (text).

        The claim itself and ``exclude`` are left out; scores below ``min_score`` are too.
        """
        from claimtracker.core.intel.candidates import (
            FrequencyCache,
            postgres_candidates,
            sqlite_candidates,
            terms_for,
        )
        from claimtracker.core.intel.similarity import features, shared_items, similarity

        with self._lock:
            table = self._table()
            skip = set(exclude)
            with self.db.read() as session:
                if isinstance(claim, int):
                    statement = session.scalar(select(Claim.statement).where(Claim.id == claim))
                    if statement is None:
                        raise UserError(
                            QT_TRANSLATE_NOOP("Core", "no claim with id {id}"), id=str(claim)
                        )
                    skip.add(claim)
                else:
                    statement = claim
                if not statement.strip():
                    return []
                query = features(statement, table)
                terms = terms_for(statement, query, table)
                pool = POOL + len(skip)
                if self.db.is_sqlite:
                    if self._frequencies is None:
                        self._frequencies = FrequencyCache()
                    ids = sqlite_candidates(session, terms, pool, self._frequencies)  # type: ignore[arg-type]
                else:
                    ids = postgres_candidates(session, terms, pool)
                ids = [i for i in ids if i not in skip]
                rows = session.execute(
                    select(Claim.id, Claim.statement, Claim.verdict, Claim.status).where(
                        Claim.id.in_(ids)
                    )
                ).all()
                scored = []
                for row in rows:
                    found = self._cached(row.id, row.statement, table)
                    score = similarity(query, found)
                    if score >= min_score:
                        scored.append((score, row, found))
                scored.sort(key=lambda s: (-s[0], s[1].id))
                best = scored[:limit]
                articles = _first_articles(session, [r.id for _s, r, _f in best])
            return [
                SimilarClaim(
                    row.id,
                    row.statement,
                    round(score, 3),
                    row.verdict,
                    row.status,
                    articles.get(row.id, (None, None))[0],
                    articles.get(row.id, (None, None))[1],
                    shared=[s.lstrip("#@") for s in shared_items(query, found)],
                )
                for score, row, found in best
            ]

    def group_similar(
        self,
        claim_ids: Sequence[int],
        threshold: float = 0.6,
        cancel: CancelCheck | None = None,
    ) -> list[list[int]]:
        """The claims grouped so that each group holds claims stating the same thing.

        Every id appears in exactly one group; groups and their members keep the order of
        ``claim_ids``. Meant for a page or a selection of the review list (thousands, not
        the whole database); ``cancel`` is asked now and then.
        """
        from claimtracker.core.intel.similarity import similarity

        order = list(dict.fromkeys(claim_ids))
        with self._lock:
            table = self._table()
            statements: dict[int, str] = {}
            with self.db.read() as session:
                for chunk in chunks(order):
                    statements.update(
                        session.execute(
                            select(Claim.id, Claim.statement).where(Claim.id.in_(chunk))
                        ).all()
                    )
            order = [i for i in order if i in statements]
            feats = {i: self._cached(i, statements[i], table) for i in order}
        by_item: dict[str, list[int]] = {}
        for i in order:
            for item in feats[i].items:  # type: ignore[attr-defined]
                by_item.setdefault(item, []).append(i)
        common = max(50, len(order) // 10)
        parent = {i: i for i in order}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        compared: set[tuple[int, int]] = set()
        for count, members in enumerate(by_item.values()):
            if cancel is not None and count % 200 == 0 and cancel():
                raise Cancelled("cancelled")
            if len(members) < 2 or len(members) > common:
                continue
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    if (a, b) in compared or root(a) == root(b):
                        continue
                    compared.add((a, b))
                    if similarity(feats[a], feats[b]) >= threshold:  # type: ignore[arg-type]
                        parent[root(b)] = root(a)
        groups: dict[int, list[int]] = {}
        for i in order:
            groups.setdefault(root(i), []).append(i)
        return list(groups.values())

    def _table(self):
        table = self.aliases.table()
        if table is not self._alias_table:
            self._features.clear()  # computed with other aliases
            self._alias_table = table
        return table

    def _cached(self, claim_id: int, statement: str, table):
        from claimtracker.core.intel.similarity import features

        key = (claim_id, statement)
        found = self._features.get(key)
        if found is None:
            found = features(statement, table)
            self._features[key] = found
            if len(self._features) > CACHE_SIZE:
                self._features.popitem(last=False)
        else:
            self._features.move_to_end(key)
        return found


def _first_articles(session, claim_ids: list[int]) -> dict[int, tuple[int | None, str | None]]:
    """For each claim, the article of its first highlight (id and title)."""
    if not claim_ids:
        return {}
    first = (
        select(Highlight.claim_id, func.min(Highlight.id).label("hid"))
        .where(Highlight.claim_id.in_(claim_ids))
        .group_by(Highlight.claim_id)
        .subquery()
    )
    rows = session.execute(
        select(first.c.claim_id, Article.id, Article.title)
        .join(Highlight, Highlight.id == first.c.hid)
        .join(Article, Article.id == Highlight.article_id)
    ).all()
    return {r[0]: (r[1], r[2]) for r in rows}
