"""Reports in a chosen language: CSV, XLSX and ClaimReview read their words from the .ts files."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from claimtracker.core import translations
from claimtracker.core.exporters.csv_export import DEFAULT_COLUMNS
from claimtracker.core.exporters.pipeline import ExportRequest, export
from claimtracker.core.translations import language_code, translate, translates

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "i18n" / "claimtracker_es.ts"
REPORT_CONTEXTS = ("Terms", "ReportColumns", "Dossier")
MARKED = re.compile(
    r'QT_TRANSLATE_NOOP\(\s*"(' + "|".join(REPORT_CONTEXTS) + r')",\s*"((?:[^"\\]|\\.)*)"\s*\)'
)
TEXT = "La ministra afirmó que el paro bajó un 3 %. El portavoz negó la cifra. Fin."


@pytest.fixture
def claims(services, add_article):
    """A claim on the default scales, one whose status the newsroom renamed, with evidence."""
    article = add_article(TEXT, "El paro, según el Gobierno")
    first = services.claims.create_from_quote(
        article,
        "el paro bajó un 3 %",
        claimant="La ministra",
        status="done",
        verdict="mostly_true",
        tags=["empleo"],
    )
    services.claims.update(first.id, review_url="https://verifica.example/paro")
    source = services.sources.create("INE", "https://ine.example/epa", "dataset", "B")
    services.claims.add_evidence(first.id, source.id, stance="supports", credibility=2)
    services.scales.rename("status", "needs_review", "Revisión legal")
    second = services.claims.create_from_quote(
        article, "El portavoz negó la cifra", status="needs_review", verdict="false"
    )
    services.claims.update(second.id, review_url="https://verifica.example/cifra")
    return first.id, second.id


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_a_spanish_csv_has_spanish_headings_and_words(db, claims, tmp_path):
    out = tmp_path / "informe.csv"
    assert export(db, ExportRequest(format="csv", language="es"), out) == 2
    header, first, second = read_csv(out)
    assert header == [
        "ID",
        "Afirmación",
        "Autor",
        "Fecha de la afirmación",
        "Estado",
        "Veredicto",
        "Justificación",
        "Etiquetas",
        "Artículos",
        "Citas",
        "Fuentes",
        "Fiabilidad de la mejor fuente",
        "Último cambio (UTC)",
        "Último cambio por",
        "UUID",
    ]
    row = dict(zip(header, first, strict=True))
    assert (row["Estado"], row["Veredicto"]) == ("Terminada", "Mayormente verdadero")
    assert row["Fiabilidad de la mejor fuente"] == "B (Normalmente fiable)"
    assert row["Afirmación"] == "el paro bajó un 3 %" and row["Autor"] == "La ministra"
    # Times stay as stored (UTC, which the heading says).
    datetime.fromisoformat(row["Último cambio (UTC)"])
    other = dict(zip(header, second, strict=True))
    assert other["Estado"] == "Revisión legal"  # the newsroom's own name stays
    assert other["Veredicto"] == "Falso"


def test_an_english_csv_keeps_the_column_keys_and_stored_labels(db, claims, tmp_path):
    out = tmp_path / "report.csv"
    export(db, ExportRequest(format="csv", language="en"), out)
    header, first, second = read_csv(out)
    assert header == list(DEFAULT_COLUMNS)
    row = dict(zip(header, first, strict=True))
    assert (row["status"], row["verdict"], row["best_reliability"]) == ("Done", "Mostly true", "B")
    assert dict(zip(header, second, strict=True))["status"] == "Revisión legal"
    # A language without translations writes the English report.
    export(db, ExportRequest(format="csv", language="fr"), tmp_path / "fr.csv")
    assert (tmp_path / "fr.csv").read_bytes() == out.read_bytes()


def test_a_spanish_csv_per_highlight_names_the_anchoring(db, claims, tmp_path):
    out = tmp_path / "pasajes.csv"
    request = ExportRequest(
        format="csv",
        language="es_ES",
        per_highlight=True,
        columns=["id", "quote", "start", "end", "anchoring", "status"],
    )
    export(db, request, out)
    header, *rows = read_csv(out)
    assert header == ["ID", "Cita", "Inicio", "Fin", "Anclaje", "Estado"]
    assert [r[4] for r in rows] == ["anclado", "anclado"]
    assert rows[0][2] == "23"  # offsets stay numbers


def test_a_spanish_xlsx_has_spanish_headings_and_words(db, claims, tmp_path):
    out = tmp_path / "informe.xlsx"
    columns = ["statement", "status", "verdict", "best_reliability", "updated_at", "claim_date"]
    export(db, ExportRequest(format="xlsx", language="es", columns=columns), out)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.active
    assert sheet.title == "Afirmaciones"
    assert workbook.properties.title == "Informe de ClaimTracker"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Afirmación",
        "Estado",
        "Veredicto",
        "Fiabilidad de la mejor fuente",
        "Último cambio (UTC)",
        "Fecha de la afirmación",
    )
    assert rows[1][:4] == (
        "el paro bajó un 3 %",
        "Terminada",
        "Mayormente verdadero",
        "B (Normalmente fiable)",
    )
    assert isinstance(rows[1][4], datetime)  # times stay typed
    assert rows[2][1:3] == ("Revisión legal", "Falso")

    english = tmp_path / "report.xlsx"
    export(db, ExportRequest(format="xlsx", columns=columns), english)
    sheet = openpyxl.load_workbook(english).active
    assert sheet.title == "Claims"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(columns)
    assert rows[1][1:4] == ("Done", "Mostly true", "B")


def test_claimreview_names_the_verdict_in_the_chosen_language(db, claims, tmp_path):
    out = tmp_path / "reviews.json"
    request = ExportRequest(format="claimreview", organisation="Verifica", language="es-ES")
    assert export(db, request, out) == 2
    first, second = json.loads(out.read_text(encoding="utf-8"))
    assert first["reviewRating"]["alternateName"] == "Mayormente verdadero"
    assert first["reviewRating"]["ratingValue"] == 4
    assert second["reviewRating"]["alternateName"] == "Falso"
    assert first["inLanguage"] == "es-ES"  # no article names its language

    request.language = "en"
    export(db, request, out)
    first, _second = json.loads(out.read_text(encoding="utf-8"))
    assert first["reviewRating"]["alternateName"] == "Mostly true"
    assert first["inLanguage"] == "en"


def test_a_renamed_verdict_keeps_its_name_in_claimreview(db, services, claims, tmp_path):
    services.scales.rename("verdict", "mostly_true", "Cierto con matices")
    out = tmp_path / "reviews.json"
    export(db, ExportRequest(format="claimreview", organisation="V", language="es"), out)
    first, second = json.loads(out.read_text(encoding="utf-8"))
    assert first["reviewRating"]["alternateName"] == "Cierto con matices"
    assert second["reviewRating"]["alternateName"] == "Falso"


@pytest.mark.parametrize("code", ["es", "es-ES", "es_ES", "ES", " es-419 "])
def test_regional_codes_read_the_language(code):
    assert language_code(code) == "es"
    assert translates(code)
    assert translate(code, "Terms", "Mostly false") == "Mayormente falso"
    assert translate(code, "ReportColumns", "Claimant") == "Autor"


@pytest.mark.parametrize("code", ["en", "", None, "fr", "xx-YY", "../es", "e", "es/../es"])
def test_unknown_languages_fall_back_to_english(code):
    assert not translates(code)
    assert translate(code, "Terms", "Mostly false") == "Mostly false"
    assert translate(code, "Dossier", "Fact-check dossier") == "Fact-check dossier"


def test_unfinished_and_missing_texts_stay_english(tmp_path, monkeypatch):
    (tmp_path / "claimtracker_zz.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zz">
<context>
    <name>Terms</name>
    <message>
        <source>Mixed</source>
        <translation>Zmixed</translation>
    </message>
    <message>
        <source>Satire</source>
        <translation type="unfinished">Zsatire</translation>
    </message>
    <message>
        <source>False</source>
        <translation></translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "resource_path", lambda *parts: tmp_path / parts[-1])
    translations._catalogue.cache_clear()
    try:
        assert translate("zz", "Terms", "Mixed") == "Zmixed"
        assert translate("zz", "Dossier", "Mixed") == "Mixed"  # another context
        assert translate("zz", "Terms", "Satire") == "Satire"  # unfinished
        assert translate("zz", "Terms", "False") == "False"  # empty
        assert translate("zz", "Terms", "Done") == "Done"  # not in the file
    finally:
        translations._catalogue.cache_clear()


def marked_texts() -> set[tuple[str, str]]:
    """Every (context, text) the core marks for the reports' contexts."""
    found = set()
    for path in (ROOT / "claimtracker" / "core").rglob("*.py"):
        found |= set(MARKED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_text_the_core_writes_in_reports_has_a_spanish_translation():
    marked = marked_texts()
    contexts = {context for context, _text in marked}
    assert contexts == set(REPORT_CONTEXTS)
    assert ("ReportColumns", "Claimant") in marked and ("Terms", "Mostly true") in marked
    finished = {}
    for context in ET.parse(SPANISH_TS).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                finished[(context.findtext("name"), message.findtext("source"))] = translation.text
    missing = sorted(m for m in marked if m not in finished)
    assert missing == []
    # And the core reads them as the file has them.
    for context, text in marked:
        assert translate("es", context, text) == finished[(context, text)]
