"""Help › Keyboard Shortcuts: every shortcut of the window, read from the action registry.

The actions' own shortcuts are listed as the actions hold them (platform standard keys
included), so the list cannot drift from what the keys do; a few keys that belong to a list
rather than to an action follow.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.actions import ActionRegistry
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.widgets.naming import named

Index = QModelIndex | QPersistentModelIndex

LIST_KEYS = (  # keys of the claim lists, which no action carries
    (("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen claim in its article")),
    (("Up", "Down"), QT_TRANSLATE_NOOP("Shortcuts", "Move through the claims")),
    (("Shift+Up", "Shift+Down"), QT_TRANSLATE_NOOP("Shortcuts", "Select several claims")),
    (("Ctrl+A",), QT_TRANSLATE_NOOP("Shortcuts", "Select every listed claim")),
)


def action_name(text: str) -> str:
    """An action's text as a name: mnemonic ampersands dropped (a doubled one kept)."""
    return re.sub(r"&(.)", r"\1", text)


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, then the list keys."""
    rows = []
    for name, spec in registry.specs.items():
        keys = registry[name].shortcuts()
        if not keys:
            continue
        text = QKeySequence.listToString(keys, QKeySequence.SequenceFormat.NativeText)
        rows.append((action_name(QCoreApplication.translate("Actions", spec.text)), text))
    native = QKeySequence.SequenceFormat.NativeText
    for names, text in LIST_KEYS:
        shown = ", ".join(QKeySequence(k).toString(native) for k in names)
        rows.append((QCoreApplication.translate("Shortcuts", text), shown))
    return rows


class ShortcutsModel(QAbstractTableModel):
    """Two columns: the action and its keys."""

    def __init__(self, rows: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Shortcuts", "Action"),
            QCoreApplication.translate("Shortcuts", "Keys"),
        )
        return titles[section] if 0 <= section < 2 else None


class ShortcutsDialog(QDialog):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = ShortcutsModel(shortcut_rows(registry), self)
        self.table = named(QTableView(), "shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(560, 520)
