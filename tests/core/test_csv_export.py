"""Simple CSV report: RFC 4180, BOM, formula cells neutralised, atomic write."""

from __future__ import annotations

import csv
import io

import pytest

from claimtracker.core.exporters.csv_export import neutralise, write_csv, write_rows


@pytest.mark.parametrize(
    "payload", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\nx", '=HYPERLINK("http://x")']
)
def test_formula_payloads_are_neutralised(payload):
    assert neutralise(payload) == "'" + payload


def test_numbers_and_plain_text_stay_as_they_are():
    assert neutralise(-5) == -5
    assert neutralise("Añadió “cita” 😀") == "Añadió “cita” 😀"


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
    write_rows(buf, ["a"], [["+x"]])
    assert buf.getvalue() == "a\r\n'+x\r\n"
