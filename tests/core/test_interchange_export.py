"""The JSON export streamed from chunked queries: the same bytes as the whole document, and
no partial file on a cancel or a failure (its memory: test_interchange_memory.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from claimtracker.core.exporters import interchange
from claimtracker.core.exporters.pipeline import ExportCancelled, ExportRequest, export
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services.query import ClaimFilter
from tests.unprivileged import in_child

TEXT = (
    "Reacciones 😀👍🏽 東京. El ministro dijo que “la inflación bajó al 2,1 %”.\n"
    "La portavoz respondió: =SUMA(A1:A9) no es una cifra.\n"
    "Fin de la nota.\n"
)


@pytest.fixture
def investigation(services, add_article):
    """Two articles (one with an earlier text), claims with tags, evidence, history."""
    first = add_article(TEXT, "Inflación, “cifras” y más")
    second = add_article("Otra nota: el paro subió. Nada más.", "Paro")
    a = services.claims.create_from_quote(
        first, "“la inflación bajó al 2,1 %”", tags=["Economía", "b"], verdict="false"
    )
    b = services.claims.create_from_quote(first, "=SUMA(A1:A9) no es una cifra")
    c = services.claims.create_from_quote(second, "el paro subió", tags=["Empleo"])
    services.claims.create_from_quote(second, "Nada más", claim_id=a.id)
    source = services.sources.create("INE", "https://ine.example/ipc", "dataset", "A")
    other = services.sources.create("Blog", None, "other", "E")
    services.claims.add_evidence(a.id, source.id, stance="refutes", credibility=1)
    services.claims.add_evidence(c.id, other.id, stance="supports", excerpt="“sí”\n😀")
    services.claims.update(b.id, rationale="mal \ud800 codificado")
    services.versions.add_version(
        first,
        ImportedArticle(
            TEXT.replace("2,1", "2,4"),
            "Inflación",
            "html",
            b"<p>v2</p>",
            encoding="windows-1252",
            source_url="https://diario.example/nota",
            redirects=["http://diario.example/n"],
            retrieved_at=datetime(2024, 3, 6, 9, 30, tzinfo=UTC),
        ),
    )
    services.claims.delete(b.id)  # its log entries stay in the database, not in the export
    return services.db, a.id, c.id


def whole(db, *args) -> str:
    """What json.dump of the whole document writes (the old way of writing the file)."""
    data = interchange.export_data(db, *args)
    return json.dumps(data, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("scope", ["everything", "filter", "selection"])
def test_the_streamed_file_is_what_json_dump_of_the_document_writes(investigation, tmp_path, scope):
    db, a, c = investigation
    args: tuple = {
        "everything": (None, None),
        "filter": (ClaimFilter(tag="empleo"), None),
        "selection": (None, [a]),
    }[scope]
    out = tmp_path / "out.json"
    count = interchange.write_export(db, out, *args)
    written = out.read_text(encoding="utf-8")
    expected = json.loads(whole(db, *args))
    expected["exported_at"] = json.loads(written)["exported_at"]
    assert written == json.dumps(expected, ensure_ascii=False, indent=1)
    assert count == len(expected["claims"]) == {"everything": 2, "filter": 1, "selection": 1}[scope]
    if scope == "selection":  # the claim's two articles, its one source, its own tags
        assert [x["title"] for x in expected["articles"]] == ["Inflación, “cifras” y más", "Paro"]
        assert [s["name"] for s in expected["sources"]] == ["INE"]
        assert [t["name"] for t in expected["tags"]] == ["b", "Economía"]
    assert expected["change_log"]
    uuids = {x["uuid"] for part in ("claims", "articles", "sources") for x in expected[part]}
    uuids |= {h["uuid"] for x in expected["claims"] for h in x["highlights"]}
    uuids |= {e["uuid"] for x in expected["claims"] for e in x["evidence"]}
    assert {e["entity_uuid"] for e in expected["change_log"]} <= uuids


def test_a_cancelled_export_keeps_the_previous_file(investigation, tmp_path):
    db, _a, _c = investigation
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "export.json"
    old.write_text("la exportación de ayer")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2  # cancel once writing has begun

    with pytest.raises(ExportCancelled):
        export(db, ExportRequest(format="json"), old, progress)
    assert old.read_text() == "la exportación de ayer"
    assert list(folder.iterdir()) == [old]
    assert len(calls) == 2


def test_a_write_beyond_the_file_size_limit_keeps_the_previous_file(services, tmp_path):
    """A full disk, simulated with RLIMIT_FSIZE in a forked child: the write fails half-way."""
    text = "El ministro dijo que la inflación bajó al dos por ciento. " * 4000
    article = services.articles.add_text(text, "Larga").id
    services.claims.create_from_quote(article, "la inflación bajó")
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "export.json"
    old.write_text("la exportación de ayer")
    outcome = in_child(
        lambda: export(services.db, ExportRequest(format="json"), old), max_file_bytes=64 * 1024
    )
    assert outcome.raised == "UserError", outcome
    assert outcome.message.startswith(f"cannot write {old}: the disk is full")
    assert "\n" not in outcome.message
    assert old.read_text() == "la exportación de ayer"
    assert list(folder.iterdir()) == [old]
    assert services.claims.find()  # the database is untouched
