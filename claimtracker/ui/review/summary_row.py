"""The figures above the review list: status and verdict bars, claims by tag and per week.

They are counted after the list has painted (the first page never waits for them), off the
window's thread when a runner is given (counting 100,000 claims by tag and week takes a
fifth of a second), and only while they are shown: a narrow window keeps the bars and
leaves the two charts out. A count for a filter that changed meanwhile is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from claimtracker.core.services.charts import ChartService, TagCount, WeeklyCounts
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewService, Summary
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.review.charts import TagChart, WeeklyChart, chart_height
from claimtracker.ui.review.summary_chart import SummaryChart

CHARTS_MIN_WIDTH = 820
"""Below this width of the list only the status and verdict bars are shown."""

Runner = Callable[[Callable[[], object], Callable[[object], None]], None]
"""``runner(work, done)``: run ``work()`` elsewhere, then ``done(result)`` on this thread
(``done(None)`` when it failed)."""


@dataclass(frozen=True)
class Counts:
    """What one count found, for the query it was made for."""

    generation: int
    summary: Summary
    tags: tuple[list[TagCount], int] | None = None  # None: the charts were not counted
    weekly: WeeklyCounts | None = None


class SummaryRow(QWidget):
    """Counts of the listed claims; :meth:`follow` after each query."""

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryRow")
        self._review = review
        self._charts: ChartService | None = None
        self._runner: Runner | None = None
        self._filter = ClaimFilter()
        self._taxonomy = Taxonomy([], [])
        self._generation = 0  # of the query the figures should show
        self._shown = -1  # generation of the figures shown
        self._charts_shown = -1  # generation of the charts shown
        self._running = False
        self.summary = SummaryChart()
        self.tags = TagChart()
        self.weekly = WeeklyChart()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.summary, 5)
        layout.addWidget(self.tags, 2)
        layout.addWidget(self.weekly, 3)
        self.setFixedHeight(max(self.summary.sizeHint().height(), chart_height(self)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the list has painted
        self._timer.timeout.connect(self._count)

    def set_sources(
        self, review: ReviewService, charts: ChartService | None, runner: Runner | None = None
    ) -> None:
        self._review = review
        self._charts = charts
        self._runner = runner
        self.tags.set_counts([], 0)
        self.weekly.set_counts(WeeklyCounts())
        self._generation += 1

    def follow(self, claim_filter: ClaimFilter, taxonomy: Taxonomy) -> None:
        """Count again for this filter, once the event loop has painted the list."""
        self._filter = claim_filter
        self._taxonomy = taxonomy
        self._generation += 1
        if self.isVisible():
            self._timer.start()

    def charts_shown(self) -> bool:
        return self._charts is not None and not self.tags.isHidden()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown != self._generation:
            self._timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= CHARTS_MIN_WIDTH and self._charts is not None
        if wide != (not self.tags.isHidden()):
            self.tags.setVisible(wide)
            self.weekly.setVisible(wide)
            if wide and self._charts_shown != self._generation:
                self._timer.start()

    def _count(self) -> None:
        if self._running:  # counted again when the count under way is done
            return
        review, charts = self._review, self._charts if self.charts_shown() else None
        claim_filter, generation = self._filter, self._generation

        def work() -> Counts:
            summary = review.summary(claim_filter)
            if charts is None:
                return Counts(generation, summary)
            return Counts(
                generation, summary, charts.by_tag(claim_filter), charts.weekly(claim_filter)
            )

        if self._runner is None:
            self._show(work())
            return
        self._running = True
        self._runner(work, self._done)

    def _done(self, counts: object) -> None:
        self._running = False
        if not isinstance(counts, Counts):
            return  # failed (the database closed meanwhile): the next query counts again
        self._show(counts)
        if self._shown != self._generation and self.isVisible():
            self._timer.start()  # the filter changed while counting

    def _show(self, counts: Counts) -> None:
        if counts.generation != self._generation:
            return
        self._shown = counts.generation
        self.summary.set_summary(counts.summary, self._taxonomy)
        if counts.tags is not None and counts.weekly is not None:
            self._charts_shown = counts.generation
            self.tags.set_counts(*counts.tags)
            self.weekly.set_counts(counts.weekly)
        elif self.charts_shown():
            self._timer.start()  # shown since the count began
