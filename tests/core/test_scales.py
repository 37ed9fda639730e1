"""Verification scales: a newsroom's own statuses and verdicts, their commands and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from claimtracker.core.errors import ConflictError, UserError
from claimtracker.core.model import ChangeLogEntry, Claim
from claimtracker.core.scale_commands import (
    AddTerm,
    EditTerm,
    RemoveTerm,
    ReorderTerms,
    SetDefaultStatus,
)
from claimtracker.core.services import Services
from claimtracker.core.services.scales import TERM_VERSION

TEXT = "El ministro dijo que la inflación bajó. La oposición negó que el paro subiera. Fin."


@pytest.fixture
def claims(services, add_article):
    """Three claims: two false, one true."""
    article = add_article(TEXT)
    made = []
    for quote, verdict in (("la inflación bajó", "false"), ("el paro subiera", "false")):
        made.append(services.claims.create_from_quote(article, quote, verdict=verdict))
    made.append(services.claims.create_from_quote(article, "El ministro", verdict="true"))
    return [c.id for c in made]


def labels(services, kind, retired=True):
    return [e.label for e in services.scales.terms(kind, retired=retired)]


def stored(services, claim_id, field="verdict"):
    return getattr(services.claims.get(claim_id), field)


def test_new_claims_start_in_the_database_default_status(services, add_article):
    article = add_article(TEXT)
    services.scales.add("status", "Triage")
    services.scales.set_default("Triage")
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    assert claim.status == "triage"
    assert [e.key for e in services.scales.terms("status") if e.default] == ["triage"]


def test_add_rename_recolour_reorder_and_rating(services):
    scales = services.scales
    added = scales.add("verdict", "Sin contexto", rating=2)
    assert (added.key, added.rating, added.position) == ("sin_contexto", 2, 10)
    assert added.colour.startswith("#")
    scales.rename("verdict", "sin contexto", "Falta contexto")
    scales.recolour("verdict", "sin_contexto", "#aa4499")
    scales.set_rating("Falta contexto", None)
    entry = scales.entry("verdict", "falta contexto")
    assert (entry.label, entry.colour, entry.rating) == ("Falta contexto", "#AA4499", None)
    scales.move("verdict", "sin_contexto", 0)
    assert labels(services, "verdict")[0] == "Falta contexto"
    with services.db.read() as s:
        fields = [e.field for e in s.scalars(select(ChangeLogEntry)) if e.entity == "verdict"]
    assert fields == ["label", "label", "colour", "rating", "order"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.add("verdict", "false"), "exists already"),
        (lambda s: s.add("verdict", "   "), "needs a name"),
        (lambda s: s.add("status", "Listo", rating=3), "only verdicts"),
        (lambda s: s.rename("verdict", "mixed", "TRUE"), "exists already"),
        (lambda s: s.recolour("verdict", "mixed", "red"), "not a colour"),
        (lambda s: s.set_rating("mixed", 9), "from 1"),
        (lambda s: s.rename("verdict", "nada", "Algo"), "no verdict named 'nada'"),
        (lambda s: s.reorder("status", ["done"]), "give every status once"),
        (lambda s: s.remove("status", "unstarted"), "default status"),
        (lambda s: s.add("scale", "x"), "unknown scale"),
    ],
)
def test_bad_edits_are_refused_in_one_line_and_change_nothing(services, call, message):
    before = (services.scales.terms("status"), services.scales.terms("verdict"))
    with pytest.raises(UserError, match=message) as caught:
        call(services.scales)
    assert "\n" not in str(caught.value)
    assert (services.scales.terms("status"), services.scales.terms("verdict")) == before


def test_removing_a_verdict_in_use_asks_what_to_do_with_its_claims(services, claims):
    with pytest.raises(UserError, match="2 claim\\(s\\) have the verdict 'False'"):
        services.scales.remove("verdict", "False")
    assert stored(services, claims[0]) == "false"


def test_removing_an_unused_term_deletes_it(services, claims):
    removal = services.scales.remove("verdict", "Satire")
    assert removal.deleted
    assert "Satire" not in labels(services, "verdict")


def test_move_claims_to_another_verdict_then_undo_and_redo(services, claims):
    version = services.claims.get(claims[0]).version
    command = RemoveTerm("verdict", "false", move_to="Mostly false", expected={"claims": 2})
    change = command.do(services)
    assert change.touched == frozenset(claims[:2]) and change.scales == {"verdict"}
    assert [stored(services, c) for c in claims] == ["mostly_false", "mostly_false", "true"]
    assert services.claims.get(claims[0]).version == version + 1
    assert "False" not in labels(services, "verdict")
    command.undo(services)
    assert [stored(services, c) for c in claims] == ["false", "false", "true"]
    assert labels(services, "verdict")[5] == "False"  # back in its place
    command.do(services)
    assert [stored(services, c) for c in claims] == ["mostly_false", "mostly_false", "true"]


def test_keep_claims_on_a_retired_verdict_that_stays_readable(services, claims):
    command = RemoveTerm("verdict", "false", keep=True)
    command.do(services)
    entry = services.scales.entry("verdict", "false")
    assert entry.retired and entry.claims == 2
    assert stored(services, claims[0]) == "false"  # the claims keep it
    assert "False" not in labels(services, "verdict", retired=False)  # no longer offered
    with pytest.raises(UserError, match="retired"):
        services.review.set_field([claims[2]], "verdict", "False")
    command.undo(services)
    assert not services.scales.entry("verdict", "false").retired


def test_undo_of_a_move_leaves_claims_changed_elsewhere_alone(services, claims):
    command = RemoveTerm("verdict", "false", move_to="mixed")
    command.do(services)
    other = Services(services.db, "colleague")
    other.claims.update(claims[0], verdict="true")
    change = command.undo(services)
    assert change.skipped == (claims[0],)
    assert [stored(services, c) for c in claims] == ["true", "false", "true"]


def test_clearing_a_verdict_moves_claims_to_no_verdict(services, claims):
    command = RemoveTerm("verdict", "true", move_to="")
    command.do(services)
    assert stored(services, claims[2]) is None
    command.undo(services)
    assert stored(services, claims[2]) == "true"


def test_edit_term_is_checked_against_what_the_analyst_saw(services):
    command = EditTerm("verdict", "mixed", {"label": "Mezcla"}, {"label": "Mixed"})
    Services(services.db, "colleague").scales.rename("verdict", "mixed", "Mixto")
    with pytest.raises(ConflictError) as caught:
        command.do(services)
    assert caught.value.theirs == {"label": "Mixto"}
    assert services.scales.entry("verdict", "mixed").label == "Mixto"
    command.rebase(caught.value.version)  # the analyst keeps this edit
    assert caught.value.version == TERM_VERSION
    command.do(services)
    assert services.scales.entry("verdict", "mixed").label == "Mezcla"
    command.undo(services)
    assert services.scales.entry("verdict", "mixed").label == "Mixed"


def test_add_undo_redo_keeps_key_and_place(services):
    command = AddTerm("status", "Legal review", colour="#332288")
    command.do(services)
    ReorderTerms(
        "status",
        ["unstarted", "legal_review", "in_progress", "needs_review", "done"],
        [e.key for e in services.scales.terms("status")],
    ).do(services)
    position = services.scales.entry("status", "legal_review").position
    command.undo(services)
    assert "Legal review" not in labels(services, "status")
    command.do(services)
    assert command.entry is not None and command.entry.key == "legal_review"
    assert services.scales.entry("status", "legal_review").colour == "#332288"
    assert position == 1


def test_undo_of_an_add_is_refused_once_claims_hold_the_term(services, add_article):
    command = AddTerm("verdict", "Engañoso")
    command.do(services)
    article = add_article(TEXT)
    services.claims.create_from_quote(article, "El ministro", verdict="Engañoso")
    with pytest.raises(UserError, match="1 claim"):
        command.undo(services)
    assert "Engañoso" in labels(services, "verdict")


def test_adding_a_retired_name_brings_it_back_and_undo_retires_it_again(services, claims):
    services.scales.remove("verdict", "false", keep=True)
    command = AddTerm("verdict", "FALSE")
    command.do(services)
    assert not services.scales.entry("verdict", "false").retired
    command.undo(services)
    assert services.scales.entry("verdict", "false").retired
    assert stored(services, claims[0]) == "false"


def test_set_default_status_undo_and_reorder_conflict(services):
    command = SetDefaultStatus("in_progress", before="unstarted")
    command.do(services)
    assert services.scales.entry("status", "in_progress").default
    command.undo(services)
    assert services.scales.entry("status", "unstarted").default
    stale = ReorderTerms("status", ["done", "unstarted", "in_progress", "needs_review"], ["x"])
    with pytest.raises(ConflictError):
        stale.do(services)


def test_a_retired_status_cannot_be_chosen_for_new_claims(services, add_article):
    article = add_article(TEXT)
    first = services.claims.create_from_quote(article, "El ministro", status="Needs review")
    services.scales.remove("status", "needs_review", keep=True)
    with pytest.raises(UserError, match="retired"):
        services.claims.create_from_quote(article, "la inflación bajó", status="Needs review")
    with services.db.read() as s:
        assert s.scalar(select(Claim.status).where(Claim.id == first.id)) == "needs_review"
