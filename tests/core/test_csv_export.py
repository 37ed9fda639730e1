"""Simple CSV report: RFC 4180, BOM, formula cells neutralised, atomic write."""

from __future__ import annotations

import csv
import io

import pytest

from claimtracker.core.exporters.csv_export import neutralise, write_csv, write_rows


@pytest.mark.parametrize(
    "payload",
    [
        "=1+1",
        "+SUM(A1)",
        "-2+3",
        "@cmd",
        "\t=1+1",
        "\r\n=cmd|' /C calc'!A0",
        "  -1+cmd|' /C calc'!A0",
        '=HYPERLINK("http://x")',
        "\uff1dSUM(A1)",
        "- El ministro dijo",
        "-5 % según el INE",
    ],
)
def test_formula_payloads_are_neutralised(payload):
    assert neutralise(payload) == "'" + payload


@pytest.mark.parametrize(
    "text", ["Añadió “cita” 😀", "\tx", "\nx", "-5", "+3,5", "1e5", "True", "0012", "a=b"]
)
def test_cells_a_spreadsheet_would_not_run_get_no_apostrophe(text):
    assert neutralise(text) == text
    assert neutralise(-5) == -5


def test_round_trip_with_bom_multiline_cells_and_semicolons(tmp_path):
    rows = [
        [1, 'Línea uno\nLínea dos, con “comillas” y "dobles"', "=cmd|' /C calc'!A0"],
        [2, "東京 😀; punto y coma", ""],
    ]
    out = tmp_path / "report.csv"
    assert write_csv(out, ["id", "text", "formula"], rows, delimiter=";") == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert back[0] == ["id", "text", "formula"]
    assert back[1] == ["1", rows[0][1], "'=cmd|' /C calc'!A0"]
    assert back[2] == ["2", "東京 😀; punto y coma", ""]


def test_lone_surrogates_are_replaced_not_fatal(tmp_path):
    out = tmp_path / "r.csv"
    write_csv(out, ["t"], [["bad \ud800 char"]])
    assert "bad ? char" in out.read_text(encoding="utf-8-sig")


def test_failed_write_leaves_no_partial_file(tmp_path):
    def rows():
        yield [1]
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_csv(tmp_path / "r.csv", ["id"], rows())
    assert list(tmp_path.iterdir()) == []


def test_write_rows_to_a_stream():
    buf = io.StringIO()
    write_rows(buf, ["a", "n"], [["+x", 3], ["True", 0.5]])
    # Text quoted (a spreadsheet keeping quoted fields as text reads "True" as text),
    # numbers not.
    assert buf.getvalue() == '"a","n"\r\n"\'+x",3\r\n"True",0.5\r\n'
