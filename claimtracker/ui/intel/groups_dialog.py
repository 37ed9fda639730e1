"""Groups of similar claims: a tree of groups and their claims, each claim openable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.plain import tooltip
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.widgets.naming import named

Index = QModelIndex | QPersistentModelIndex


class SimilarGroups(QObject):
    """The translation context of the groups' rows. Its ``tr`` counts plurals: lupdate takes
    "%n claim(s)" as a plural from ``tr``, not from ``QCoreApplication.translate``."""


@dataclass(frozen=True)
class GroupedClaim:
    """One claim of a group, as the dialog lists it."""

    id: int
    statement: str
    verdict: str | None
    article: str


COLUMNS = (
    QT_TRANSLATE_NOOP("SimilarGroups", "Statement"),
    QT_TRANSLATE_NOOP("SimilarGroups", "Verdict"),
    QT_TRANSLATE_NOOP("SimilarGroups", "Article"),
)


class GroupsModel(QAbstractItemModel):
    """Two levels: each group, then its claims. A claim's internal id is its group's row + 1;
    a group's is 0."""

    def __init__(self, groups: list[list[GroupedClaim]], taxonomy: Taxonomy, parent=None):
        super().__init__(parent)
        self._groups = [list(g) for g in groups]
        self._taxonomy = taxonomy

    def group_count(self) -> int:
        return len(self._groups)

    def claim_at(self, index: Index) -> GroupedClaim | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    # -- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.claim_at(index)
        if claim is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return (claim.statement, self._taxonomy.verdict_label(claim.verdict), claim.article)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                "\n".join(
                    p
                    for p in (
                        claim.statement,
                        self._taxonomy.verdict_label(claim.verdict),
                        claim.article,
                    )
                    if p
                )
            )
        if role == ID_ROLE:
            return claim.id
        return None

    def _group_data(self, group: list[GroupedClaim], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return SimilarGroups.tr("%n claim(s)", "", len(group))  # type: ignore[arg-type]
        if column == 1:
            verdicts = {c.verdict for c in group}
            if len(verdicts) > 1:  # the same claim judged differently: worth a look
                return QCoreApplication.translate("GroupsDialog", "different verdicts")
            return self._taxonomy.verdict_label(next(iter(verdicts)))
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("SimilarGroups", COLUMNS[section])
        return None


class GroupsDialog(QDialog):
    """Lists groups of similar claims (not modal: the analyst opens claims while it stays)."""

    openRequested = Signal(int)  # claim id

    def __init__(
        self,
        groups: list[list[GroupedClaim]],
        note: str,
        taxonomy: Taxonomy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarGroupsDialog")
        self.setWindowTitle(self.tr("Similar Claims"))
        self.setAccessibleName(self.tr("Groups of similar claims"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = GroupsModel(groups, taxonomy, self)
        self.note = named(QLabel(note), "similarGroupsNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What was compared"))
        self.tree = named(QTreeView(), "similarGroupsTree")
        self.tree.setAccessibleName(self.tr("Groups of similar claims"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(False)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(
            1, self.fontMetrics().horizontalAdvance(self.tr("different verdicts")) + 24
        )
        self.tree.setColumnWidth(2, self.fontMetrics().horizontalAdvance("M") * 14)
        self.tree.activated.connect(self._open)  # a double click or Enter
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = named(
            buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole),
            "openGroupedClaimButton",
        )
        self.open_button.setAccessibleName(self.tr("Open the chosen claim"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentIndex()))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _open(self, index: QModelIndex) -> None:
        claim = self.model.claim_at(index)
        if claim is not None:
            self.openRequested.emit(claim.id)
