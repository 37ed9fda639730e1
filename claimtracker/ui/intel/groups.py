"""Grouping the claims of the review list that state the same thing, as a cancellable job."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.chunks import chunks
from claimtracker.core.intel.sentences import Cancelled
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.formatting import number
from claimtracker.ui.intel.groups_dialog import GroupedClaim, GroupsDialog

MAX_CLAIMS = 2000
"""Claims compared at most in one go: 2,000 take a few seconds, 5,000 closer to twenty."""


@dataclass(frozen=True)
class Grouping:
    """What a grouping found: the groups of two or more claims, and how many were compared."""

    groups: list[list[GroupedClaim]]
    compared: int


class GroupController(QObject):
    """Runs the grouping off the GUI thread (progress, Cancel) and shows what it found."""

    message = Signal(str)
    finished = Signal(object)  # the dialog shown, or None

    def __init__(
        self, context: AppContext, window: QWidget, open_claim: Callable[[int], None]
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._open_claim = open_claim
        self.dialog: GroupsDialog | None = None

    def group(self, claim_ids: list[int], selected: bool) -> None:
        """Group ``claim_ids`` (the selected claims, or else the listed ones)."""
        if len(claim_ids) < 2:
            self.message.emit(self.tr("Select two or more claims to group, or list them."))
            return
        chosen = list(claim_ids[:MAX_CLAIMS])
        services = self._context.services

        def work(progress) -> Grouping | None:
            try:
                groups = services.similar.group_similar(chosen, cancel=lambda: not progress(0, 0))
            except Cancelled:
                return None
            grouped = [g for g in groups if len(g) > 1]
            members = [i for g in grouped for i in g]
            rows = {}
            for chunk in chunks(members):
                if not progress(0, 0):
                    return None
                rows.update(services.review.rows(chunk))
            return Grouping(
                [
                    [
                        GroupedClaim(i, rows[i].statement, rows[i].verdict, rows[i].article)
                        for i in g
                        if i in rows
                    ]
                    for g in grouped
                ],
                len(chosen),
            )

        job = self._context.jobs.start(
            work,
            title=self.tr("Group Similar Claims"),
            label=self.tr("Comparing %Ln claim(s)…", "", len(chosen)),
            parent=self._window,
            name="groupProgress",
        )
        job.done.connect(
            lambda result, error, cancelled: self._done(
                result, error, cancelled, len(claim_ids), selected
            )
        )

    def _done(
        self, result: Grouping | None, error: str, cancelled: bool, asked: int, selected: bool
    ) -> None:
        if error:
            ask.error(self._window, self.tr("Group Similar Claims"), error)
            self.finished.emit(None)
            return
        if cancelled or result is None:
            self.message.emit(self.tr("Grouping cancelled."))
            self.finished.emit(None)
            return
        lines = [
            self.tr("%n group(s) of claims that state the same thing.", "", len(result.groups))
            if result.groups
            else self.tr("No two of these claims state the same thing.")
        ]
        if selected:
            lines.append(self.tr("Compared: the %Ln selected claim(s).", "", result.compared))
        else:
            lines.append(self.tr("Compared: the %Ln listed claim(s).", "", result.compared))
        if asked > result.compared:
            lines.append(
                self.tr("Only the first %1 of %2 were compared; select fewer to compare others.")
                .replace("%1", number(result.compared))
                .replace("%2", number(asked))
            )
        if not result.groups:
            ask.information(self._window, self.tr("Group Similar Claims"), "\n".join(lines))
            self.finished.emit(None)
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = GroupsDialog(result.groups, "\n".join(lines), self._context.taxonomy, self._window)
        dialog.openRequested.connect(self._open_claim)
        dialog.destroyed.connect(lambda *_a: self._forget(dialog))
        dialog.show()
        self.dialog = dialog
        self.finished.emit(dialog)

    def _forget(self, dialog: GroupsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
