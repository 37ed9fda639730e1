"""Undo and redo of article commands, and conflicts with a second analyst on the same file."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.core.article_commands import (
    DeleteArticle,
    EditArticle,
    ResolveMatches,
    UpdateArticle,
)
from claimtracker.core.errors import ConflictError, UserError
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from tests.core.test_article_versions import EDITED, NUMBER, NUMBER_EDITED, ORIGINAL, REMOVED, TITLE


def version(text: str) -> ImportedArticle:
    return ImportedArticle(text, TITLE, "txt", text.encode("utf-8"))


@pytest.fixture
def two(db):
    return Services(db, "ana"), Services(db, "bruno")


@pytest.fixture
def article(two):
    ana, _ = two
    article_id = ana.articles.add_text(ORIGINAL, TITLE).id
    number = ana.claims.create_from_quote(article_id, NUMBER)
    removed = ana.claims.create_from_quote(article_id, REMOVED)
    return article_id, number.id, removed.id


def state(services, claim_id):
    (h,) = services.claims.get(claim_id).highlights
    return h


class TestUpdateArticle:
    def test_undo_and_redo(self, two, article):
        ana, _ = two
        article_id, number, removed = article
        command = UpdateArticle(article_id, version(EDITED), ana.articles.get(article_id).version)
        change = command.do(ana)
        assert change.articles == {article_id} and {number, removed} <= change.touched
        assert change.article_records == {article_id}  # the window shows the new text
        assert command.report.version == 2 and state(ana, removed).state == "orphaned"
        command.undo(ana)
        assert ana.articles.text(article_id) == ORIGINAL
        assert state(ana, number).state == "anchored" and state(ana, removed).state == "anchored"
        command.do(ana)
        assert ana.articles.get(article_id).text_version == 2
        assert state(ana, number).current_exact == NUMBER_EDITED

    def test_based_on_an_old_version_is_a_conflict_then_rebased(self, two, article):
        ana, bruno = two
        article_id, _number, _removed = article
        seen = ana.articles.get(article_id).version
        bruno.articles.update(article_id, outlet="Diario Ejemplo")
        command = UpdateArticle(article_id, version(EDITED), seen)
        with pytest.raises(ConflictError) as raised:
            command.do(ana)
        assert ana.articles.text(article_id) == ORIGINAL
        command.rebase(raised.value.version)
        command.do(ana)
        assert ana.articles.text(article_id) == EDITED

    def test_undo_refused_after_a_newer_version_elsewhere(self, two, article):
        ana, bruno = two
        article_id, _number, _removed = article
        command = UpdateArticle(article_id, version(EDITED), None)
        command.do(ana)
        bruno.versions.add_version(article_id, version(EDITED + "\nNota final.\n"))
        with pytest.raises(ConflictError, match="text changed again"):
            command.undo(ana)
        assert ana.articles.get(article_id).text_version == 3

    def test_undo_refused_after_a_highlight_was_made_on_the_new_text(self, two, article):
        ana, bruno = two
        article_id, _number, _removed = article
        command = UpdateArticle(article_id, version(EDITED), None)
        command.do(ana)
        bruno.claims.create_from_quote(article_id, "Actualización")
        with pytest.raises(ConflictError, match="highlights changed"):
            assert command.undo(ana).article_records == {article_id}
        assert ana.articles.text(article_id) == EDITED

    def test_redo_refused_when_the_text_changed_after_the_undo(self, two, article):
        ana, bruno = two
        article_id, _number, _removed = article
        command = UpdateArticle(article_id, version(EDITED), None)
        command.do(ana)
        command.undo(ana)
        bruno.versions.add_version(article_id, version(ORIGINAL + "\nOtra cosa.\n"))
        with pytest.raises(ConflictError, match="now version 2"):
            command.do(ana)

    def test_unchanged_text_changes_nothing(self, two, article):
        ana, _ = two
        article_id, _number, _removed = article
        command = UpdateArticle(article_id, version(ORIGINAL), None)
        assert command.do(ana).ids == frozenset() and not command.report.changed
        command.undo(ana)
        assert ana.articles.get(article_id).text_version == 1


class TestResolveMatches:
    def test_accept_undo_redo(self, two, article):
        ana, _ = two
        article_id, number, _removed = article
        UpdateArticle(article_id, version(EDITED), None).do(ana)
        fuzzy = state(ana, number)
        command = ResolveMatches([(fuzzy, True)])
        assert command.claim_ids == (number,)
        change = command.do(ana)
        assert change.touched == {number} and change.article_records == frozenset()
        assert state(ana, number).exact == NUMBER_EDITED
        command.undo(ana)
        assert state(ana, number) == fuzzy
        command.do(ana)
        assert state(ana, number).state == "anchored"

    def test_reject_and_a_decision_taken_elsewhere_first(self, two, article):
        ana, bruno = two
        article_id, number, _removed = article
        UpdateArticle(article_id, version(EDITED), None).do(ana)
        fuzzy = state(ana, number)
        bruno.versions.resolve([(fuzzy, True)])
        with pytest.raises(ConflictError):
            ResolveMatches([(fuzzy, False)]).do(ana)
        assert state(ana, number).exact == NUMBER_EDITED  # Bruno's acceptance stays

    def test_undo_refused_when_the_highlight_changed_since(self, two, article):
        ana, bruno = two
        article_id, number, _removed = article
        UpdateArticle(article_id, version(EDITED), None).do(ana)
        command = ResolveMatches([(state(ana, number), False)])
        command.do(ana)
        bruno.versions.add_version(article_id, version(ORIGINAL))  # the quote is back
        with pytest.raises(ConflictError):
            command.undo(ana)
        assert state(ana, number).state == "moved"  # found again, not put back to fuzzy


class TestEditArticle:
    def test_undo_redo_and_log(self, two, article):
        ana, _ = two
        article_id, number, _removed = article
        info = ana.articles.get(article_id)
        command = EditArticle(
            article_id,
            {"title": "Título corregido", "published_at": date(2024, 3, 5), "outlet": "El Diario"},
            {"title": info.title, "published_at": None, "outlet": None},
            info.version,
        )
        change = command.do(ana)
        assert change.articles == {article_id} and number in change.touched
        assert change.article_records == {article_id}
        edited = ana.articles.get(article_id)
        assert (edited.title, edited.published_at, edited.outlet) == (
            "Título corregido",
            date(2024, 3, 5),
            "El Diario",
        )
        assert edited.version == info.version + 1
        command.undo(ana)
        assert ana.articles.get(article_id).title == TITLE
        command.do(ana)
        assert ana.articles.get(article_id).outlet == "El Diario"

    def test_stale_edit_and_stale_undo_are_conflicts(self, two, article):
        ana, bruno = two
        article_id, _number, _removed = article
        info = ana.articles.get(article_id)
        bruno.articles.update(article_id, title="Título de Bruno")
        command = EditArticle(article_id, {"title": "De Ana"}, {"title": TITLE}, info.version)
        with pytest.raises(ConflictError) as raised:
            command.do(ana)
        assert raised.value.theirs == {"title": "Título de Bruno"}
        assert raised.value.mine == {"title": "De Ana"}
        command.rebase(raised.value.version)
        command.do(ana)
        bruno.articles.update(article_id, title="Otra vez Bruno")
        with pytest.raises(ConflictError):
            command.undo(ana)
        assert ana.articles.get(article_id).title == "Otra vez Bruno"

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"title": "  "}, "needs a title"),
            ({"url": "diario.example/nota"}, "not a web address"),
            ({"language": "español"}, "not a language code"),
            ({"published_at": "ayer"}, "must be a date"),
            ({"notes": "x"}, "unknown article field"),
        ],
    )
    def test_bad_values_are_refused(self, services, add_article, changes, message):
        article_id = add_article(ORIGINAL, TITLE)
        with pytest.raises(UserError, match=message):
            services.articles.update(article_id, **changes)
        assert services.articles.get(article_id).title == TITLE


class TestDeleteArticle:
    def test_deletes_claims_only_in_it_and_keeps_shared_ones(self, two, article):
        ana, _ = two
        article_id, number, removed = article
        other = ana.articles.add_text("Otra nota: el Kremlin no quiso confirmar nada.", "Otra").id
        ana.claims.create_from_quote(other, "el Kremlin no quiso confirmar", claim_id=removed)
        source = ana.sources.create("OTAN", "https://nato.example", "official_statement", "B")
        ana.claims.add_evidence(number, source.id, stance="supports")
        UpdateArticle(article_id, version(EDITED), None).do(ana)  # two texts, one fuzzy
        before_number = ana.claims.get(number)
        command = DeleteArticle(article_id, ana.articles.get(article_id).version)
        change = command.do(ana)
        assert change.removed == {number} and change.touched == {removed}
        assert change.article_records == {article_id}
        with pytest.raises(UserError, match="no article"):
            ana.articles.get(article_id)
        with pytest.raises(UserError, match="no claim"):
            ana.claims.get(number)
        assert [h.article_id for h in ana.claims.get(removed).highlights] == [other]
        assert ana.articles.search("Pionyang") == []

        assert command.undo(ana).article_records == {article_id}
        assert ana.articles.text(article_id) == EDITED
        assert [v.number for v in ana.versions.versions(article_id)] == [1, 2]
        assert ana.versions.text(article_id, 1) == ORIGINAL
        restored = ana.claims.get(number)
        assert restored.highlights == before_number.highlights  # fuzzy wording included
        assert restored.evidence == before_number.evidence
        assert {h.article_id for h in ana.claims.get(removed).highlights} == {article_id, other}
        assert [a.id for a in ana.articles.search("Pionyang")] == [article_id]

        command.do(ana)  # redo
        with pytest.raises(UserError):
            ana.articles.get(article_id)

    def test_stale_delete_and_stale_redo_are_refused(self, two, article):
        ana, bruno = two
        article_id, number, _removed = article
        seen = ana.articles.get(article_id).version
        bruno.articles.update(article_id, outlet="Diario Ejemplo")
        command = DeleteArticle(article_id, seen)
        with pytest.raises(ConflictError):
            command.do(ana)
        assert ana.articles.get(article_id).outlet == "Diario Ejemplo"
        command.rebase(ana.articles.get(article_id).version)
        command.do(ana)
        command.undo(ana)
        bruno.claims.update(number, verdict="false")  # after the undo, before the redo
        with pytest.raises(ConflictError):
            command.do(ana)
        assert ana.claims.get(number).verdict == "false"
