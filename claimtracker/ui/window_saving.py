"""The main window's saving: undo stack, conflicts, failed saves, long edits, changes elsewhere."""

from __future__ import annotations

from claimtracker.core.errors import ClaimTrackerError, ConflictError, StorageError
from claimtracker.ui.background import BackgroundJob
from claimtracker.ui.dialogs import ask
from claimtracker.ui.undo import CommandAdapter, push_command, push_unsaved

BACKGROUND_THRESHOLD = 2000
"""Bulk edits of at least this many claims run off the GUI thread."""


class SavingMixin:
    """Part of :class:`~claimtracker.ui.main_window.MainWindow`: every edit goes through here."""

    # -- running commands -------------------------------------------------------------------

    def _run(self, command) -> bool:
        """Do a command through the undo stack; a refused edit is shown and not recorded.

        An edit of a claim that changed elsewhere meanwhile is a conflict: the analyst sees
        both versions and chooses; nothing is overwritten without asking.
        """
        if len(getattr(command, "claim_ids", ())) >= BACKGROUND_THRESHOLD:
            self._run_in_background(
                command, lambda: command.do(self.services), lambda: self._pushed(command)
            )
            return True
        try:
            push_command(self.undo_stack, command, self._after_command, lambda: self.services)
        except ConflictError as exc:
            if ask.resolve_conflict(self, str(exc), exc.theirs, exc.mine) == "mine":
                command.version = exc.version
                return self._run(command)
            self.statusBar().showMessage("Kept the version saved elsewhere.", 8000)
            self._show_changes_from_elsewhere()
            return False
        except StorageError as exc:
            if ask.retry(
                self,
                "Not Saved",
                f"{exc}.\n\nRetry now? Otherwise the edit is kept "
                "in the undo history: File › Retry Unsaved Edits (Ctrl+S) saves it.",
            ):
                return self._run(command)
            self._unsaved.append(
                push_unsaved(
                    self.undo_stack,
                    command,
                    self._after_command,
                    self._save_failed,
                    lambda: self.services,
                )
            )
            self._update_unsaved()
            return False
        except ClaimTrackerError as exc:
            ask.error(self, "Not Saved", str(exc))
            self.refresh_article()
            return False
        return True

    def _pushed(self, command) -> None:
        """A command done in the background goes on the stack; its undo and redo run there too."""
        self.undo_stack.push(
            CommandAdapter(
                command,
                self._after_command,
                runner=self._in_background,
                services=lambda: self.services,
            )
        )
        self._after_command(command)

    def _in_background(self, command, step, after) -> None:
        if len(getattr(command, "claim_ids", ())) >= BACKGROUND_THRESHOLD:
            self._run_in_background(command, step, after)
        else:
            step()
            after()

    def _run_in_background(self, command, step, after) -> None:
        """Edits of thousands of claims: off the GUI thread, the window waiting behind a
        progress dialog (one transaction, so there is no Cancel halfway)."""

        def work(_progress) -> int:
            step()
            return len(command.claim_ids)

        job = BackgroundJob(work, self, "Saving", f"{command.text}…", cancellable=False)
        job.progress.setMinimumDuration(0)
        self._background_job = job

        def done(_count: int, error: str, _cancelled: bool) -> None:
            self._background_job = None
            if error:
                ask.error(self, "Not Saved", error)
                self.refresh_article()
            else:
                after()
            self.backgroundFinished.emit(error)

        job.done.connect(done)
        job.start()

    def retry_unsaved(self) -> None:
        """Save, in order, the edits a failed save left in the undo history."""
        while self._unsaved:
            adapter = self._unsaved[0]
            try:
                adapter.retry()
            except ClaimTrackerError as exc:
                self._save_failed(exc)
                break
            self._unsaved.pop(0)
        self._update_unsaved()

    def _save_failed(self, exc: ClaimTrackerError) -> None:
        ask.error(self, "Not Saved", f"{exc}.")

    def _update_unsaved(self) -> None:
        self._unsaved = [a for a in self._unsaved if not a.applied]
        count = len(self._unsaved)
        self.unsaved_label.setText(
            f"⚠ {count} edit(s) not saved — Ctrl+S to retry" if count else ""
        )
        self.unsaved_label.setVisible(bool(count))
        self.actions["actionRetrySave"].setEnabled(bool(count))

    def _poll_changes(self) -> None:
        """Show what other windows or processes saved to this database since we last looked."""
        version = self.db.data_version()
        if version != self._seen_version:
            self._show_changes_from_elsewhere()

    def _show_changes_from_elsewhere(self) -> None:
        self.inspector.flush()  # typed text is saved first (a conflict, if it is one)
        self._seen_version = self.db.data_version()
        self.refresh_article()
        self.reload_library()
        self._review_stale = True
        if self.tabs.currentIndex() == 1:
            self._refresh_review()
