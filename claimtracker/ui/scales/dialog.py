"""Claim › Scales…: the statuses and the verdicts side by side, each with its buttons.

The dialog only shows and asks; every change is a request its controller turns into one
undoable command, after which the dialog is filled again from the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.scales import ScaleEntry
from claimtracker.ui.scales.model import RATINGS, ScaleModel, rating_text
from claimtracker.ui.widgets.naming import named


class ScaleEditor(QGroupBox):
    """One scale: its terms in order and what can be done to the chosen one.

    Each signal carries the scale's kind and the chosen term (a ``ScaleEntry``).
    """

    addRequested = Signal(str)
    renameRequested = Signal(str, object)
    colourRequested = Signal(str, object)
    moveRequested = Signal(str, object, int)  # kind, term, -1 up / +1 down
    removeRequested = Signal(str, object)
    reactivateRequested = Signal(str, object)
    defaultRequested = Signal(object)  # statuses
    ratingRequested = Signal(object, object)  # verdicts: term, rating or None

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.kind = kind
        self._loading = False
        self.model = ScaleModel(kind, self)
        self.table = named(QTableView(), f"{kind}ScaleList")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.renameRequested))

        self.add_button = self._button("AddButton", self.tr("Add…"))
        self.rename_button = self._button("RenameButton", self.tr("Rename…"))
        self.colour_button = self._button("ColourButton", self.tr("Colour…"))
        self.up_button = self._button("UpButton", self.tr("Move Up"))
        self.down_button = self._button("DownButton", self.tr("Move Down"))
        self.remove_button = self._button("RemoveButton", self.tr("Remove…"))
        self.reactivate_button = self._button("ReactivateButton", self.tr("Offer Again"))
        self.reactivate_button.setToolTip(self.tr("Offer this retired term for new choices again"))
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.kind))
        self.rename_button.clicked.connect(lambda: self._emit(self.renameRequested))
        self.colour_button.clicked.connect(lambda: self._emit(self.colourRequested))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(lambda: self._emit(self.removeRequested))
        self.reactivate_button.clicked.connect(lambda: self._emit(self.reactivateRequested))
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.colour_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        self.default_button: QPushButton | None = None
        self.rating: QComboBox | None = None
        if kind == "status":
            self.default_button = self._button("DefaultButton", self.tr("Make Default"))
            self.default_button.setToolTip(self.tr("New claims start in this status"))
            self.default_button.clicked.connect(self._default)
            buttons.addWidget(self.default_button)
        else:
            self.rating = named(QComboBox(), "verdictRatingCombo")
            self.rating.setAccessibleName(self.tr("ClaimReview rating"))
            self.rating.setToolTip(
                self.tr("The verdict's place on ClaimReview's rating: 1 false … 5 true")
            )
            self.rating.addItem(rating_text(None), None)
            for value in RATINGS:
                self.rating.addItem(rating_text(value), value)
            self.rating.activated.connect(self._rating)
            rating_label = QLabel(self.tr("ClaimReview rating"))
            rating_label.setBuddy(self.rating)
            rating_label.setWordWrap(True)
            buttons.addSpacing(8)
            buttons.addWidget(rating_label)
            buttons.addWidget(self.rating)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self._update()

    def _button(self, name: str, text: str) -> QPushButton:
        button = named(QPushButton(text), f"{self.kind}{name}")
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoDefault(False)  # Enter in the dialog must not add or remove a term
        return button

    # -- showing ----------------------------------------------------------------------------

    def set_entries(self, entries: list[ScaleEntry]) -> None:
        """Show the scale again, the same term chosen where it still is."""
        chosen = self.chosen()
        self.model.set_entries(entries)
        row = self.model.row_of(chosen.key) if chosen else None
        self.choose_row(0 if row is None and entries else row)

    def choose_row(self, row: int | None) -> None:
        if row is not None and 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        self._update()

    def choose(self, key: str) -> None:
        self.choose_row(self.model.row_of(key))

    def chosen(self) -> ScaleEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.entry(index.row())

    def _update(self) -> None:
        entry = self.chosen()
        row = self.table.currentIndex().row() if entry else -1
        last = self.model.rowCount() - 1
        for button in (self.rename_button, self.colour_button):
            button.setEnabled(entry is not None)
        self.up_button.setEnabled(entry is not None and row > 0)
        self.down_button.setEnabled(entry is not None and 0 <= row < last)
        self.remove_button.setEnabled(entry is not None and not entry.default)
        self.reactivate_button.setVisible(entry is not None and entry.retired)
        if self.default_button is not None:
            self.default_button.setEnabled(
                entry is not None and not entry.default and not entry.retired
            )
        if self.rating is not None:
            self._loading = True
            self.rating.setEnabled(entry is not None)
            self.rating.setCurrentIndex(
                max(0, self.rating.findData(entry.rating)) if entry and entry.rating else 0
            )
            self._loading = False

    # -- asking -----------------------------------------------------------------------------

    def _emit(self, signal) -> None:
        entry = self.chosen()
        if entry is not None:
            signal.emit(self.kind, entry)

    def _move(self, step: int) -> None:
        entry = self.chosen()
        if entry is not None:
            self.moveRequested.emit(self.kind, entry, step)

    def _default(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.defaultRequested.emit(entry)

    def _rating(self, _index: int) -> None:
        entry = self.chosen()
        if self._loading or entry is None or self.rating is None:
            return
        value = self.rating.currentData()
        if value != entry.rating:
            self.ratingRequested.emit(entry, value)


class ScalesDialog(QDialog):
    """Both scales; Undo and Redo of the window work here too."""

    def __init__(self, undo: QAction, redo: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scalesDialog")
        self.setWindowTitle(self.tr("Verification Scales"))
        self.statuses = ScaleEditor("status", self.tr("Workflow statuses"))
        self.verdicts = ScaleEditor("verdict", self.tr("Verdicts"))
        note = named(QLabel(), "scalesNote")
        note.setWordWrap(True)
        note.setText(
            self.tr(
                "Each change is saved at once and can be undone (Ctrl+Z). Removing a term that "
                "claims hold asks what to do with them; a retired term stays readable on its "
                "claims but is no longer offered."
            )
        )
        lists = QHBoxLayout()
        lists.addWidget(self.statuses, 3)
        lists.addWidget(self.verdicts, 4)
        # The window's own actions: their shortcuts work while this dialog has the focus.
        self.addActions([undo, redo])
        bottom = QHBoxLayout()
        for action, name in ((undo, "scalesUndoButton"), (redo, "scalesRedoButton")):
            button = named(QToolButton(), name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bottom.addWidget(button)
        bottom.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        room = parent.window().size() if parent is not None else None
        width = min(860, room.width() - 16) if room else 860
        height = min(480, room.height() - 40) if room else 480
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def editor(self, kind: str) -> ScaleEditor:
        return self.statuses if kind == "status" else self.verdicts
