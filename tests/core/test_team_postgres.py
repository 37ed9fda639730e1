"""A newsroom on one PostgreSQL database: ``init`` on a URL, windows told of each other's
changes (LISTEN/NOTIFY), the database role in the change log, the review list's pages and
sort keys. CI starts a throwaway server (see ``.ci/run``)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, select, text

from claimtracker.app import main
from claimtracker.core.db import create_database, open_database
from claimtracker.core.errors import UserError
from claimtracker.core.model import ChangeLogEntry
from claimtracker.core.services import Services
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter
from tests.core.test_postgres import URL
from tests.core.test_review_pages import all_pages, stale_sort_keys

pytestmark = pytest.mark.skipif(not URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")

TEXT = "El ministro dijo que la inflación bajó. La OTAN negó el envío. Fin de la nota."


def empty_server() -> None:
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def test_init_on_a_url_creates_the_schema_once(capsys):
    empty_server()
    assert main(["init", "--db", URL]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("postgresql+psycopg://")
    db = open_database(URL)
    assert Services(db, "ana").claims.find() == []
    db.close()
    assert main(["init", "--db", URL]) == 1
    assert "already holds a ClaimTracker database" in capsys.readouterr().err


def test_init_refuses_a_database_of_another_program():
    empty_server()
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE contacts (name text)"))
    engine.dispose()
    with pytest.raises(UserError, match="not empty"):
        create_database(URL)


def test_an_unreachable_server_is_one_clear_line(capsys):
    bad = URL.split("?")[0].rsplit("/", 1)[0] + "/no_such_database_here?" + URL.split("?")[1]
    assert main(["claims", "--db", bad]) == 1
    err = capsys.readouterr().err
    assert err.startswith("claimtracker: cannot open postgresql") and err.count("\n") == 1


def next_changes(watch, seconds: float = 10.0):
    """The next report of the watch (notifications travel after the commit returns)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        changes = watch.poll()
        if changes is not None:
            return changes
        time.sleep(0.01)
    return None


def test_windows_are_told_of_each_others_changes(pg):  # noqa: F811
    other = open_database(URL)  # a second window (or analyst) on the same database
    try:
        mine, theirs = Services(pg, "ana"), Services(other, "bruno")
        article = mine.articles.add_text(TEXT, "Nota").id
        a = mine.claims.create_from_quote(article, "la inflación bajó").id
        b = mine.claims.create_from_quote(article, "La OTAN negó el envío").id
        watch = pg.watch()
        try:
            mine.claims.update(a, verdict="false")  # this window's own save is not news to it
            theirs.claims.update(b, claimant="El ministro")
            assert next_changes(watch).claim_ids == {b}
            theirs.terms.statuses()  # reading tells nothing
            with pytest.raises(UserError):
                theirs.claims.update(a, status="no such status")  # rolled back: no news
            theirs.review.set_field([b], "status", "done")
            assert next_changes(watch).claim_ids == {b}
            theirs.review.add_tag([a, b], "revisar")
            assert next_changes(watch).claim_ids == {a, b}
            theirs.aliases.add("north-korea", "Norcorea")  # no claim: reload everything
            assert next_changes(watch).claim_ids is None
        finally:
            watch.close()
    finally:
        other.close()


def test_sqlite_windows_are_told_of_changes_too(db_path, services):
    watch = services.db.watch()
    try:
        assert watch.poll() is None
        other = open_database(db_path)
        Services(other, "bruno").articles.add_text(TEXT, "Nota")
        other.close()
        changes = watch.poll()
        assert changes is not None and changes.claim_ids is None
        assert watch.poll() is None
    finally:
        watch.close()


def test_a_watch_survives_a_lost_connection(pg):  # noqa: F811
    watch = pg.watch()
    try:
        pid = watch._conn.info.backend_pid
        with pg.write() as session:
            session.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
        changes = next_changes(watch)
        assert changes is not None and changes.claim_ids is None  # may have missed some
        other = open_database(URL)
        Services(other, "bruno").articles.add_text(TEXT, "Otra")
        other.close()
        assert next_changes(watch) is not None
    finally:
        watch.close()


def test_the_change_log_records_the_analyst_and_the_database_role(pg):  # noqa: F811
    services = Services(pg, "Ana Pérez")
    article = services.articles.add_text(TEXT, "Nota").id
    claim = services.claims.create_from_quote(article, "la inflación bajó").id
    services.review.set_field([claim], "verdict", "false")
    with pg.read() as session:
        role = session.execute(text("SELECT current_user")).scalar()
        entries = session.execute(select(ChangeLogEntry.actor, ChangeLogEntry.db_role)).all()
        history = services.claims.get(claim)
    assert history and len(entries) >= 4
    assert set(entries) == {("Ana Pérez", role)}


def test_the_change_log_has_no_role_on_sqlite(services):
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, "la inflación bajó")
    with services.db.read() as session:
        roles = set(session.scalars(select(ChangeLogEntry.db_role)))
    assert roles == {None}


def test_review_pages_and_sort_keys_on_postgres(pg):  # noqa: F811
    services = Services(pg, "pg")
    first = services.articles.add_text(TEXT, "Zeta").id
    second = services.articles.add_text("Uno dijo A. Dos dijo B.", "alfa").id
    source = services.sources.create("INE", reliability="B").id
    ids = [
        services.claims.create_from_quote(first, "la inflación bajó", tags=["b"]).id,
        services.claims.create_from_quote(first, "La OTAN negó el envío", tags=["a"]).id,
        services.claims.create_from_quote(second, "Uno dijo A.").id,
        services.claims.create_from_quote(second, "Dos dijo B.", status="done").id,
    ]
    services.claims.add_evidence(ids[1], source)
    services.review.add_tag(ids[2:], "c")
    services.review.rename_tag("a", "z")
    assert stale_sort_keys(pg) == []
    for key in SORT_KEYS:
        for descending in (False, True):
            expected = services.review.ids(ClaimFilter(), key, descending)
            assert sorted(expected) == sorted(ids), key
            assert all_pages(services.review, ClaimFilter(), key, descending, 3) == expected
    assert services.review.ids(ClaimFilter(), "article", False)[:2] == ids[2:]
    assert services.review.count(ClaimFilter(search="inflacion", search_articles=False)) == 1
    assert services.review.count(ClaimFilter(search="inflacion")) == 2  # same article
    assert services.review.summary(ClaimFilter()).by_status == {"unstarted": 3, "done": 1}
