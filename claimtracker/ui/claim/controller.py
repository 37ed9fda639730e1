"""The current claim, and every edit of one claim turned into a command.

Whatever the analyst changes in the inspector, in the article or in the evidence dialog
becomes one command based on the version of the claim that was on screen; the
:class:`~claimtracker.ui.editing.controller.EditController` saves it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core import commands
from claimtracker.core.commands import Change
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.services.dto import ClaimInfo
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP

FIELD_NAMES = {
    "statement": QT_TRANSLATE_NOOP("ClaimController", "Edit statement"),
    "claimant": QT_TRANSLATE_NOOP("ClaimController", "Edit claimant"),
    "claim_date": QT_TRANSLATE_NOOP("ClaimController", "Edit claim date"),
    "status": QT_TRANSLATE_NOOP("ClaimController", "Edit status"),
    "verdict": QT_TRANSLATE_NOOP("ClaimController", "Edit verdict"),
    "rationale": QT_TRANSLATE_NOOP("ClaimController", "Edit rationale"),
    "review_url": QT_TRANSLATE_NOOP("ClaimController", "Edit Published at"),
}


class ClaimController(QObject):
    """Holds the current claim; ``currentChanged(claim or None, scroll)`` when it changes."""

    currentChanged = Signal(object, bool)
    created = Signal(int)  # a claim made from a selection (the inspector takes the focus)
    message = Signal(str)

    def __init__(self, context: AppContext, edits: EditController, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._edits = edits
        self._window = window
        self.claim: ClaimInfo | None = None

    @property
    def claim_id(self) -> int | None:
        return self.claim.id if self.claim else None

    # -- choosing ---------------------------------------------------------------------------

    def select(self, claim_id: int | None, scroll: bool = True) -> None:
        """Make a claim current (None: no claim)."""
        claim = None
        if claim_id is not None:
            try:
                claim = self._context.services.claims.get(claim_id)
            except ClaimTrackerError:
                claim = None  # deleted meanwhile
        self.claim = claim
        self.currentChanged.emit(self.shown(), scroll)

    def reload(self) -> None:
        """Read the current claim again (after changes made elsewhere)."""
        if self.claim is not None:
            self.select(self.claim.id, scroll=False)

    def apply(self, change: Change) -> None:
        """Follow a saved change of the current claim."""
        if self.claim is None or self.claim.id not in change.ids:
            return
        if self.claim.id in change.removed:
            self.claim = None
            self.currentChanged.emit(None, False)
            return
        fresh = next((c for c in change.claims if c.id == self.claim.id), None)
        if fresh is None:
            self.reload()
        else:
            self.claim = fresh
            self.currentChanged.emit(self.shown(), False)

    def shown(self) -> ClaimInfo | None:
        """The current claim as the inspector shows it: with edits not saved yet applied,
        so typed text never disappears while it waits to be saved."""
        claim = self.claim
        if claim is None:
            return None
        for command in self._edits.unsaved():
            if getattr(command, "claim_id", None) != claim.id:
                continue
            if isinstance(command, commands.EditClaim):
                claim = replace(claim, **command.after)
            elif isinstance(command, commands.SetTags):
                claim = replace(claim, tags=list(command.after))
        return claim

    # -- editing ----------------------------------------------------------------------------

    def edit(self, claim_id: int, field: str, value: object) -> None:
        """One field of a claim, as typed or chosen in the inspector."""
        seen = self.shown() if self.claim and self.claim.id == claim_id else None
        if seen is None:
            seen = self._context.services.claims.get(claim_id)
        self._edits.run(
            commands.EditClaim(
                claim_id,
                {field: value},
                {field: getattr(seen, field)},
                self._base_version(seen),
                text=self.tr(FIELD_NAMES.get(field, FIELD_NAMES["statement"])),
            )
        )

    def set_tags(self, claim_id: int, names: list[str]) -> None:
        seen = self.shown() if self.claim and self.claim.id == claim_id else None
        if seen is None:
            seen = self._context.services.claims.get(claim_id)
        self._edits.run(
            commands.SetTags(
                claim_id,
                names,
                list(seen.tags),
                self._base_version(seen),
                text=self.tr("Change tags"),
            )
        )

    def _base_version(self, seen: ClaimInfo) -> int | None:
        """The version an edit is based on; None (values) while earlier edits of the claim
        wait to be saved, since those will move the version on."""
        waiting = any(getattr(c, "claim_id", None) == seen.id for c in self._edits.unsaved())
        return None if waiting else seen.version

    def create(self, article_id: int | None, selected: tuple[int, int] | None) -> bool:
        """Turn a selected range (code points) of an article into a claim at once."""
        if article_id is None or selected is None:
            self.message.emit(self.tr("Select the sentence to turn into a claim first."))
            return False
        command = commands.CreateClaim(article_id, *selected, text=self.tr("New claim"))
        if not self._edits.run(command) or command.claim is None:
            return False
        self.claim = command.claim
        self.currentChanged.emit(self.claim, False)
        self.created.emit(command.claim.id)
        self.message.emit(self.tr("Claim created."))
        return True

    def link(self, article_id: int | None, selected: tuple[int, int] | None) -> bool:
        """Another appearance of the current claim, at a selected range of an article."""
        if article_id is None or selected is None or self.claim is None:
            self.message.emit(
                self.tr("Choose a claim, then select its other appearance in the text.")
            )
            return False
        command = commands.LinkSelection(
            self.claim.id, article_id, *selected, text=self.tr("Link selection to claim")
        )
        return self._edits.run(command)

    def link_to_chosen(self, article_id: int | None, selected: tuple[int, int] | None) -> bool:
        """Another appearance of a claim the analyst picks from a searchable list; that
        claim becomes the current one."""
        if article_id is None or selected is None:
            self.message.emit(self.tr("Select the passage to link to a claim first."))
            return False
        claim_id = ask.pick_claim(self._window, self._context.services.review)
        if claim_id is None:
            return False
        command = commands.LinkSelection(
            claim_id, article_id, *selected, text=self.tr("Link selection to claim")
        )
        if not self._edits.run(command):
            return False
        self.select(claim_id, scroll=False)
        self.message.emit(self.tr("Passage linked to the claim."))
        return True

    def delete_current(self) -> None:
        if self.claim is None:
            return
        command = commands.DeleteClaim(
            self.claim.id, self.claim.version, text=self.tr("Delete claim")
        )
        if self._edits.run(command):
            self.message.emit(self.tr("Claim deleted. Undo with Ctrl+Z."))

    # -- evidence ---------------------------------------------------------------------------

    def add_evidence(self) -> None:
        from claimtracker.ui.claim.evidence_dialog import EvidenceDialog

        if self.claim is None:
            self.message.emit(self.tr("Choose a claim first."))
            return
        claim = self.claim
        dialog = EvidenceDialog(self._context.services.sources.find(), parent=self._window)
        if not ask.run_dialog(dialog):
            return
        draft = dialog.draft()
        self._edits.run(
            commands.AddEvidence(
                claim.id,
                claim.version,
                draft.source_id,
                draft.evidence,
                {} if draft.source_id else draft.source,
                text=self.tr("Add evidence"),
            )
        )

    def edit_evidence(self, evidence_id: int) -> None:
        from claimtracker.ui.claim.evidence_dialog import EvidenceDialog

        claim = self.claim
        existing = next((e for e in claim.evidence if e.id == evidence_id), None) if claim else None
        if claim is None or existing is None:
            return
        dialog = EvidenceDialog(self._context.services.sources.find(), existing, self._window)
        if not ask.run_dialog(dialog):
            return
        draft = dialog.draft()
        after = {k: v for k, v in draft.evidence.items() if getattr(existing, k) != v}
        before: dict[str, Any] = {k: getattr(existing, k) for k in after}
        source_before = {k: getattr(existing.source, k) for k in draft.source}
        if after or draft.source:
            self._edits.run(
                commands.EditEvidence(
                    evidence_id,
                    claim.version,
                    after,
                    before,
                    draft.source,
                    source_before,
                    text=self.tr("Edit evidence"),
                )
            )

    def remove_evidence(self, evidence_id: int) -> None:
        if self.claim is None:
            return
        self._edits.run(
            commands.RemoveEvidence(
                evidence_id, self.claim.version, text=self.tr("Remove evidence")
            )
        )
