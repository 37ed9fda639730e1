"""Every order of the review list, page by page, on SQLite and PostgreSQL: the pages a page
query reads (the sort indexes, one scan per status or verdict, a walk of the sort index for a
word in most claims) are the pages of the plain query over the whole list."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from claimtracker.core import schema
from claimtracker.core.model import SORT_PREFIX
from claimtracker.core.services import Services, common_words
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter
from tests.core.test_review_pages import all_pages

# ASCII (SQLite folds only ASCII), longer than the prefix the PostgreSQL indexes hold
LONG = "La subida de precios " + "sube " * 45
assert len(LONG) > SORT_PREFIX
STATEMENTS = [
    "alfa inflación",
    "Alfa inflación",
    "ALFA inflación",
    LONG + "zeta",  # alike in the first 200 characters: ordered by id on PostgreSQL
    LONG + "alfa",
    LONG.upper() + "beta",
    "Énfasis en la inflación",
    "énfasis en la inflación",
    "beta sin la palabra",
    "Żubr y la inflación",
    "1 inflación",
    "",
    "zeta inflación",
    "gamma",
    "Gamma",
    "delta inflación",
]
CLAIMANTS = ["", "Ana", "ana", "Bruno", "Żaneta", "ANA", "bruno"]
ACTORS = ["Ana", "ana", "Zoe", "bruno"]
STATUSES = ["unstarted", "in_progress", "needs_review", "done", "done"]
VERDICTS = [None, "false", "true", None, "mixed", "satire", None]
TAGS = [[], ["rusia"], ["Corea", "rusia"], ["Énfasis"], ["a"], []]
ARTICLES = [
    ("Zeta diario", "Texto sobre la inflación de este año. " * 30),
    ("alfa semanal", "Un texto sin la palabra buscada. " * 30),
    ("Beta", "Otra nota más, también sin ella. " * 30),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    """The database of one backend (PostgreSQL skipped where no test server is given)."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg")


@pytest.fixture
def claims(backend) -> list[int]:
    """Claims with ties in every order: case variants, long statements alike in their first
    200 characters, claims without a verdict, the same analyst, article and outlet."""
    services = Services(backend, "tester")
    articles = [services.articles.add_text(body, title).id for title, body in ARTICLES]
    services.articles.update(articles[0], outlet="El País")
    services.articles.update(articles[1], outlet="el mundo")
    grades = [services.sources.create(f"Fuente {g}", reliability=g).id for g in "ACE"]
    made = []
    for n in range(2 * len(STATEMENTS)):
        statement = STATEMENTS[n % len(STATEMENTS)]
        author = Services(backend, ACTORS[n % len(ACTORS)]).claims
        article = articles[n % len(articles)]
        start = (n * 37) % 900
        claim = author.create(
            article,
            start,
            start + 20,
            statement=statement or None,
            claimant=CLAIMANTS[n % len(CLAIMANTS)],
            status=STATUSES[n % len(STATUSES)],
            verdict=VERDICTS[n % len(VERDICTS)],
            tags=TAGS[n % len(TAGS)],
        )
        for grade in grades[: n % 4]:
            author.add_evidence(claim.id, grade)
        made.append(claim.id)
    return made


def pages_of(services: Services, f: ClaimFilter, sort: str, descending: bool) -> list[int]:
    """The whole list read as the list reads it: pages of 4, then single pages here and
    there, checked against the pages of 4."""
    found = all_pages(services.review, f, sort, descending, size=4)
    for offset in (0, 1, 5, 13, len(found) - 1, len(found), len(found) + 3):
        page = services.review.page(f, sort, descending, max(0, offset), 3)
        assert page == found[max(0, offset) : max(0, offset) + 3], (sort, descending, offset)
    return found


@pytest.mark.parametrize(
    "claim_filter",
    [ClaimFilter(), ClaimFilter(status="done"), ClaimFilter(tag="rusia", verdict="false")],
    ids=["everything", "status", "tag+verdict"],
)
def test_every_order_pages_like_the_whole_list(backend, claims, claim_filter):
    services = Services(backend, "tester")
    for sort in SORT_KEYS:
        for descending in (False, True):
            expected = services.review.ids(claim_filter, sort, descending)
            if claim_filter == ClaimFilter():
                assert sorted(expected) == sorted(claims), sort
            assert pages_of(services, claim_filter, sort, descending) == expected, (
                sort,
                descending,
            )


def test_ties_are_broken_by_id_and_claims_without_a_verdict_come_last(backend, claims):
    review = Services(backend, "tester").review
    by_statement = review.ids(ClaimFilter(), "statement", False)
    assert by_statement == review.page(ClaimFilter(), "statement", False, 0, len(claims))
    alfa = [claims[0], claims[1], claims[2], claims[16], claims[17], claims[18]]
    assert [i for i in by_statement if i in alfa] == alfa  # case ignored, then by id
    descending = review.page(ClaimFilter(), "statement", True, 0, len(claims))
    assert [i for i in descending if i in alfa] == alfa[::-1]
    long = [claims[3], claims[4], claims[5], claims[19], claims[20], claims[21]]
    long_order = [i for i in by_statement if i in long]
    if backend.engine.dialect.name == "sqlite":  # NOCASE over the whole statement
        assert long_order == [claims[4], claims[20], claims[5], claims[21], claims[3], claims[19]]
    else:  # the first 200 characters alike (case ignored): by id
        assert long_order == long
    by_verdict = review.page(ClaimFilter(), "verdict", False, 0, len(claims))
    without = {c for n, c in enumerate(claims) if VERDICTS[n % len(VERDICTS)] is None}
    assert set(by_verdict[-len(without) :]) == without
    assert by_verdict[-len(without) :] == sorted(without)
    newest_first = review.page(ClaimFilter(), "verdict", True, 0, len(without))
    assert newest_first == sorted(without, reverse=True)


SEARCHES = [
    ClaimFilter(search="inflación"),
    ClaimFilter(search="inflacion", search_articles=False),
    ClaimFilter(search="inflación", status="done"),
    ClaimFilter(search="texto"),  # in the articles only
    ClaimFilter(search="in\0flación"),
]


@pytest.mark.parametrize("claim_filter", SEARCHES, ids=["all", "claims", "done", "text", "nul"])
def test_common_word_pages_count_and_summary_match_the_plain_plan(
    backend, claims, monkeypatch, claim_filter
):
    services = Services(backend, "tester")
    sorts = [s for s in SORT_KEYS if s not in ("status", "verdict")]
    monkeypatch.setattr(common_words, "COMMON_SHARE", 2.0)  # no search counts as common
    with backend.read() as session:
        assert not common_words.walk_sort_index(session, claim_filter, "statement", 4)
    plain = {
        (sort, descending): pages_of(services, claim_filter, sort, descending)
        for sort in sorts
        for descending in (False, True)
    }
    plain_summary = services.review.summary(claim_filter)
    plain_count = services.review.count(claim_filter)
    assert plain_count == plain_summary.total > 0
    monkeypatch.setattr(common_words, "COMMON_SHARE", 0.0)  # every search counts as common
    for (sort, descending), expected in plain.items():
        with backend.read() as session:
            assert common_words.walk_sort_index(session, claim_filter, sort, 4), sort
        assert expected == services.review.ids(claim_filter, sort, descending), sort
        assert pages_of(services, claim_filter, sort, descending) == expected, (sort, descending)
    assert services.review.summary(claim_filter) == plain_summary
    assert services.review.count(claim_filter) == plain_count


INDEXES = {f"ix_claims_sort_{name}" for name in ("statement", "claimant", "updated_by")}


def test_revision_0007_adds_and_removes_the_postgres_sort_indexes(pg):
    from alembic import command
    from alembic.config import Config

    def indexes() -> dict[str, str]:
        with pg.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claims'")
            )
            return {name: definition for name, definition in rows if name in INDEXES}

    def migrate(step, revision: str) -> None:
        config = Config()
        config.set_main_option("script_location", schema.script_location())
        with pg.engine.begin() as conn:
            config.attributes["connection"] = conn
            step(config, revision)

    services = Services(pg, "tester")
    article = services.articles.add_text("Una frase que se conserva.", "Nota").id
    kept = services.claims.create_from_quote(article, "Una frase").id
    assert set(indexes()) == INDEXES
    assert "lower(statement), 200), id)" in indexes()["ix_claims_sort_statement"]
    migrate(command.downgrade, "0006")
    assert indexes() == {}
    migrate(command.upgrade, "0007")
    assert set(indexes()) == INDEXES
    assert services.review.page(ClaimFilter(), "statement", False, 0, 10) == [kept]


def test_revision_0007_changes_nothing_on_sqlite(db_path, db):
    from tests.core.old_schema import downgrade, revision_and_objects

    db.close()
    _, before = revision_and_objects(db_path)
    downgrade(db_path, "0006")
    assert revision_and_objects(db_path) == ("0006", before)
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        assert not INDEXES & {i["name"] for i in inspect(engine).get_indexes("claims")}
    finally:
        engine.dispose()


def postgres_plan(db, statement) -> str:
    compiled = statement.compile(dialect=db.engine.dialect)
    with db.read() as session:
        # A handful of rows: without this the planner reads the table and sorts it.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        rows = session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        return "\n".join(r[0] for r in rows)


@pytest.mark.parametrize("sort", ["statement", "claimant", "updated_by"])
@pytest.mark.parametrize("descending", [False, True])
def test_postgres_text_sorts_read_their_index(pg, sort, descending):
    services = Services(pg, "tester")
    article = services.articles.add_text("Uno dijo A. Dos dijo B.", "Nota").id
    services.claims.create_from_quote(article, "Uno dijo A.")
    with pg.read() as session:
        statement = services.review.page_query(session, ClaimFilter(), sort, descending, 0, 100)
    found = postgres_plan(pg, statement)
    assert f"ix_claims_sort_{sort}" in found
    assert "Sort" not in found.replace("Sort Key", "")


@pytest.mark.parametrize("sort", ["status", "verdict"])
def test_postgres_term_sorts_read_each_term_in_id_order(pg, sort):
    services = Services(pg, "tester")
    article = services.articles.add_text("Uno dijo A. Dos dijo B.", "Nota").id
    services.claims.create_from_quote(article, "Uno dijo A.")
    with pg.read() as session:
        statement = services.review.page_query(session, ClaimFilter(), sort, False, 0, 100)
    found = postgres_plan(pg, statement)
    assert "Seq Scan on claims" not in found
    assert "Append" in found  # one branch per term


def test_postgres_migrations_build_exactly_the_models_schema(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from claimtracker.core.model import Base
    from claimtracker.core.search import is_fts_table

    def include(obj, name, type_, reflected, compare_to):
        if type_ == "table" and name and is_fts_table(name):
            return False
        only = getattr(obj, "_ddl_if", None)  # an index made on one backend only
        return only is None or only.dialect in (None, "postgresql")

    with pg.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
