"""The one edit pipeline: every command is saved, recorded for undo and announced from here.

What can go wrong with a save, and what the analyst then sees:

- **conflict** (the claim changed elsewhere since the edit was based on it): both versions side
  by side; keeping mine saves again on top of theirs, keeping theirs shows theirs and drops the
  step (an undo or redo refused this way leaves the history). A conflict with no version to
  save on top of (a fuzzy match decided elsewhere) is said in one message, and what is stored
  is shown;
- **busy or failing storage** (another program holds the write lock, a full disk): the edit
  stays in the history and in the inspector marked "(not saved)" and is retried in the
  background, in order, until it is saved; the window never waits on a lock for more than
  :data:`~claimtracker.ui.context.INTERACTIVE_WAIT_MS`;
- **anything else** (the claim was deleted elsewhere, the file became read-only): one clear
  message, and the views show what is stored.

Views learn what changed from one signal, :attr:`EditController.claimsChanged`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.commands import Change, Command
from claimtracker.core.errors import ClaimTrackerError, ConflictError, StorageError
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.undo import CommandAdapter
from claimtracker.ui.formatting import local_date
from claimtracker.ui.messages import command_text, message

Step = Literal["do", "undo"]

BACKGROUND_THRESHOLD = 2000
"""Bulk edits of at least this many claims are saved off the GUI thread."""

RETRY_INTERVAL_MS = 3000
"""How often edits that could not be saved are tried again."""


class EditController(QObject):
    """Runs commands, undo and redo; ``claimsChanged(Change)`` after each saved step."""

    claimsChanged = Signal(object)  # core.commands.Change
    unsavedChanged = Signal(int)  # how many edits wait to be saved
    message = Signal(str)  # a line for the status bar
    busyChanged = Signal(bool)  # True while a step is saved in the background

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._unsaved: list[CommandAdapter] = []
        self._busy = False
        self._retry_timer = QTimer(self, interval=RETRY_INTERVAL_MS)
        self._retry_timer.timeout.connect(self.retry_in_background)
        context.databaseChanged.connect(self._forget_unsaved)

    # -- running ----------------------------------------------------------------------------

    @property
    def stack(self):
        return self._context.undo_stack

    def run(self, command: Command) -> bool:
        """Save a command and record it for undo; False when it was not saved (shown)."""
        if self._unsaved or self._busy:  # keep edits in order behind those still waiting
            self._keep_unsaved(command)
            self.retry_in_background()
            return False
        return self._perform(command, "do", None)

    def undo(self) -> None:
        if not self._busy:
            self.stack.undo()

    def redo(self) -> None:
        if not self._busy:
            self.stack.redo()

    def is_busy(self) -> bool:
        """True while a step is being saved in the background (undo and redo wait)."""
        return self._busy

    def unsaved(self) -> list[Command]:
        """Edits that are not saved yet, oldest first."""
        return [a.command for a in self._unsaved]

    def _step(self, adapter: CommandAdapter, step: Step) -> bool:
        """A step asked for by the undo stack (undo, or redo)."""
        return self._perform(adapter.command, step, adapter)

    def _perform(self, command: Command, step: Step, adapter: CommandAdapter | None) -> bool:
        if len(getattr(command, "claim_ids", ())) >= BACKGROUND_THRESHOLD:
            self._in_background(command, step, adapter)
            return True
        return self._settle(command, step, adapter, self._attempt(command, step))

    def _attempt(self, command: Command, step: Step) -> Change | ClaimTrackerError:
        try:
            return getattr(command, step)(self._context.services)
        except ClaimTrackerError as exc:
            return exc

    def _in_background(self, command: Command, step: Step, adapter: CommandAdapter | None) -> None:
        """Edits of thousands of claims: one transaction off the GUI thread (no Cancel)."""
        self._set_busy(True)
        services = self._context.services

        def work(_progress) -> Change | ClaimTrackerError:
            try:
                return getattr(command, step)(services)
            except ClaimTrackerError as exc:
                return exc

        job = self._context.jobs.start(
            work,
            title=self.tr("Saving"),
            label=f"{command_text(command)}…",
            parent=self._window,
            cancellable=False,
            name="savingProgress",
        )
        if job.dialog is not None:
            job.dialog.setMinimumDuration(0)

        def done(outcome, error: str, _cancelled: bool) -> None:
            self._set_busy(False)
            if error:  # not one of ours: the work itself failed
                outcome = ClaimTrackerError(error)
            self._settle(command, step, adapter, outcome)

        job.done.connect(done)

    def _settle(
        self,
        command: Command,
        step: Step,
        adapter: CommandAdapter | None,
        outcome: Change | ClaimTrackerError,
    ) -> bool:
        """Record a step's outcome: on the stack, in the views, or in front of the analyst."""
        if isinstance(outcome, Change):
            if adapter is None and outcome == Change():
                return True  # it changed nothing (an article checked and found the same)
            if adapter is None:
                self.stack.push(CommandAdapter(command, self._step))
            elif step == "do" and not adapter.applied:
                self._saved(adapter)
            self._announce(outcome)
            return True
        if isinstance(outcome, ConflictError) and outcome.version is None:
            # Nothing to save mine on top of (a fuzzy match decided elsewhere, a record
            # restored elsewhere): what is stored is shown, and this step is given up.
            if adapter is not None:
                adapter.setObsolete(True)
            ask.error(self._window, self.tr("Changed Elsewhere"), message(outcome))
        elif isinstance(outcome, ConflictError):
            if self._keep_mine(outcome):
                command.rebase(outcome.version)
                return self._perform(command, step, adapter)
            if adapter is not None:
                adapter.setObsolete(True)  # theirs stays; this step leaves the history
            self.message.emit(self.tr("Kept the version saved elsewhere."))
        elif isinstance(outcome, StorageError):
            if adapter is None:
                self._keep_unsaved(command)  # "(not saved)", retried in the background
            elif adapter.applied:
                self._move_back(adapter, step)  # the undo or redo did not happen
            self.message.emit(message(outcome))
            return False
        else:
            if adapter is not None:
                adapter.setObsolete(True)
            ask.error(self._window, self.tr("Not Saved"), message(outcome))
        self.claimsChanged.emit(Change(touched=_claim_ids(command)))  # show what is stored
        return False

    def _keep_mine(self, conflict: ConflictError) -> bool:
        answer = ask.resolve_conflict(
            self._window, message(conflict), conflict.theirs, conflict.mine, self._shown
        )
        return answer == "mine"

    def _shown(self, field: str, value: object) -> str:
        """A value in a conflict as the analyst knows it: labels, local dates."""
        taxonomy = self._context.taxonomy
        if value is None or value == "" or value == []:
            return "—"
        if field == "status":
            return taxonomy.status_label(str(value))
        if field == "verdict":
            return taxonomy.verdict_label(str(value))
        if isinstance(value, date):
            return local_date(value)
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    def _move_back(self, adapter: CommandAdapter, step: Step) -> None:
        """Put the stack back where it was before a step that could not be saved."""

        def back() -> None:
            adapter.skip_next = True
            if step == "undo":
                self.stack.redo()
            else:
                self.stack.undo()

        QTimer.singleShot(0, back)

    def _announce(self, change: Change) -> None:
        self.claimsChanged.emit(change)
        if change.skipped:
            ask.information(
                self._window,
                self.tr("Changed Elsewhere"),
                self.tr(
                    "Left as they are, because they changed elsewhere since you chose them: "
                    "%n claim(s) (%1)",
                    "",
                    len(change.skipped),
                ).replace("%1", ", ".join(str(i) for i in change.skipped[:50])),
            )

    # -- edits not saved yet ----------------------------------------------------------------

    def _keep_unsaved(self, command: Command) -> None:
        adapter = CommandAdapter(command, self._step)
        adapter.mark(False)
        self.stack.push(adapter)
        self._unsaved.append(adapter)
        self._retry_timer.start()
        self.unsavedChanged.emit(len(self._unsaved))

    def _saved(self, adapter: CommandAdapter) -> None:
        adapter.mark(True)
        if adapter in self._unsaved:
            self._unsaved.remove(adapter)
        if not self._unsaved:
            self._retry_timer.stop()
        self.unsavedChanged.emit(len(self._unsaved))

    def retry_in_background(self) -> None:
        """Try the unsaved edits again, in order, off the GUI thread (waiting for the lock)."""
        if self._busy or not self._unsaved:
            return
        self._set_busy(True)
        pending = list(self._unsaved)
        services = self._context.services

        def work(_progress) -> list[Change | ClaimTrackerError]:
            outcomes: list[Change | ClaimTrackerError] = []
            # Later edits of a claim were based on the version the earlier ones also saw;
            # once an earlier one is saved they follow on from the version it stored.
            follows: dict[int, tuple[int | None, int]] = {}
            for adapter in pending:
                command = adapter.command
                claim_id = getattr(command, "claim_id", None)
                base = getattr(command, "version", None)
                if claim_id in follows and base == follows[claim_id][0]:
                    command.rebase(follows[claim_id][1])
                try:
                    change = command.do(services)
                except ClaimTrackerError as exc:
                    outcomes.append(exc)
                    break
                outcomes.append(change)
                for claim in change.claims:
                    follows[claim.id] = (base, claim.version)
            return outcomes

        job = self._context.jobs.start(
            work, title="", label="", parent=self._window, show_progress=False
        )
        job.done.connect(lambda outcomes, error, _c: self._retried(pending, outcomes, error))

    def _retried(self, pending: list[CommandAdapter], outcomes: list | None, error: str) -> None:
        self._set_busy(False)
        for adapter, outcome in zip(pending, outcomes or [], strict=False):
            if isinstance(outcome, Change):
                self._saved(adapter)
                self._announce(outcome)
            elif isinstance(outcome, ConflictError):
                if outcome.version is not None and self._keep_mine(outcome):
                    adapter.command.rebase(outcome.version)
                    QTimer.singleShot(0, self.retry_in_background)
                else:
                    self._discard(adapter)
                    self.claimsChanged.emit(Change(touched=_claim_ids(adapter.command)))
            elif isinstance(outcome, StorageError):
                self.message.emit(message(outcome))  # still waiting: the timer tries again
            elif outcome is not None:
                self._discard(adapter)
                ask.error(self._window, self.tr("Not Saved"), message(outcome))
        if error:
            self.message.emit(error)

    def _discard(self, adapter: CommandAdapter) -> None:
        """An unsaved edit the analyst gave up for another version: it stays in the history,
        marked, and doing or undoing it changes nothing."""
        adapter.setText(
            self.tr("%1 (not saved: the version saved elsewhere was kept)").replace(
                "%1", command_text(adapter.command)
            )
        )
        adapter.applied = False
        adapter.setObsolete(True)
        if adapter in self._unsaved:
            self._unsaved.remove(adapter)
        self.unsavedChanged.emit(len(self._unsaved))

    def _forget_unsaved(self) -> None:
        self._unsaved.clear()
        self._retry_timer.stop()
        self.unsavedChanged.emit(0)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)


def _claim_ids(command: Command) -> frozenset[int]:
    """The claims a command is about, as far as it says."""
    ids = set(getattr(command, "claim_ids", ()) or ())
    for name in ("claim_id", "new_claim_id", "existing_claim_id"):
        value = getattr(command, name, None)
        if isinstance(value, int):
            ids.add(value)
    return frozenset(ids)
