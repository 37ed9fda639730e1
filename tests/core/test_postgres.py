"""The same services on PostgreSQL (team use). CI starts a throwaway server for these tests.

Set ``CLAIMTRACKER_TEST_POSTGRES`` to a ``postgresql+psycopg://`` URL of an empty, disposable
database to run them elsewhere.
"""

from __future__ import annotations

import csv
import json
import os
from datetime import date

import pytest

from claimtracker.core.db import create_database
from claimtracker.core.errors import ConflictError, InvalidExport
from claimtracker.core.exporters import interchange
from claimtracker.core.exporters.csv_export import export_csv
from claimtracker.core.services import Services
from claimtracker.core.services.merge import Merger
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter

URL = os.environ.get("CLAIMTRACKER_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(not URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")

TEXT = "Reacciones 😀👍🏽 東京. El ministro dijo que “la INFLACIÓN bajó al 2,1 %”. Fin.\n"


def test_schema_services_and_offsets(pg):
    services = Services(pg, "pg")
    article = services.articles.add_text(TEXT, "Nota").id
    claim = services.claims.create_from_quote(
        article, "la INFLACIÓN bajó al 2,1 %", tags=["Economía"], claimant="Ministro"
    )
    (h,) = claim.highlights
    assert TEXT[h.start : h.end] == "la INFLACIÓN bajó al 2,1 %"
    services.claims.update(claim.id, verdict="false", claim_date=date(2024, 3, 5))
    with pytest.raises(ConflictError):
        services.claims.update(claim.id, expected_version=claim.version, verdict="true")
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    services.claims.add_evidence(claim.id, source.id, stance="refutes", credibility=1)
    assert [c.id for c in services.claims.find(ClaimFilter(search="inflación"))] == [claim.id]
    assert services.claims.find(ClaimFilter(tag="economía"))[0].verdict == "false"


def test_review_sorts_summary_and_bulk_edits(pg):
    services = Services(pg, "pg")
    article = services.articles.add_text(TEXT, "Nota").id
    ids = [
        services.claims.create_from_quote(article, q).id
        for q in ("Reacciones", "El ministro", "Fin.")
    ]
    for key in SORT_KEYS:
        assert sorted(services.review.ids(ClaimFilter(), key, True)) == sorted(ids), key
    assert services.review.rows(ids)[ids[0]].article == "Nota"
    result = services.review.set_field(ids, "status", "done")
    assert services.review.summary(ClaimFilter()).by_status == {"done": 3}
    services.review.restore_field("status", result.previous)
    assert services.review.add_tag(ids, "revisar").changed == ids
    services.review.rename_tag("revisar", "Revisado")
    record = services.review.merge_tags(["Revisado"], "final")
    services.review.unmerge_tags(record)
    snapshots, _skipped = services.claims.delete_many(ids[:2])
    services.claims.restore_many(snapshots)
    assert len(services.claims.find()) == 3


def test_exports_and_merge_between_sqlite_and_postgres(pg, tmp_path):
    services = Services(pg, "pg")
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, "El ministro", verdict="mixed", tags=["a"])
    out = tmp_path / "pg.csv"
    assert export_csv(pg, out) == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["verdict"] == "Mixed" and row["articles"] == "Nota"
    data = interchange.export_data(pg)
    local = create_database(tmp_path / "local.db")
    Merger(local, "ana").merge(data)
    back = interchange.export_data(local)
    for exported in (data, back):
        exported.pop("exported_at")
    assert back == data
    local.close()


def test_odd_filter_values_on_postgres(pg, tmp_path):
    from tests.core.test_odd_values import ODD_FILTERS

    services = Services(pg, "pg")
    article = services.articles.add_text("El ministro dijo que la inflación bajó.", "N").id
    services.claims.create_from_quote(article, "la inflación bajó", claimant="El ministro")
    for name, (claim_filter, expected) in ODD_FILTERS.items():
        assert len(services.review.ids(claim_filter, "id")) == expected, name
        assert services.review.summary(claim_filter).total == expected, name


def test_the_command_line_on_postgres_takes_odd_values(pg, tmp_path, capsys):
    from claimtracker.app import main

    services = Services(pg, "pg")
    article = services.articles.add_text("El ministro dijo que la inflación bajó.", "N").id
    services.claims.create_from_quote(article, "la inflación bajó")
    for argv in (
        ["--updated-to", "9999-12-31"],
        ["--article", "99999999999999999999999"],
        ["--search", "infla\0ción"],
        ["--search", "infla\0ción", "--claims-only"],
    ):
        code = main(["claims", "--format", "json", *argv, "--db", URL])
        out, err = capsys.readouterr()
        assert code == 0 and err == "", (argv, err)


def test_similar_claims_suggestions_and_aliases_on_postgres(pg):
    services = Services(pg, "pg")
    article = services.articles.add_text(
        "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un "
        "millón de proyectiles a Rusia. ¿Qué hará Europa? La inflación subió al 27 % en abril.",
        "Nota",
    ).id
    found = services.suggestions.suggest(article)
    assert [s.text for s in found] == [
        "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un "
        "millón de proyectiles a Rusia.",
        "La inflación subió al 27 % en abril.",
    ]
    services.suggestions.dismiss(article, found[1].start, found[1].end)
    assert len(services.suggestions.suggest(article)) == 1
    shells = services.claims.create_from_quote(article, found[0].text)
    inflation = services.claims.create_from_quote(article, "La inflación subió al 27 % en abril.")
    similar = services.similar.find("Pyongyang ha suministrado a Moscú un millón de obuses")
    assert [c.id for c in similar][:1] == [shells.id]
    assert services.similar.find("La inflación de abril escaló al 27 por ciento")[0].id == (
        inflation.id
    )
    assert "Pyongyang" in [a.name for a in services.aliases.entries("north-korea")]
    services.aliases.add("north-korea", "Norcorea")
    assert services.similar.find("Norcorea envió proyectiles a Rusia")[0].id == shells.id


def test_versions_history_search_and_deleting_articles(pg):
    from claimtracker.core.article_commands import DeleteArticle, ResolveMatches, UpdateArticle
    from claimtracker.core.importers import ImportedArticle
    from tests.core.test_article_versions import EDITED, NUMBER, NUMBER_EDITED, ORIGINAL, TITLE

    services = Services(pg, "pg")
    article = services.articles.add_text(ORIGINAL, TITLE).id
    claim = services.claims.create_from_quote(article, NUMBER)
    incoming = ImportedArticle(EDITED, TITLE, "txt", EDITED.encode())
    update = UpdateArticle(article, incoming, services.articles.get(article).version)
    update.do(services)
    (h,) = services.claims.get(claim.id).highlights
    assert (h.state, h.exact, h.current_exact) == ("fuzzy", NUMBER, NUMBER_EDITED)
    ResolveMatches([(h, True)]).do(services)
    assert [v.number for v in services.versions.versions(article)] == [1, 2]
    assert any(e.action == "reanchor" for e in services.claims.history(claim.id))
    assert [a.id for a in services.articles.search("Actualización")] == [article]
    delete = DeleteArticle(article, services.articles.get(article).version)
    delete.do(services)
    assert services.articles.all() == []
    delete.undo(services)
    assert services.versions.text(article, 1) == ORIGINAL
    assert services.claims.get(claim.id).highlights[0].exact == NUMBER_EDITED


def test_merges_into_postgres_are_checked_first_and_reanchored(pg, tmp_path):
    local = create_database(tmp_path / "local.db")
    services = Services(local, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, "El ministro", tags=["a"])
    data = json.loads(json.dumps(interchange.export_data(local)))
    local.close()
    h = data["claims"][0]["highlights"][0]
    article_uuid = h["article"]
    h["article"] = "00000000-0000-4000-8000-000000000001"
    with pytest.raises(InvalidExport, match=r"^claims\[0\]\.highlights\[0\]\.article: no article"):
        Merger(pg, "bea").merge(data)
    assert Services(pg, "t").articles.all() == []
    h["article"], h["start"], h["end"] = article_uuid, 0, len("El ministro")
    report = Merger(pg, "bea").merge(data)
    assert [r["state"] for r in report.reanchored] == ["moved"]
    (claim,) = Services(pg, "t").claims.find()
    (stored,) = claim.highlights
    assert TEXT[stored.start : stored.end] == "El ministro" and stored.state == "moved"


def test_versions_wording_and_history_merge_into_postgres_unchanged(pg, tmp_path):
    from tests.core.test_interchange import TEXT as NOTE
    from tests.core.test_interchange import export, with_history

    local = create_database(tmp_path / "local.db")
    services = Services(local, "ana")
    article = services.articles.add_text(NOTE, "Inflación").id
    claim = services.claims.create_from_quote(article, "“la inflación bajó al 2,1 %”")
    with_history(services, article, claim.id)
    report = Merger(pg, "bea").merge(json.loads(json.dumps(interchange.export_data(local))))
    assert report.reanchored == [] and report.added["articles"] == 1
    assert export(pg) == export(local)
    (h,) = Services(pg, "t").claims.find()[0].highlights
    assert (h.state, h.current_exact) == ("fuzzy", "“la inflación bajó al 2,4 %”")
    local.close()


def test_scales_matches_and_charts_on_postgres(pg):
    services = Services(pg, "pg")
    article = services.articles.add_text(TEXT, "Nota").id
    claim = services.claims.create_from_quote(article, "la INFLACIÓN bajó", verdict="false")
    assert claim.status == "unstarted"  # the default status, set by the revision
    services.scales.add("status", "Triage")
    services.scales.set_default("triage")
    services.scales.remove("verdict", "False", move_to="Mixed")
    assert services.claims.get(claim.id).verdict == "mixed"
    second = services.claims.create_from_quote(article, "El ministro")
    assert second.status == "triage"
    match = services.matches.explain("inflación", [claim.id, second.id])
    assert (match[claim.id].where, match[claim.id].field) == ("claim", "statement")
    assert match[claim.id].snippet == ""  # no full-text index here: no snippet
    assert services.matches.explain("reacciones", [second.id])[second.id].where == "article"
    weekly = services.charts.weekly(ClaimFilter())
    assert len(weekly.weeks) == 1 and weekly.weeks[0].weekday() == 0
    assert weekly.by_status["triage"] == [1] and weekly.totals == [2]
