"""``claimtracker scale``: list, add, rename, edit and remove statuses and verdicts."""

from __future__ import annotations

import json

from tests.cli.test_cli import cli, dbfile  # noqa: F401  (fixtures)
from tests.conftest import DATA


def test_scale_commands_change_the_scale_and_print_json(cli, dbfile):  # noqa: F811
    code, out, _ = cli(
        "scale",
        "add",
        "verdict",
        "Sin contexto",
        "--rating",
        "2",
        "--format",
        "json",
        "--db",
        dbfile,
    )
    assert code == 0
    added = [e for e in json.loads(out) if e["key"] == "sin_contexto"]
    assert added[0]["label"] == "Sin contexto" and added[0]["rating"] == 2
    code, out, _ = cli(
        "scale", "rename", "status", "needs review", "Revisión legal", "--db", dbfile
    )
    assert code == 0 and "Revisión legal" in out
    code, out, _ = cli(
        "scale",
        "edit",
        "status",
        "done",
        "--default",
        "--position",
        "1",
        "--format",
        "json",
        "--db",
        dbfile,
    )
    first = json.loads(out)[0]
    assert (first["key"], first["default"]) == ("done", True)
    code, out, _ = cli("scale", "list", "status", "--format", "json", "--db", dbfile)
    assert [e["label"] for e in json.loads(out)] == [
        "Done",
        "Unstarted",
        "In progress",
        "Revisión legal",
    ]


def test_removing_a_verdict_in_use_needs_a_choice(cli, dbfile):  # noqa: F811
    code, out, _ = cli("import", DATA / "es_curly.txt", "--db", dbfile)
    article = out.strip()
    code, _, _ = cli(
        "claim",
        "add",
        "--article",
        article,
        "--quote",
        "la inflación",
        "--verdict",
        "False",
        "--db",
        dbfile,
    )
    assert code == 0
    code, out, err = cli("scale", "remove", "verdict", "False", "--db", dbfile)
    assert code == 1
    assert err.strip() == (
        "claimtracker: 1 claim(s) have the verdict 'False': move them to another verdict "
        "or keep them on the retired verdict"
    )
    code, out, err = cli("scale", "remove", "verdict", "False", "--keep", "--db", dbfile)
    assert code == 0 and "retired, kept on 1 claim(s)" in err
    code, out, _ = cli("claims", "--format", "json", "--db", dbfile)
    assert json.loads(out)[0]["verdict"] == "false"
    code, out, _ = cli("scale", "list", "verdict", "--active", "--format", "json", "--db", dbfile)
    assert "false" not in [e["key"] for e in json.loads(out)]
    code, out, err = cli(
        "scale", "remove", "verdict", "false", "--move-to", "Mixed", "--db", dbfile
    )
    assert code == 0 and "1 claim(s) moved to mixed" in err
    code, out, _ = cli("claims", "--format", "json", "--db", dbfile)
    assert json.loads(out)[0]["verdict"] == "mixed"


def test_bad_scale_arguments_are_one_line(cli, dbfile):  # noqa: F811
    for argv, message in (
        (("scale", "edit", "verdict", "true", "--rating", "seven"), "a rating is a whole"),
        (("scale", "add", "status", "Listo", "--rating", "3"), "only verdicts"),
        (("scale", "remove", "status", "done", "--clear"), "claims need a status"),
        (("scale", "edit", "verdict", "true"), "nothing to change"),
        (("scale", "rename", "verdict", "nada", "Algo"), "no verdict named"),
    ):
        code, _, err = cli(*argv, "--db", dbfile)
        assert code == 1, argv
        assert err.count("\n") == 1 and message in err
