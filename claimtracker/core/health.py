"""Database health report: integrity, schema version, counts, highlights needing attention."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from claimtracker.core.db import Database
from claimtracker.core.migrations import SCHEMA_HEAD
from claimtracker.core.model import Article, Claim, Highlight


@dataclass
class HealthReport:
    integrity: list[str]
    schema: str | None
    articles: int
    claims: int
    highlights: int
    orphaned: list[dict[str, object]] = field(default_factory=list)
    mismatched: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.mismatched


def check_database(db: Database) -> HealthReport:
    """Full integrity check plus a verification of every highlight against its article text."""
    with db.read() as session:
        if db.is_sqlite:
            integrity = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
        else:
            integrity = ["ok"]
        schema = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        report = HealthReport(
            integrity=integrity,
            schema=schema,
            articles=session.scalar(select(func.count(Article.id))) or 0,
            claims=session.scalar(select(func.count(Claim.id))) or 0,
            highlights=session.scalar(select(func.count(Highlight.id))) or 0,
        )
        rows = session.execute(
            select(
                Highlight.id,
                Highlight.claim_id,
                Highlight.article_id,
                Highlight.start,
                Highlight.end,
                Highlight.exact,
                Highlight.state,
                Highlight.current_exact,
            ).order_by(Highlight.article_id, Highlight.start)
        ).all()
        texts: dict[int, str] = {}
        for hid, claim_id, article_id, start, end, exact, state, current_exact in rows:
            entry = {
                "highlight": hid,
                "claim": claim_id,
                "article": article_id,
                "start": start,
                "end": end,
                "exact": exact,
            }
            if state == "orphaned":
                report.orphaned.append(entry)
                continue
            if article_id not in texts:
                texts[article_id] = (
                    session.scalar(select(Article.text).where(Article.id == article_id)) or ""
                )
            # A fuzzy match not yet reviewed points at the new wording, not the recorded quote.
            shown = current_exact if state == "fuzzy" and current_exact else exact
            if not _placed(texts[article_id], start, end, shown):
                report.mismatched.append(entry)
    return report


def _placed(text: str, start: object, end: object, exact: str) -> bool:
    """True when ``exact`` is at ``start..end``; offsets of any other type are wrong too."""
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(text)
        and text[start:end] == exact
    )


__all__ = ["HealthReport", "check_database", "SCHEMA_HEAD"]
