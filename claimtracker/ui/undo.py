"""The thin adapter between Qt-free commands and the one ``QUndoStack``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from claimtracker.core.commands import Command, EditClaim

_MERGE_ID = 1


class CommandAdapter(QUndoCommand):
    """Runs a core command's ``do``/``undo`` for Qt's undo stack, then tells the window."""

    def __init__(self, command: Command, on_change: Callable[[Command], None]) -> None:
        super().__init__(command.text)
        self.command = command
        self._on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # done already by push_command, before the stack took it
            return
        self.command.do()
        self._on_change(self.command)

    def undo(self) -> None:
        self.command.undo()
        self._on_change(self.command)

    def id(self) -> int:
        return _MERGE_ID if isinstance(self.command, EditClaim) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CommandAdapter):
            return False
        mine, theirs = self.command, other.command
        return isinstance(mine, EditClaim) and isinstance(theirs, EditClaim) and mine.merge(theirs)


def push_command(stack: QUndoStack, command: Command, on_change: Callable[[Command], None]) -> None:
    """Do the command, and only if it succeeded put it on the stack.

    A failing command (a conflict, a read-only database) raises before anything is pushed,
    so the undo history never holds an edit that did not happen.
    """
    command.do()
    on_change(command)
    stack.push(CommandAdapter(command, on_change))
