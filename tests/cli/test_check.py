"""``claimtracker check``: exit 2, one line on stderr, when stored highlights do not match
their article text; the JSON report lists them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database
from claimtracker.core.services import Services

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo. Fin de la nota."
QUOTE = "la inflación bajó al dos por ciento"


@pytest.fixture
def cli(capsys):
    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def spoil_stored_highlight(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql)
    connection.close()


@pytest.fixture
def annotated(tmp_path) -> Path:
    path = tmp_path / "a.db"
    db = create_database(path)
    services = Services(db, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, QUOTE)
    db.close()
    return path


def test_check_fails_on_highlights_that_do_not_match_their_text(cli, annotated):
    assert cli("check", "--db", annotated)[0] == 0
    spoil_stored_highlight(annotated, "UPDATE highlights SET start = start + 1")
    code, out, err = cli("check", "--db", annotated)
    assert code == 2
    assert err == (
        "claimtracker: 1 highlight(s) do not match their article text at their offsets "
        "(check --format json lists them)\n"
    )
    assert "highlights not matching their text: 1" in out
    code, out, err = cli("check", "--format", "json", "--db", annotated)
    assert code == 2 and err.count("\n") == 1
    report = json.loads(out)
    assert report["ok"] is False
    (mismatch,) = report["mismatched"]
    start = TEXT.index(QUOTE)
    assert (mismatch["start"], mismatch["end"], mismatch["exact"]) == (
        start + 1,
        start + len(QUOTE),
        QUOTE,
    )


def test_check_survives_offsets_that_are_not_numbers(cli, annotated):
    spoil_stored_highlight(annotated, "UPDATE highlights SET start = 'abc'")
    code, out, err = cli("check", "--format", "json", "--db", annotated)
    assert code == 2 and err.startswith("claimtracker: 1 highlight(s) do not match")
    assert json.loads(out)["mismatched"][0]["start"] == "abc"
