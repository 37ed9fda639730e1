"""Article › Versions and Differences: the texts of the open article and what changed
between any two of them, word by word."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.diffing import DiffSegment, condensed
from claimtracker.core.services.dto import ArticleInfo
from claimtracker.ui.context import AppContext
from claimtracker.ui.formatting import number
from claimtracker.ui.versions.diff_view import DiffLegend, DiffView
from claimtracker.ui.versions.versions_model import NUMBER_ROLE, VersionsModel
from claimtracker.ui.widgets.naming import named

_WORD = re.compile(r"\w+")


class VersionsDialog(QDialog):
    """Versions of one article above the differences between two of them (not modal)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions and Differences"))
        self._context = context
        self._article: ArticleInfo | None = None
        self._segments: list[DiffSegment] = []
        self._asked = 0  # the latest comparison asked for; earlier answers are dropped
        self.heading = named(QLabel(), "versionsHeading")
        self.heading.setAccessibleName(self.tr("Article"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.model = VersionsModel(self)
        self.table = named(QTableView(), "versionsTable")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.from_box = named(QComboBox(), "diffFrom")
        self.from_box.setAccessibleName(self.tr("Compare from version"))
        self.to_box = named(QComboBox(), "diffTo")
        self.to_box.setAccessibleName(self.tr("Compare to version"))
        self.changed_only = named(QCheckBox(self.tr("Changed passages only")), "diffChangedOnly")
        self.changed_only.setAccessibleName(self.tr("Changed passages only"))
        self.summary = named(QLabel(), "diffSummary")
        self.summary.setAccessibleName(self.tr("Words removed and added"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.view = DiffView()
        self.legend = DiffLegend()

        compare = QHBoxLayout()
        from_label = QLabel(self.tr("&Compare version"))
        from_label.setBuddy(self.from_box)
        to_label = QLabel(self.tr("&with version"))
        to_label.setBuddy(self.to_box)
        for widget in (from_label, self.from_box, to_label, self.to_box):
            compare.addWidget(widget)
        compare.addSpacing(12)
        compare.addWidget(self.changed_only)
        compare.addStretch(1)
        marks = QHBoxLayout()
        marks.addWidget(self.legend)
        marks.addStretch(1)
        marks.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(compare)
        layout.addLayout(marks)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.from_box.activated.connect(lambda _i: self.compare())
        self.to_box.activated.connect(lambda _i: self.compare())
        self.changed_only.toggled.connect(lambda _on: self._show())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        available = parent.screen().availableGeometry() if parent and parent.screen() else None
        width, height = 900, 640
        if available is not None:  # a small screen gets a smaller window, not a clipped one
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    # -- what is shown ----------------------------------------------------------------------

    def article_id(self) -> int | None:
        return self._article.id if self._article else None

    def show_article(self, article: ArticleInfo) -> None:
        """The versions of ``article``; the last two compared (or the only one shown)."""
        self._article = article
        self.heading.setText(article.title)
        versions = self._context.services.versions.versions(article.id)
        self.model.set_versions(versions)
        self._fit_table(len(versions))
        numbers = [v.number for v in versions]
        for box in (self.from_box, self.to_box):
            box.clear()
            for n in numbers:
                box.addItem(self.tr("version %1").replace("%1", str(n)), n)
        self.from_box.setCurrentIndex(max(0, len(numbers) - 2))
        self.to_box.setCurrentIndex(len(numbers) - 1)
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)  # the current text is marked, not compared
        self.table.selectRow(len(numbers) - 1)
        selection.blockSignals(blocked)
        self.compare()

    def _fit_table(self, rows: int) -> None:
        """As tall as its rows (up to five; more scroll), so the differences get the room."""
        self.table.resizeRowsToContents()
        row = self.table.rowHeight(0) if rows else self.fontMetrics().height() + 8
        header = self.table.horizontalHeader().sizeHint().height()
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(header + row * max(1, min(rows, 5)) + frame)

    def compare(self, from_version: int | None = None, to_version: int | None = None) -> None:
        """Compute the differences between two versions off the GUI thread, then show them."""
        if self._article is None:
            return
        if from_version is not None:
            self.from_box.setCurrentIndex(self.from_box.findData(from_version))
        if to_version is not None:
            self.to_box.setCurrentIndex(self.to_box.findData(to_version))
        start, end = self.from_box.currentData(), self.to_box.currentData()
        if start is None or end is None:
            return
        self._asked += 1
        asked, article = self._asked, self._article.id
        versions = self._context.services.versions
        self.summary.setText(self.tr("comparing…"))
        job = self._context.jobs.start(
            lambda _progress: versions.diff(article, start, end),
            title="",
            label="",
            parent=self,
            show_progress=False,
        )
        job.done.connect(lambda segments, error, _c: self._compared(asked, segments, error))

    def _compared(self, asked: int, segments: list[DiffSegment] | None, error: str) -> None:
        if asked != self._asked:
            return  # another comparison was asked for meanwhile
        if error or segments is None:
            self._segments = []
            self.view.clear()
            self.summary.setText(error)
            return
        self._segments = segments
        self._show()

    def _show(self) -> None:
        segments = self._segments
        changed = [s for s in segments if s.op in ("insert", "delete")]
        if not changed:
            single = self.model.rowCount() == 1
            self.summary.setText(
                self.tr("Only one version so far: differences appear after an update.")
                if single
                else self.tr("No differences.")
            )
            self.view.show_segments(segments)
            return
        removed = sum(len(_WORD.findall(s.text)) for s in changed if s.op == "delete")
        added = sum(len(_WORD.findall(s.text)) for s in changed if s.op == "insert")
        self.summary.setText(
            self.tr("Words removed: %1 · added: %2")
            .replace("%1", number(removed))
            .replace("%2", number(added))
        )
        self.view.show_segments(condensed(segments) if self.changed_only.isChecked() else segments)

    def segments(self) -> list[DiffSegment]:
        return list(self._segments)

    def _row_chosen(self, current, _previous) -> None:
        """Choosing a version compares it with the one before it."""
        if not current.isValid():
            return
        chosen = current.data(NUMBER_ROLE)
        numbers = [v.number for v in self.model.versions()]
        before = numbers[max(0, numbers.index(chosen) - 1)]
        if (before, chosen) != (self.from_box.currentData(), self.to_box.currentData()):
            self.compare(before, chosen)
