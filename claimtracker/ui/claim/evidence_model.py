"""The evidence of the current claim as a table: source, reliability, stance, credibility."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from claimtracker.core.services.dto import EvidenceInfo
from claimtracker.ui.records import Column, RecordTableModel
from claimtracker.ui.terms import credibility_label, reliability_label, stance_label


def _details(e: EvidenceInfo) -> str:
    """Everything about one piece of evidence, for its tooltip (plain text)."""
    lines = [e.source.name]
    if e.source.url:
        lines.append(e.source.url)
    lines.append(
        QCoreApplication.translate("EvidenceModel", "Reliability %1: %2")
        .replace("%1", e.source.reliability)
        .replace("%2", reliability_label(e.source.reliability))
    )
    if e.credibility:
        lines.append(
            QCoreApplication.translate("EvidenceModel", "Credibility %1: %2")
            .replace("%1", str(e.credibility))
            .replace("%2", credibility_label(e.credibility))
        )
    if e.excerpt:
        lines.append(e.excerpt)
    if e.note:
        lines.append(e.note)
    return "\n".join(lines)


def evidence_model(parent=None) -> RecordTableModel[EvidenceInfo]:
    return RecordTableModel[EvidenceInfo](
        [
            Column(
                QCoreApplication.translate("EvidenceModel", "Source"),
                lambda e: e.source.name,
                tooltip=_details,
            ),
            Column(
                QCoreApplication.translate("EvidenceModel", "Rel."),
                lambda e: e.source.reliability,
                tooltip=_details,
            ),
            Column(
                QCoreApplication.translate("EvidenceModel", "Stance"),
                lambda e: stance_label(e.stance),
                tooltip=_details,
            ),
            Column(
                QCoreApplication.translate("EvidenceModel", "Cred."),
                lambda e: e.credibility or "",
                tooltip=_details,
            ),
        ],
        parent,
    )
