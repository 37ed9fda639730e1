"""Messages of the core in the window's language, with values shown the window's way.

The core raises errors and writes notes (an import's warnings, what an export left out) as an
English template with named values (``claimtracker.core.errors``); here the template is
translated (context ``Core``) and the values put in: a stored time in local time, a number
with the locale's grouping. A message the translation does not know stays as the core wrote
it. Undo texts of the core's commands are translated in context ``Commands``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from claimtracker.core.errors import ClaimTrackerError, Moment, Note
from claimtracker.ui.formatting import local_time, number

if TYPE_CHECKING:  # the commands bring the database layer, which the window loads later
    from claimtracker.core.commands import Command


def message(error: BaseException) -> str:
    """One line for the analyst about ``error``, starting with a capital letter."""
    if not isinstance(error, ClaimTrackerError) or not error.template:
        return str(error)
    text = message_text(error.template, error.fields)
    # The core's templates start in lower case (the command line puts "claimtracker: " first);
    # a line that starts with a value (a file name) keeps it as it is.
    if QCoreApplication.translate("Core", error.template)[:1].islower():
        text = text[:1].upper() + text[1:]
    return text


def note_text(note: str) -> str:
    """A note of the core (:class:`~claimtracker.core.errors.Note`) in the window's language,
    as it is written (a warning in a list starts in lower case); other text as it is."""
    if isinstance(note, Note):
        return message_text(note.template, note.fields)
    return note


def message_text(template: str, fields: Mapping[str, object] | None = None) -> str:
    """``template`` translated (context ``Core``) with ``fields`` put in the window's way.

    A field written with a conversion (``{value!r}``) reads as on the command line.
    """
    translated = QCoreApplication.translate("Core", template)
    if not fields:
        return translated
    try:
        return _WINDOW.vformat(translated, (), dict(fields))
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a field
        return template.format(**fields)


def command_text(command: Command) -> str:
    """The undo text of a command in the window's language (context ``Commands``); a text the
    window made itself (already translated) is kept."""
    return QCoreApplication.translate("Commands", command.text)


class _WindowFormatter(Formatter):
    """Values the window's way: times in local time, counts with the locale's grouping, a
    note inside a message (a problem, a place) translated too."""

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Note):
            return note_text(value)
        if isinstance(value, Moment):
            return local_time(value.when)
        if isinstance(value, datetime):
            return local_time(value)
        if isinstance(value, int) and not isinstance(value, bool) and format_spec in ("", ","):
            return number(value)
        if isinstance(value, Path):
            return format(str(value), format_spec)
        return format(value, format_spec)


_WINDOW = _WindowFormatter()
