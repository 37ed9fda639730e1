"""The review list page by page: the same claims in the same order as the whole list, counts
and summaries that agree with it, sort keys that follow every write, and query plans that read
an index for each filter and each order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from claimtracker.core import sortkeys
from claimtracker.core.model import Claim
from claimtracker.core.services import common_words
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter

TEXTS = (
    "Uno dijo A. Dos dijo B. Tres dijo C. Cuatro dijo D. En Pyongyang nadie dijo nada.",
    "Cinco dijo E en Pyongyang. Seis dijo F. Siete dijo G.",
)


@pytest.fixture
def ids(services):
    first = services.articles.add_text(TEXTS[0], "Zeta diario").id
    second = services.articles.add_text(TEXTS[1], "alfa semanal").id
    grades = {g: services.sources.create(f"Fuente {g}", reliability=g).id for g in "ACE"}
    made = []
    for n, (article, quote, status, verdict, tags, sources) in enumerate(
        [
            (first, "Uno dijo A.", "done", "false", ["rusia"], "A"),
            (first, "Dos dijo B.", "unstarted", None, ["corea", "Rusia"], "CE"),
            (first, "Tres dijo C.", "in_progress", "true", [], ""),
            (first, "Cuatro dijo D.", "done", "mixed", ["Énfasis"], "EEC"),
            (second, "Cinco dijo E en Pyongyang.", "needs_review", None, ["b"], "C"),
            (second, "Seis dijo F.", "done", "false", [], ""),
            (second, "Siete dijo G.", "unstarted", "satire", ["a"], "A"),
        ]
    ):
        claim = services.claims.create_from_quote(
            article,
            quote,
            status=status,
            verdict=verdict,
            tags=tags,
            claimant=f"Portavoz {n % 3}",
        )
        for grade in sources:
            services.claims.add_evidence(claim.id, grades[grade])
        made.append(claim.id)
    return made


def all_pages(review, f: ClaimFilter, sort: str, descending: bool, size: int = 3) -> list[int]:
    found: list[int] = []
    while True:
        page = review.page(f, sort, descending, len(found), size)
        found += page
        if len(page) < size:
            return found


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_pages_follow_the_order_of_the_whole_list(services, ids, sort, descending):
    expected = services.review.ids(ClaimFilter(), sort, descending)
    assert sorted(expected) == sorted(ids)
    assert all_pages(services.review, ClaimFilter(), sort, descending) == expected


def test_orders_by_article_outlet_tags_sources_and_reliability(services, ids):
    review = services.review
    # First article "alfa semanal" before "Zeta diario" (case ignored), then by id.
    assert review.ids(ClaimFilter(), "article", False) == ids[4:] + ids[:4]
    # Claims without tags first, then by their first tag's key (casefolded; SQLite compares
    # the bytes, so "énfasis" comes after "rusia").
    by_tags = [ids[2], ids[5], ids[6], ids[4], ids[1], ids[0], ids[3]]
    assert review.ids(ClaimFilter(), "tags", False) == by_tags
    assert review.ids(ClaimFilter(), "sources", True)[:2] == [ids[3], ids[1]]
    # Best grade first; claims without sources last.
    assert review.ids(ClaimFilter(), "reliability", False) == [
        ids[0],
        ids[6],
        ids[1],
        ids[3],
        ids[4],
        ids[2],
        ids[5],
    ]


@pytest.mark.parametrize(
    "claim_filter",
    [
        ClaimFilter(search="pyongyang"),
        ClaimFilter(search="pyongyang", search_articles=False),
        ClaimFilter(search="dijo", status="done"),
        ClaimFilter(search="nada"),
    ],
)
@pytest.mark.parametrize("sort", ["updated_at", "article", "id", "claimant"])
def test_searches_walking_the_sort_index_give_the_same_pages(
    services, ids, monkeypatch, claim_filter, sort
):
    expected = services.review.ids(claim_filter, sort, True)
    monkeypatch.setattr(common_words, "COMMON_SHARE", 0.0)  # every search counts as common
    with services.db.read() as session:
        assert common_words.walk_sort_index(session, claim_filter, sort, 3)
    assert all_pages(services.review, claim_filter, sort, True, size=2) == expected


def test_count_and_summary_agree_with_the_list(services, ids):
    for claim_filter in (
        ClaimFilter(),
        ClaimFilter(status="done"),
        ClaimFilter(search="pyongyang"),
        ClaimFilter(claimant="portavoz 1"),
        ClaimFilter(tag="rusia", verdict="false"),
    ):
        listed = services.review.ids(claim_filter)
        summary = services.review.summary(claim_filter)
        assert services.review.count(claim_filter) == summary.total == len(listed)
        statuses = {s for s in (services.claims.get(i).status for i in listed)}
        assert set(summary.by_status) == statuses
        assert sum(summary.by_verdict.values()) == len(listed)
    assert services.review.summary(ClaimFilter()).by_verdict == {
        "false": 2,
        None: 2,
        "true": 1,
        "mixed": 1,
        "satire": 1,
    }


def stale_sort_keys(db) -> list[tuple]:
    """Claims whose stored sort keys differ from what their records give now."""
    values = sortkeys._values()
    stored = [getattr(Claim, name) for name in values]
    with db.read() as session:
        rows = session.execute(select(Claim.id, *stored, *values.values())).all()
    width = len(values)
    return [r for r in rows if tuple(r[1 : 1 + width]) != tuple(r[1 + width :])]


def test_sort_keys_follow_every_kind_of_write(services, ids):
    claims, review, sources = services.claims, services.review, services.sources
    assert stale_sort_keys(services.db) == []
    steps = [
        lambda: claims.set_tags(ids[2], ["zeta", "Alfa"]),
        lambda: claims.add_tag(ids[5], "aaa"),
        lambda: claims.remove_tag(ids[0], "rusia"),
        lambda: review.add_tag(ids[:3], "Ñandú"),
        lambda: review.remove_tag(ids[1:2], "corea"),
        lambda: review.rename_tag("aaa", "zzz"),
        lambda: review.unmerge_tags(review.merge_tags(["zeta", "b"], "medio")),
        lambda: review.merge_tags(["a"], "Rusia"),
        lambda: sources.update(sources.find("Fuente A")[0].id, reliability="F"),
        lambda: claims.add_evidence(ids[2], sources.find("Fuente C")[0].id),
        lambda: claims.remove_evidence(claims.get(ids[3]).evidence[0].id),
        lambda: claims.create_from_quote(
            services.articles.all()[1].id, "Uno dijo A.", claim_id=ids[4]
        ),
        lambda: claims.remove_highlight(claims.get(ids[4]).highlights[0].id),
        lambda: claims.restore_many(claims.delete_many(ids[5:6])[0]),
    ]
    for number, step in enumerate(steps):
        step()
        assert stale_sort_keys(services.db) == [], number


def plan(services, claim_filter: ClaimFilter, sort: str = "updated_at") -> str:
    with services.db.read() as session:
        statement = services.review.page_query(session, claim_filter, sort, True, 0, 100)
        compiled = statement.compile(dialect=services.db.engine.dialect)
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
        return "\n".join(r[3] for r in rows)


def test_the_status_filter_reads_its_index_not_the_update_time_index(services, ids):
    found = plan(services, ClaimFilter(status="done"))
    assert "ix_claims_status_updated_at (status=?)" in found
    assert "ix_claims_updated_at" not in found and "TEMP B-TREE" not in found


def test_the_verdict_filter_reads_its_index(services, ids):
    found = plan(services, ClaimFilter(verdict="false"))
    assert "ix_claims_verdict_updated_at (verdict=?)" in found
    assert "TEMP B-TREE" not in found


def test_the_claimant_filter_reads_the_full_text_index(services, ids):
    found = plan(services, ClaimFilter(claimant="portavoz"))
    assert "claims_fts VIRTUAL TABLE INDEX" in found
    assert "SCAN claims\n" not in found + "\n"


@pytest.mark.parametrize("sort", [*sortkeys.COLUMNS, "updated_at", "id"])
def test_sorting_reads_an_index_instead_of_sorting(services, ids, sort):
    found = plan(services, ClaimFilter(), sort)
    assert "TEMP B-TREE" not in found
    if sort in sortkeys.COLUMNS:
        assert f"ix_claims_sort_{sort}" in found
