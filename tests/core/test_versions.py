"""Every edit path is checked against the version it was based on: nothing is overwritten.

Two analysts (two ``Services`` on one database, as two windows or processes would be) edit the
same claims; whatever the path (field, tags, evidence, source, bulk, tag rename, delete, undo,
redo), a step based on an older version is refused or skipped and the other's work stays.
"""

from __future__ import annotations

import pytest

from claimtracker.core.commands import (
    AddEvidence,
    BulkDelete,
    BulkSetField,
    BulkTag,
    CreateClaim,
    DeleteClaim,
    EditClaim,
    EditEvidence,
    RemoveEvidence,
    SetTags,
)
from claimtracker.core.errors import ConflictError
from claimtracker.core.services import Services

TEXT = "El ministro dijo que la inflación bajó. La OTAN negó el envío. Fin de la nota."


@pytest.fixture
def two(db):
    """Ana and Bruno, each with the services of one window on the same database."""
    return Services(db, "ana"), Services(db, "bruno")


@pytest.fixture
def claim(two):
    ana, _bruno = two
    article = ana.articles.add_text(TEXT, "Nota").id
    return ana.claims.create_from_quote(article, "la inflación bajó", tags=["economía"])


def test_undo_does_not_revert_a_later_change_made_elsewhere(two, claim):
    ana, bruno = two
    edit = EditClaim(claim.id, {"verdict": "false"}, {"verdict": None}, claim.version)
    edit.do(ana)
    seen_by_bruno = bruno.claims.get(claim.id).version
    bruno.claims.update(claim.id, verdict="misleading", expected_version=seen_by_bruno)
    with pytest.raises(ConflictError) as raised:
        edit.undo(ana)
    assert raised.value.theirs == {"verdict": "misleading"}
    assert raised.value.mine == {"verdict": None}
    assert ana.claims.get(claim.id).verdict == "misleading"


def test_redo_does_not_overwrite_a_change_made_after_the_undo(two, claim):
    ana, bruno = two
    edit = EditClaim(claim.id, {"claimant": "El ministro"}, {"claimant": ""}, claim.version)
    edit.do(ana)
    edit.undo(ana)
    bruno.claims.update(claim.id, claimant="La portavoz")
    with pytest.raises(ConflictError):
        edit.do(ana)
    assert ana.claims.get(claim.id).claimant == "La portavoz"


def test_keep_mine_saves_on_top_of_the_version_seen_in_the_conflict(two, claim):
    ana, bruno = two
    bruno.claims.update(claim.id, verdict="misleading")
    edit = EditClaim(claim.id, {"verdict": "false"}, {"verdict": None}, claim.version)
    with pytest.raises(ConflictError) as raised:
        edit.do(ana)
    edit.version = raised.value.version  # the analyst saw theirs and chose to keep mine
    edit.do(ana)
    assert ana.claims.get(claim.id).verdict == "false"


def test_a_stale_tag_edit_does_not_drop_a_tag_added_elsewhere(two, claim):
    ana, bruno = two
    bruno.claims.add_tag(claim.id, "rusia")
    stale = SetTags(claim.id, ["economía", "otan"], ["economía"], claim.version)
    with pytest.raises(ConflictError) as raised:
        stale.do(ana)
    assert raised.value.theirs == {"tags": ["economía", "rusia"]}
    assert ana.claims.get(claim.id).tags == ["economía", "rusia"]


def test_a_tag_rename_elsewhere_makes_a_stale_tag_edit_a_conflict(two, claim):
    ana, bruno = two
    stale = SetTags(claim.id, ["economía", "otan"], ["economía"], claim.version)
    bruno.review.rename_tag("economía", "Economía y empleo")
    with pytest.raises(ConflictError):
        stale.do(ana)
    assert ana.claims.get(claim.id).tags == ["Economía y empleo"]


def test_evidence_edits_do_not_overwrite_each_other(two, claim):
    ana, bruno = two
    source = ana.sources.create("INE", "https://ine.example", "dataset", "A")
    add = AddEvidence(claim.id, claim.version, source.id, {"stance": "supports"})
    add.do(ana)
    seen = ana.claims.get(claim.id).version
    bruno_edit = EditEvidence(add.evidence.id, seen, {"note": "cifra de marzo"}, {"note": ""})
    bruno_edit.do(bruno)
    ana_edit = EditEvidence(add.evidence.id, seen, {"stance": "refutes"}, {"stance": "supports"})
    with pytest.raises(ConflictError):
        ana_edit.do(ana)
    evidence = ana.claims.get(claim.id).evidence[0]
    assert (evidence.stance, evidence.note) == ("supports", "cifra de marzo")
    with pytest.raises(ConflictError):
        RemoveEvidence(add.evidence.id, seen).do(ana)
    with pytest.raises(ConflictError):
        add.undo(ana)  # removing what Ana added, after Bruno edited it
    assert len(ana.claims.get(claim.id).evidence) == 1


def test_a_stale_source_edit_is_a_conflict(two, claim):
    ana, bruno = two
    source = ana.sources.create("INE", "https://ine.example", "dataset", "A")
    add = AddEvidence(claim.id, claim.version, source.id)
    add.do(ana)
    bruno.sources.update(source.id, reliability="C", expected={"reliability": "A"})
    seen = ana.claims.get(claim.id).version
    edit = EditEvidence(add.evidence.id, seen, {}, {}, {"reliability": "B"}, {"reliability": "A"})
    with pytest.raises(ConflictError) as raised:
        edit.do(ana)
    assert raised.value.theirs == {"reliability": "C"}
    assert ana.claims.get(claim.id).evidence[0].source.reliability == "C"


def test_bulk_edits_skip_claims_changed_since_and_undo_keeps_later_changes(two, claim):
    ana, bruno = two
    article = claim.highlights[0].article_id
    other = ana.claims.create_from_quote(article, "La OTAN negó el envío")
    third = ana.claims.create_from_quote(article, "Fin de la nota")
    seen = ana.review.versions([claim.id, other.id, third.id])
    bruno.claims.update(other.id, status="done")
    bulk = BulkSetField([claim.id, other.id, third.id], "status", "needs_review", seen)
    change = bulk.do(ana)
    assert change.skipped == (other.id,)
    assert ana.claims.get(other.id).status == "done"
    bruno.claims.update(third.id, status="in_progress")
    change = bulk.undo(ana)
    assert change.skipped == (third.id,)
    assert ana.claims.get(claim.id).status == "unstarted"
    assert ana.claims.get(third.id).status == "in_progress"
    bruno.claims.update(claim.id, status="done")  # after the undo, before the redo
    assert bulk.do(ana).skipped == (claim.id,)
    assert ana.claims.get(claim.id).status == "done"


def test_bulk_tag_undo_keeps_a_tag_edit_made_since(two, claim):
    ana, bruno = two
    bulk = BulkTag([claim.id], "revisar", versions=ana.review.versions([claim.id]))
    bruno.claims.add_tag(claim.id, "otan")
    assert bulk.do(ana).skipped == (claim.id,)  # Bruno's edit came after Ana's list
    bulk = BulkTag([claim.id], "revisar", versions=ana.review.versions([claim.id]))
    bulk.do(ana)
    bruno.claims.add_tag(claim.id, "urgente")
    bulk.undo(ana)
    assert ana.claims.get(claim.id).tags == ["economía", "otan", "urgente"]


def test_undo_after_own_later_edits_were_undone_is_not_a_conflict(two, claim):
    ana, _bruno = two
    first = EditClaim(claim.id, {"verdict": "false"}, {"verdict": None}, claim.version)
    first.do(ana)
    second = EditClaim(
        claim.id, {"claimant": "El ministro"}, {"claimant": ""}, ana.claims.get(claim.id).version
    )
    second.do(ana)
    second.undo(ana)  # the version moves on, the values are back
    first.undo(ana)
    assert ana.claims.get(claim.id).verdict is None
    first.do(ana)  # redo, based on the version the undo stored
    assert ana.claims.get(claim.id).verdict == "false"


def test_undoing_a_new_claim_edited_elsewhere_is_a_conflict(two, claim):
    ana, bruno = two
    create = CreateClaim(claim.highlights[0].article_id, 0, 10)
    create.do(ana)
    bruno.claims.update(create.claim_id, claimant="El ministro")
    with pytest.raises(ConflictError):
        create.undo(ana)
    assert ana.claims.get(create.claim_id).claimant == "El ministro"


def test_deleting_a_claim_changed_since_is_refused(two, claim):
    ana, bruno = two
    bruno.claims.update(claim.id, rationale="Datos del INE")
    with pytest.raises(ConflictError):
        DeleteClaim(claim.id, claim.version).do(ana)
    bulk = BulkDelete([claim.id], {claim.id: claim.version})
    assert bulk.do(ana).skipped == (claim.id,)
    assert ana.claims.get(claim.id).rationale == "Datos del INE"
