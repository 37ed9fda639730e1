"""The thin adapter between Qt-free commands and the one ``QUndoStack``.

The stack records; the :class:`~claimtracker.ui.editing.controller.EditController` runs. Each
adapter hands its steps to the controller, which saves them, handles what goes wrong and tells
the views what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from claimtracker.core.commands import Command, EditClaim
from claimtracker.ui.messages import command_text

if TYPE_CHECKING:
    from claimtracker.ui.editing.controller import Step

MERGE_ID = 1


def unsaved_text(text: str) -> str:
    return QCoreApplication.translate("Undo", "%1 (not saved)").replace("%1", text)


class CommandAdapter(QUndoCommand):
    """A command on Qt's undo stack; ``applied`` is False while its save has failed.

    ``run(adapter, step)`` performs ``"do"`` or ``"undo"`` and returns False when the step was
    not saved; the adapter then asks the stack to move back (:attr:`skip_next`), so the history
    always shows what the database holds.
    """

    def __init__(self, command: Command, run: Callable[[CommandAdapter, Step], bool]) -> None:
        super().__init__(command_text(command))
        self.command = command
        self.applied = True
        self.skip_next = True  # the first redo comes from push(): done before, nothing to do
        self._run = run

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self._run(self, "do")

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        if self.applied:  # an edit never saved has nothing to take back
            self._run(self, "undo")

    def mark(self, applied: bool) -> None:
        """Whether the command's do step is saved; the history text says so."""
        self.applied = applied
        text = command_text(self.command)
        self.setText(text if applied else unsaved_text(text))

    def id(self) -> int:
        return MERGE_ID if isinstance(self.command, EditClaim) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CommandAdapter) or not (self.applied and other.applied):
            return False
        mine, theirs = self.command, other.command
        return isinstance(mine, EditClaim) and isinstance(theirs, EditClaim) and mine.merge(theirs)
