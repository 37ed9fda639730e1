"""The review list's queries and bulk edits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from claimtracker.core.commands import BulkDelete, BulkSetField, BulkTag, MergeTags, RenameTag
from claimtracker.core.errors import UserError
from claimtracker.core.model import ChangeLogEntry, utcnow
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter

TEXT = "Uno dijo A. Dos dijo B. Tres dijo C. Cuatro dijo D."


@pytest.fixture
def ids(services, add_article):
    article = add_article(TEXT, "Frases")
    made = []
    for quote, status, verdict, tags in [
        ("Uno dijo A.", "done", "false", ["rusia"]),
        ("Dos dijo B.", "unstarted", None, ["corea", "rusia"]),
        ("Tres dijo C.", "in_progress", "true", []),
        ("Cuatro dijo D.", "done", "mixed", ["corea"]),
    ]:
        made.append(
            services.claims.create_from_quote(
                article, quote, status=status, verdict=verdict, tags=tags
            ).id
        )
    return made


def test_sorting_by_status_follows_the_workflow_order(services, ids):
    order = services.review.ids(ClaimFilter(), "status", descending=False)
    assert order == [ids[1], ids[2], ids[0], ids[3]]  # unstarted, in progress, done, done


def test_sorting_by_verdict_puts_unrated_last(services, ids):
    order = services.review.ids(ClaimFilter(), "verdict", descending=False)
    assert order == [ids[2], ids[3], ids[0], ids[1]]  # true, mixed, false, none


def test_sorting_by_sources_and_reliability(services, ids):
    a = services.sources.create("A", reliability="A")
    c = services.sources.create("C", reliability="C")
    services.claims.add_evidence(ids[3], c.id)
    services.claims.add_evidence(ids[3], a.id)
    services.claims.add_evidence(ids[1], c.id)
    assert services.review.ids(ClaimFilter(), "sources", True)[:2] == [ids[3], ids[1]]
    assert services.review.ids(ClaimFilter(), "reliability", False)[:2] == [ids[3], ids[1]]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_returns_every_claim(services, ids, key):
    assert sorted(services.review.ids(ClaimFilter(), key, True)) == sorted(ids)


def test_rows_and_summary(services, ids):
    rows = services.review.rows(ids[:2])
    assert rows[ids[1]].tags == "corea, rusia" or rows[ids[1]].tags == "rusia, corea"
    assert rows[ids[0]].article == "Frases" and rows[ids[0]].verdict == "false"
    summary = services.review.summary(ClaimFilter(tag="rusia"))
    assert summary.total == 2
    assert summary.by_status == {"done": 1, "unstarted": 1}
    assert summary.by_verdict == {"false": 1, None: 1}


def test_date_range_filter(services, ids):
    today = utcnow().date()
    assert len(services.review.ids(ClaimFilter(updated_from=today))) == 4
    assert services.review.ids(ClaimFilter(updated_to=today - timedelta(days=1))) == []
    assert ClaimFilter.from_dict(
        ClaimFilter(updated_from=date(2024, 1, 2), tag="x").to_dict()
    ) == ClaimFilter(updated_from=date(2024, 1, 2), tag="x")


def test_bulk_status_is_one_undoable_step_that_restores_each_value(services, db, ids):
    with db.read() as s:
        before = s.scalar(select(func.count(ChangeLogEntry.id)))
    cmd = BulkSetField(ids, "status", "Needs review")
    cmd.do(services)
    assert {c.status for c in services.claims.find()} == {"needs_review"}
    with db.read() as s:
        assert s.scalar(select(func.count(ChangeLogEntry.id))) == before + 4
    cmd.undo(services)
    assert [services.claims.get(i).status for i in ids] == [
        "done",
        "unstarted",
        "in_progress",
        "done",
    ]


def test_bulk_verdict_and_version_bump(services, ids):
    version = services.claims.get(ids[0]).version
    cmd = BulkSetField(ids[:2], "verdict", "misleading")
    cmd.do(services)
    assert services.claims.get(ids[0]).verdict == "misleading"
    assert services.claims.get(ids[0]).version == version + 1
    cmd.undo(services)
    assert (services.claims.get(ids[0]).verdict, services.claims.get(ids[1]).verdict) == (
        "false",
        None,
    )


def test_bulk_tags(services, ids):
    add = BulkTag(ids, "Revisar")
    add.do(services)
    assert all("Revisar" in services.claims.get(i).tags for i in ids)
    add.undo(services)
    assert all("Revisar" not in services.claims.get(i).tags for i in ids)
    remove = BulkTag(ids, "RUSIA", add=False)
    remove.do(services)
    assert [i for i in ids if "rusia" in services.claims.get(i).tags] == []
    remove.undo(services)
    assert [i for i in ids if "rusia" in services.claims.get(i).tags] == ids[:2]


def test_rename_and_merge_tags(services, ids):
    rename = RenameTag("corea", "Corea del Norte")
    rename.do(services)
    assert services.claims.get(ids[3]).tags == ["Corea del Norte"]
    with pytest.raises(UserError, match="merge"):
        services.review.rename_tag("rusia", "corea del norte")
    rename.undo(services)
    assert services.claims.get(ids[3]).tags == ["corea"]
    merge = MergeTags(["corea"], "rusia")
    merge.do(services)
    assert [u.name for u in services.review.tags()] == ["rusia"]
    assert services.claims.get(ids[1]).tags == ["rusia"]
    assert services.claims.get(ids[3]).tags == ["rusia"]
    merge.undo(services)
    assert {u.name: u.claims for u in services.review.tags()} == {"corea": 2, "rusia": 2}
    assert services.claims.get(ids[3]).tags == ["corea"]


def test_bulk_delete_and_undo(services, ids):
    before = [services.claims.get(i) for i in ids]
    cmd = BulkDelete(ids[:3])
    cmd.do(services)
    assert [c.id for c in services.claims.find()] == [ids[3]]
    cmd.undo(services)
    after = [services.claims.get(i) for i in ids]
    assert [(c.uuid, c.tags, c.highlights) for c in after] == [
        (c.uuid, c.tags, c.highlights) for c in before
    ]
