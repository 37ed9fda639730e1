"""Undoable commands: do, undo and redo leave the database as expected, ids preserved."""

from __future__ import annotations

from sqlalchemy import func, select

from claimtracker.core.commands import (
    AddEvidence,
    CreateClaim,
    DeleteClaim,
    EditClaim,
    EditEvidence,
    LinkSelection,
    RemoveEvidence,
    SetTags,
)
from claimtracker.core.model import Highlight

TEXT = "Reacciones 😀👍🏽 东京. El ministro dijo que la inflación bajó. Fin de la nota."


def claim_count(services) -> int:
    return len(services.claims.find())


def test_create_undo_redo_keeps_id_uuid_and_highlight(services, add_article):
    article = add_article(TEXT)
    start = TEXT.index("la inflación bajó")
    cmd = CreateClaim(article, start, start + 17, {"tags": ["Economía"]})
    cmd.do(services)
    created = services.claims.get(cmd.claim_id)
    cmd.undo(services)
    assert claim_count(services) == 0
    cmd.do(services)
    restored = services.claims.get(cmd.claim_id)
    assert (restored.id, restored.uuid, restored.tags) == (created.id, created.uuid, ["Economía"])
    assert restored.highlights == created.highlights


def test_delete_and_undo_restores_evidence(services, add_article):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    services.claims.add_evidence(claim.id, source.id, stance="refutes", credibility=2)
    before = services.claims.get(claim.id)
    cmd = DeleteClaim(claim.id, before.version)
    cmd.do(services)
    assert claim_count(services) == 0
    cmd.undo(services)
    after = services.claims.get(claim.id)
    assert after.evidence == before.evidence
    assert after.highlights == before.highlights


def test_edit_undo_redo_and_merge(services, add_article):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    first = EditClaim(
        claim.id, {"statement": "La inflación"}, {"statement": claim.statement}, claim.version
    )
    first.do(services)
    seen = services.claims.get(claim.id).version
    second = EditClaim(
        claim.id, {"statement": "La inflación bajó"}, {"statement": "La inflación"}, seen
    )
    second.do(services)
    assert first.merge(second)
    first.undo(services)
    assert services.claims.get(claim.id).statement == "la inflación bajó"
    first.do(services)
    assert services.claims.get(claim.id).statement == "La inflación bajó"
    other = EditClaim(claim.id, {"verdict": "false"}, {"verdict": None}, seen)
    assert not first.merge(other)


def test_link_selection_undo_redo(services, db, add_article):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "El ministro dijo")
    start = TEXT.index("Fin de la nota")
    cmd = LinkSelection(claim.id, article, start, start + 14)
    cmd.do(services)
    assert len(services.claims.get(claim.id).highlights) == 2
    cmd.undo(services)
    assert len(services.claims.get(claim.id).highlights) == 1
    cmd.do(services)
    with db.read() as s:
        assert s.scalar(select(func.count(Highlight.id))) == 2


def test_tags_and_evidence_commands(services, add_article):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    tags = SetTags(claim.id, ["a", "b"], [], claim.version)
    tags.do(services)
    assert services.claims.get(claim.id).tags == ["a", "b"]
    tags.undo(services)
    assert services.claims.get(claim.id).tags == []
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    add = AddEvidence(claim.id, tags.version, source.id, {"stance": "supports", "credibility": 1})
    add.do(services)
    evidence_id = add.evidence.id
    edit = EditEvidence(
        evidence_id,
        services.claims.get(claim.id).version,
        {"stance": "refutes"},
        {"stance": "supports"},
        {"reliability": "C"},
        {"reliability": "A"},
    )
    edit.do(services)
    ev = services.claims.get(claim.id).evidence[0]
    assert (ev.stance, ev.source.reliability) == ("refutes", "C")
    edit.undo(services)
    ev = services.claims.get(claim.id).evidence[0]
    assert (ev.stance, ev.source.reliability) == ("supports", "A")
    remove = RemoveEvidence(evidence_id, services.claims.get(claim.id).version)
    remove.do(services)
    assert services.claims.get(claim.id).evidence == []
    remove.undo(services)
    assert services.claims.get(claim.id).evidence[0].id == evidence_id
    add.undo(services)
    assert services.claims.get(claim.id).evidence == []
    add.do(services)
    assert services.claims.get(claim.id).evidence[0].id == evidence_id


def test_add_evidence_with_a_new_source_creates_it_once(services, add_article):
    article = add_article(TEXT)
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    add = AddEvidence(claim.id, claim.version, new_source={"name": "INE", "kind": "dataset"})
    add.do(services)
    add.undo(services)
    add.do(services)
    assert [s.name for s in services.sources.find()] == ["INE"]
    assert services.claims.get(claim.id).evidence[0].source.name == "INE"
