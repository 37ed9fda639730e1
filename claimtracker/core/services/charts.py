"""Counts for the review list's charts: claims by tag, and claims per week by status.

Plain data for the current filter, counted in SQL with GROUP BY (one pass each over the
matching claims), so 100,000 claims take tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, cast, exists, func, select
from sqlalchemy.orm import Session

from claimtracker.core.db import Database
from claimtracker.core.model import Claim, Tag, claim_tags
from claimtracker.core.services.query import ClaimFilter, conditions
from claimtracker.core.services.terms import status_terms


@dataclass(frozen=True)
class TagCount:
    name: str
    claims: int


@dataclass(frozen=True)
class WeeklyCounts:
    """Claims recorded per week (weeks start on Monday), one series per status.

    ``weeks`` runs without gaps from the first week with a claim to the last;
    ``by_status[key][i]`` counts the claims of week ``weeks[i]`` now in that status.
    ``statuses`` lists the keys in scale order, each with its label and colour in ``labels``
    and ``colours``.
    """

    weeks: list[date] = field(default_factory=list)
    by_status: dict[str, list[int]] = field(default_factory=dict)
    statuses: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)

    @property
    def totals(self) -> list[int]:
        """Claims per week, all statuses together."""
        return [
            sum(series[i] for series in self.by_status.values()) for i in range(len(self.weeks))
        ]


class ChartService:
    """Counts over the claims a filter matches; read only."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def dialect(self) -> str:
        return self.db.engine.dialect.name

    def by_tag(self, f: ClaimFilter, limit: int | None = 20) -> tuple[list[TagCount], int]:
        """The most used tags among the matching claims (most first, then by name), and how
        many matching claims have no tag at all."""
        where = conditions(f, self.dialect)
        with self.db.read() as session:
            if where:
                counts, untagged = self._tag_counts(session, where)
            else:  # every claim: the links as they are, counted in their indexes
                counts = [
                    (tag, n)
                    for tag, n in session.execute(
                        select(claim_tags.c.tag_id, func.count()).group_by(claim_tags.c.tag_id)
                    )
                ]
                tagged = session.scalar(select(func.count(func.distinct(claim_tags.c.claim_id))))
                total = session.scalar(select(func.count()).select_from(Claim))
                untagged = (total or 0) - (tagged or 0)
            names = dict(
                session.execute(
                    select(Tag.id, Tag.name).where(Tag.id.in_([t for t, _n in counts]))
                ).all()
            )
        ranked = sorted(
            (TagCount(names[t], n) for t, n in counts if t in names),
            key=lambda c: (-c.claims, c.name.casefold()),
        )
        tags = ranked if limit is None else ranked[:limit]
        return tags, untagged

    @staticmethod
    def _tag_counts(session: Session, where: list) -> tuple[list[tuple[int, int]], int]:
        """Claims per tag among those meeting ``where``, and how many of those have no tag:
        one statement, the matching claims found once (a search in most claims takes longer
        than the counting)."""
        matching = select(Claim.id).where(*where).cte("matching").prefix_with("MATERIALIZED")
        untagged = (
            select(func.count())
            .select_from(matching)
            .where(~exists().where(claim_tags.c.claim_id == matching.c.id))
            .scalar_subquery()
        )
        rows = session.execute(
            select(claim_tags.c.tag_id, func.count(), untagged)
            .where(claim_tags.c.claim_id.in_(select(matching.c.id)))
            .group_by(claim_tags.c.tag_id)
        ).all()
        if not rows:  # no matching claim has a tag: all of them are untagged
            total = session.scalar(select(func.count()).select_from(Claim).where(*where))
            return [], total or 0
        return [(tag, n) for tag, n, _u in rows], rows[0][2]

    def weekly(self, f: ClaimFilter) -> WeeklyCounts:
        """Claims per week of their creation, by their status now."""
        where = conditions(f, self.dialect)
        week: Any
        if self.dialect == "sqlite":
            # The Monday on or before the day: the next Sunday ('weekday 0'), less six days.
            week = func.date(Claim.created_at, "weekday 0", "-6 days")
        else:
            week = cast(func.date_trunc("week", Claim.created_at), Date)
        with self.db.read() as session:
            rows = session.execute(
                select(week, Claim.status, func.count()).where(*where).group_by(week, Claim.status)
            ).all()
            terms = status_terms(session)
        if not rows:
            return WeeklyCounts(
                statuses=[t.key for t in terms],
                labels={t.key: t.label for t in terms},
                colours={t.key: t.colour for t in terms},
            )
        counts = {(_day(w), s): n for w, s, n in rows}
        first = min(w for w, _s in counts)
        last = max(w for w, _s in counts)
        weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
        keys = [t.key for t in terms]
        keys += sorted({s for _w, s in counts} - set(keys))  # a status no longer on the scale
        return WeeklyCounts(
            weeks=weeks,
            by_status={k: [counts.get((w, k), 0) for w in weeks] for k in keys},
            statuses=keys,
            labels={t.key: t.label for t in terms},
            colours={t.key: t.colour for t in terms},
        )


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
