"""A claim changed elsewhere while it was being edited: both versions, and a choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.widgets.naming import named

FIELDS = {
    "statement": QT_TRANSLATE_NOOP("ConflictDialog", "Statement"),
    "claimant": QT_TRANSLATE_NOOP("ConflictDialog", "Claimant"),
    "claim_date": QT_TRANSLATE_NOOP("ConflictDialog", "Claim date"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "verdict": QT_TRANSLATE_NOOP("ConflictDialog", "Verdict"),
    "rationale": QT_TRANSLATE_NOOP("ConflictDialog", "Rationale"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
    "review_url": QT_TRANSLATE_NOOP("ConflictDialog", "Published at"),
    "stance": QT_TRANSLATE_NOOP("ConflictDialog", "Stance"),
    "credibility": QT_TRANSLATE_NOOP("ConflictDialog", "Credibility"),
    "excerpt": QT_TRANSLATE_NOOP("ConflictDialog", "Excerpt"),
    "note": QT_TRANSLATE_NOOP("ConflictDialog", "Note"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Source"),
    "url": QT_TRANSLATE_NOOP("ConflictDialog", "URL"),
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    "reliability": QT_TRANSLATE_NOOP("ConflictDialog", "Reliability"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "outlet": QT_TRANSLATE_NOOP("ConflictDialog", "Outlet"),
    "author": QT_TRANSLATE_NOOP("ConflictDialog", "Author"),
    "published_at": QT_TRANSLATE_NOOP("ConflictDialog", "Publication date"),
    "language": QT_TRANSLATE_NOOP("ConflictDialog", "Language"),
}


def plain_value(_field: str, value: object) -> str:
    """A stored value as text (the window passes its own, with labels and local dates)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictDialog(QDialog):
    """The stored value (theirs) beside the edit (mine), field by field; ``choice`` answers."""

    def __init__(
        self,
        message: str,
        theirs: dict[str, object],
        mine: dict[str, object],
        parent: QWidget | None = None,
        show: Callable[[str, object], str] = plain_value,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed Elsewhere"))
        self.choice = "theirs"
        intro = QLabel(
            self.tr("%1.\nWhich version should be kept?").replace(
                "%1", message[:1].upper() + message[1:]
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        fields = sorted(set(theirs) | set(mine))
        self.table = named(QTableWidget(len(fields), 3), "conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Mine")]
        )
        self.table.verticalHeader().hide()
        for row, name in enumerate(fields):
            label = self.tr(FIELDS[name]) if name in FIELDS else name.replace("_", " ")
            cells = (label, show(name, theirs.get(name)), show(name, mine.get(name)))
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        keep_mine = buttons.addButton(self.tr("Keep Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep_theirs = buttons.addButton(
            self.tr("Keep Theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        keep_mine.setObjectName("keepMineButton")
        keep_theirs.setObjectName("keepTheirsButton")
        keep_mine.clicked.connect(lambda: self._choose("mine"))
        keep_theirs.clicked.connect(lambda: self._choose("theirs"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
