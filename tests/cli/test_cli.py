"""The ``claimtracker`` command line: subcommands, JSON output, exit codes, bad files."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database
from claimtracker.core.text import normalize_text
from tests.conftest import DATA
from tests.core.test_db import BAD_FILES


@pytest.fixture
def cli(capsys):
    """Run the command line in-process; returns (exit code, stdout, stderr)."""

    def run(*argv: str):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def dbfile(tmp_path) -> Path:
    path = tmp_path / "cli.db"
    create_database(path).close()
    return path


def file_text(path: Path) -> str:
    return normalize_text(path.read_bytes().decode("utf-8"))


def test_spanish_curly_quotes_offsets_are_code_points(cli, dbfile):
    code, out, _ = cli("import", DATA / "es_curly.txt", "--db", dbfile)
    assert code == 0
    article_id = int(out.strip())
    quote = "“la inflación bajó al 2,1 % en marzo”"
    code, out, err = cli(
        "claim",
        "add",
        "--article",
        article_id,
        "--quote",
        quote,
        "--occurrence",
        "2",
        "--claimant",
        "El portavoz",
        "--db",
        dbfile,
    )
    assert (code, err) == (0, "")
    code, out, _ = cli("claims", "--format", "json", "--db", dbfile)
    (claim,) = json.loads(out)
    (h,) = claim["highlights"]
    text = file_text(DATA / "es_curly.txt")
    assert text[h["start"] : h["end"]] == quote == h["exact"]
    assert h["start"] == text.index(quote, text.index("portavoz"))
    assert claim["claimant"] == "El portavoz"


def test_emoji_cjk_and_crlf_before_the_claim(cli, dbfile):
    code, out, _ = cli("import", DATA / "emoji_cjk_crlf.txt", "--db", dbfile)
    article_id = int(out.strip())
    quote = "Corea del Norte ha enviado munición a Rusia"
    assert cli("claim", "add", "--article", article_id, "--quote", quote, "--db", dbfile)[0] == 0
    _, out, _ = cli("claims", "--format", "json", "--db", dbfile)
    (h,) = json.loads(out)[0]["highlights"]
    text = file_text(DATA / "emoji_cjk_crlf.txt")
    assert "\r" not in text
    assert text[h["start"] : h["end"]] == quote
    # The astral characters before the quote make UTF-16 offsets differ from these.
    assert len(text[: h["start"]].encode("utf-16-le")) // 2 > h["start"]


def test_db_option_is_accepted_before_and_after_the_subcommand(cli, dbfile):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    code1, out1, _ = cli("--db", dbfile, "articles", "--format", "json")
    code2, out2, _ = cli("articles", "--format", "json", "--db", dbfile)
    assert code1 == code2 == 0
    assert out1 == out2
    (article,) = json.loads(out1)
    assert article["title"].startswith("La ministra dijo")


def test_default_database_is_created_in_the_user_data_folder(cli, _isolated_home):
    code, out, _ = cli("import", DATA / "es_curly.txt")
    assert code == 0
    assert (_isolated_home / "data" / "ClaimTracker" / "claimtracker.db").exists()
    _, out, _ = cli("articles")
    assert "La ministra dijo" in out


def test_import_reports_a_bad_file_and_keeps_the_good_ones(cli, dbfile, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    code, out, err = cli("import", tmp_path / "empty.txt", DATA / "es_cp1252.html", "--db", dbfile)
    assert code == 1
    assert out.strip() == "1"
    assert err.strip() == "claimtracker: empty.txt is empty"
    _, out, _ = cli("articles", "--format", "json", "--db", dbfile)
    (article,) = json.loads(out)
    assert article["outlet"] == "Diario Ejemplo"


def test_import_metadata_options(cli, dbfile):
    cli(
        "import",
        DATA / "es_curly.txt",
        "--title",
        "Inflación",
        "--url",
        "https://x.example/a",
        "--outlet",
        "El Diario",
        "--language",
        "es",
        "--db",
        dbfile,
    )
    _, out, _ = cli("articles", "--format", "json", "--db", dbfile)
    (a,) = json.loads(out)
    assert (a["title"], a["url"], a["outlet"], a["language"]) == (
        "Inflación",
        "https://x.example/a",
        "El Diario",
        "es",
    )


def test_claim_add_with_everything_and_filters(cli, dbfile):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    code, out, _ = cli(
        "claim",
        "add",
        "--article",
        "1",
        "--quote",
        "el paro está en mínimos",
        "--status",
        "Needs review",
        "--verdict",
        "mostly false",
        "--tag",
        "Empleo",
        "--tag",
        "España",
        "--source",
        "https://ine.example/epa",
        "--format",
        "json",
        "--db",
        dbfile,
    )
    assert code == 0
    claim = json.loads(out)
    assert (claim["status"], claim["verdict"]) == ("needs_review", "mostly_false")
    assert claim["tags"] == ["Empleo", "España"]
    assert claim["evidence"][0]["source"]["url"] == "https://ine.example/epa"
    cli("claim", "add", "--article", "1", "--quote", "La ministra dijo", "--db", dbfile)
    for args, expected in [
        (("--status", "needs review"), 1),
        (("--tag", "empleo"), 1),
        (("--search", "MINIMOS"), 2),
        (("--search", "mínimos", "--claims-only"), 1),
        (("--search", "ministra", "--claims-only"), 1),
        (("--updated-from", "2000-01-01", "--updated-to", "2000-12-31"), 0),
        (("--verdict", "Mostly false"), 1),
        ((), 2),
    ]:
        _, out, _ = cli("claims", *args, "--format", "json", "--db", dbfile)
        assert len(json.loads(out)) == expected, args


@pytest.mark.parametrize(
    "argv, message",
    [
        (("claim", "add", "--article", "1", "--quote", "no está"), "quote not found in article 1"),
        (("claim", "add", "--article", "9", "--quote", "x"), "no article with id 9"),
        (("claims", "--status", "perhaps"), "unknown status 'perhaps'"),
        (("import", "missing.txt"), "no such file"),
    ],
)
def test_user_errors_exit_1_with_one_line(cli, dbfile, argv, message):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    code, out, err = cli(*argv, "--db", dbfile)
    assert code == 1
    assert err.count("\n") == 1 and message in err
    assert err.startswith("claimtracker: ")


def test_missing_database_is_a_user_error_and_nothing_is_created(cli, tmp_path):
    code, _, err = cli("articles", "--db", tmp_path / "typo.db")
    assert code == 1
    assert "no such database file" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_database_files_exit_2_and_stay_untouched(cli, tmp_path, kind):
    make, message = BAD_FILES[kind]
    path = tmp_path / "bad.db"
    make(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    listing = sorted(tmp_path.iterdir())
    for argv in (("articles",), ("import", DATA / "es_curly.txt"), ("check",)):
        code, out, err = cli(*argv, "--db", path)
        assert code == 2, argv
        assert err.count("\n") == 1 and message in err
        assert out == ""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(tmp_path.iterdir()) == listing


def test_export_csv_neutralises_formulas(cli, dbfile, tmp_path):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    cli(
        "claim",
        "add",
        "--article",
        "1",
        "--quote",
        "La ministra dijo",
        "--statement",
        '=HYPERLINK("http://evil")',
        "--claimant",
        "@ministra",
        "--db",
        dbfile,
    )
    out = tmp_path / "report.csv"
    code, _, err = cli("export", "--format", "csv", "--out", out, "--db", dbfile)
    assert code == 0 and "1 claims written" in err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["statement"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["claimant"] == "'@ministra"
    assert rows[0]["quotes"] == "La ministra dijo"
    assert rows[0]["status"] == "Unstarted"


def test_claims_as_csv_on_stdout(cli, dbfile):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    cli("claim", "add", "--article", "1", "--quote", "el paro", "--db", dbfile)
    _, out, _ = cli("claims", "--format", "csv", "--db", dbfile)
    rows = list(csv.DictReader(out.splitlines()))
    assert rows[0]["quotes"] == "el paro"


def test_backup_and_check(cli, dbfile, tmp_path):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    cli("claim", "add", "--article", "1", "--quote", "el paro", "--db", dbfile)
    copy = tmp_path / "copy.db"
    assert cli("backup", copy, "--db", dbfile)[0] == 0
    code, out, _ = cli("check", "--format", "json", "--db", copy)
    report = json.loads(out)
    assert code == 0
    assert report["integrity"] == ["ok"] and report["ok"]
    assert (report["articles"], report["claims"], report["highlights"]) == (1, 1, 1)
    assert report["schema"] == report["schema_current"]
    code, _, err = cli("backup", copy, "--db", dbfile)
    assert code == 1 and "already exists" in err


def test_check_lists_orphaned_highlights(cli, dbfile):
    from claimtracker.core.db import open_database
    from claimtracker.core.importers import ImportedArticle
    from claimtracker.core.services import Services

    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    cli("claim", "add", "--article", "1", "--quote", "el paro está en mínimos", "--db", dbfile)
    db = open_database(dbfile)
    Services(db, "t").articles.replace_text(1, ImportedArticle("Texto nuevo.", "t", "paste", b""))
    db.close()
    code, out, _ = cli("check", "--db", dbfile)
    assert code == 0
    assert "orphaned highlights: 1" in out and "el paro está en mínimos" in out
    _, out, _ = cli("claims", "--orphaned", "--format", "json", "--db", dbfile)
    assert len(json.loads(out)) == 1


def test_init_creates_and_refuses_existing(cli, tmp_path):
    target = tmp_path / "new.db"
    assert cli("init", "--db", target)[0] == 0
    assert target.exists()
    code, _, err = cli("init", "--db", target)
    assert code == 1 and "already exists" in err


def test_console_entry_point_runs_as_a_module(tmp_path):
    db = tmp_path / "m.db"
    env = {"PATH": "", "CLAIMTRACKER_ANALYST": "tester", "HOME": str(tmp_path)}

    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "claimtracker", *map(str, a)],
            capture_output=True,
            text=True,
            env=env,
        )

    assert run("init", "--db", db).returncode == 0
    result = run("import", DATA / "es_curly.txt", "--db", db)
    assert (result.returncode, result.stdout) == (0, "1\n")
    result = run("articles", "--db", tmp_path / "nope.db")
    assert result.returncode == 1
    assert result.stderr.strip() == f"claimtracker: {tmp_path / 'nope.db'}: no such database file"


def test_claims_sort_matches_the_review_list(cli, tmp_path):
    from bench.generate import generate
    from claimtracker.core.db import open_database
    from claimtracker.core.services import Services
    from claimtracker.core.services.query import ClaimFilter

    path = tmp_path / "many.db"
    generate(path, articles=20, claims=120)
    _, out, _ = cli(
        "claims",
        "--sort",
        "status",
        "--descending",
        "--tag",
        "rusia",
        "--format",
        "json",
        "--db",
        path,
    )
    listed = [c["id"] for c in json.loads(out)]
    db = open_database(path)
    expected = Services(db, "t").review.ids(ClaimFilter(tag="rusia"), "status", True)
    db.close()
    assert listed == expected and len(listed) > 5


def test_a_half_upgraded_file_gets_one_line_naming_the_backup(cli, tmp_path):
    from claimtracker.core import backups
    from claimtracker.core.migrations import SCHEMA_HEAD
    from tests.core.old_schema import create_old, interrupt_like_older_versions

    path = tmp_path / "half.db"
    create_old(path, claims=3)
    before = backups.make_backup(path, f"before-{SCHEMA_HEAD}")
    interrupt_like_older_versions(path)
    half = path.read_bytes()
    code, out, err = cli("claims", "--format", "json", "--db", path)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "half-upgraded" in err and str(before) in err
    assert path.read_bytes() == half


def test_export_formats_and_merge_by_import(cli, dbfile, tmp_path, monkeypatch):
    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    cli(
        "claim",
        "add",
        "--article",
        "1",
        "--quote",
        "el paro está en mínimos",
        "--verdict",
        "mostly false",
        "--claimant",
        "La ministra",
        "--tag",
        "Empleo",
        "--db",
        dbfile,
    )
    cli("claim", "add", "--article", "1", "--quote", "La ministra dijo", "--db", dbfile)
    out = tmp_path / "all.json"
    assert cli("export", "--format", "json", "--out", out, "--db", dbfile)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "claimtracker-export" and len(data["claims"]) == 2

    code, _, err = cli(
        "export", "--format", "claimreview", "--out", tmp_path / "cr.json", "--db", dbfile
    )
    assert code == 1 and "--organisation" in err
    monkeypatch.setenv("CLAIMTRACKER_ORGANISATION", "Verifica")
    code, _, err = cli(
        "export", "--format", "claimreview", "--out", tmp_path / "cr.json", "--db", dbfile
    )
    # No claim says where its fact-check was published: no review is made up.
    assert code == 0 and json.loads((tmp_path / "cr.json").read_text(encoding="utf-8")) == []
    assert "claimtracker: warning: 1 claim(s) with a verdict have no" in err

    assert (
        cli(
            "export",
            "--format",
            "w3c",
            "--out",
            tmp_path / "w3c.json",
            "--tag",
            "empleo",
            "--db",
            dbfile,
        )[0]
        == 0
    )
    collection = json.loads((tmp_path / "w3c.json").read_text(encoding="utf-8"))
    assert collection["total"] == 1

    code, _, err = cli(
        "export",
        "--format",
        "csv",
        "--out",
        tmp_path / "h.csv",
        "--per-highlight",
        "--columns",
        "quote,start,end",
        "--delimiter",
        ";",
        "--db",
        dbfile,
    )
    assert code == 0 and "2 highlights written" in err
    rows = list(
        csv.reader((tmp_path / "h.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[0] == ["quote", "start", "end"] and len(rows) == 3

    other = tmp_path / "other.db"
    cli("init", "--db", other)
    code, out_text, _ = cli("import", out, "--db", other)
    assert code == 0 and "added 1 articles, 2 claims" in out_text
    code, out_text, _ = cli("import", out, "--db", other)
    assert "nothing new" in out_text
    _, listing, _ = cli("claims", "--format", "json", "--db", other)
    assert len(json.loads(listing)) == 2
    (tmp_path / "foreign.json").write_text('{"a": 1}')
    code, _, err = cli("import", tmp_path / "foreign.json", "--db", other)
    assert code == 1 and "not a ClaimTracker export" in err


def test_a_database_locked_by_another_program_is_one_clear_line(cli, dbfile, monkeypatch):
    import sqlite3

    from claimtracker.core import db as db_module

    cli("import", DATA / "es_curly.txt", "--db", dbfile)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(dbfile, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = cli("claim", "add", "--article", "1", "--quote", "el paro", "--db", dbfile)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2
    assert err.startswith("claimtracker: cli.db is busy: another program is writing to it")
    assert err.count("\n") == 1
