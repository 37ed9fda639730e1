"""A claim changed elsewhere while it was being edited: both versions, and a choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.widgets.naming import named


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ConflictDialog(QDialog):
    """The stored value (theirs) beside the edit (mine), field by field; ``choice`` answers."""

    def __init__(
        self,
        message: str,
        theirs: dict[str, object],
        mine: dict[str, object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle("Changed Elsewhere")
        self.choice = "theirs"
        intro = QLabel(f"{message[:1].upper()}{message[1:]}.\nWhich version should be kept?")
        intro.setWordWrap(True)
        fields = sorted(set(theirs) | set(mine))
        self.table = named(QTableWidget(len(fields), 3), "conflictTable")
        self.table.setHorizontalHeaderLabels(["Field", "Theirs (saved)", "Mine"])
        self.table.verticalHeader().hide()
        for row, name in enumerate(fields):
            for column, value in enumerate(
                (name.replace("_", " "), _text(theirs.get(name)), _text(mine.get(name)))
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        keep_mine = buttons.addButton("Keep Mine", QDialogButtonBox.ButtonRole.AcceptRole)
        keep_theirs = buttons.addButton("Keep Theirs", QDialogButtonBox.ButtonRole.RejectRole)
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
