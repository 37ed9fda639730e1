"""Undoable edits as plain objects with ``do()`` and ``undo()``; the UI wraps them for Qt.

Each command is created once and then done, undone and redone any number of times. Undoing a
creation deletes and keeps a snapshot; redoing restores that snapshot with the same ids and
UUIDs, so everything that refers to the record stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from claimtracker.core.errors import UserError
from claimtracker.core.services import Services
from claimtracker.core.services.dto import ClaimInfo, EvidenceInfo, HighlightInfo
from claimtracker.core.services.review import MergeRecord


class Command(Protocol):
    text: str

    def do(self) -> None: ...

    def undo(self) -> None: ...


@dataclass
class CreateClaim:
    """A new claim from ``start..end`` (code points) of an article."""

    services: Services
    article_id: int
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = "New claim"
    claim: ClaimInfo | None = None
    _snapshot: ClaimInfo | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.claim = self.services.claims.create(
                self.article_id, self.start, self.end, **self.fields
            )
        else:
            self.claim = self.services.claims.restore(self._snapshot)

    def undo(self) -> None:
        assert self.claim is not None
        self._snapshot = self.services.claims.delete(self.claim.id)

    @property
    def claim_id(self) -> int | None:
        return self.claim.id if self.claim else None


@dataclass
class LinkSelection:
    """``start..end`` of an article as another appearance of an existing claim."""

    services: Services
    claim_id: int
    article_id: int
    start: int
    end: int
    text: str = "Link selection to claim"
    highlight: HighlightInfo | None = None
    _removed: HighlightInfo | None = None

    def do(self) -> None:
        if self._removed is not None:
            self.highlight = self.services.claims.restore_highlight(self._removed)
            return
        before = {h.id for h in self.services.claims.get(self.claim_id).highlights}
        claim = self.services.claims.create(
            self.article_id, self.start, self.end, claim_id=self.claim_id
        )
        self.highlight = next(h for h in claim.highlights if h.id not in before)

    def undo(self) -> None:
        assert self.highlight is not None
        self._removed = self.services.claims.remove_highlight(self.highlight.id)


@dataclass
class DeleteClaim:
    """Delete a claim with its highlights and evidence."""

    services: Services
    claim_id: int
    text: str = "Delete claim"
    _snapshot: ClaimInfo | None = None

    def do(self) -> None:
        self._snapshot = self.services.claims.delete(self.claim_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self.services.claims.restore(self._snapshot)


@dataclass
class EditClaim:
    """Change fields of a claim; ``before`` holds the values to go back to."""

    services: Services
    claim_id: int
    after: dict[str, Any]
    before: dict[str, Any]
    text: str = "Edit claim"
    # The version the edit was based on: a newer stored one is a conflict, not an overwrite.
    expected_version: int | None = None

    def do(self) -> None:
        self.services.claims.update(
            self.claim_id, expected_version=self.expected_version, **self.after
        )
        self.expected_version = None  # undo and redo replay our own, already checked edit

    def undo(self) -> None:
        self.services.claims.update(self.claim_id, **self.before)

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
class SetTags:
    """Replace the tags of a claim."""

    services: Services
    claim_id: int
    after: list[str]
    before: list[str]
    text: str = "Change tags"

    def do(self) -> None:
        self.services.claims.set_tags(self.claim_id, self.after)

    def undo(self) -> None:
        self.services.claims.set_tags(self.claim_id, self.before)


@dataclass
class AddEvidence:
    """Link a source to a claim with stance, credibility and excerpt."""

    services: Services
    claim_id: int
    source_id: int
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = "Add evidence"
    evidence: EvidenceInfo | None = None

    def do(self) -> None:
        if self.evidence is None:
            self.evidence = self.services.claims.add_evidence(
                self.claim_id, self.source_id, **self.fields
            )
        else:
            self.evidence = self.services.claims.restore_evidence(self.evidence)

    def undo(self) -> None:
        assert self.evidence is not None
        self.evidence = self.services.claims.remove_evidence(self.evidence.id)


@dataclass
class EditEvidence:
    """Change evidence fields and, with them, fields of its source."""

    services: Services
    evidence_id: int
    source_id: int
    after: dict[str, Any]
    before: dict[str, Any]
    source_after: dict[str, Any] = field(default_factory=dict)
    source_before: dict[str, Any] = field(default_factory=dict)
    text: str = "Edit evidence"

    def do(self) -> None:
        self._apply(self.after, self.source_after)

    def undo(self) -> None:
        self._apply(self.before, self.source_before)

    def _apply(self, evidence: dict[str, Any], source: dict[str, Any]) -> None:
        if source:
            self.services.sources.update(self.source_id, **source)
        if evidence:
            self.services.claims.update_evidence(self.evidence_id, **evidence)


@dataclass
class RemoveEvidence:
    """Unlink a source from a claim (the source itself stays for other claims)."""

    services: Services
    evidence_id: int
    text: str = "Remove evidence"
    _snapshot: EvidenceInfo | None = None

    def do(self) -> None:
        self._snapshot = self.services.claims.remove_evidence(self.evidence_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self.services.claims.restore_evidence(self._snapshot)


@dataclass
class BulkSetField:
    """Set the status or the verdict of many claims."""

    services: Services
    claim_ids: list[int]
    field_name: str
    value: str | None
    text: str = "Set field"
    _previous: dict[int, str | None] = field(default_factory=dict)

    def do(self) -> None:
        self._previous = self.services.review.set_field(self.claim_ids, self.field_name, self.value)

    def undo(self) -> None:
        self.services.review.restore_field(self.field_name, self._previous)


@dataclass
class BulkTag:
    """Add a tag to, or remove it from, many claims."""

    services: Services
    claim_ids: list[int]
    tag: str
    add: bool = True
    text: str = "Change tags"
    _changed: list[int] = field(default_factory=list)

    def do(self) -> None:
        review = self.services.review
        self._changed = (review.add_tag if self.add else review.remove_tag)(
            self.claim_ids, self.tag
        )

    def undo(self) -> None:
        review = self.services.review
        (review.remove_tag if self.add else review.add_tag)(self._changed, self.tag)


@dataclass
class BulkDelete:
    """Delete many claims."""

    services: Services
    claim_ids: list[int]
    text: str = "Delete claims"
    _snapshots: list[ClaimInfo] = field(default_factory=list)

    def do(self) -> None:
        self._snapshots = self.services.claims.delete_many(self.claim_ids)

    def undo(self) -> None:
        self.services.claims.restore_many(self._snapshots)


@dataclass
class RenameTag:
    """Rename a tag everywhere."""

    services: Services
    old: str
    new: str
    text: str = "Rename tag"

    def do(self) -> None:
        self.services.review.rename_tag(self.old, self.new)

    def undo(self) -> None:
        self.services.review.rename_tag(self.new, self.old)


@dataclass
class MergeTags:
    """Merge tags into one."""

    services: Services
    names: list[str]
    into: str
    text: str = "Merge tags"
    _record: MergeRecord | None = None

    def do(self) -> None:
        self._record = self.services.review.merge_tags(self.names, self.into)

    def undo(self) -> None:
        assert self._record is not None
        self.services.review.unmerge_tags(self._record)


@dataclass
class DismissSuggestion:
    """Hide a suggested sentence of an article (remembered for that article)."""

    services: Services
    article_id: int
    start: int
    end: int
    text: str = "Dismiss suggestion"

    def do(self) -> None:
        self.services.suggestions.dismiss(self.article_id, self.start, self.end)

    def undo(self) -> None:
        self.services.suggestions.undismiss(self.article_id, self.start, self.end)


@dataclass
class SameClaim:
    """A new claim is the same as an existing one: its passages become appearances of that
    claim, and the new claim goes (its other fields are dropped)."""

    services: Services
    new_claim_id: int
    existing_claim_id: int
    text: str = "Same claim"
    _snapshot: ClaimInfo | None = None
    _links: list[LinkSelection] = field(default_factory=list)

    def do(self) -> None:
        if self.new_claim_id == self.existing_claim_id:
            raise UserError("a claim cannot be the same as itself")
        if not self._links:
            passages = self.services.claims.get(self.new_claim_id).highlights
            self._links = [
                LinkSelection(self.services, self.existing_claim_id, h.article_id, h.start, h.end)
                for h in passages
            ]
        self._snapshot = self.services.claims.delete(self.new_claim_id)
        for link in self._links:
            link.do()

    def undo(self) -> None:
        assert self._snapshot is not None
        for link in reversed(self._links):
            link.undo()
        self.services.claims.restore(self._snapshot)
