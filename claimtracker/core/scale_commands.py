"""Undoable edits of the verification scales (Claim > Scales...), as in :mod:`commands`.

Each command follows the conventions of :mod:`claimtracker.core.commands`: ``do(services)``
and ``undo(services)`` return a :class:`~claimtracker.core.commands.Change` (its ``scales``
names the scales to read again, ``touched`` the claims whose term changed), and every step is
based on what the step before it left: a term renamed, recoloured or removed elsewhere
meanwhile raises :class:`~claimtracker.core.errors.ConflictError` and nothing is written.
Terms have no version; a conflict reports ``TERM_VERSION`` and a command rebased on it (the
analyst chose to keep this edit) writes without the check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimtracker.core.commands import Based, Change
from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.services import Services
from claimtracker.core.services.review import BulkResult
from claimtracker.core.services.scales import Removal, ScaleEntry


def _moved(kind: str, result: BulkResult) -> Change:
    return Change(
        touched=frozenset(result.versions),
        skipped=result.skipped,
        scales=frozenset({kind}),
    )


@dataclass
class AddTerm(Based):
    """Add a status or verdict at the end of its scale (or bring back a retired one of that
    name); undo takes it away again, refused once claims hold it."""

    kind: str
    label: str
    colour: str | None = None
    rating: int | None = None
    text: str = QT_TRANSLATE_NOOP("Commands", "Add term")
    version: int | None = None
    entry: ScaleEntry | None = None
    _reactivated: bool = False

    def do(self, services: Services) -> Change:
        self._take_version()
        scales = services.scales
        if self.entry is None:
            before = {e.label.casefold(): e for e in scales.terms(self.kind)}
            old = before.get(" ".join(self.label.split()).casefold())
            self._reactivated = old is not None and old.retired
            self.entry = scales.add(self.kind, self.label, colour=self.colour, rating=self.rating)
        elif self._reactivated:
            self.entry = scales.reactivate(self.kind, self.entry.key)
        else:
            self.entry = scales.add(
                self.kind,
                self.entry.label,
                colour=self.entry.colour,
                rating=self.entry.rating,
                key=self.entry.key,
                position=self.entry.position,
            )
        return Change(scales=frozenset({self.kind}))

    def undo(self, services: Services) -> Change:
        assert self.entry is not None
        force = self._take_version() is not None
        expected = None if force else {"label": self.entry.label}
        if self._reactivated:
            services.scales.retire(self.kind, self.entry.key)
        else:
            services.scales.remove(self.kind, self.entry.key, expected=expected)
        return Change(scales=frozenset({self.kind}))


@dataclass
class EditTerm(Based):
    """Rename, recolour or re-rate a term: ``after`` and ``before`` hold ``label``,
    ``colour`` or ``rating`` values."""

    kind: str
    key: str
    after: dict[str, Any]
    before: dict[str, Any]
    text: str = QT_TRANSLATE_NOOP("Commands", "Edit term")
    version: int | None = None

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after)

    def _apply(self, services: Services, values: dict[str, Any], base: dict[str, Any]) -> Change:
        force = self._take_version() is not None
        services.scales.update(self.kind, self.key, expected=None if force else base, **values)
        return Change(scales=frozenset({self.kind}))


@dataclass
class ReorderTerms(Based):
    """Put a scale in a new order (``after``: every key; ``before``: the order shown)."""

    kind: str
    after: list[str]
    before: list[str]
    text: str = QT_TRANSLATE_NOOP("Commands", "Reorder terms")
    version: int | None = None

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after)

    def _apply(self, services: Services, order: list[str], base: list[str]) -> Change:
        force = self._take_version() is not None
        services.scales.reorder(self.kind, order, expected=None if force else base)
        return Change(scales=frozenset({self.kind}))


@dataclass
class SetDefaultStatus(Based):
    """Choose the status new claims start in (``before``: the default shown)."""

    key: str
    before: str | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Set default status")
    version: int | None = None

    def do(self, services: Services) -> Change:
        force = self._take_version() is not None
        services.scales.set_default(self.key, expected=None if force else self.before)
        return Change(scales=frozenset({"status"}))

    def undo(self, services: Services) -> Change:
        force = self._take_version() is not None
        if self.before is not None:
            services.scales.set_default(self.before, expected=None if force else self.key)
        return Change(scales=frozenset({"status"}))


@dataclass
class RemoveTerm(Based):
    """Take a term off its scale: its claims are moved to ``move_to`` (``""`` clears a
    verdict), or kept on it (``keep``: the term is retired and stays readable). Undo brings
    the term back and moves back the claims that still hold the term they were moved to."""

    kind: str
    key: str
    move_to: str | None = None
    keep: bool = False
    expected: dict[str, Any] = field(default_factory=dict)  # e.g. {"label": ..., "claims": n}
    text: str = QT_TRANSLATE_NOOP("Commands", "Remove term")
    version: int | None = None
    _removal: Removal | None = None

    def do(self, services: Services) -> Change:
        force = self._take_version() is not None
        base = self.expected
        if self._removal is not None:  # redo: based on the term as the undo put it back
            base = {"label": self._removal.entry.label}
        self._removal = services.scales.remove(
            self.kind,
            self.key,
            move_to=self.move_to,
            keep=self.keep,
            expected=None if force else base or None,
        )
        return _moved(self.kind, self._removal.moved)

    def undo(self, services: Services) -> Change:
        assert self._removal is not None
        self._take_version()
        return _moved(self.kind, services.scales.restore(self._removal))


__all__ = ["AddTerm", "EditTerm", "RemoveTerm", "ReorderTerms", "SetDefaultStatus"]
