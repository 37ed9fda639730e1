"""Choose what to export and how: format, scope, report columns and their order, delimiter,
and the language of the report's headings."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.exporters.csv_export import (
    COLUMNS,
    DEFAULT_COLUMNS,
    DEFAULT_HIGHLIGHT_COLUMNS,
)
from claimtracker.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from claimtracker.ui.widgets.naming import named

FORMATS = {
    "xlsx": (QT_TRANSLATE_NOOP("ExportDialog", "XLSX report (Excel, LibreOffice)"), "xlsx"),
    "csv": (QT_TRANSLATE_NOOP("ExportDialog", "CSV report (Excel, LibreOffice)"), "csv"),
    "pdf": (QT_TRANSLATE_NOOP("ExportDialog", "Fact-check dossier (PDF) for an editor"), "pdf"),
    "json": (
        QT_TRANSLATE_NOOP("ExportDialog", "ClaimTracker JSON (everything, for merging)"),
        "json",
    ),
    "claimreview": (
        QT_TRANSLATE_NOOP("ExportDialog", "ClaimReview JSON-LD (claims with a verdict)"),
        "json",
    ),
    "w3c": (QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation JSON-LD (highlights)"), "jsonld"),
}
SCOPES = {
    "filter": QT_TRANSLATE_NOOP("ExportDialog", "Claims in the review list's current filter"),
    "selection": QT_TRANSLATE_NOOP("ExportDialog", "Selected claims"),
    "all": QT_TRANSLATE_NOOP("ExportDialog", "Everything"),
}


@dataclass
class ExportChoices:
    """What the analyst chose in the dialog (remembered between exports)."""

    format: str = "csv"
    scope: str = "filter"
    columns: list[str] = field(default_factory=lambda: list(DEFAULT_COLUMNS))
    per_highlight: bool = False
    delimiter: str = ","
    bom: bool = True
    language: str = ""  # of the report's headings; "" for the window's


def window_language() -> str:
    """The language the window speaks (``en``, ``es``), for the report's headings."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class ExportDialog(QDialog):
    """The export options; ``request()`` reads them back."""

    def __init__(self, request: ExportChoices, selected: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.format = named(QComboBox(), "exportFormat")
        for key, (label, _ext) in FORMATS.items():
            self.format.addItem(self.tr(label), key)
        self.scopes = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for i, (key, label) in enumerate(SCOPES.items()):
            text = self.tr(label)
            if key == "selection":
                text = self.tr("Selected claims (%Ln)", "", selected)
            button = named(QRadioButton(text), f"scope_{key}")
            button.setProperty("scope", key)
            button.setEnabled(key != "selection" or selected > 0)
            self.scopes.addButton(button, i)
            scope_box.addWidget(button)

        self.language = named(QComboBox(), "exportLanguage")
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.setToolTip(
            self.tr(
                "Headings and words of the reports and the dossier, ClaimReview's verdict names; "
                "ClaimReview's language where an article has none"
            )
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)

        self.csv_box = QGroupBox(self.tr("Report (XLSX, CSV)"))
        self.per_claim = named(QRadioButton(self.tr("One row per claim")), "rowsPerClaim")
        self.per_highlight = named(
            QRadioButton(self.tr("One row per highlight")), "rowsPerHighlight"
        )
        self.columns = named(QListWidget(), "exportColumns")
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up = named(QPushButton(self.tr("Up")), "columnUp")
        self.down = named(QPushButton(self.tr("Down")), "columnDown")
        self.delimiter = named(QComboBox(), "exportDelimiter")
        self.delimiter.addItem(self.tr("Comma ( , )"), ",")
        self.delimiter.addItem(self.tr("Semicolon ( ; ) for Spanish-locale Excel"), ";")
        self.bom = named(
            QCheckBox(self.tr("UTF-8 with BOM (Excel reads accents right)")), "exportBom"
        )
        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch()
        columns_row = QHBoxLayout()
        columns_row.addWidget(self.columns, 1)
        columns_row.addLayout(moves)
        csv_layout = QFormLayout(self.csv_box)
        rows = QHBoxLayout()
        rows.addWidget(self.per_claim)
        rows.addWidget(self.per_highlight)
        csv_layout.addRow(self.tr("Rows"), rows)
        csv_layout.addRow(self.tr("Columns"), columns_row)
        csv_layout.addRow(self.tr("Delimiter"), self.delimiter)
        csv_layout.addRow("", self.bom)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Claims"), scope_box)
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.csv_box, 1)
        layout.addWidget(buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.per_highlight.toggled.connect(self._rows_changed)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self._set(request)
        self.resize(520, 560)

    def _set(self, r: ExportChoices) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(r.format)))
        for button in self.scopes.buttons():
            if button.property("scope") == r.scope and button.isEnabled():
                button.setChecked(True)
        if self.scopes.checkedButton() is None:
            self.scopes.buttons()[0].setChecked(True)
        self.per_highlight.setChecked(r.per_highlight)
        self.per_claim.setChecked(not r.per_highlight)
        self._fill_columns(r.columns, r.per_highlight)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(r.delimiter)))
        self.bom.setChecked(r.bom)
        language = r.language if r.language in LANGUAGES else window_language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._format_changed()

    def _fill_columns(self, chosen: list[str], per_highlight: bool) -> None:
        available = [c.key for c in COLUMNS if (c.per_highlight if per_highlight else c.per_claim)]
        chosen = [c for c in chosen if c in available]
        self.columns.clear()
        for key in chosen + [k for k in available if k not in chosen]:
            item = QListWidgetItem(key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)

    def _rows_changed(self, per_highlight: bool) -> None:
        default = DEFAULT_HIGHLIGHT_COLUMNS if per_highlight else DEFAULT_COLUMNS
        chosen = [c for c in self.chosen_columns() if c in default] or list(default)
        self._fill_columns(chosen + [c for c in default if c not in chosen], per_highlight)

    def _format_changed(self) -> None:
        chosen = self.format.currentData()
        self.csv_box.setEnabled(chosen in ("csv", "xlsx"))
        for widget in (self.delimiter, self.bom):  # an XLSX cell needs neither
            widget.setEnabled(chosen == "csv")
        self.language.setEnabled(chosen in ("csv", "xlsx", "pdf", "claimreview"))

    def _move(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def chosen_columns(self) -> list[str]:
        return [
            self.columns.item(i).text()
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked
        ]

    def request(self) -> ExportChoices:
        checked = self.scopes.checkedButton()
        return ExportChoices(
            format=self.format.currentData(),
            scope=checked.property("scope") if checked else "filter",
            columns=self.chosen_columns(),
            per_highlight=self.per_highlight.isChecked(),
            delimiter=self.delimiter.currentData(),
            bom=self.bom.isChecked(),
            language=self.language.currentData(),
        )
