"""Models of the article library, the claims of one article, and a claim's evidence."""

from __future__ import annotations

from claimtracker.core.services.dto import ArticleInfo, ClaimInfo, EvidenceInfo
from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, STANCES
from claimtracker.ui.models.records import Column, RecordTableModel
from claimtracker.ui.palette import Taxonomy


class ArticleLibraryModel(RecordTableModel[ArticleInfo]):
    """All articles; ``set_filter`` narrows them by title, outlet or author."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column("Title", lambda a: a.title, tooltip=lambda a: _article_tip(a)),
                Column("Outlet", lambda a: a.outlet or ""),
                Column("Date", lambda a: a.published_at.isoformat() if a.published_at else ""),
                Column("Claims", lambda a: a.claim_count, align_right=True),
            ],
            parent,
        )
        self._all: list[ArticleInfo] = []
        self._filter = ""

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self._all = list(articles)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        words = self._filter.split()
        self.set_rows([a for a in self._all if all(w in _haystack(a) for w in words)])


def _haystack(a: ArticleInfo) -> str:
    return " ".join(filter(None, (a.title, a.outlet, a.author, a.url))).casefold()


def _article_tip(a: ArticleInfo) -> str:
    parts = [a.title]
    if a.author:
        parts.append(f"by {a.author}")
    if a.url:
        parts.append(a.url)
    return "\n".join(parts)


def article_claims_model(taxonomy: Taxonomy, colour_by: str = "verdict", parent=None):
    """Claims of the open article, in the order they first appear."""

    def colour(c: ClaimInfo) -> str:
        if colour_by == "status":
            return taxonomy.status_colour(c.status)
        return taxonomy.verdict_colour(c.verdict)

    return RecordTableModel[ClaimInfo](
        [
            Column(
                "Claim",
                lambda c: c.statement,
                tooltip=lambda c: claim_summary(c, taxonomy),
                colour=colour,
            ),
            Column("Status", lambda c: taxonomy.status_label(c.status)),
            Column("Verdict", lambda c: taxonomy.verdict_label(c.verdict)),
        ],
        parent,
    )


def evidence_model(parent=None):
    """Evidence of the current claim: source, its reliability, stance, credibility."""

    def details(e: EvidenceInfo) -> str:
        lines = [e.source.name]
        if e.source.url:
            lines.append(e.source.url)
        lines.append(
            f"Reliability {e.source.reliability}: {RELIABILITY.get(e.source.reliability, '')}"
        )
        if e.credibility:
            lines.append(f"Credibility {e.credibility}: {CREDIBILITY.get(e.credibility, '')}")
        if e.excerpt:
            lines.append(f"“{e.excerpt}”")
        if e.note:
            lines.append(e.note)
        return "\n".join(lines)

    return RecordTableModel[EvidenceInfo](
        [
            Column("Source", lambda e: e.source.name, tooltip=details),
            Column("Rel.", lambda e: e.source.reliability, tooltip=details),
            Column("Stance", lambda e: STANCES.get(e.stance, e.stance), tooltip=details),
            Column("Cred.", lambda e: e.credibility or "", tooltip=details),
        ],
        parent,
    )


def claim_summary(c: ClaimInfo, taxonomy: Taxonomy) -> str:
    """The short description shown in tooltips."""
    lines = [c.statement]
    if c.claimant:
        lines.append(f"Claimant: {c.claimant}")
    status = f"Status: {taxonomy.status_label(c.status)}"
    if c.verdict:
        status += f" · Verdict: {taxonomy.verdict_label(c.verdict)}"
    lines.append(status)
    if c.tags:
        lines.append("Tags: " + ", ".join(c.tags))
    if c.evidence:
        lines.append(f"Sources: {len(c.evidence)}")
    return "\n".join(lines)
