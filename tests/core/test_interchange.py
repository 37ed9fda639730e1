"""Reports and interchange: CSV, full JSON with merge, ClaimReview, W3C Web Annotation."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from datetime import UTC, date, datetime

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database
from claimtracker.core.errors import UserError
from claimtracker.core.exporters import interchange, standards
from claimtracker.core.exporters.csv_export import ExportCancelled, export_csv
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.core.services.merge import CONFLICT_TAG, Merger
from claimtracker.core.services.query import ClaimFilter

TEXT = (
    "Reacciones 😀👍🏽 東京. El ministro dijo que “la inflación bajó al 2,1 %”.\n"
    "La portavoz respondió: =SUMA(A1:A9) no es una cifra.\n"
    "Fin de la nota.\n"
)


@pytest.fixture
def filled(services, add_article):
    article = add_article(TEXT, "Inflación, “cifras” y más")
    a = services.claims.create_from_quote(
        article,
        "“la inflación bajó al 2,1 %”",
        claimant="@ministro",
        status="done",
        verdict="false",
        tags=["Economía"],
        statement="La inflación\nbajó al 2,1 % 😀",
    )
    b = services.claims.create_from_quote(
        article, "=SUMA(A1:A9) no es una cifra", verdict="misleading"
    )
    c = services.claims.create_from_quote(article, "Fin de la nota.")
    services.claims.update(
        a.id,
        claim_date=date(2024, 3, 5),
        rationale="-5 % según el INE\nsegunda línea, con “comillas”",
    )
    source = services.sources.create("INE", "https://ine.example/ipc", "dataset", "A")
    services.claims.add_evidence(a.id, source.id, stance="refutes", credibility=1, excerpt="+0,4 %")
    return article, a.id, b.id, c.id


def read_csv(path, delimiter=","):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


class TestCsv:
    def test_round_trip_keeps_text_and_neutralises_formulas(self, db, filled, tmp_path):
        _article, a, b, _c = filled
        out = tmp_path / "r.csv"
        assert export_csv(db, out) == 3
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = {int(r["id"]): r for r in read_csv(out)}
        assert rows[a]["statement"] == "La inflación bajó al 2,1 % 😀"
        assert rows[a]["claimant"] == "'@ministro"
        assert rows[a]["rationale"] == "'-5 % según el INE\nsegunda línea, con “comillas”"
        assert rows[a]["verdict"] == "False" and rows[a]["status"] == "Done"
        assert rows[a]["articles"] == "Inflación, “cifras” y más"
        assert rows[a]["quotes"] == "“la inflación bajó al 2,1 %”"
        assert rows[a]["sources"] == "https://ine.example/ipc"
        assert rows[a]["best_reliability"] == "A"
        assert rows[b]["statement"] == "'=SUMA(A1:A9) no es una cifra"
        assert re.fullmatch(r"\d+", rows[b]["id"])  # numbers stay numbers

    def test_columns_order_delimiter_and_per_highlight(self, db, filled, tmp_path):
        _article, a, _b, _c = filled
        out = tmp_path / "h.csv"
        n = export_csv(
            db,
            out,
            ClaimFilter(status="done"),
            per_highlight=True,
            columns=["quote", "start", "end", "id"],
            delimiter=";",
            bom=False,
        )
        assert n == 1
        raw = out.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        (row,) = read_csv(out, ";")
        assert list(row) == ["quote", "start", "end", "id"]
        assert TEXT[int(row["start"]) : int(row["end"])] == row["quote"]
        assert int(row["id"]) == a

    def test_unknown_column_is_a_clear_error(self, db, filled, tmp_path):
        with pytest.raises(UserError, match="unknown column"):
            export_csv(db, tmp_path / "x.csv", columns=["statement", "quote"])
        assert not any(p.name.endswith((".csv", ".partial")) for p in tmp_path.iterdir())

    def test_cancelled_export_leaves_no_file(self, db, filled, tmp_path):
        with pytest.raises(ExportCancelled):
            export_csv(db, tmp_path / "x.csv", progress=lambda done, total: False)
        assert not any(p.name.endswith((".csv", ".partial")) for p in tmp_path.iterdir())

    def test_lone_surrogates_are_replaced(self, services, db, add_article, tmp_path):
        article = add_article("Texto con algo raro al final.", "Raro")
        claim = services.claims.create_from_quote(article, "algo raro")
        services.claims.update(claim.id, rationale="mal \ud800 codificado \ud83d\ude00")
        export_csv(db, tmp_path / "s.csv", columns=["rationale"])
        assert read_csv(tmp_path / "s.csv")[0]["rationale"] == "mal \ufffd codificado 😀"


def export(db) -> dict:
    data = interchange.export_data(db)
    data.pop("exported_at")
    return data


def with_history(services: Services, article: int, claim: int) -> None:
    """A review URL, and two newer texts of the article fetched from the web, the first of
    which changes the claim's quote: the highlight waits as a fuzzy match."""
    services.claims.update(claim, review_url="https://verifica.example/ipc")
    for n, text in enumerate((EDITED, EDITED + "Actualizado.\n"), start=1):
        services.versions.add_version(
            article,
            ImportedArticle(
                text,
                "Inflación",
                "html",
                f"<p>{text}</p>".encode(),
                encoding="windows-1252",
                source_name=f"nota-{n}.html",
                source_url=f"https://diario.example/nota?v={n}",
                redirects=[f"http://diario.example/n{n}", "https://diario.example/n"],
                retrieved_at=datetime(2024, 3, 5 + n, 9, 30, tzinfo=UTC),
            ),
        )


EDITED = TEXT.replace("2,1 %", "2,4 %")
PARTS = ("claim", "highlight", "evidence")


def exported_original(article: dict) -> bytes:
    return base64.b64decode(article["original"])


class TestJson:
    def test_a_to_b_to_json_is_the_same_content(self, db, filled, tmp_path):
        data = interchange.export_data(db)
        target = create_database(tmp_path / "b.db")
        report = Merger(target, "bea").merge(json.loads(json.dumps(data)))
        assert report.added["claims"] == 3 and report.conflicts == []
        assert export(target) == export(db)
        again = Merger(target, "bea").merge(data)
        assert again.added == {} and again.conflicts == []
        assert export(target) == export(db)
        found = Services(target, "t").claims.find(ClaimFilter(search="inflacion"))
        assert len(found) == 3  # the search index follows merged rows
        target.close()

    def test_versions_review_urls_wording_and_history_travel(self, db, services, filled, tmp_path):
        article, a, _b, _c = filled
        with_history(services, article, a)
        data = json.loads(json.dumps(interchange.export_data(db)))
        (exported,) = data["articles"]
        assert exported["text_version"] == 3 and exported["version"] >= 3
        assert json.loads(exported["redirects"])[0] == "http://diario.example/n2"
        assert exported["source_url"] == "https://diario.example/nota?v=2"
        assert (
            exported["original_sha256"] == hashlib.sha256(exported_original(exported)).hexdigest()
        )
        fetched = exported["versions"][1]
        assert (fetched["source_name"], fetched["encoding"]) == ("nota-1.html", "windows-1252")
        assert (fetched["source_url"], fetched["retrieved_at"]) == (
            "https://diario.example/nota?v=1",
            "2024-03-06T09:30:00",
        )
        claim = next(c for c in data["claims"] if c["review_url"])
        (h,) = claim["highlights"]
        assert (h["state"], h["current_exact"]) == ("fuzzy", "“la inflación bajó al 2,4 %”")
        assert {e["claim_uuid"] for e in data["change_log"] if e["entity"] in PARTS} == {
            c["uuid"] for c in data["claims"]
        }
        target = create_database(tmp_path / "b.db")
        report = Merger(target, "bea").merge(data)
        assert report.reanchored == [] and report.conflicts == []
        assert export(target) == export(db)
        code = main(["check", "--db", str(tmp_path / "b.db")])
        assert code == 0  # the fuzzy match stands on its new wording
        theirs = Services(target, "bea")
        assert [e.action for e in theirs.claims.history(a)] == [
            e.action for e in services.claims.history(a)
        ]
        target.close()

    def test_exports_from_before_article_versions_still_merge(self, db, services, filled, tmp_path):
        """Without a log entry's claim, the text number or the hash of the original bytes,
        the merge fills them in as the database upgrade does."""
        article, a, _b, _c = filled
        services.versions.add_version(article, ImportedArticle(EDITED, "Inflación", "paste", b"v2"))
        data = json.loads(json.dumps(interchange.export_data(db)))
        for entry in data["change_log"]:
            del entry["claim_uuid"]
        for record in (data["articles"][0], *data["articles"][0]["versions"]):
            for key in ("text_version", "original_sha256", "source_url", "redirects"):
                record.pop(key, None)
        target = create_database(tmp_path / "b.db")
        Merger(target, "bea").merge(data)
        assert export(target) == export(db)
        target.close()

    def test_overlapping_databases_merge_without_duplicates(self, db, services, filled, tmp_path):
        article, a, b, c = filled
        other = create_database(tmp_path / "b.db")
        Merger(other, "bea").merge(interchange.export_data(db))
        theirs = Services(other, "bea")
        theirs.claims.update(b, status="in_progress", rationale="Revisado por Bea")
        new = theirs.claims.create_from_quote(article, "La portavoz respondió")
        services.claims.update(c, verdict="true")  # only ours changed c
        report = Merger(db, "ana").merge(interchange.export_data(other))
        assert report.conflicts == []
        assert report.added["claims"] == 1 and report.updated["claims"] == 1
        claims = {x.uuid: x for x in services.claims.find()}
        assert len(claims) == 4
        assert claims[services.claims.get(b).uuid].rationale == "Revisado por Bea"
        assert services.claims.get(c).verdict == "true"  # ours kept
        assert new.uuid in claims
        other.close()

    def test_both_sides_changed_keeps_both_and_lists_the_conflict(
        self, db, services, filled, tmp_path
    ):
        _article, a, _b, _c = filled
        other = create_database(tmp_path / "b.db")
        Merger(other, "bea").merge(interchange.export_data(db))
        Services(other, "bea").claims.update(a, verdict="mostly_false")
        services.claims.update(a, verdict="mixed")
        report = Merger(db, "ana", "bea.json").merge(interchange.export_data(other))
        (conflict,) = report.conflicts
        assert conflict["kind"] == "claim" and conflict["fields"] == ["verdict"]
        assert services.claims.get(a).verdict == "mixed"
        copies = services.claims.find(ClaimFilter(tag=CONFLICT_TAG))
        assert [c.uuid for c in copies] == [conflict["their_copy"]]
        assert copies[0].verdict == "mostly_false"
        assert "bea.json" in copies[0].rationale
        other.close()

    def test_other_json_and_newer_formats_are_refused(self, db, tmp_path):
        (tmp_path / "x.json").write_text('{"hello": 1}')
        with pytest.raises(UserError, match="^x.json: not a ClaimTracker export$"):
            interchange.read_export(tmp_path / "x.json")
        (tmp_path / "y.json").write_text('{"format": "claimtracker-export", "version": 99}')
        with pytest.raises(UserError, match="^y.json: version: written by a newer ClaimTracker"):
            Merger(db, "t", "y.json").merge(interchange.read_export(tmp_path / "y.json"))
        (tmp_path / "z.json").write_text("{broken")
        with pytest.raises(UserError, match="^z.json: line 1 column 2: not valid JSON"):
            interchange.read_export(tmp_path / "z.json")


class TestStandards:
    def test_web_annotations_have_both_selectors_in_code_points(self, db, services, filled):
        article, a, _b, _c = filled
        collection = standards.web_annotations(interchange.export_data(db))
        assert collection["type"] == "AnnotationCollection" and collection["total"] == 3
        text = services.articles.text(article)
        for annotation in collection["first"]["items"]:
            assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
            assert annotation["type"] == "Annotation"
            assert annotation["id"].startswith("urn:uuid:")
            target = annotation["target"]
            assert target["source"].startswith("urn:uuid:")  # the article has no URL
            quote, position = target["selector"]
            assert (
                quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
            )
            assert text[position["start"] : position["end"]] == quote["exact"]
            assert text[: position["start"]].endswith(quote["prefix"])
            assert all(b["type"] == "TextualBody" and b["value"] for b in annotation["body"])
        first = next(
            x
            for x in collection["first"]["items"]
            if x["body"][0]["value"].startswith("La inflación")
        )
        purposes = {b["purpose"]: b["value"] for b in first["body"]}
        assert purposes["assessing"] == "False" and purposes["tagging"] == "Economía"
        # Emoji and CJK before the quote: UTF-16 positions would be larger.
        start = first["target"]["selector"][1]["start"]
        assert len(text[:start].encode("utf-16-le")) // 2 > start
