"""Add or edit evidence: type or pick a source (or describe a new one), then grade it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.dto import EvidenceInfo, SourceInfo
from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, SOURCE_KINDS, STANCES
from claimtracker.ui.terms import (
    credibility_label,
    reliability_label,
    source_kind_label,
    stance_label,
)
from claimtracker.ui.widgets.naming import named


@dataclass
class EvidenceDraft:
    """What the analyst entered: an existing source (id) or a new one, and the grading."""

    source_id: int | None
    source: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)


class EvidenceDialog(QDialog):
    """One form for the source (reusable across claims) and this claim's evidence.

    The source box takes typing: an existing source is found by any part of its name or URL,
    anything else names a new source.
    """

    def __init__(
        self,
        sources: list[SourceInfo],
        existing: EvidenceInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(self.tr("Edit Evidence") if existing else self.tr("Add Evidence"))
        self._sources = {s.id: s for s in sources}

        self.source_combo = named(QComboBox(), "sourceCombo")
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.source_combo.lineEdit()
        assert typed is not None  # the box is editable
        typed.setPlaceholderText(self.tr("Type to find a source, or the name of a new one"))
        self.source_combo.addItem("", None)
        for s in sorted(sources, key=lambda s: s.name.casefold()):
            self.source_combo.addItem(f"{s.name} — {s.url}" if s.url else s.name, s.id)
        completer = self.source_combo.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name = named(QLineEdit(), "sourceNameEdit")
        self.name.setPlaceholderText(self.tr("e.g. NATO press conference, 12 March 2024"))
        self.url = named(QLineEdit(), "sourceUrlEdit")
        self.url.setPlaceholderText("https://")
        self.kind = named(QComboBox(), "sourceKindCombo")
        for key in SOURCE_KINDS:
            self.kind.addItem(source_kind_label(key), key)
        self.reliability = named(QComboBox(), "reliabilityCombo")
        for key in RELIABILITY:
            self.reliability.addItem(f"{key} — {reliability_label(key)}", key)
        self.stance = named(QComboBox(), "stanceCombo")
        for key in STANCES:
            self.stance.addItem(stance_label(key), key)
        self.credibility = named(QComboBox(), "credibilityCombo")
        self.credibility.addItem(self.tr("— not graded —"), None)
        for number in CREDIBILITY:
            self.credibility.addItem(f"{number} — {credibility_label(number)}", number)
        self.excerpt = named(QPlainTextEdit(), "excerptEdit")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(self.excerpt.fontMetrics().lineSpacing() * 4 + 12)
        self.note = named(QLineEdit(), "noteEdit")

        form = QFormLayout()
        form.addRow(self.tr("&Source"), self.source_combo)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Reliability"), self.reliability)
        form.addRow(self.tr("S&tance"), self.stance)
        form.addRow(self.tr("&Credibility"), self.credibility)
        form.addRow(self.tr("&Excerpt"), self.excerpt)
        form.addRow(self.tr("N&ote"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._chosen: int | None = None
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        typed.textEdited.connect(self._source_typed)
        self.name.textChanged.connect(self._validate)
        if existing:
            self.source_combo.setCurrentIndex(self.source_combo.findData(existing.source.id))
            self.source_combo.setEnabled(False)
            _choose(self.stance, existing.stance)
            _choose(self.credibility, existing.credibility)
            self.excerpt.setPlainText(existing.excerpt)
            self.note.setText(existing.note)
            self.stance.setFocus()
        else:
            self.source_combo.setCurrentIndex(0)
            self.source_combo.setFocus()
        self._source_chosen()

    def _source_chosen(self) -> None:
        self._chosen = self.source_combo.currentData()
        source = self._sources.get(self._chosen)
        self.name.setText(source.name if source else self.source_combo.currentText())
        self.url.setText(source.url or "" if source else "")
        _choose(self.kind, source.kind if source else "other")
        _choose(self.reliability, source.reliability if source else "F")
        self._validate()

    def _source_typed(self, text: str) -> None:
        """Typing a name not in the list describes a new source of that name."""
        match = self.source_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if match > 0:
            return
        self._chosen = None
        self.name.setText(text.strip())

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def draft(self) -> EvidenceDraft:
        """The entered values; for an existing source only the fields that changed."""
        source_id = self._chosen
        fields = {
            "name": self.name.text().strip(),
            "url": self.url.text().strip() or None,
            "kind": self.kind.currentData(),
            "reliability": self.reliability.currentData(),
        }
        existing = self._sources.get(source_id) if source_id is not None else None
        if existing:
            fields = {k: v for k, v in fields.items() if getattr(existing, k) != v}
        evidence = {
            "stance": self.stance.currentData(),
            "credibility": self.credibility.currentData(),
            "excerpt": self.excerpt.toPlainText().strip(),
            "note": self.note.text().strip(),
        }
        return EvidenceDraft(source_id, fields, evidence)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
