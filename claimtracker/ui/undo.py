"""The thin adapter between Qt-free commands and the one ``QUndoStack``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from claimtracker.core.commands import Command, EditClaim
from claimtracker.core.errors import ClaimTrackerError

_MERGE_ID = 1

Runner = Callable[[Command, Callable[[], None], Callable[[], None]], None]
"""Runs a command's step (``do`` or ``undo``) off the GUI thread, then calls the callback."""


class CommandAdapter(QUndoCommand):
    """Runs a core command's ``do``/``undo`` for Qt's undo stack, then tells the window.

    A command whose save failed (a full disk) can still stand on the stack, ``applied`` False:
    it is kept in the history, undoing it changes nothing, and :meth:`retry` saves it.
    """

    def __init__(
        self,
        command: Command,
        on_change: Callable[[Command], None],
        applied: bool = True,
        on_error: Callable[[ClaimTrackerError], None] | None = None,
        runner: Runner | None = None,
        services=None,
    ) -> None:
        super().__init__(command.text if applied else f"{command.text} (not saved)")
        self.command = command
        self.applied = applied
        self._on_change = on_change
        self._on_error = on_error
        self._runner = runner
        self._first = True
        self._services = services

    def redo(self) -> None:
        if self._first:
            self._first = False  # done (or tried) already, before the stack took it
            return
        if self._runner is not None:
            self._runner(
                self.command,
                lambda: self.command.do(self._services()),
                lambda: self._on_change(self.command),
            )
            return
        try:
            self.command.do(self._services())
        except ClaimTrackerError as exc:
            self.applied = False
            if self._on_error:
                self._on_error(exc)
            return
        self.applied = True
        self._on_change(self.command)

    def undo(self) -> None:
        if not self.applied:
            return  # never saved: nothing to take back
        if self._runner is not None:
            self._runner(
                self.command,
                lambda: self.command.undo(self._services()),
                lambda: self._on_change(self.command),
            )
            return
        self.command.undo(self._services())
        self._on_change(self.command)

    def retry(self) -> None:
        """Save an edit that failed before; raises again if it fails again."""
        if self.applied:
            return
        self.command.do(self._services())
        self.applied = True
        self.setText(self.command.text)
        self._on_change(self.command)

    def id(self) -> int:
        return _MERGE_ID if isinstance(self.command, EditClaim) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CommandAdapter) or not (self.applied and other.applied):
            return False
        mine, theirs = self.command, other.command
        return isinstance(mine, EditClaim) and isinstance(theirs, EditClaim) and mine.merge(theirs)


def push_command(
    stack: QUndoStack, command: Command, on_change: Callable[[Command], None], services
) -> None:
    """Do the command, and only if it succeeded put it on the stack.

    A failing command (a conflict, a read-only database) raises before anything is pushed,
    so the undo history never holds an edit that did not happen.
    """
    command.do(services())
    on_change(command)
    stack.push(CommandAdapter(command, on_change, services=services))


def push_unsaved(
    stack: QUndoStack,
    command: Command,
    on_change: Callable[[Command], None],
    on_error: Callable[[ClaimTrackerError], None],
    services=None,
) -> CommandAdapter:
    """Keep an edit whose save failed in the undo history, to be retried."""
    adapter = CommandAdapter(
        command, on_change, applied=False, on_error=on_error, services=services
    )
    stack.push(adapter)
    return adapter
