"""Reports in spreadsheets: XLSX with typed cells, and the CSV as LibreOffice reads it."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from claimtracker.core.exporters.pipeline import ExportRequest, export

TEXT = "Dijo =1+1 y TRUE, luego 0012 y 1e5; False. Otra frase. Ünïcode ñ 😀 東京 “citas”."
TRICKY = ["=1+1", "TRUE", "0012", "1e5", "False"]


@pytest.fixture
def tricky(services, add_article):
    """Claims whose statements look like a formula, a boolean or numbers."""
    article = add_article(TEXT, "Cifras 0012")
    ids = []
    for quote in TRICKY:
        claim = services.claims.create_from_quote(
            article, quote, verdict="True", tags=["x"], claimant="-ministra"
        )
        ids.append(claim.id)
    services.claims.update(ids[0], claim_date=date(2024, 3, 5), rationale="a\x01b línea\ndos")
    last = services.claims.create_from_quote(article, "Ünïcode ñ 😀 東京 “citas”", verdict="false")
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    services.claims.add_evidence(last.id, source.id, stance="refutes", credibility=2)
    return [*ids, last.id]


def sheet_rows(path):
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    return sheet, [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_xlsx_cells_are_typed_and_text_stays_text(db, tricky, tmp_path):
    out = tmp_path / "report.xlsx"
    columns = ["id", "statement", "claimant", "claim_date", "verdict", "rationale"]
    columns += ["source_count", "best_reliability", "updated_at", "articles"]
    assert export(db, ExportRequest(format="xlsx", columns=columns), out) == 6
    sheet, rows = sheet_rows(out)
    statements = [r["statement"] for r in rows]
    assert [c.value for c in statements] == [*TRICKY, "Ünïcode ñ 😀 東京 “citas”"]
    assert {c.data_type for c in statements} == {"s"}  # no formula, bool or number
    assert [r["verdict"].value for r in rows] == ["True"] * 5 + ["False"]
    assert {r["verdict"].data_type for r in rows} == {"s"}
    assert rows[0]["claimant"].value == "-ministra"  # no apostrophe needed
    assert rows[0]["id"].data_type == "n" and rows[5]["source_count"].value == 1
    assert rows[0]["claim_date"].is_date and rows[0]["claim_date"].value.date() == date(2024, 3, 5)
    assert isinstance(rows[0]["updated_at"].value, datetime)
    assert rows[0]["rationale"].value == "ab línea\ndos"  # a control character dropped
    assert rows[1]["claim_date"].value is None
    assert rows[0]["articles"].value == "Cifras 0012"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J7"
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["A"] < widths["B"] <= 61  # sized from the rows, within bounds


def test_xlsx_one_row_per_highlight_and_selection(db, tricky, tmp_path):
    out = tmp_path / "h.xlsx"
    request = ExportRequest(format="xlsx", per_highlight=True, claim_ids=tricky[:2])
    assert export(db, request, out) == 2
    _sheet, rows = sheet_rows(out)
    assert [r["quote"].value for r in rows] == TRICKY[:2]
    assert {r["start"].data_type for r in rows} == {"n"}
    assert openpyxl.load_workbook(out).sheetnames == ["Highlights"]


def test_csv_quotes_text_and_guards_only_formulas(db, tricky, tmp_path):
    out = tmp_path / "r.csv"
    export(db, ExportRequest(columns=["id", "statement", "claimant", "source_count"]), out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == '"id","statement","claimant","source_count"'
    assert lines[1] == '1,"\'=1+1","\'-ministra",0'
    assert lines[2] == '2,"TRUE","\'-ministra",0'
    assert lines[3] == '3,"0012","\'-ministra",0'
    export(db, ExportRequest(columns=["statement"], formula_guard=False), out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == '"=1+1"'


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_libreoffice_reads_the_csv_as_written(db, tricky, tmp_path, delimiter):
    """LibreOffice's import as its dialog offers it for this file (UTF-8 from the BOM,
    the separator, "Format quoted field as text" as the README says), without the user
    choosing anything else."""
    out = tmp_path / "report.csv"
    columns = ["id", "statement", "claimant", "verdict", "rationale", "source_count"]
    export(db, ExportRequest(columns=columns, delimiter=delimiter), out)
    separator = str(ord(delimiter))
    profile = tmp_path / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            f"--infilter=CSV:{separator},34,76,1,,1033,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    _sheet, rows = sheet_rows(tmp_path / "lo" / "report.xlsx")
    assert [r["statement"].value for r in rows[:5]] == ["'=1+1", *TRICKY[1:]]
    assert {r["statement"].data_type for r in rows} == {"s"}  # no formula, number or bool
    assert [r["verdict"].value for r in rows] == ["True"] * 5 + ["False"]
    assert {r["verdict"].data_type for r in rows} == {"s"}
    assert rows[5]["statement"].value == "Ünïcode ñ 😀 東京 “citas”"
    assert rows[0]["rationale"].value.endswith("línea\ndos")  # line breaks kept in the cell
    assert rows[0]["id"].data_type == "n" and rows[5]["source_count"].value == 1
