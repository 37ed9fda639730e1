"""What to do with the claims of a term being removed: move them, clear them, or keep them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.widgets.buttons import ok_cancel
from claimtracker.ui.widgets.naming import named

Choice = tuple[str, str | None]
"""``("move", key)``, ``("clear", None)`` or ``("keep", None)``."""


class RemoveTermDialog(QDialog):
    """The question, the choices that apply, and :meth:`choice` once accepted."""

    def __init__(
        self,
        title: str,
        message: str,
        targets: list[tuple[str, str]],
        *,
        can_clear: bool,
        can_keep: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("removeTermDialog")
        self.setWindowTitle(title)
        text = named(QLabel(message), "removeTermMessage")
        text.setTextFormat(Qt.TextFormat.PlainText)  # names a term: data, not markup
        text.setWordWrap(True)
        self.move_radio = named(QRadioButton(self.tr("Move them to")), "moveClaimsRadio")
        self.target = named(QComboBox(), "moveClaimsTarget")
        self.target.setAccessibleName(self.tr("Term to move the claims to"))
        for key, name in targets:
            self.target.addItem(name, key)
        self.clear_radio = named(QRadioButton(self.tr("Clear their verdict")), "clearClaimsRadio")
        self.keep_radio = named(
            QRadioButton(self.tr("Keep them on it, retired (no longer offered)")),
            "keepClaimsRadio",
        )
        self.group = QButtonGroup(self)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_radio)
        move_row.addWidget(self.target, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(move_row)
        for button, shown in ((self.clear_radio, can_clear), (self.keep_radio, can_keep)):
            button.setVisible(shown)
            layout.addWidget(button)
        for button in (self.move_radio, self.clear_radio, self.keep_radio):
            self.group.addButton(button)
        self.move_radio.setEnabled(bool(targets))
        self.target.setEnabled(bool(targets))
        first = self.keep_radio if can_keep else self.move_radio if targets else self.clear_radio
        first.setChecked(True)
        self.target.activated.connect(lambda _i: self.move_radio.setChecked(True))
        layout.addWidget(ok_cancel(self))

    def choice(self) -> Choice:
        if self.move_radio.isChecked():
            return ("move", self.target.currentData())
        if self.clear_radio.isChecked():
            return ("clear", None)
        return ("keep", None)
