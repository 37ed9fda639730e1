"""The search tests of ``test_search.py`` run again on PostgreSQL (tsvector + GIN index).

Same claims, same queries, same answers: accents and case ignored, word prefixes while
typing, CJK inside longer runs, query syntax in the input searched as text, the index kept in
step with edits, tags and deletes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from claimtracker.core.services import Services
from tests.core.test_postgres import URL
from tests.core.test_search import (  # noqa: F401 (collected here with the fixtures below)
    claims,
    found,
    test_a_new_version_of_an_article_is_searched,
    test_accents_and_case_do_not_matter,
    test_article_text_is_searched_too,
    test_cjk_is_found_inside_longer_runs,
    test_fts_syntax_in_the_input_is_never_an_error,
    test_index_follows_edits_tags_and_deletes,
    test_the_claimant_filter_matches_words_of_the_claimant_only,
    test_words_with_syntax_characters_are_searched_as_text,
)

pytestmark = pytest.mark.skipif(not URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")


@pytest.fixture
def services(pg):  # noqa: F811
    return Services(pg, "tester")


@pytest.fixture
def add_article(services):
    def add(text: str, title: str = "Test article") -> int:
        return services.articles.add_text(text, title).id

    return add


def test_search_reads_the_gin_index(pg):  # noqa: F811
    with pg.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            session.execute(
                text("EXPLAIN SELECT id FROM claims_fts WHERE document @@ CAST(:q AS tsquery)"),
                {"q": "'infla':*"},
            ).scalars()
        )
    assert "ix_claims_fts_document" in plan
