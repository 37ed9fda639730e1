"""Messages of the core's errors in the window's language, with values shown the window's way.

The core raises errors with an English template and named values (``claimtracker.core.errors``);
here the template is translated (context ``Core``) and the values put in: a stored time in
local time, a number with the locale's grouping. A message the translation does not know
stays as the core wrote it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from claimtracker.core.errors import ClaimTrackerError, Moment
from claimtracker.ui.formatting import local_time, number


def message(error: BaseException) -> str:
    """One line for the analyst about ``error``, starting with a capital letter."""
    text = _text(error)
    # The core's templates start in lower case (the command line puts "claimtracker: " first);
    # a line that starts with a value (a file name) keeps it as it is.
    template = getattr(error, "template", "")
    if getattr(error, "fields", None) and template[:1].islower():
        text = text[:1].upper() + text[1:]
    return text


def _text(error: BaseException) -> str:
    if not isinstance(error, ClaimTrackerError) or not error.template:
        return str(error)
    template = QCoreApplication.translate("Core", error.template)
    if not error.fields:
        return template
    try:
        return template.format(**{k: _shown(v) for k, v in error.fields.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)


def _shown(value: object) -> object:
    if isinstance(value, Moment):
        return local_time(value.when)
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return number(value)
    if isinstance(value, Path):
        return str(value)
    return value
