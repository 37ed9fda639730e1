"""Why a row was found: snippets with the matched words, in the claim or its article."""

from __future__ import annotations

import pytest

from claimtracker.core.services.matches import (
    MARK_END,
    MARK_START,
    MatchService,
    snippet_html,
    snippet_text,
)

TEXT = (
    "La INFLACIÓN bajó en 東京 según el ministro <b>Pérez</b>. Otra frase sobre el paro que "
    "subió mucho en la región de Murcia y en otras partes del país."
)


@pytest.fixture
def found(services, add_article):
    article = add_article(TEXT, "Economía hoy")
    first = services.claims.create_from_quote(article, "La INFLACIÓN bajó en 東京")
    second = services.claims.create_from_quote(article, "Otra frase sobre el paro")
    services.claims.update(second.id, rationale="El INE dice <script>x</script> inflación")
    return MatchService(services.db), first.id, second.id


def test_a_match_in_the_claim_marks_the_words_and_names_the_field(found):
    matches, first, _second = found
    match = matches.explain("inflacion", [first])[first]
    assert (match.where, match.field) == ("both", "statement")  # its article matches too
    assert match.snippet == f"La {MARK_START}INFLACIÓN{MARK_END} bajó en 東京"
    assert snippet_html(match.snippet) == "La <b>INFLACIÓN</b> bajó en 東京"
    assert snippet_text(match.snippet) == "La INFLACIÓN bajó en 東京"


def test_cjk_snippets_keep_their_original_spacing(found):
    matches, first, _second = found
    assert snippet_text(matches.explain("東京", [first])[first].snippet) == (
        "La INFLACIÓN bajó en 東京"
    )


def test_a_match_only_in_the_article_text_says_so(found):
    matches, first, second = found
    result = matches.explain("murcia", [first, second])
    for cid in (first, second):
        match = result[cid]
        assert (match.where, match.field, match.article_field) == ("article", "body", "body")
        assert f"{MARK_START}Murcia{MARK_END}" in match.snippet
        assert match.snippet.startswith("…")  # cut around the match
    assert matches.explain("economia", [first])[first].field == "title"
    assert matches.explain("murcia", [first], articles=False) == {}


def test_snippets_are_text_never_markup(found):
    matches, _first, second = found
    match = matches.explain("script", [second])[second]
    assert match.field == "rationale"
    assert "&lt;" in snippet_html(match.snippet) and "<script>" not in snippet_html(match.snippet)
    assert snippet_html("a \x02b") == "a <b>b</b>"  # a cut marker is closed


def test_claims_that_do_not_match_and_empty_searches_give_nothing(found):
    matches, first, second = found
    assert matches.explain("inexistente", [first, second]) == {}
    assert matches.explain('"  *', [first]) == {}
    assert matches.explain("paro", []) == {}
