"""Chart data: claims by tag and claims per week by status, for the current filter."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from claimtracker.core.model import Claim
from claimtracker.core.services import Services
from claimtracker.core.services.query import ClaimFilter

TEXT = "Uno dijo algo. Dos dijo otra cosa. Tres negó todo. Cuatro calló. Cinco habló."


def test_counts_by_tag_and_per_week_by_status(services, add_article):
    article = add_article(TEXT)
    made = []
    for quote, tags, status in (
        ("Uno dijo algo", ["Rusia", "Economía"], "done"),
        ("Dos dijo otra cosa", ["Rusia"], "in_progress"),
        ("Tres negó todo", ["rusia"], "done"),
        ("Cuatro calló", [], "unstarted"),
        ("Cinco habló", ["Economía"], "done"),
    ):
        made.append(services.claims.create_from_quote(article, quote, tags=tags, status=status).id)
    created = [
        datetime(2024, 3, 4, 9),  # Monday
        datetime(2024, 3, 10, 23),  # Sunday of the same week
        datetime(2024, 3, 11, 0, 30),  # next Monday
        datetime(2024, 3, 27),  # two weeks later, a week with no claims between
        datetime(2024, 3, 28),
    ]
    with services.db.write() as s:
        for cid, when in zip(made, created, strict=True):
            s.execute(update(Claim).where(Claim.id == cid).values(created_at=when))

    tags, untagged = services.charts.by_tag(ClaimFilter())
    assert [(t.name, t.claims) for t in tags] == [("Rusia", 3), ("Economía", 2)]
    assert untagged == 1
    tags, untagged = services.charts.by_tag(ClaimFilter(status="done"), limit=1)
    assert [(t.name, t.claims) for t in tags] == [("Economía", 2)] and untagged == 0

    weekly = services.charts.weekly(ClaimFilter())
    assert weekly.weeks == [
        date(2024, 3, 4),
        date(2024, 3, 11),
        date(2024, 3, 18),
        date(2024, 3, 25),
    ]
    assert weekly.statuses == ["unstarted", "in_progress", "needs_review", "done"]
    assert weekly.by_status["done"] == [1, 1, 0, 1]
    assert weekly.by_status["in_progress"] == [1, 0, 0, 0]
    assert weekly.by_status["unstarted"] == [0, 0, 0, 1]
    assert weekly.totals == [2, 1, 0, 2]
    assert weekly.labels["done"] == "Done" and weekly.colours["done"].startswith("#")
    narrowed = services.charts.weekly(ClaimFilter(tag="economía"))
    assert narrowed.weeks == [
        date(2024, 3, 4),
        date(2024, 3, 11),
        date(2024, 3, 18),
        date(2024, 3, 25),
    ]
    assert narrowed.totals == [1, 0, 0, 1]


def test_no_matching_claims_gives_empty_series(services):
    weekly = services.charts.weekly(ClaimFilter(search="nada"))
    assert weekly.weeks == [] and weekly.totals == [] and "done" in weekly.statuses
    assert services.charts.by_tag(ClaimFilter()) == ([], 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> Services:
    db = request.getfixturevalue("pg" if request.param == "postgresql" else "db")
    return Services(db, "t")


def test_tags_of_a_search_and_of_claims_without_tags(backend):
    services = backend
    article = services.articles.add_text(TEXT, "Nota").id
    for quote, tags, status in (
        ("Uno dijo algo", ["Rusia", "Economía"], "unstarted"),
        ("Dos dijo otra cosa", ["Rusia"], "unstarted"),
        ("Tres negó todo", [], "done"),
        ("Cuatro calló", ["Economía"], "done"),
    ):
        services.claims.create_from_quote(article, quote, tags=tags, status=status)

    def in_claims(words: str) -> ClaimFilter:
        return ClaimFilter(search=words, search_articles=False)

    tags, untagged = services.charts.by_tag(in_claims("dijo"))
    assert [(t.name, t.claims) for t in tags] == [("Rusia", 2), ("Economía", 1)]
    assert untagged == 0
    tags, untagged = services.charts.by_tag(ClaimFilter(status="done"))
    assert [(t.name, t.claims) for t in tags] == [("Economía", 1)] and untagged == 1
    assert services.charts.by_tag(in_claims("negó")) == ([], 1)  # none of them tagged
    assert services.charts.by_tag(in_claims("nadie")) == ([], 0)
    tags, untagged = services.charts.by_tag(ClaimFilter(search="negó"))  # the article's text
    assert [(t.name, t.claims) for t in tags] == [("Economía", 2), ("Rusia", 2)]
    assert untagged == 1
    tags, untagged = services.charts.by_tag(ClaimFilter())
    assert [(t.name, t.claims) for t in tags] == [("Economía", 2), ("Rusia", 2)]
    assert untagged == 1
