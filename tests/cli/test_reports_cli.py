"""``claimtracker export --format xlsx|pdf`` from a real process without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import openpyxl
from pypdf import PdfReader

from claimtracker.app import main
from claimtracker.core.db import create_database
from claimtracker.core.services import Services


def test_xlsx_and_pdf_from_the_command_line_without_a_display(tmp_path):
    path = tmp_path / "c.db"
    db = create_database(path)
    services = Services(db, "tester")
    article = services.articles.add_text("La inflación bajó al 2,1 %. Fin.", "Nota").id
    services.claims.create_from_quote(article, "La inflación bajó al 2,1 %", verdict="false")
    db.close()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    for fmt in ("xlsx", "pdf"):
        out = tmp_path / f"report.{fmt}"
        result = subprocess.run(
            [sys.executable, "-m", "claimtracker", "export", "--format", fmt, "--out", str(out),
             "--language", "es", "--db", str(path)],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stderr.strip().endswith(f"1 claims written to {out}")
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx").active
    assert (sheet["B1"].value, sheet["F1"].value) == ("Afirmación", "Veredicto")
    assert (sheet["B2"].value, sheet["F2"].value) == ("La inflación bajó al 2,1 %", "Falso")
    text = PdfReader(tmp_path / "report.pdf").pages[0].extract_text()
    assert "Dosier" in text and "inflación" in text


def test_claimreview_and_csv_in_spanish_from_the_command_line(tmp_path):
    path = tmp_path / "c.db"
    db = create_database(path)
    services = Services(db, "tester")
    article = services.articles.add_text("La inflación bajó al 2,1 %. Fin.", "Nota").id
    claim = services.claims.create_from_quote(
        article, "La inflación bajó al 2,1 %", verdict="mostly_false"
    )
    services.claims.update(claim.id, review_url="https://verifica.example/ipc")
    db.close()
    out = tmp_path / "reviews.json"
    common = ["--db", str(path), "--organisation", "Verifica"]
    assert main(["export", "--format", "claimreview", "--out", str(out), *common]) == 0
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "Mostly false"  # English by default
    assert review["inLanguage"] == "en"
    argv = ["export", "--format", "claimreview", "--out", str(out), "--language", "es"]
    assert main([*argv, *common]) == 0
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "Mayormente falso"
    assert review["inLanguage"] == "es"
    report = tmp_path / "report.csv"
    argv = ["export", "--format", "csv", "--out", str(report), "--columns", "statement,verdict"]
    assert main([*argv, "--language", "es", "--db", str(path)]) == 0
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines == ['"Afirmación","Veredicto"', '"La inflación bajó al 2,1 %","Mayormente falso"']
