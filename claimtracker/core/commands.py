"""Undoable edits as plain objects with ``do(services)`` and ``undo(services)``.

Each command is created once and then done, undone and redone any number of times, each time
with the services it is given (so the analyst recorded is whoever works at that moment). No
step overwrites what someone else saved since the state it was based on:

- the first ``do`` is based on ``version``, the version of the claim the analyst saw;
- ``undo`` and ``redo`` are based on the values the step before them left (the version alone
  cannot tell: other commands of the same window, undone and redone meanwhile, move it on
  while leaving those values as they were).

A claim changed elsewhere in between raises :class:`~claimtracker.core.errors.ConflictError`
and nothing is written. ``rebase(version)`` bases the next step on the version the conflict
reported instead: the analyst saw theirs and chose to save theirs over, which is again
refused if a third change came meanwhile. Bulk commands leave changed claims alone and list
them in :attr:`Change.skipped`.

Undoing a creation deletes and keeps a snapshot; redoing restores that snapshot with the same
ids and UUIDs, so everything that refers to the record stays valid. Each step returns a
:class:`Change` saying which claims changed, so views update only those.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.services import Services
from claimtracker.core.services.dto import ClaimInfo, EvidenceInfo, HighlightInfo
from claimtracker.core.services.review import BulkResult, MergeRecord


@dataclass(frozen=True)
class Change:
    """What one step of a command changed."""

    claims: tuple[ClaimInfo, ...] = ()  # claims as now stored
    touched: frozenset[int] = frozenset()  # other changed claims, without their records
    created: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    articles: frozenset[int] = frozenset()  # articles that gained or lost claims
    skipped: tuple[int, ...] = ()  # claims left alone: they changed elsewhere
    scales: frozenset[str] = frozenset()  # "status", "verdict": scales to read again
    suggestions: frozenset[int] = frozenset()  # articles whose dismissed suggestions changed
    # Articles whose own record changed: metadata, text (a new version), deleted or restored.
    article_records: frozenset[int] = frozenset()

    @property
    def ids(self) -> frozenset[int]:
        """Every claim this step touched."""
        return frozenset(c.id for c in self.claims) | self.touched | self.created | self.removed


def _articles(claims: Iterable[ClaimInfo]) -> frozenset[int]:
    return frozenset(h.article_id for c in claims for h in c.highlights)


class Command(Protocol):
    text: str

    def do(self, services: Services) -> Change: ...

    def undo(self, services: Services) -> Change: ...

    def rebase(self, version: int | None) -> None: ...


class Based:
    """The ``version`` a command's next step is based on: set for the first ``do`` (what the
    analyst saw) and by :meth:`rebase`; None when the step is based on values."""

    version: int | None

    def rebase(self, version: int | None) -> None:
        """Base the next step on ``version`` (the stored version a conflict reported)."""
        self.version = version

    def _take_version(self) -> int | None:
        version, self.version = self.version, None
        return version


@dataclass
class CreateClaim(Based):
    """A new claim from ``start..end`` (code points) of an article."""

    article_id: int
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = QT_TRANSLATE_NOOP("Commands", "New claim")
    version: int | None = None
    claim: ClaimInfo | None = None
    _snapshot: ClaimInfo | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        if self._snapshot is None:
            claim = services.claims.create(self.article_id, self.start, self.end, **self.fields)
        else:
            claim = services.claims.restore(self._snapshot)
        self.claim = claim
        return Change((claim,), created=frozenset({claim.id}), articles=_articles([claim]))

    def undo(self, services: Services) -> Change:
        assert self.claim is not None
        version = self._take_version()
        self._snapshot = services.claims.delete(
            self.claim.id,
            expected_version=version,
            expected_state=self.claim if version is None else None,
        )
        return Change(removed=frozenset({self.claim.id}), articles=_articles([self._snapshot]))

    @property
    def claim_id(self) -> int | None:
        return self.claim.id if self.claim else None


@dataclass
class LinkSelection(Based):
    """``start..end`` of an article as another appearance of an existing claim."""

    claim_id: int
    article_id: int
    start: int
    end: int
    text: str = QT_TRANSLATE_NOOP("Commands", "Link selection to claim")
    version: int | None = None
    highlight: HighlightInfo | None = None
    _removed: HighlightInfo | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        if self._removed is not None:
            self.highlight = services.claims.restore_highlight(self._removed)
            claim = services.claims.get(self.claim_id)
        else:
            before = {h.id for h in services.claims.get(self.claim_id).highlights}
            claim = services.claims.create(
                self.article_id, self.start, self.end, claim_id=self.claim_id
            )
            self.highlight = next(h for h in claim.highlights if h.id not in before)
        return Change((claim,), articles=frozenset({self.article_id}))

    def undo(self, services: Services) -> Change:
        assert self.highlight is not None
        self._take_version()
        self._removed = services.claims.remove_highlight(self.highlight.id)
        claim = services.claims.get(self.claim_id)
        return Change((claim,), articles=frozenset({self.article_id}))


@dataclass
class DeleteClaim(Based):
    """Delete a claim with its highlights and evidence."""

    claim_id: int
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Delete claim")
    _snapshot: ClaimInfo | None = None
    _restored: ClaimInfo | None = None

    def do(self, services: Services) -> Change:
        version = self._take_version()
        self._snapshot = services.claims.delete(
            self.claim_id,
            expected_version=version,
            expected_state=self._restored if version is None else None,
        )
        return Change(removed=frozenset({self.claim_id}), articles=_articles([self._snapshot]))

    def undo(self, services: Services) -> Change:
        assert self._snapshot is not None
        self._take_version()
        self._restored = services.claims.restore(self._snapshot)
        return Change(
            (self._restored,),
            created=frozenset({self.claim_id}),
            articles=_articles([self._restored]),
        )


@dataclass
class EditClaim(Based):
    """Change fields of a claim; ``before`` holds the values to go back to."""

    claim_id: int
    after: dict[str, Any]
    before: dict[str, Any]
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Edit claim")

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after)

    def _apply(self, services: Services, values: dict[str, Any], base: dict[str, Any]) -> Change:
        version = self._take_version()
        claim = services.claims.update(
            self.claim_id,
            expected_version=version,
            expected_values=base if version is None else None,
            **values,
        )
        return Change((claim,))

    def merge(self, other: EditClaim) -> bool:
        """Fold a following edit of the same single field into this one (typing in a box)."""
        if (
            other.claim_id != self.claim_id
            or set(other.after) != set(self.after)
            or len(self.after) != 1
        ):
            return False
        self.after = other.after
        return True


@dataclass
class SetTags(Based):
    """Replace the tags of a claim."""

    claim_id: int
    after: list[str]
    before: list[str]
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Change tags")

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after)

    def _apply(self, services: Services, names: list[str], base: list[str]) -> Change:
        version = self._take_version()
        claim = services.claims.set_tags(
            self.claim_id,
            names,
            expected_version=version,
            expected_tags=base if version is None else None,
        )
        return Change((claim,))


def _evidence_values(evidence: EvidenceInfo) -> dict[str, Any]:
    return {k: getattr(evidence, k) for k in ("stance", "credibility", "excerpt", "note")}


@dataclass
class AddEvidence(Based):
    """Link a source to a claim with stance, credibility and excerpt.

    ``new_source`` describes a source to create first (once: a repeated step reuses it).
    """

    claim_id: int
    version: int | None
    source_id: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    new_source: dict[str, Any] = field(default_factory=dict)
    text: str = QT_TRANSLATE_NOOP("Commands", "Add evidence")
    evidence: EvidenceInfo | None = None

    def do(self, services: Services) -> Change:
        version = self._take_version()
        if self.source_id is None:
            self.source_id = services.sources.create(**self.new_source).id
        if self.evidence is None:
            result = services.claims.add_evidence(
                self.claim_id, self.source_id, expected_version=version, **self.fields
            )
        else:  # redo: the same evidence back, unless it exists again already
            result = services.claims.restore_evidence(self.evidence, expected_version=version)
        self.evidence = result.evidence
        return Change((result.claim,))

    def undo(self, services: Services) -> Change:
        assert self.evidence is not None
        version = self._take_version()
        result = services.claims.remove_evidence(
            self.evidence.id,
            expected_version=version,
            expected_values=_evidence_values(self.evidence) if version is None else None,
        )
        return Change((result.claim,))


@dataclass
class EditEvidence(Based):
    """Change evidence fields and, with them, fields of its source (one transaction)."""

    evidence_id: int
    version: int | None
    after: dict[str, Any]
    before: dict[str, Any]
    source_after: dict[str, Any] = field(default_factory=dict)
    source_before: dict[str, Any] = field(default_factory=dict)
    text: str = QT_TRANSLATE_NOOP("Commands", "Edit evidence")
    _first: bool = True

    def do(self, services: Services) -> Change:
        return self._apply(services, self.after, self.before, self.source_after, self.source_before)

    def undo(self, services: Services) -> Change:
        return self._apply(services, self.before, self.after, self.source_before, self.source_after)

    def _apply(
        self,
        services: Services,
        evidence: dict[str, Any],
        base: dict[str, Any],
        source: dict[str, Any],
        source_base: dict[str, Any],
    ) -> Change:
        version = self._take_version()
        # A source has no version: its values are checked, except after a conflict the
        # analyst settled by keeping this edit over what was stored.
        check_source = version is None or self._first
        self._first = False
        result = services.claims.update_evidence(
            self.evidence_id,
            expected_version=version,
            expected_values=base if version is None else None,
            source_changes=source,
            source_expected=source_base if check_source else None,
            **evidence,
        )
        return Change((result.claim,))


@dataclass
class RemoveEvidence(Based):
    """Unlink a source from a claim (the source itself stays for other claims)."""

    evidence_id: int
    version: int | None
    text: str = QT_TRANSLATE_NOOP("Commands", "Remove evidence")
    _snapshot: EvidenceInfo | None = None

    def do(self, services: Services) -> Change:
        version = self._take_version()
        base = _evidence_values(self._snapshot) if self._snapshot and version is None else None
        result = services.claims.remove_evidence(
            self.evidence_id, expected_version=version, expected_values=base
        )
        self._snapshot = result.evidence
        return Change((result.claim,))

    def undo(self, services: Services) -> Change:
        assert self._snapshot is not None
        self._take_version()
        result = services.claims.restore_evidence(self._snapshot)
        return Change((result.claim,))


def _bulk_change(result: BulkResult) -> Change:
    return Change(touched=frozenset(result.versions), skipped=result.skipped)


@dataclass
class BulkSetField(Based):
    """Set the status or the verdict of many claims.

    ``versions`` are those the analyst's list showed; claims stored at another version are
    skipped (and listed). Undo puts back only the claims still holding this command's value,
    redo changes again only those still holding the value the undo put back.
    """

    claim_ids: list[int]
    field_name: str
    value: str | None
    versions: dict[int, int] | None = None
    text: str = QT_TRANSLATE_NOOP("Commands", "Set field")
    version: int | None = None
    _result: BulkResult | None = None
    _undone: BulkResult | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        if self._undone is None:
            self._result = services.review.set_field(
                self.claim_ids, self.field_name, self.value, expected=self.versions
            )
        else:
            assert self._result is not None
            put_back = {cid: self._result.previous[cid] for cid in self._undone.changed}
            self._result = services.review.set_field(
                list(put_back), self.field_name, self.value, expected_values=put_back
            )
        return _bulk_change(self._result)

    def undo(self, services: Services) -> Change:
        assert self._result is not None
        self._take_version()
        self._undone = services.review.restore_field(
            self.field_name,
            self._result.previous,
            expected_values=dict.fromkeys(self._result.previous, self._result.value),
        )
        return _bulk_change(self._undone)


@dataclass
class BulkTag(Based):
    """Add a tag to, or remove it from, many claims (undo and redo need no check: adding or
    removing one tag leaves every other change to the claims as it was)."""

    claim_ids: list[int]
    tag: str
    add: bool = True
    versions: dict[int, int] | None = None
    text: str = QT_TRANSLATE_NOOP("Commands", "Change tags")
    version: int | None = None
    _result: BulkResult | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        review = services.review
        step = review.add_tag if self.add else review.remove_tag
        self._result = step(self.claim_ids, self.tag, expected=self.versions)
        self.versions = None
        self.claim_ids = self._result.changed
        return _bulk_change(self._result)

    def undo(self, services: Services) -> Change:
        assert self._result is not None
        self._take_version()
        review = services.review
        step = review.remove_tag if self.add else review.add_tag
        return _bulk_change(step(self._result.changed, self.tag))


@dataclass
class BulkDelete(Based):
    """Delete many claims (those still at the versions the analyst saw, and on redo those
    still as the undo put them back)."""

    claim_ids: list[int]
    versions: dict[int, int] | None = None
    text: str = QT_TRANSLATE_NOOP("Commands", "Delete claims")
    version: int | None = None
    _snapshots: list[ClaimInfo] = field(default_factory=list)
    _restored: bool = False

    def do(self, services: Services) -> Change:
        self._take_version()
        if self._restored:
            states = {c.id: c for c in self._snapshots}
            self._snapshots, skipped = services.claims.delete_many(states, expected_states=states)
        else:
            self._snapshots, skipped = services.claims.delete_many(
                self.claim_ids, expected=self.versions
            )
        return Change(
            removed=frozenset(c.id for c in self._snapshots),
            articles=_articles(self._snapshots),
            skipped=tuple(skipped),
        )

    def undo(self, services: Services) -> Change:
        self._take_version()
        restored = services.claims.restore_many(self._snapshots)
        self._restored = True
        return Change(
            created=frozenset(c.id for c in self._snapshots),
            articles=_articles(self._snapshots),
            skipped=tuple(restored),
        )


@dataclass
class RenameTag(Based):
    """Rename a tag everywhere (refused when the name it renames is gone, or taken)."""

    old: str
    new: str
    text: str = QT_TRANSLATE_NOOP("Commands", "Rename tag")
    version: int | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        return Change(touched=frozenset(services.review.rename_tag(self.old, self.new)))

    def undo(self, services: Services) -> Change:
        self._take_version()
        return Change(touched=frozenset(services.review.rename_tag(self.new, self.old)))


@dataclass
class MergeTags(Based):
    """Merge tags into one."""

    names: list[str]
    into: str
    text: str = QT_TRANSLATE_NOOP("Commands", "Merge tags")
    version: int | None = None
    _record: MergeRecord | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        self._record = services.review.merge_tags(self.names, self.into)
        return Change(touched=frozenset(c for c, _t in self._record.links))

    def undo(self, services: Services) -> Change:
        assert self._record is not None
        self._take_version()
        services.review.unmerge_tags(self._record)
        return Change(touched=frozenset(c for c, _t in self._record.links))


@dataclass
class DismissSuggestion(Based):
    """Hide a suggested sentence of an article (remembered for that article)."""

    article_id: int
    start: int
    end: int
    text: str = QT_TRANSLATE_NOOP("Commands", "Dismiss suggestion")
    version: int | None = None

    def do(self, services: Services) -> Change:
        self._take_version()
        services.suggestions.dismiss(self.article_id, self.start, self.end)
        return Change(suggestions=frozenset({self.article_id}))

    def undo(self, services: Services) -> Change:
        self._take_version()
        services.suggestions.undismiss(self.article_id, self.start, self.end)
        return Change(suggestions=frozenset({self.article_id}))


@dataclass
class SameClaim(Based):
    """A new claim is the same as an existing one: its passages become appearances of that
    claim, and the new claim goes (its other fields are dropped)."""

    new_claim_id: int
    existing_claim_id: int
    version: int | None = None  # of the new claim, as the analyst saw it
    text: str = QT_TRANSLATE_NOOP("Commands", "Same claim")
    _snapshot: ClaimInfo | None = None
    _restored: ClaimInfo | None = None
    _links: list[LinkSelection] = field(default_factory=list)

    def do(self, services: Services) -> Change:
        version = self._take_version()
        if self.new_claim_id == self.existing_claim_id:
            raise UserError(QT_TRANSLATE_NOOP("Core", "a claim cannot be the same as itself"))
        if not self._links:
            passages = services.claims.get(self.new_claim_id).highlights
            self._links = [
                LinkSelection(self.existing_claim_id, h.article_id, h.start, h.end)
                for h in passages
            ]
        self._snapshot = services.claims.delete(
            self.new_claim_id,
            expected_version=version,
            expected_state=self._restored if version is None else None,
        )
        for link in self._links:
            link.do(services)
        existing = services.claims.get(self.existing_claim_id)
        return Change(
            (existing,),
            removed=frozenset({self.new_claim_id}),
            articles=_articles([self._snapshot, existing]),
        )

    def undo(self, services: Services) -> Change:
        assert self._snapshot is not None
        self._take_version()
        for link in reversed(self._links):
            link.undo(services)
        self._restored = services.claims.restore(self._snapshot)
        existing = services.claims.get(self.existing_claim_id)
        return Change(
            (self._restored, existing),
            created=frozenset({self.new_claim_id}),
            articles=_articles([self._restored, existing]),
        )
