"""Rename and merge tags everywhere; each change is one undoable step of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.review import TagUsage
from claimtracker.ui.dialogs import ask
from claimtracker.ui.widgets.naming import named


class TagManagerDialog(QDialog):
    """Lists tags with their number of claims; Rename… and Merge Into… act on the selection.

    ``rename(old, new)`` and ``merge(names, into)`` carry out a change and return False when
    it was refused; ``tags()`` lists the tags again afterwards.
    """

    def __init__(
        self,
        tags: Callable[[], list[TagUsage]],
        rename: Callable[[str, str], bool],
        merge: Callable[[list[str], str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Tags"))
        self._tags, self._rename, self._merge = tags, rename, merge
        self.list = named(QListWidget(), "tagList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rename_button = named(QPushButton(self.tr("Rename…")), "renameTagButton")
        self.merge_button = named(QPushButton(self.tr("Merge Into…")), "mergeTagsButton")
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.reload()
        self.resize(360, 420)

    def reload(self) -> None:
        self.list.clear()
        for usage in self._tags():
            item = QListWidgetItem(f"{usage.name}  ({usage.claims})")
            item.setData(Qt.ItemDataRole.UserRole, usage.name)
            self.list.addItem(item)
        self._update_buttons()

    def select(self, names: list[str]) -> None:
        wanted = {n.casefold() for n in names}
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole).casefold() in wanted)

    def selected(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def rename_selected(self) -> None:
        (old,) = self.selected()
        new = ask.text_input(
            self,
            self.tr("Rename Tag"),
            self.tr("New name for “%1”:").replace("%1", old),
            text=old,
        )
        if new and new != old and self._rename(old, new):
            self.reload()

    def merge_selected(self) -> None:
        names = self.selected()
        into = ask.text_input(
            self, self.tr("Merge Tags"), self.tr("Merge %n tag(s) into:", "", len(names)), names
        )
        if into and self._merge(names, into):
            self.reload()

    def _update_buttons(self) -> None:
        count = len(self.list.selectedItems())
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)
