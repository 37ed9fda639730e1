"""The library's pages: articles newest first, one page after another by their sort key, and
narrowed by the library's filter in the database (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text, update

from claimtracker.core.db import Database
from claimtracker.core.errors import UserError
from claimtracker.core.model import Article
from claimtracker.core.services import Services


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> Database:
    if request.param == "postgresql":
        return request.getfixturevalue("pg")
    return request.getfixturevalue("db")


def add(services: Services, title: str, body: str = "", **fields: str) -> int:
    article = services.articles.add_text(body or f"Texto de {title}.", title).id
    if fields:
        services.articles.update(article, **fields)
    return article


def stamp(db: Database, article_ids: list[int], when: datetime) -> None:
    with db.write() as session:
        session.execute(update(Article).where(Article.id.in_(article_ids)).values(imported_at=when))


def test_pages_follow_one_another_in_the_library_order(database):
    services = Services(database, "t")
    ids = [add(services, f"Nota {i}") for i in range(9)]
    stamp(database, ids[:6], datetime(2024, 5, 1, 12, 0))  # six imported in the same second
    if database.is_sqlite:  # one written as another program writes times (no fraction)
        with database.write() as session:
            session.execute(
                text("UPDATE articles SET imported_at = '2024-05-01 12:00:00' WHERE id = :id"),
                {"id": ids[2]},
            )
    everything = services.articles.all()
    assert {a.id for a in everything} == set(ids)
    listed = services.articles.page(2)
    while True:
        more = services.articles.page(2, after=listed[-1].id)
        assert len(more) <= 2
        if not more:
            break
        listed += more
    assert listed == everything
    assert [a.id for a in everything[:3]] == [ids[8], ids[7], ids[6]]  # newest first


def test_a_page_up_to_an_article_and_after_a_deleted_one(database):
    services = Services(database, "t")
    ids = [add(services, f"Nota {i}") for i in range(6)]
    order = [a.id for a in services.articles.all()]
    assert order == ids[::-1]
    assert [a.id for a in services.articles.page(None, through=order[3])] == order[:4]
    assert [a.id for a in services.articles.page(None, after=order[0], through=order[2])] == (
        order[1:3]
    )
    assert [a.id for a in services.articles.page(1, after=order[4])] == [order[5]]
    services.articles.delete(order[4])
    assert services.articles.page(2, after=order[4]) == []
    assert services.articles.page(None, through=order[4]) == []


def test_claim_counts_come_with_every_page(database):
    services = Services(database, "t")
    first = add(services, "Uno", "El ministro dijo que la inflación bajó. Fin.")
    second = add(services, "Dos", "La portavoz negó la cifra. Fin.")
    services.claims.create_from_quote(first, "la inflación bajó")
    services.claims.create_from_quote(first, "El ministro")
    services.claims.create_from_quote(second, "negó la cifra")
    assert [(a.id, a.claim_count) for a in services.articles.page(1)] == [(second, 1)]
    assert [(a.id, a.claim_count) for a in services.articles.page(1, after=second)] == [(first, 2)]
    assert [a.claim_count for a in services.articles.all()] == [1, 2]


def test_words_narrow_by_title_outlet_author_and_address_case_ignored(database):
    services = Services(database, "t")
    orbit = add(services, "Lanzamiento", outlet="ÓRBITA Noticias")
    success = add(services, "ÉXITO de la misión", author="Ana Pérez")
    address = add(services, "Otra", url="https://example.org/nota-7")
    percent = add(services, "Subió un 100% en marzo")
    hidden = add(services, "Nada", "Solo el texto dice órbita y éxito.")

    def found(words: str, text: bool = False) -> set[int]:
        return {a.id for a in services.articles.page(None, words=words, text=text)}

    assert found("órbita") == found("ÓRBITA") == {orbit}
    assert found("éxito PÉREZ") == {success}  # every word, each in any field
    assert found("éxito órbita") == set()
    assert found("nota-7") == {address}
    assert found("100%") == {percent}  # % is a character, not a wildcard
    assert found("") == {orbit, success, address, percent, hidden}
    assert found("orbita", text=True) == {hidden}  # the text, accents aside
    assert found("órbita", text=True) == {hidden, orbit}
    assert [a.id for a in services.articles.page(1, words="a", text=True)] == [hidden]


def test_opening_reads_the_article_its_text_and_its_claims_together(database):
    services = Services(database, "t")
    article = add(services, "Nota", "La OTAN negó la cifra. El ministerio confirmó la cifra.")
    other = add(services, "Otra", "La OTAN negó la cifra.")
    first = services.claims.create_from_quote(article, "confirmó la cifra")
    second = services.claims.create_from_quote(article, "La OTAN negó")
    services.claims.create_from_quote(other, "La OTAN negó")
    services.claims.set_tags(second.id, ["OTAN"])

    info, text, claims = services.articles.opening(article)

    assert info == services.articles.get(article)
    assert info.claim_count == 2
    assert text == services.articles.text(article)
    assert claims == services.claims.for_article(article)
    assert [c.id for c in claims] == [second.id, first.id]  # in order of appearance
    assert claims[0].tags == ("OTAN",)
    for claim in claims:
        (placed,) = claim.highlights
        assert text[placed.start : placed.end] == placed.exact
    with pytest.raises(UserError):
        services.articles.opening(other + 1)
