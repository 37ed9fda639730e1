"""Use cases: claims from ranges and quotes, edits with the change log, tags, evidence."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from claimtracker.core.errors import ConflictError, UserError
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.model import ChangeLogEntry, Claim, Highlight
from claimtracker.core.services import Services
from claimtracker.core.services.changelog import history
from claimtracker.core.services.query import ClaimFilter

TEXT = (
    "El secretario general de la OTAN afirmó que Corea del Norte ha enviado “más de un millón "
    "de proyectiles” a Rusia. 😀 东京 Una portavoz de la Casa Blanca dijo que no puede confirmar "
    "la cifra. El Kremlin dijo que no puede confirmar nada."
)


@pytest.fixture
def article(add_article) -> int:
    return add_article(TEXT, "Municiones")


def test_claim_from_range_trims_whitespace_and_stores_the_selector(services, article):
    quote = "Corea del Norte ha enviado “más de un millón de proyectiles” a Rusia."
    start = TEXT.index(quote)
    claim = services.claims.create(article, start - 1, start + len(quote) + 1)
    (h,) = claim.highlights
    assert TEXT[h.start : h.end] == h.exact == quote
    assert h.prefix == TEXT[h.start - 32 : h.start]
    assert h.suffix == TEXT[h.end : h.end + 32]
    assert claim.statement == quote
    assert claim.status == "unstarted"
    assert claim.created_by == "tester"


def test_whitespace_only_selection_is_refused(services, article):
    with pytest.raises(UserError, match="empty"):
        services.claims.create(article, 2, 3)  # a single space
    with pytest.raises(UserError, match="empty"):
        services.claims.create(article, 4, 4)


def test_claim_from_quote_after_emoji_and_cjk_uses_code_points(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar", occurrence=2)
    (h,) = claim.highlights
    assert TEXT[h.start : h.end] == "no puede confirmar"
    assert h.start == TEXT.index("no puede confirmar", TEXT.index("Kremlin"))


def test_quote_not_found_and_missing_occurrence(services, article):
    with pytest.raises(UserError, match="quote not found"):
        services.claims.create_from_quote(article, "no aparece en el texto")
    with pytest.raises(UserError, match="appears 2 time"):
        services.claims.create_from_quote(article, "no puede confirmar", occurrence=3)


def test_second_appearance_links_to_the_existing_claim(services, add_article, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    other = add_article("Otra nota: Washington no puede confirmar la cifra, según la portavoz.")
    linked = services.claims.create_from_quote(
        other, "no puede confirmar la cifra", claim_id=claim.id
    )
    assert linked.id == claim.id
    assert sorted(h.article_id for h in linked.highlights) == [article, other]
    assert services.articles.get(other).claim_count == 1


def test_edits_are_logged_with_who_and_what(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    services.claims.update(
        claim.id,
        status="In progress",
        verdict="Mostly true",
        claimant="Portavoz de la Casa Blanca",
        claim_date=date(2024, 3, 5),
    )
    entries = history(services.db.read().__enter__(), claim.uuid)
    updates = {(e.field, e.old_value, e.new_value) for e in entries if e.action == "update"}
    assert ("status", "unstarted", "in_progress") in updates
    assert ("verdict", None, "mostly_true") in updates
    assert ("claimant", "", "Portavoz de la Casa Blanca") in updates
    assert ("claim_date", None, "2024-03-05") in updates
    assert all(e.actor == "tester" for e in entries)


def test_unchanged_values_are_not_logged(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    with services.db.read() as s:
        before = s.scalar(select(func.count(ChangeLogEntry.id)))
    services.claims.update(claim.id, status="unstarted")
    with services.db.read() as s:
        assert s.scalar(select(func.count(ChangeLogEntry.id))) == before


def test_stale_edit_is_a_conflict_not_an_overwrite(services, db, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    other_window = Services(db, "colleague")
    other_window.claims.update(claim.id, expected_version=claim.version, verdict="False")
    with pytest.raises(ConflictError) as excinfo:
        services.claims.update(claim.id, expected_version=claim.version, verdict="True")
    assert excinfo.value.theirs == {"verdict": "false"}
    assert excinfo.value.differing_fields == ["verdict"]
    assert services.claims.get(claim.id).verdict == "false"


def test_unknown_status_lists_the_choices(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    with pytest.raises(UserError, match="Needs review"):
        services.claims.update(claim.id, status="maybe")


def test_tags_are_unique_regardless_of_case(services, article):
    claim = services.claims.create_from_quote(
        article, "no puede confirmar la cifra", tags=["Munición"]
    )
    claim = services.claims.add_tag(claim.id, "MUNICIÓN")
    claim = services.claims.add_tag(claim.id, "Rusia")
    assert claim.tags == ["Munición", "Rusia"]
    claim = services.claims.remove_tag(claim.id, "munición")
    assert claim.tags == ["Rusia"]
    assert services.claims.set_tags(claim.id, ["a", "A", "b"]).tags == ["a", "b"]


def test_evidence_with_graded_source(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    source = services.sources.create(
        "Casa Blanca, rueda de prensa", "https://wh.example/p", "official_statement", "B"
    )
    ev = services.claims.add_evidence(
        claim.id, source.id, stance="supports", credibility=2, excerpt="no podemos confirmar"
    ).evidence
    ev = services.claims.update_evidence(ev.id, stance="refutes", credibility=4).evidence
    assert (ev.stance, ev.credibility, ev.source.reliability) == ("refutes", 4, "B")
    with pytest.raises(UserError, match="credibility"):
        services.claims.update_evidence(ev.id, credibility=9)
    with pytest.raises(UserError, match="reliability"):
        services.sources.create("X", reliability="Z")
    services.claims.remove_evidence(ev.id)
    assert services.claims.get(claim.id).evidence == []
    assert [s.name for s in services.sources.find()] == ["Casa Blanca, rueda de prensa"]


def test_delete_removes_highlights_and_logs(services, db, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    deleted = services.claims.delete(claim.id)
    assert deleted.statement == "no puede confirmar la cifra"
    with db.read() as s:
        assert s.scalar(select(func.count(Claim.id))) == 0
        assert s.scalar(select(func.count(Highlight.id))) == 0
        actions = [e.action for e in history(s, claim.uuid)]
    assert actions[-1] == "delete"


def test_duplicate_article_is_refused(services, article):
    with pytest.raises(UserError, match="already article"):
        services.articles.add_text(TEXT, "Again")


def test_new_version_keeps_old_text_and_reanchors(services, db, article):
    a = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    b = services.claims.create_from_quote(article, "El Kremlin dijo que no puede confirmar nada.")
    new_text = "ACTUALIZADO 🇪🇸: " + TEXT.replace(
        " El Kremlin dijo que no puede confirmar nada.", ""
    )
    states = services.articles.replace_text(
        article, ImportedArticle(new_text, "Municiones", "paste", new_text.encode())
    )
    assert states == {"moved": 1, "orphaned": 1}
    (ha,) = services.claims.get(a.id).highlights
    assert new_text[ha.start : ha.end] == "no puede confirmar la cifra"
    (hb,) = services.claims.get(b.id).highlights
    assert hb.state == "orphaned" and hb.exact == "El Kremlin dijo que no puede confirmar nada."
    assert services.articles.text(article) == new_text
    from claimtracker.core.model import Article

    with db.read() as s:
        (old,) = s.get(Article, article).versions
        assert old.text == TEXT and old.version == 1
    assert [c.id for c in services.claims.find(ClaimFilter(orphaned_only=True))] == [b.id]


def test_list_filters(services, add_article, article):
    a = services.claims.create_from_quote(
        article,
        "no puede confirmar la cifra",
        claimant="Portavoz",
        status="done",
        verdict="true",
        tags=["EEUU"],
    )
    b = services.claims.create_from_quote(article, "El Kremlin dijo", claimant="Kremlin")
    ids = lambda **kw: [c.id for c in services.claims.find(ClaimFilter(**kw))]  # noqa: E731
    assert ids() == [a.id, b.id]
    assert ids(status="done") == [a.id]
    assert ids(verdict="true") == [a.id]
    assert ids(tag="eeuu") == [a.id]
    assert ids(claimant="kreml") == [b.id]
    assert ids(search="KREMLIN", search_articles=False) == [b.id]
    assert ids(search="KREMLIN") == [a.id, b.id]  # both are in an article that mentions it
    assert ids(search="100%_") == []
    assert ids(article_id=article) == [a.id, b.id]


def test_the_last_appearance_of_a_claim_cannot_be_removed(services, article):
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    with pytest.raises(UserError, match="at least one appearance"):
        services.claims.remove_highlight(claim.highlights[0].id)
    assert len(services.claims.get(claim.id).highlights) == 1
