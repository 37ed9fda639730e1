"""Claim › Scales…: every change to a status or verdict as one undoable command.

The dialog asks; this turns each request into a command of
:mod:`claimtracker.core.scale_commands`, based on the term as the dialog showed it, and runs
it through the one edit pipeline. The window reads the scales again after each step (and
after undo and redo) from ``Change.scales``; the open dialog follows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from claimtracker.core.scale_commands import (
    AddTerm,
    EditTerm,
    RemoveTerm,
    ReorderTerms,
    SetDefaultStatus,
)
from claimtracker.core.services.scales import ScaleEntry
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.scales.dialog import ScaleEditor, ScalesDialog
from claimtracker.ui.terms import label


class ScalesController(QObject):
    """Opens the Scales dialog and carries out what is asked in it."""

    def __init__(self, context: AppContext, edits: EditController, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._edits = edits
        self._window = window
        self.dialog: ScalesDialog | None = None
        context.taxonomyChanged.connect(lambda _t: self.reload())
        edits.claimsChanged.connect(lambda change: self.reload() if change.scales else None)

    def open_dialog(self, undo: QAction, redo: QAction) -> None:
        dialog = self.dialog = self.make_dialog(undo, redo)
        try:
            ask.run_dialog(dialog)
        finally:
            self.dialog = None
            dialog.deleteLater()

    def make_dialog(self, undo: QAction, redo: QAction) -> ScalesDialog:
        """The dialog, filled and connected (shown by :meth:`open_dialog`)."""
        dialog = ScalesDialog(undo, redo, self._window)
        for editor in (dialog.statuses, dialog.verdicts):
            self._connect(editor)
        self.dialog = dialog
        self.reload()
        return dialog

    def _connect(self, editor: ScaleEditor) -> None:
        editor.addRequested.connect(self.add)
        editor.renameRequested.connect(self.rename)
        editor.colourRequested.connect(self.recolour)
        editor.moveRequested.connect(self.move)
        editor.removeRequested.connect(self.remove)
        editor.reactivateRequested.connect(self.reactivate)
        editor.defaultRequested.connect(self.set_default)
        editor.ratingRequested.connect(self.set_rating)

    def reload(self) -> None:
        """Show both scales as stored now (after any change, here or elsewhere)."""
        if self.dialog is None:
            return
        scales = self._context.services.scales
        for kind in ("status", "verdict"):
            self.dialog.editor(kind).set_entries(scales.terms(kind))

    # -- the requests -----------------------------------------------------------------------

    def _parent(self) -> QWidget:
        return self.dialog or self._window

    @staticmethod
    def _say(kind: str, status_text: str, verdict_text: str, name: str) -> str:
        """The status or the verdict sentence (each translated whole), naming a term."""
        return (status_text if kind == "status" else verdict_text).replace("%1", name)

    def add(self, kind: str) -> None:
        name = ask.text_input(
            self._parent(),
            self.tr("Add Status") if kind == "status" else self.tr("Add Verdict"),
            self.tr("Name of the new status:")
            if kind == "status"
            else self.tr("Name of the new verdict:"),
        )
        if not name:
            return
        text = self._say(kind, self.tr("Add status %1"), self.tr("Add verdict %1"), name)
        command = AddTerm(kind, name, text=text)
        if self._edits.run(command) and self.dialog is not None and command.entry is not None:
            self.dialog.editor(kind).choose(command.entry.key)

    def rename(self, kind: str, entry: ScaleEntry) -> None:
        shown = label(entry.label)
        name = ask.text_input(
            self._parent(),
            self.tr("Rename"),
            self.tr("New name for “%1”:").replace("%1", shown),
            text=shown,
        )
        if not name or name == shown:
            return
        text = self._say(kind, self.tr("Rename status %1"), self.tr("Rename verdict %1"), shown)
        self._edits.run(
            EditTerm(kind, entry.key, {"label": name}, {"label": entry.label}, text=text)
        )

    def recolour(self, kind: str, entry: ScaleEntry) -> None:
        shown = label(entry.label)
        colour = ask.choose_colour(
            self._parent(), self.tr("Colour of “%1”").replace("%1", shown), entry.colour
        )
        if not colour or colour.upper() == entry.colour.upper():
            return
        text = self._say(kind, self.tr("Recolour status %1"), self.tr("Recolour verdict %1"), shown)
        self._edits.run(
            EditTerm(kind, entry.key, {"colour": colour}, {"colour": entry.colour}, text=text)
        )

    def move(self, kind: str, entry: ScaleEntry, step: int) -> None:
        if self.dialog is None:
            return
        before = [e.key for e in self.dialog.editor(kind).model.entries()]
        row = before.index(entry.key)
        target = row + step
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[row], after[target] = after[target], after[row]
        text = self._say(
            kind, self.tr("Move status %1"), self.tr("Move verdict %1"), label(entry.label)
        )
        if self._edits.run(ReorderTerms(kind, after, before, text=text)):
            self.dialog.editor(kind).choose(entry.key)

    def set_default(self, entry: ScaleEntry) -> None:
        current = self._context.taxonomy.statuses
        before = next((t.key for t in current if t.default), None)
        text = self.tr("Make %1 the default status").replace("%1", label(entry.label))
        self._edits.run(SetDefaultStatus(entry.key, before, text=text))

    def set_rating(self, entry: ScaleEntry, rating: int | None) -> None:
        text = self.tr("Set the rating of %1").replace("%1", label(entry.label))
        self._edits.run(
            EditTerm("verdict", entry.key, {"rating": rating}, {"rating": entry.rating}, text=text)
        )

    def reactivate(self, kind: str, entry: ScaleEntry) -> None:
        text = self.tr("Offer %1 again").replace("%1", label(entry.label))
        self._edits.run(AddTerm(kind, entry.label, text=text))

    def remove(self, kind: str, entry: ScaleEntry) -> None:
        """A term no claim holds goes at once; for one in use the analyst chooses where its
        claims go (another term, no verdict) or keeps them on it, retired."""
        shown = label(entry.label)
        move_to: str | None = None
        keep = False
        if entry.claims:
            others = [
                (e.key, label(e.label))
                for e in self._context.services.scales.terms(kind, retired=False)
                if e.key != entry.key
            ]
            n = entry.claims
            message = self._say(
                kind,
                self.tr("%n claim(s) have the status “%1”. What should happen to them?", "", n),
                self.tr("%n claim(s) have the verdict “%1”. What should happen to them?", "", n),
                shown,
            )
            choice = ask.remove_term(
                self._parent(),
                self.tr("Remove “%1”").replace("%1", shown),
                message,
                others,
                can_clear=kind == "verdict",
                can_keep=not entry.retired,
            )
            if choice is None:
                return
            action, target = choice
            keep = action == "keep"
            move_to = target if action == "move" else "" if action == "clear" else None
        text = self._say(kind, self.tr("Remove status %1"), self.tr("Remove verdict %1"), shown)
        self._edits.run(
            RemoveTerm(
                kind,
                entry.key,
                move_to=move_to,
                keep=keep,
                expected={"label": entry.label, "claims": entry.claims},
                text=text,
            )
        )
