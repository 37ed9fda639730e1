"""Check-worthiness suggestions for an article, and the ones its analyst dismissed."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate

from sqlalchemy import delete, select

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError, no_article
from claimtracker.core.intel.checkworthiness import Suggestion, suggest
from claimtracker.core.intel.sentences import CancelCheck
from claimtracker.core.model import Article, DismissedSuggestion, Highlight


@dataclass(frozen=True)
class DismissedInfo:
    """A sentence dismissed for one article; it stays hidden wherever it moves in the text."""

    id: int
    article_id: int
    start: int
    end: int
    exact: str
    dismissed_at: datetime
    dismissed_by: str


def sentence_hash(sentence: str) -> str:
    """What a dismissed sentence is remembered by: its text, spaces normalised."""
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()


def suggestion_at(suggestions: list[Suggestion], position: int) -> Suggestion | None:
    """The suggestion whose sentence contains code point ``position`` (its end included)."""
    for s in suggestions:
        if s.start <= position <= s.end:
            return s
    return None


class SuggestionService:
    """Scores the sentences of articles; safe to call from a worker thread."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def suggest(
        self,
        article_id: int,
        *,
        include_all: bool = False,
        cancel: CancelCheck | None = None,
    ) -> list[Suggestion]:
        """The article's check-worthy sentences, without dismissed or already claimed ones.

        With ``include_all``, every sentence with its score, dismissed and claimed ones too.
        ``cancel`` is asked now and then; returning True raises ``Cancelled``.
        """
        with self.db.read() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise no_article(article_id)
            text, language = article.text, article.language
            claimed = session.execute(
                select(Highlight.start, Highlight.end).where(Highlight.article_id == article_id)
            ).all()
            dismissed = set(
                session.scalars(
                    select(DismissedSuggestion.text_sha256).where(
                        DismissedSuggestion.article_id == article_id
                    )
                )
            )
        found = suggest(text, (language or "")[:2].lower() or None, cancel)
        if include_all:
            return found
        spans = _Spans((int(s), int(e)) for s, e in claimed)
        return [
            s
            for s in found
            if s.checkworthy
            and sentence_hash(s.text) not in dismissed
            and not spans.overlap(s.start, s.end)
        ]

    def dismiss(self, article_id: int, start: int, end: int) -> DismissedInfo:
        """Hide the sentence at ``start..end`` from this article's suggestions (remembered)."""
        with self.db.write() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise no_article(article_id)
            text = article.text
            if not 0 <= start < end <= len(text):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "range {start}..{end} is outside the article (0..{length})"
                    ),
                    start=start,
                    end=end,
                    length=len(text),
                )
            exact = text[start:end]
            digest = sentence_hash(exact)
            row = session.scalar(
                select(DismissedSuggestion).where(
                    DismissedSuggestion.article_id == article_id,
                    DismissedSuggestion.text_sha256 == digest,
                )
            )
            if row is None:
                row = DismissedSuggestion(
                    article_id=article_id,
                    start=start,
                    end=end,
                    exact=exact,
                    text_sha256=digest,
                    dismissed_by=self.actor,
                )
                session.add(row)
                session.flush()
            return _info(row)

    def undismiss(self, article_id: int, start: int, end: int) -> bool:
        """Show a dismissed sentence again (the undo of :meth:`dismiss`); False if it was not."""
        with self.db.write() as session:
            text = session.scalar(select(Article.text).where(Article.id == article_id))
            if text is None:
                raise no_article(article_id)
            result = session.execute(
                delete(DismissedSuggestion).where(
                    DismissedSuggestion.article_id == article_id,
                    DismissedSuggestion.text_sha256 == sentence_hash(text[start:end]),
                )
            )
            return bool(getattr(result, "rowcount", 0))

    def dismissed(self, article_id: int) -> list[DismissedInfo]:
        """The sentences dismissed for an article, in the order they were dismissed."""
        with self.db.read() as session:
            rows = session.scalars(
                select(DismissedSuggestion)
                .where(DismissedSuggestion.article_id == article_id)
                .order_by(DismissedSuggestion.id)
            )
            return [_info(r) for r in rows]


class _Spans:
    """Claimed ranges, asked whether any overlaps a sentence in O(log n): a long article
    has thousands of sentences and thousands of highlights."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._reach = list(accumulate((e for _s, e in ordered), max))  # furthest end so far

    def overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # spans starting before the sentence ends
        return before > 0 and self._reach[before - 1] > start


def _info(row: DismissedSuggestion) -> DismissedInfo:
    return DismissedInfo(
        row.id, row.article_id, row.start, row.end, row.exact, row.dismissed_at, row.dismissed_by
    )
