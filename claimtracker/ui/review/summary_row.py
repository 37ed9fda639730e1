"""The figures above the review list: status and verdict bars, claims by tag and per week.

They are counted after the list has painted (the first page never waits for them), off the
window's thread when a runner is given (counting 100,000 claims by tag and week takes a
fifth of a second), each figure on its own so that each shows as soon as it is counted, and
only while they are shown: a narrow window keeps the bars and leaves the two charts out. A
count for a filter that changed meanwhile is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from claimtracker.core.services.charts import ChartService, TagCount, WeeklyCounts
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewService
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.review.charts import TagChart, WeeklyChart, chart_height
from claimtracker.ui.review.summary_chart import SummaryChart

CHARTS_MIN_WIDTH = 820
"""Below this width of the list only the status and verdict bars are shown."""

Runner = Callable[[Callable[[], object], Callable[[object], None]], None]
"""``runner(work, done)``: run ``work()`` elsewhere, then ``done(result)`` on this thread
(``done(None)`` when it failed)."""


@dataclass(eq=False)
class Figure:
    """One of the figures: how it is counted for a filter, and how it shows the count."""

    count: Callable[[ReviewService, ChartService | None, ClaimFilter], Any]
    show: Callable[[Any], None]
    chart: bool  # counted only while the charts are shown
    shown: int = -1  # generation of the query it shows
    running: bool = False


@dataclass(frozen=True)
class Counted:
    """What one count found, for the query it was made for."""

    generation: int
    value: object


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
        self.summary = SummaryChart()
        self.tags = TagChart()
        self.weekly = WeeklyChart()
        self._figures = (
            Figure(
                lambda review, _charts, f: review.summary(f),
                lambda summary: self.summary.set_summary(summary, self._taxonomy),
                chart=False,
            ),
            Figure(_tag_counts, lambda counts: self.tags.set_counts(*counts), chart=True),
            Figure(_weekly_counts, self.weekly.set_counts, chart=True),
        )
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
        if self._waiting():
            self._timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= CHARTS_MIN_WIDTH and self._charts is not None
        if wide != (not self.tags.isHidden()):
            self.tags.setVisible(wide)
            self.weekly.setVisible(wide)
            if wide and self._waiting():
                self._timer.start()

    def _waiting(self) -> list[Figure]:
        """The figures shown that do not show the current query yet."""
        charts = self.charts_shown()
        return [f for f in self._figures if f.shown != self._generation and (charts or not f.chart)]

    def _count(self) -> None:
        """Count each figure waiting, each at once (a figure still counting an older query
        counts again when it is done)."""
        claim_filter, generation = self._filter, self._generation
        review, charts = self._review, self._charts
        for figure in self._waiting():
            if figure.running:
                continue

            def work(count=figure.count) -> Counted:
                return Counted(generation, count(review, charts, claim_filter))

            if self._runner is None:
                self._show(figure, work())
                continue
            figure.running = True
            self._runner(work, partial(self._done, figure, generation))

    def _done(self, figure: Figure, generation: int, counted: object) -> None:
        figure.running = False
        if isinstance(counted, Counted):
            self._show(figure, counted)
        elif generation == self._generation:
            return  # failed for the query shown: the next query counts again
        # The filter, or the database (whose closing failed the count), changed meanwhile.
        if figure in self._waiting() and self.isVisible():
            self._timer.start()

    def _show(self, figure: Figure, counted: Counted) -> None:
        if counted.generation == self._generation:
            figure.shown = counted.generation
            figure.show(counted.value)


def _tag_counts(
    _review: ReviewService, charts: ChartService | None, claim_filter: ClaimFilter
) -> tuple[list[TagCount], int]:
    assert charts is not None  # counted only while the charts are shown
    return charts.by_tag(claim_filter)


def _weekly_counts(
    _review: ReviewService, charts: ChartService | None, claim_filter: ClaimFilter
) -> WeeklyCounts:
    assert charts is not None
    return charts.weekly(claim_filter)
