"""The texts of an article as a table: number, when stored and fetched, SHA-256, source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from claimtracker.core.services.versions import VersionInfo
from claimtracker.ui.formatting import local_time
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.plain import tooltip
from claimtracker.ui.records import Index

COLUMNS = (
    QT_TRANSLATE_NOOP("VersionsModel", "Version"),
    QT_TRANSLATE_NOOP("VersionsModel", "Retrieved"),
    QT_TRANSLATE_NOOP("VersionsModel", "Stored"),
    QT_TRANSLATE_NOOP("VersionsModel", "SHA-256"),
    QT_TRANSLATE_NOOP("VersionsModel", "Source"),
)
SHORT_HASH = 12
"""Characters of a SHA-256 shown in the list (all 64 are in its tooltip)."""

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role holding the version's number."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionsModel", text)


def source_text(v: VersionInfo) -> str:
    """Where a text came from: the address its bytes came from, else the file, else how."""
    return v.source_url or v.source_name or v.source_format


def short_hash(value: str | None) -> str:
    return f"{value[:SHORT_HASH]}…" if value else "—"


class VersionsModel(QAbstractTableModel):
    """Every text of one article, oldest first; the current one is marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VersionInfo] = []

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(versions)
        self.endResetModel()

    def versions(self) -> list[VersionInfo]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tip(v, column))
        if role == NUMBER_ROLE:
            return v.number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, v: VersionInfo, column: int) -> str:
        if column == 0:
            return (
                QCoreApplication.translate("VersionsModel", "%1 (current)").replace(
                    "%1", str(v.number)
                )
                if v.current
                else str(v.number)
            )
        if column == 1:
            return local_time(v.retrieved_at) or "—"
        if column == 2:
            return local_time(v.imported_at)
        if column == 3:
            return short_hash(v.sha256 or v.text_sha256)
        return source_text(v)

    def _tip(self, v: VersionInfo, column: int) -> str:
        if column == 3:
            lines = []
            if v.sha256:
                lines.append(
                    QCoreApplication.translate(
                        "VersionsModel", "SHA-256 of the bytes received: %1"
                    ).replace("%1", v.sha256)
                )
            lines.append(
                QCoreApplication.translate("VersionsModel", "SHA-256 of the text: %1").replace(
                    "%1", v.text_sha256
                )
            )
            return "\n".join(lines)
        if column == 4:
            lines = [source_text(v)]
            lines += [
                QCoreApplication.translate("VersionsModel", "redirected from %1").replace("%1", url)
                for url in v.redirects
            ]
            return "\n".join(lines)
        if column in (1, 2):
            return local_time(v.retrieved_at if column == 1 else v.imported_at, seconds=True)
        return self._display(v, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section])
        return None
