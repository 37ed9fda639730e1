"""Add or edit evidence: pick an existing source or describe a new one, then grade it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
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


@dataclass
class EvidenceDraft:
    """What the analyst entered: an existing source (id) or a new one, and the grading."""

    source_id: int | None
    source: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)


class EvidenceDialog(QDialog):
    """One form for the source (reusable across claims) and this claim's evidence."""

    def __init__(
        self,
        sources: list[SourceInfo],
        existing: EvidenceInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setWindowTitle("Edit Evidence" if existing else "Add Evidence")
        self._sources = {s.id: s for s in sources}

        self.source_combo = QComboBox(objectName="sourceCombo")
        self.source_combo.setAccessibleName("Source")
        self.source_combo.addItem("New source…", None)
        for s in sorted(sources, key=lambda s: s.name.casefold()):
            self.source_combo.addItem(f"{s.name} — {s.url}" if s.url else s.name, s.id)
        self.name = QLineEdit(objectName="sourceNameEdit")
        self.name.setPlaceholderText("e.g. NATO press conference, 12 March 2024")
        self.url = QLineEdit(objectName="sourceUrlEdit")
        self.url.setPlaceholderText("https://")
        self.kind = QComboBox(objectName="sourceKindCombo")
        for key, label in SOURCE_KINDS.items():
            self.kind.addItem(label, key)
        self.reliability = QComboBox(objectName="reliabilityCombo")
        for key, label in RELIABILITY.items():
            self.reliability.addItem(f"{key} — {label}", key)
        self.stance = QComboBox(objectName="stanceCombo")
        for key, label in STANCES.items():
            self.stance.addItem(label, key)
        self.credibility = QComboBox(objectName="credibilityCombo")
        self.credibility.addItem("— not graded —", None)
        for key, label in CREDIBILITY.items():
            self.credibility.addItem(f"{key} — {label}", key)
        self.excerpt = QPlainTextEdit(objectName="excerptEdit")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(self.excerpt.fontMetrics().lineSpacing() * 4 + 12)
        self.note = QLineEdit(objectName="noteEdit")

        form = QFormLayout()
        form.addRow("&Source", self.source_combo)
        form.addRow("&Name", self.name)
        form.addRow("&URL", self.url)
        form.addRow("&Kind", self.kind)
        form.addRow("&Reliability", self.reliability)
        form.addRow("S&tance", self.stance)
        form.addRow("&Credibility", self.credibility)
        form.addRow("&Excerpt", self.excerpt)
        form.addRow("N&ote", self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.name.textChanged.connect(self._validate)
        if existing:
            self.source_combo.setCurrentIndex(self.source_combo.findData(existing.source.id))
            self.source_combo.setEnabled(False)
            _choose(self.stance, existing.stance)
            _choose(self.credibility, existing.credibility)
            self.excerpt.setPlainText(existing.excerpt)
            self.note.setText(existing.note)
        self._source_chosen()

    def _source_chosen(self) -> None:
        source = self._sources.get(self.source_combo.currentData())
        self.name.setText(source.name if source else "")
        self.url.setText(source.url or "" if source else "")
        _choose(self.kind, source.kind if source else "other")
        _choose(self.reliability, source.reliability if source else "F")
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def draft(self) -> EvidenceDraft:
        """The entered values; for an existing source only the fields that changed."""
        source_id = self.source_combo.currentData()
        fields = {
            "name": self.name.text().strip(),
            "url": self.url.text().strip() or None,
            "kind": self.kind.currentData(),
            "reliability": self.reliability.currentData(),
        }
        existing = self._sources.get(source_id)
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
