"""Verification scales per database: the newsroom's own statuses and verdicts.

Terms are added, renamed, recoloured, reordered and retired here; the default status (the
one new claims start in) and each verdict's place on ClaimReview's 1..5 rating are set here.
A retired term stays readable on the claims that keep it but is no longer offered. Every
change is checked against the values the analyst saw (terms have no version column: a
rename based on a label that changed meanwhile is a conflict) and written to the change log
as entity ``status`` or ``verdict`` with ``status:KEY`` / ``verdict:KEY`` as its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from claimtracker.core.model import Claim, Verdict, WorkflowStatus
from claimtracker.core.services import changelog
from claimtracker.core.services.review import BulkResult, ReviewService
from claimtracker.core.taxonomy import term_key

KINDS = ("status", "verdict")
EDITABLE = ("label", "colour", "rating")
# Okabe-Ito and Tol's muted colours: distinguishable for colour-blind readers.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#D55E00",
    "#CC79A7",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#DDCC77",
    "#AA4499",
    "#882255",
)
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
BEST_RATING, WORST_RATING = 5, 1
# Terms have no version column: a conflict reports this one, and a command rebased on it
# (the analyst chose to keep theirs over what is stored) writes without the value check.
TERM_VERSION = 0


@dataclass(frozen=True)
class ScaleEntry:
    """One term of a scale as the Scales dialog and ``scale list`` show it."""

    kind: str  # "status" or "verdict"
    key: str
    label: str
    colour: str
    position: int
    rating: int | None  # verdicts: ClaimReview ratingValue (1 worst .. 5 best), or None
    retired: bool
    default: bool  # statuses: the one new claims start in
    claims: int  # claims holding it now


@dataclass(frozen=True)
class Removal:
    """What :meth:`ScaleService.remove` did, so that it can be undone."""

    entry: ScaleEntry  # the term as it was
    deleted: bool  # gone from the table (True) or kept as retired (False)
    moved_to: str | None = None  # key the claims were moved to ("" = verdict cleared)
    moved: BulkResult = field(default_factory=lambda: BulkResult({}, {}))


def _table(kind: str) -> Any:
    if kind not in KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "unknown scale {kind!r} (use status or verdict)"), kind=kind
        )
    return WorkflowStatus if kind == "status" else Verdict


def _label(value: str) -> str:
    label = " ".join((value or "").split())
    if not label:
        raise UserError(QT_TRANSLATE_NOOP("Core", "a term needs a name"))
    if len(label) > 80:
        raise UserError(QT_TRANSLATE_NOOP("Core", "a term's name is at most 80 characters"))
    return label


def _colour(value: str) -> str:
    if not _COLOUR.match(value or ""):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "not a colour: {value!r} (use #RRGGBB)"), value=value
        )
    return value.upper()


def _rating(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "a rating is a whole number from {worst} to {best}"),
            worst=WORST_RATING,
            best=BEST_RATING,
        )
    try:
        rating = int(value)
    except ValueError:
        rating = 0
    if not WORST_RATING <= rating <= BEST_RATING:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Core", "a rating is a whole number from {worst} (false) to {best} (true)"
            ),
            worst=WORST_RATING,
            best=BEST_RATING,
        )
    return rating


def _no_rating() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Core", "only verdicts have a ClaimReview rating"))


def _exists_already(kind: str, label: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "the status {label!r} exists already")
        if kind == "status"
        else QT_TRANSLATE_NOOP("Core", "the verdict {label!r} exists already"),
        label=label,
    )


def _is_default(entry: ScaleEntry) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "{label!r} is the default status; choose another default first"),
        label=entry.label,
    )


class ScaleService:
    """Edits of the status and verdict scales; each method is one transaction."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor
        self._review = ReviewService(db, actor)

    # -- reading ----------------------------------------------------------------------------

    def terms(self, kind: str, *, retired: bool = True) -> list[ScaleEntry]:
        """The scale in order, with how many claims hold each term (retired ones too unless
        ``retired`` is False)."""
        with self.db.read() as session:
            entries = self._entries(session, kind)
        return [e for e in entries if retired or not e.retired]

    def entry(self, kind: str, name: str) -> ScaleEntry:
        """The term named by key or label (case-insensitive)."""
        with self.db.read() as session:
            return self._find(session, kind, name)

    # -- editing ----------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        label: str,
        *,
        colour: str | None = None,
        rating: object = None,
        key: str | None = None,
        position: int | None = None,
    ) -> ScaleEntry:
        """A new term at the end of the scale (or at ``position``).

        ``key`` and ``position`` are given when an undone removal is redone. Adding the name
        of a retired term brings that term back instead.
        """
        table = _table(kind)
        label = _label(label)
        with self.db.write() as session:
            entries = self._entries(session, kind)
            clash = next((e for e in entries if e.label.casefold() == label.casefold()), None)
            if clash is not None and not clash.retired:
                raise _exists_already(kind, clash.label)
            if clash is not None:
                self._set(session, kind, clash.key, retired=False)
                return self._find(session, kind, clash.key)
            if kind == "status" and rating not in (None, ""):
                raise _no_rating()
            used = {e.colour.upper() for e in entries}
            chosen = (
                _colour(colour)
                if colour
                else next(
                    (c for c in PALETTE if c not in used), PALETTE[len(entries) % len(PALETTE)]
                )
            )
            keys = {e.key for e in entries}
            new_key = key or term_key(label)
            if key is None:
                stem, n = new_key, 2
                while new_key in keys:
                    new_key, n = f"{stem[:36]}_{n}", n + 1
            elif key in keys:
                raise _exists_already(kind, key)
            last = max((e.position for e in entries), default=-1)
            if position is not None and position <= last:
                session.execute(
                    update(table)
                    .where(table.position >= position)
                    .values(position=table.position + 1)
                )
            values: dict[str, Any] = dict(
                key=new_key,
                label=label,
                colour=chosen,
                position=last + 1 if position is None else position,
            )
            if kind == "verdict":
                values["rating"] = _rating(rating)
            session.add(table(**values))
            session.flush()
            self._log(session, kind, new_key, "create", "label", None, label)
            return self._find(session, kind, new_key)

    def update(
        self, kind: str, name: str, *, expected: dict[str, Any] | None = None, **changes: Any
    ) -> ScaleEntry:
        """Change a term's ``label``, ``colour`` or ``rating`` (verdicts).

        ``expected`` holds the values the analyst saw; a term changed meanwhile raises
        :class:`ConflictError` and nothing is written.
        """
        wrong = sorted(set(changes) - set(EDITABLE))
        if wrong:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "cannot change {names} of a term"), names=", ".join(wrong)
            )
        if kind == "status" and "rating" in changes:
            raise _no_rating()
        values: dict[str, Any] = {}
        if "label" in changes:
            values["label"] = _label(changes["label"])
        if "colour" in changes:
            values["colour"] = _colour(changes["colour"])
        if "rating" in changes:
            values["rating"] = _rating(changes["rating"])
        with self.db.write() as session:
            entry = self._find(session, kind, name)
            self._check(entry, expected, values)
            if "label" in values:
                wanted = values["label"].casefold()
                for other in self._entries(session, kind):
                    if other.key != entry.key and other.label.casefold() == wanted:
                        raise _exists_already(kind, other.label)
            self._set(session, kind, entry.key, **values)
            return self._find(session, kind, entry.key)

    def rename(self, kind: str, name: str, label: str) -> ScaleEntry:
        return self.update(kind, name, label=label)

    def recolour(self, kind: str, name: str, colour: str) -> ScaleEntry:
        return self.update(kind, name, colour=colour)

    def set_rating(self, name: str, rating: int | None) -> ScaleEntry:
        """A verdict's ClaimReview ``ratingValue`` (1 false .. 5 true), or None for none."""
        return self.update("verdict", name, rating=rating)

    def reorder(
        self, kind: str, keys: list[str], *, expected: list[str] | None = None
    ) -> list[ScaleEntry]:
        """Put the scale in the order of ``keys`` (every key once, retired ones too)."""
        with self.db.write() as session:
            entries = self._entries(session, kind)
            current = [e.key for e in entries]
            if expected is not None and expected != current:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Core", "the status scale was reordered meanwhile")
                    if kind == "status"
                    else QT_TRANSLATE_NOOP("Core", "the verdict scale was reordered meanwhile"),
                    theirs={"order": current},
                    mine={"order": list(keys)},
                    version=TERM_VERSION,
                )
            if sorted(keys) != sorted(current):
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "give every status once: {keys}")
                    if kind == "status"
                    else QT_TRANSLATE_NOOP("Core", "give every verdict once: {keys}"),
                    keys=", ".join(current),
                )
            table = _table(kind)
            for position, key in enumerate(keys):
                if current.index(key) != position:
                    session.execute(update(table).where(table.key == key).values(position=position))
            if keys != current:
                self._log(session, kind, "*", "update", "order", current, list(keys))
            return self._entries(session, kind)

    def move(self, kind: str, name: str, position: int) -> list[ScaleEntry]:
        """Move one term to ``position`` (0 first; beyond the end: last)."""
        with self.db.read() as session:
            current = [e.key for e in self._entries(session, kind)]
            key = self._find(session, kind, name).key
        order = [k for k in current if k != key]
        order.insert(max(0, min(position, len(order))), key)
        return self.reorder(kind, order, expected=current)

    def set_default(self, name: str, *, expected: str | None = None) -> str | None:
        """Make a status the one new claims start in; returns the previous default's key."""
        with self.db.write() as session:
            entry = self._find(session, "status", name)
            previous = session.scalar(select(WorkflowStatus.key).where(WorkflowStatus.is_default))
            if expected is not None and previous != expected:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Core", "the default status was changed meanwhile"),
                    theirs={"default": previous},
                    mine={"default": entry.key},
                    version=TERM_VERSION,
                )
            if entry.retired:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "the status {label!r} is retired"), label=entry.label
                )
            if previous != entry.key:
                session.execute(update(WorkflowStatus).values(is_default=False))
                session.execute(
                    update(WorkflowStatus)
                    .where(WorkflowStatus.key == entry.key)
                    .values(is_default=True)
                )
                self._log(session, "status", "*", "update", "default", previous, entry.key)
            return previous

    def remove(
        self,
        kind: str,
        name: str,
        *,
        move_to: str | None = None,
        keep: bool = False,
        expected: dict[str, Any] | None = None,
    ) -> Removal:
        """Take a term off the scale.

        A term no claim holds is deleted. One in use needs a choice: ``move_to`` another
        term (those claims change to it, each logged and versioned, and the term is deleted;
        ``""`` clears a verdict), or ``keep`` the claims on it (the term is retired: it stays
        readable on them but is no longer offered). Without a choice a term in use is refused,
        with the number of its claims. The default status and the last status offered cannot
        be removed.
        """
        with self.db.write() as session:
            entry = self._find(session, kind, name)
            self._check(entry, expected, {})
            if entry.default:
                raise _is_default(entry)
            if kind == "status" and not entry.retired:
                offered = session.scalar(
                    select(func.count()).where(WorkflowStatus.retired.is_(False))
                )
                if (offered or 0) <= 1:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Core", "the last status offered cannot be removed")
                    )
            if entry.claims and move_to is None and not keep:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{claims} claim(s) have the status {label!r}: move them to another "
                        "status or keep them on the retired status",
                    )
                    if kind == "status"
                    else QT_TRANSLATE_NOOP(
                        "Core",
                        "{claims} claim(s) have the verdict {label!r}: move them to another "
                        "verdict or keep them on the retired verdict",
                    ),
                    claims=entry.claims,
                    label=entry.label,
                )
            if move_to is not None and keep:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "either move the claims or keep them, not both")
                )
            target: str | None = None
            moved = BulkResult({}, {})
            if move_to is not None and entry.claims:
                if move_to == "":
                    if kind == "status":
                        raise UserError(
                            QT_TRANSLATE_NOOP(
                                "Core", "claims need a status: name the status to move them to"
                            )
                        )
                else:
                    found = self._find(session, kind, move_to)
                    if found.key == entry.key:
                        raise UserError(
                            QT_TRANSLATE_NOOP("Core", "choose a status other than {label!r}")
                            if kind == "status"
                            else QT_TRANSLATE_NOOP("Core", "choose a verdict other than {label!r}"),
                            label=entry.label,
                        )
                    if found.retired:
                        raise UserError(
                            QT_TRANSLATE_NOOP("Core", "the status {label!r} is retired")
                            if kind == "status"
                            else QT_TRANSLATE_NOOP("Core", "the verdict {label!r} is retired"),
                            label=found.label,
                        )
                    target = found.key
                column = Claim.status if kind == "status" else Claim.verdict
                ids = list(session.scalars(select(Claim.id).where(column == entry.key)))
                moved = self._review._write_field(session, ids, kind, dict.fromkeys(ids, target))
            if entry.claims and keep:
                self._set(session, kind, entry.key, retired=True)
                return Removal(entry, deleted=False)
            table = _table(kind)
            session.execute(delete(table).where(table.key == entry.key))
            self._log(session, kind, entry.key, "delete", "label", entry.label, None)
            return Removal(
                entry,
                deleted=True,
                moved_to="" if move_to == "" else target,
                moved=moved,
            )

    def restore(self, removal: Removal) -> BulkResult:
        """Undo :meth:`remove`: the term back as it was, and the moved claims back on it
        (those still holding the term they were moved to; the others are skipped)."""
        entry = removal.entry
        table = _table(entry.kind)
        with self.db.write() as session:
            if removal.deleted:
                if session.get(table, entry.key) is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Core", "the status {key!r} exists again")
                        if entry.kind == "status"
                        else QT_TRANSLATE_NOOP("Core", "the verdict {key!r} exists again"),
                        key=entry.key,
                    )
                session.execute(
                    update(table)
                    .where(table.position >= entry.position)
                    .values(position=table.position + 1)
                )
                values: dict[str, Any] = dict(
                    key=entry.key, label=entry.label, colour=entry.colour, position=entry.position
                )
                if entry.kind == "verdict":
                    values["rating"] = entry.rating
                session.add(table(**values, retired=entry.retired))
                session.flush()
                self._log(session, entry.kind, entry.key, "restore", "label", None, entry.label)
            else:
                self._set(session, entry.kind, entry.key, retired=entry.retired)
            previous = removal.moved.previous
            if not previous:
                return BulkResult({}, {})
            now_holding = "" if removal.moved_to == "" else removal.moved_to
            return self._review._write_field(
                session,
                list(previous),
                entry.kind,
                dict(previous),
                expected_values=dict.fromkeys(previous, now_holding or None),
            )

    def reactivate(self, kind: str, name: str) -> ScaleEntry:
        """Offer a retired term again."""
        with self.db.write() as session:
            entry = self._find(session, kind, name)
            self._set(session, kind, entry.key, retired=False)
            return self._find(session, kind, entry.key)

    def retire(self, kind: str, name: str) -> ScaleEntry:
        """Stop offering a term, its claims keeping it (what ``remove(keep=True)`` does to a
        term in use; here also for an unused one, e.g. to undo :meth:`reactivate`)."""
        with self.db.write() as session:
            entry = self._find(session, kind, name)
            if entry.default:
                raise _is_default(entry)
            self._set(session, kind, entry.key, retired=True)
            return self._find(session, kind, entry.key)

    # -- helpers ----------------------------------------------------------------------------

    def _entries(self, session: Session, kind: str) -> list[ScaleEntry]:
        table = _table(kind)
        column = Claim.status if kind == "status" else Claim.verdict
        counts = dict(
            session.execute(
                select(column, func.count()).where(column.is_not(None)).group_by(column)
            ).all()
        )
        return [
            ScaleEntry(
                kind=kind,
                key=r.key,
                label=r.label,
                colour=r.colour,
                position=r.position,
                rating=getattr(r, "rating", None),
                retired=r.retired,
                default=bool(getattr(r, "is_default", False)),
                claims=counts.get(r.key, 0),
            )
            for r in session.scalars(select(table).order_by(table.position, table.key))
        ]

    def _find(self, session: Session, kind: str, name: str) -> ScaleEntry:
        entries = self._entries(session, kind)
        wanted = " ".join((name or "").split()).casefold()
        for e in entries:
            if wanted == e.key or wanted == e.label.casefold():
                return e
        for e in entries:
            if term_key(wanted) == e.key:
                return e
        choices = ", ".join(e.label for e in entries)
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "no status named {name!r} (one of: {choices})")
            if kind == "status"
            else QT_TRANSLATE_NOOP("Core", "no verdict named {name!r} (one of: {choices})"),
            name=name,
            choices=choices,
        )

    @staticmethod
    def _check(entry: ScaleEntry, expected: dict[str, Any] | None, mine: dict[str, Any]) -> None:
        if not expected:
            return
        theirs = {k: getattr(entry, k) for k in expected}
        if theirs != expected:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Core", "the status {label!r} was changed meanwhile")
                if entry.kind == "status"
                else QT_TRANSLATE_NOOP("Core", "the verdict {label!r} was changed meanwhile"),
                label=entry.label,
                theirs=theirs,
                mine=mine or dict(expected),
                version=TERM_VERSION,
            )

    def _set(self, session: Session, kind: str, key: str, **values: Any) -> None:
        table = _table(kind)
        row = session.get(table, key)
        assert row is not None
        for name, value in values.items():
            old = getattr(row, name)
            if old != value:
                setattr(row, name, value)
                self._log(session, kind, key, "update", name, old, value)
        session.flush()

    def _log(
        self,
        session: Session,
        kind: str,
        key: str,
        action: str,
        field_name: str,
        old: object,
        new: object,
    ) -> None:
        changelog.record(session, self.actor, action, kind, f"{kind}:{key}", field_name, old, new)
