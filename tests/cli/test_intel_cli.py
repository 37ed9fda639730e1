"""``claimtracker suggest``, ``similar`` and ``alias``: JSON shapes, tables, one-line errors."""

from __future__ import annotations

import json

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database

TEXT = (
    "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un millón "
    "de proyectiles a Rusia. ¿Qué hará ahora Europa? La inflación subió al 2,7 % en marzo, "
    "según el INE.\n"
)


@pytest.fixture
def cli(capsys):
    def run(*argv):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def article(cli, tmp_path):
    db = tmp_path / "cli.db"
    create_database(db).close()
    source = tmp_path / "nota.txt"
    source.write_text(TEXT, encoding="utf-8")
    code, out, _ = cli("import", source, "--db", db)
    assert code == 0
    return db, int(out.strip())


def test_suggest_prints_checkworthy_sentences_as_json(cli, article):
    db, article_id = article
    code, out, err = cli("suggest", article_id, "--format", "json", "--db", db)
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert [set(r) for r in rows] == [
        {"start", "end", "text", "score", "checkworthy", "reasons"}
    ] * 2
    assert all(TEXT[r["start"] : r["end"]] == r["text"] and r["checkworthy"] for r in rows)
    assert "+ figure: “un millón”" in rows[0]["reasons"]
    code, out, _ = cli("suggest", article_id, "--all", "--format", "json", "--db", db)
    everything = json.loads(out)
    assert len(everything) == 3 and [r["checkworthy"] for r in everything] == [True, False, True]
    assert "− question" in everything[1]["reasons"]


def test_suggest_table_and_a_missing_article(cli, article):
    db, article_id = article
    code, out, _ = cli("suggest", article_id, "--db", db)
    assert code == 0
    assert out.splitlines()[0].split() == ["start", "end", "score", "reasons", "text"]
    assert "La inflación subió al 2,7 % en marzo, según el INE." in out
    code, out, err = cli("suggest", 99, "--db", db)
    assert code == 1 and out == "" and err == "claimtracker: no article with id 99\n"


def test_claim_add_json_then_similar_ranks_claims(cli, article):
    db, article_id = article
    code, out, _ = cli(
        "claim",
        "add",
        "--article",
        article_id,
        "--quote",
        "La inflación subió al 2,7 % en marzo",
        "--verdict",
        "true",
        "--format",
        "json",
        "--db",
        db,
    )
    assert code == 0
    first = json.loads(out)
    assert first["statement"] == "La inflación subió al 2,7 % en marzo"
    assert first["highlights"][0]["exact"] == first["statement"]
    code, out, _ = cli(
        "claim",
        "add",
        "--article",
        article_id,
        "--quote",
        "Corea del Norte ha enviado más de un millón de proyectiles a Rusia",
        "--format",
        "json",
        "--db",
        db,
    )
    second = json.loads(out)
    code, out, _ = cli(
        "similar",
        "--text",
        "La inflación de marzo escaló hasta el 2,7 por ciento",
        "--format",
        "json",
        "--db",
        db,
    )
    assert code == 0
    rows = json.loads(out)
    assert [set(r) for r in rows] == [{"id", "statement", "score", "verdict"}] * len(rows)
    assert rows[0]["id"] == first["id"] and rows[0]["verdict"] == "true"
    assert second["id"] not in [r["id"] for r in rows[:1]]
    code, out, _ = cli("similar", second["id"], "--format", "json", "--db", db)
    assert code == 0 and all(r["id"] != second["id"] for r in json.loads(out))


def test_similar_errors_are_one_line(cli, article):
    db, _article_id = article
    assert cli("similar", 404, "--db", db)[2] == "claimtracker: no claim with id 404\n"
    code, _out, err = cli("similar", "--db", db)
    assert code == 1 and err == "claimtracker: name a claim id or give --text, not both\n"
    code, _out, err = cli("similar", "--text", "x", "--limit", "0", "--db", db)
    assert code == 1 and err == "claimtracker: --limit must be at least 1\n"


def test_alias_list_add_remove(cli, article):
    db, _article_id = article
    code, out, _ = cli("alias", "list", "--group", "Moscú", "--format", "json", "--db", db)
    assert code == 0
    names = [r["name"] for r in json.loads(out)]
    assert {"Moscú", "Kremlin", "Russia"} <= set(names)
    assert {r["group"] for r in json.loads(out)} == {"russia"}
    code, out, _ = cli(
        "alias", "add", "Pyongyang", "Norcorea", "RPC", "--format", "json", "--db", db
    )
    assert code == 0
    assert [(r["group"], r["name"]) for r in json.loads(out)] == [
        ("north-korea", "Norcorea"),
        ("north-korea", "RPC"),
    ]
    code, out, _ = cli("alias", "remove", "norcorea", "--db", db)
    assert code == 0 and out.split() == ["group", "name", "north-korea", "Norcorea"]
    code, out, _ = cli("alias", "list", "--group", "north-korea", "--db", db)
    assert "Norcorea" not in out and "RPC" in out
    code, _out, err = cli("alias", "remove", "Norcorea", "--db", db)
    assert code == 1 and err == "claimtracker: no alias 'Norcorea'\n"
    code, _out, err = cli("alias", "list", "--group", "Atlántida", "--db", db)
    assert code == 1 and err == "claimtracker: no alias group 'Atlántida'\n"
    code, out, _ = cli("alias", "add", "Mi grupo", "Uno", "--format", "json", "--db", db)
    assert json.loads(out)[0]["group"] == "mi-grupo"
