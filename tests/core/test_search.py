"""Full-text search: accents, case, CJK, FTS5 syntax in the input, index kept in step."""

from __future__ import annotations

import pytest

from claimtracker.core.search import fts_query, index_text
from claimtracker.core.services.query import ClaimFilter

ARTICLE = (
    "La INFLACIÓN bajó al 2,1 % según la ministra.\n"
    "東京の記者によると、北朝鮮は砲弾を送った。\n"
    "서울 특파원은 포탄이 운송되었다고 말했다.\n"
    "Tumangang es un paso fronterizo.\n"
)


@pytest.fixture
def claims(services, add_article):
    article = add_article(ARTICLE, "Mezcla")
    a = services.claims.create_from_quote(
        article, "La INFLACIÓN bajó al 2,1 %", claimant="Ministra de Economía", tags=["Economía"]
    )
    b = services.claims.create_from_quote(article, "北朝鮮は砲弾を送った")
    c = services.claims.create_from_quote(article, "포탄이 운송되었다")
    return a.id, b.id, c.id


def found(services, query: str, articles: bool = False) -> list[int]:
    return [c.id for c in services.claims.find(ClaimFilter(search=query, search_articles=articles))]


@pytest.mark.parametrize(
    "query", ["inflacion", "INFLACIÓN", "Inflación", "infla", "ministra economia"]
)
def test_accents_and_case_do_not_matter(services, claims, query):
    assert found(services, query) == [claims[0]]


@pytest.mark.parametrize("query, index", [("北朝鮮", 1), ("砲弾", 1), ("朝", 1), ("포탄", 2)])
def test_cjk_is_found_inside_longer_runs(services, claims, query, index):
    assert found(services, query) == [claims[index]]


@pytest.mark.parametrize(
    "query", ['"', '""', "AND", "OR NOT", "c++", "-x", "*", "(", "NEAR(a b)", "a:b", "'", "^", "%_"]
)
def test_fts_syntax_in_the_input_is_never_an_error(services, claims, query):
    result = found(services, query)
    assert isinstance(result, list)
    assert fts_query(query) is None or fts_query(query).count('"') % 2 == 0


def test_words_with_syntax_characters_are_searched_as_text(services, add_article):
    article = add_article('El lenguaje c++ AND otros: dijo "sí".', "Sintaxis")
    claim = services.claims.create_from_quote(article, "El lenguaje c++ AND otros")
    assert found(services, "c++ AND") == [claim.id]
    assert found(services, '"sí"', articles=True) == [claim.id]


def test_article_text_is_searched_too(services, claims):
    assert found(services, "Tumangang") == []
    assert sorted(found(services, "Tumangang", articles=True)) == sorted(claims)


def test_index_follows_edits_tags_and_deletes(services, claims):
    a, b, _c = claims
    services.claims.update(b, statement="Envío de munición por tren")
    assert found(services, "municion") == [b]
    services.claims.add_tag(b, "Ferrocarril")
    assert found(services, "ferrocarril") == [b]
    services.review.rename_tag("Ferrocarril", "Trenes")
    assert found(services, "ferrocarril") == [] and found(services, "trenes") == [b]
    services.claims.delete(a)
    assert found(services, "inflacion") == []


def test_the_claimant_filter_matches_words_of_the_claimant_only(services, claims):
    assert [c.id for c in services.claims.find(ClaimFilter(claimant="economia"))] == [claims[0]]
    assert services.claims.find(ClaimFilter(claimant="inflacion")) == []  # in the statement


def test_a_new_version_of_an_article_is_searched(services, claims):
    from claimtracker.core.importers import ImportedArticle

    article = services.articles.all()[0].id
    new_text = ARTICLE.replace("Tumangang", "Rason")
    services.articles.replace_text(
        article,
        ImportedArticle(text=new_text, title="Mezcla", source_format="paste", original=b""),
    )
    assert found(services, "Tumangang", articles=True) == []
    assert sorted(found(services, "rason", articles=True)) == sorted(claims)


def test_index_text_and_query_shapes():
    assert index_text("東京abc") == " 東  京 abc"
    assert fts_query("東京 inflación") == '"東 京"* "inflación"*'
    assert fts_query('say "hi"') == '"say"* """hi"""*'
    assert fts_query("  ") is None


def test_postgres_queries_are_literals_of_folded_words():
    from claimtracker.core.search import ts_query, tsvector, words

    assert words("La INFLACIÓN, c++ 2,1 東京") == ["la", "inflacion", "c", "2", "1", "東", "京"]
    assert ts_query("INFLACIÓN 東京") == "('inflacion':*) & ('東' <-> '京':*)"
    assert ts_query("Ministra", "B") == "('ministra':*B)"
    for odd in ('"', "'", "&", "!", ":", "a:b", "(", "\\", "%_", "*"):
        query = ts_query(odd)
        assert query is None or set(query) - set("()&<-> :*'ab") == set(), odd
    assert tsvector(["a b", ("a", "B")]) == "'a':1 'b':2 'a':5B"


def test_a_status_or_verdict_edit_leaves_the_index_alone(services, claims, monkeypatch):
    from claimtracker.core import search

    reindexed: list[set[int]] = []
    real = search.reindex_claims
    monkeypatch.setattr(
        search, "reindex_claims", lambda s, ids: reindexed.append(set(ids)) or real(s, ids)
    )
    claim = claims[0]
    services.claims.update(claim, status="in_progress", verdict="false")
    assert reindexed == []  # nothing searched or sorted on changed
    services.claims.update(claim, statement="La inflación subió al 3 %")
    assert reindexed == [{claim}]
    assert [c.id for c in services.claims.find(ClaimFilter(search="subió"))] == [claim]
