"""Messages meant for the user: the exceptions that carry one, and notes that are not errors.

A message is an English template with named fields (``"{path} is empty"``) and their values.
``str(error)`` is the English line the command line prints; the window translates the
template (found by the translation tools through :func:`QT_TRANSLATE_NOOP`) and shows the
values its own way, times in local time for instance.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark ``text`` for translation in ``context``; the core itself never translates."""
    return text


class ClaimTrackerError(Exception):
    """Base class: ``str(error)`` is one clear line for the user.

    ``template`` and ``fields`` are the message before its values are put in.
    """

    exit_code = 1

    def __init__(self, template: str = "", /, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)


class Moment:
    """A stored time (naive UTC) in a message: ``2026-03-12 14:05 UTC`` on the command line,
    the local time in the window."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def __format__(self, spec: str) -> str:
        return f"{self.when:%Y-%m-%d %H:%M} UTC"


class Note(str):
    """A message that is not an error: an import's warning, what an export left out.

    The note is its English line, so the command line prints it as it is; ``template`` and
    ``fields`` let the window translate it like an error's message.
    """

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Note:
        note = super().__new__(cls, template.format(**fields) if fields else template)
        note.template = template
        note.fields = fields
        return note


class UserError(ClaimTrackerError):
    """Bad argument, missing file, quote not found: the user can fix it."""

    exit_code = 1


def no_article(article_id: int) -> UserError:
    """The error for an article id that names no stored article."""
    return UserError(QT_TRANSLATE_NOOP("Core", "no article with id {id}"), id=str(article_id))


class DataError(ClaimTrackerError):
    """Corrupt or foreign database, or a schema newer than this program."""

    exit_code = 2


class InterruptedUpgradeError(DataError):
    """A schema upgrade by an older ClaimTracker was cut off half-way and left the file unusable.

    ``backup`` is the newest intact backup made before an upgrade, if there is one.
    """

    def __init__(self, template: str, /, *, path: Path, backup: Path | None, **fields: Any):
        super().__init__(template, path=path, backup=backup, **fields)
        self.path = path
        self.backup = backup


class ReadOnlyError(UserError):
    """A write was attempted on a database opened read-only."""


class StorageError(ClaimTrackerError):
    """The disk is full or failed during a save; the transaction was rolled back."""

    exit_code = 2


class BusyError(StorageError):
    """Another program held the write lock for longer than this save could wait."""


class ImportRefused(UserError):
    """An article file cannot be imported (empty, binary, too large, undecodable)."""


class InvalidExport(UserError):
    """A JSON export that cannot be merged; nothing was written.

    ``problem`` says what is wrong (a :class:`Note`: a template with its ``fields``, or a note
    made before);
    ``location`` names where: a JSON path such as ``claims[0].highlights[1].start`` (technical,
    shown as it is), or a line and column where the file is not JSON at all (a :class:`Note`);
    ``source`` is the file's name.
    """

    def __init__(
        self,
        problem: str,
        /,
        location: str = "",
        source: str | None = None,
        **fields: Any,
    ) -> None:
        if isinstance(problem, Note) and not fields:
            fields = problem.fields
            problem = problem.template
        self.problem = Note(problem, **fields)
        self.location = location
        self.source = source
        where = {k: v for k, v in (("source", source), ("location", location)) if v}
        if not where:
            super().__init__(problem, **fields)
            return
        # "their.json: claims[0].start: problem": the layout has nothing to translate; the
        # window translates the problem (and a line and column) as notes.
        layout = "".join(f"{{{name}}}: " for name in where) + "{problem}"
        super().__init__(layout, problem=self.problem, **where)

    def from_file(self, source: str | None) -> InvalidExport:
        """The same refusal, naming the file it came from."""
        return InvalidExport(self.problem.template, self.location, source, **self.problem.fields)


class ConflictError(UserError):
    """A save was based on an older version of a record that changed meanwhile.

    ``theirs`` holds the stored values of the fields the save would change, ``mine`` the values
    it would write, and ``version`` the stored version: saving again on top of that version
    ("keep mine") is then a deliberate choice, checked like any other edit.
    """

    def __init__(
        self,
        message: str,
        *,
        theirs: dict[str, object] | None = None,
        mine: dict[str, object] | None = None,
        version: int | None = None,
        **fields: Any,
    ):
        super().__init__(message, **fields)
        self.theirs = theirs or {}
        self.mine = mine or {}
        self.version = version

    @property
    def differing_fields(self) -> list[str]:
        """Fields whose values differ between the stored and the attempted version."""
        return sorted(k for k in self.mine if self.theirs.get(k) != self.mine.get(k))
