"""``claimtracker import URL``, ``article versions|update|diff|edit|delete`` and ``claim
edit|link|history``: JSON shapes, plain output and exit codes."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from tests.cli.test_cli import cli, dbfile  # noqa: F401 - fixtures
from tests.core.test_fetch import PARAGRAPHS, page
from tests.webserver import Page, serving, silent_server

UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
EDITED = [PARAGRAPHS[0].replace("un millón", "1,5 millones"), "Actualización: nuevo párrafo."]
NUMBER = "Corea del Norte ha enviado más de un millón de proyectiles a Rusia"


@pytest.fixture
def site():
    with serving() as running:
        running.pages["/nota"] = Page(page(PARAGRAPHS))
        yield running


@pytest.fixture
def imported(cli, dbfile, site):  # noqa: F811
    """Article 1 from the local server, with claims 1 (a number) and 2 (a removed sentence)."""
    code, out, err = cli("import", site.url("/nota"), "--db", dbfile)
    assert (code, out, err) == (0, "1\n", "")
    for quote in (NUMBER, "El Kremlin no quiso confirmar la cifra"):
        assert cli("claim", "add", "--article", "1", "--quote", quote, "--db", dbfile)[0] == 0
    return site


def run_json(cli, *argv):  # noqa: F811
    code, out, err = cli(*argv, "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_import_url_json_and_errors(cli, dbfile, site):  # noqa: F811
    site.pages["/corto"] = Page(b"", status=302, location="/nota")
    (article,) = run_json(cli, "import", site.url("/corto"), "--db", dbfile)
    assert article["url"] == site.url("/nota") and article["outlet"] == "Diario Ejemplo"
    code, out, err = cli("import", site.url("/falta"), site.url("/nota"), "--db", dbfile)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"claimtracker: {site.url('/falta')}: the server answered HTTP 404 Not Found",
        f"claimtracker: {site.url('/nota')} is already article 1 (Pionyang envía munición a "
        "Moscú); update that article to get a newer version",
    ]


def test_a_server_that_never_answers_is_one_line(cli, dbfile, imported):  # noqa: F811
    with silent_server() as url:
        code, out, err = cli("import", url, "--timeout", "0.5", "--db", dbfile)
        assert (code, out) == (1, "")
        assert err == f"claimtracker: {url}: the server did not answer within 0.5 s\n"
        code, out, err = cli("article", "update", "1", url, "--timeout", "0.5", "--db", dbfile)
        assert (code, out) == (1, "")
        assert err == f"claimtracker: {url}: the server did not answer within 0.5 s\n"
    assert len(run_json(cli, "article", "versions", "1", "--db", dbfile)) == 1


def test_a_page_over_the_size_limit_is_refused(cli, dbfile, imported):  # noqa: F811
    # An answer without end: only the limit applied while streaming (20 MB) can stop it.
    imported.pages["/sin-fin"] = Page(b"<p>" + b"x" * 65536, endless=True)
    code, out, err = cli("import", imported.url("/sin-fin"), "--db", dbfile)
    assert (code, out) == (1, "")
    url = imported.url("/sin-fin")
    assert err == f"claimtracker: {url}: the page is more than 20 MB; the limit is 20 MB\n"


def test_update_versions_and_diff(cli, dbfile, imported):  # noqa: F811
    code, out, _ = cli("article", "update", "1", "--db", dbfile)
    assert (code, out) == (0, "article 1: unchanged (version 1)\n")
    imported.pages["/nota"] = Page(page(EDITED))
    report = run_json(cli, "article", "update", "1", "--db", dbfile)
    assert {k: report[k] for k in ("article", "changed", "version", "previous_version")} == {
        "article": 1,
        "changed": True,
        "version": 2,
        "previous_version": 1,
    }
    assert {k: report[k] for k in ("anchored", "moved", "fuzzy", "orphaned")} == {
        "anchored": 0,
        "moved": 0,
        "fuzzy": 1,
        "orphaned": 1,
    }
    assert report["claims"] == [1, 2]
    fuzzy = next(h for h in report["highlights"] if h["state"] == "fuzzy")
    assert fuzzy["exact"] == NUMBER
    assert fuzzy["current_exact"] == NUMBER.replace("un millón", "1,5 millones")

    versions = run_json(cli, "article", "versions", "1", "--db", dbfile)
    assert [(v["number"], v["current"]) for v in versions] == [(1, False), (2, True)]
    assert versions[0]["sha256"] == hashlib.sha256(page(PARAGRAPHS)).hexdigest()
    assert versions[1]["sha256"] == hashlib.sha256(page(EDITED)).hexdigest()
    assert all(UTC_Z.match(v["imported_at"]) and UTC_Z.match(v["retrieved_at"]) for v in versions)
    assert versions[1]["source"] == {
        "format": "html",
        "name": imported.url("/nota"),
        "url": imported.url("/nota"),
        "redirects": [],
    }

    diff = run_json(cli, "article", "diff", "1", "--db", dbfile)
    assert (diff["from"], diff["to"]) == (1, 2)
    ops = {(s["op"], s["text"]) for s in diff["segments"]}
    assert ("delete", "un millón") in ops and ("insert", "1,5 millones") in ops
    code, out, _ = cli("article", "diff", "1", "--from", "1", "--to", "2", "--db", dbfile)
    assert code == 0 and "[-un millón-]{+1,5 millones+}" in out
    code, out, _ = cli("article", "diff", "1", "--from", "2", "--to", "2", "--db", dbfile)
    assert out == "no differences between version 2 and 2\n"
    health = run_json(cli, "check", "--db", dbfile)
    assert health["mismatched"] == []  # the fuzzy match points at its new wording
    assert [h["claim"] for h in health["orphaned"]] == [2]


def test_update_from_a_file_and_bad_sources(cli, dbfile, imported, tmp_path):  # noqa: F811
    newer = tmp_path / "nota.txt"
    newer.write_text(f"Pionyang envía munición\n\nSolo queda esto: {NUMBER}.\n")
    code, out, _ = cli("article", "update", "1", newer, "--db", dbfile)
    assert code == 0
    assert out.splitlines()[0] == (
        "article 1: version 2 (was 1); highlights: 0 anchored, 1 moved, 0 fuzzy, 1 orphaned"
    )
    assert "claim 2: orphaned: “El Kremlin no quiso confirmar la cifra”" in out
    for argv, message in (
        (("article", "update", "1", tmp_path / "nada.txt"), "no such file"),
        (("article", "update", "9"), "no article with id 9"),
        (("article", "versions", "9"), "no article with id 9"),
        (("article", "diff", "1", "--from", "5"), "has no version 5"),
        (("article", "update", "1", imported.url("/falta")), "HTTP 404 Not Found"),
    ):
        code, out, err = cli(*argv, "--db", dbfile)
        assert code == 1 and out == "" and message in err and len(err.splitlines()) == 1
    assert len(run_json(cli, "article", "versions", "1", "--db", dbfile)) == 2


def test_edit_and_delete(cli, dbfile, imported):  # noqa: F811
    edited = run_json(
        cli,
        "article",
        "edit",
        "1",
        "--title",
        "Título corregido",
        "--published",
        "2024-03-05",
        "--language",
        "es",
        "--if-version",
        "1",
        "--db",
        dbfile,
    )
    assert (edited["title"], edited["published_at"], edited["version"]) == (
        "Título corregido",
        "2024-03-05",
        2,
    )
    code, out, err = cli(
        "article", "edit", "1", "--title", "Otro", "--if-version", "1", "--db", dbfile
    )
    assert (code, out) == (1, "")
    assert err == "claimtracker: article 1 was changed elsewhere while you were editing it\n"
    code, _, err = cli("article", "edit", "1", "--url", "no es una url", "--db", dbfile)
    assert code == 1 and "not a web address" in err
    code, _, err = cli("article", "edit", "1", "--db", dbfile)
    assert code == 1 and err.startswith("claimtracker: nothing to change")

    code, out, _ = cli(
        "claim", "link", "2", "--article", "1", "--quote", "la alianza", "--db", dbfile
    )
    assert (code, out) == (0, "2\n")
    deleted = run_json(cli, "article", "delete", "1", "--db", dbfile)
    assert deleted["article"]["id"] == 1 and deleted["deleted_claims"] == [1, 2]
    assert deleted["kept_claims"] == []
    assert run_json(cli, "articles", "--db", dbfile) == []
    assert run_json(cli, "claims", "--db", dbfile) == []
    code, _, err = cli("article", "delete", "1", "--db", dbfile)
    assert (code, err) == (1, "claimtracker: no article with id 1\n")


def test_delete_keeps_claims_that_appear_elsewhere(cli, dbfile, imported, tmp_path):  # noqa: F811
    other = tmp_path / "otra.txt"
    other.write_text("Otra nota\n\nEl Kremlin no quiso confirmar la cifra, dijo Peskov.\n")
    assert cli("import", other, "--db", dbfile)[1] == "2\n"
    code, _, _ = cli(
        "claim",
        "link",
        "2",
        "--article",
        "2",
        "--quote",
        "El Kremlin no quiso confirmar",
        "--db",
        dbfile,
    )
    assert code == 0
    code, out, _ = cli("article", "delete", "1", "--db", dbfile)
    assert out == (
        "deleted article 1 (Pionyang envía munición a Moscú) with 1 claim(s) that appeared only "
        "in it: 1\nclaims kept, without their appearances in it: 2\n"
    )
    (claim,) = run_json(cli, "claims", "--db", dbfile)
    assert claim["id"] == 2 and [h["article_id"] for h in claim["highlights"]] == [2]


def test_claim_edit_with_version_check_tags_and_review_url(cli, dbfile, imported):  # noqa: F811
    claim = run_json(
        cli,
        "claim",
        "edit",
        "1",
        "--verdict",
        "false",
        "--claimant",
        "Secretario general de la OTAN",
        "--review-url",
        "https://verifica.example/municion",
        "--tag",
        "Rusia",
        "--tag",
        "OTAN",
        "--if-version",
        "1",
        "--db",
        dbfile,
    )
    assert (claim["verdict"], claim["review_url"], claim["tags"]) == (
        "false",
        "https://verifica.example/municion",
        ["OTAN", "Rusia"],
    )
    version = claim["version"]
    code, out, err = cli(
        "claim", "edit", "1", "--verdict", "true", "--if-version", "1", "--db", dbfile
    )
    assert (code, out) == (1, "")
    assert re.fullmatch(
        r"claimtracker: claim 1 was changed by \S+ at .* UTC while you were editing it\n", err
    )
    claim = run_json(
        cli, "claim", "edit", "1", "--untag", "otan", "--if-version", str(version), "--db", dbfile
    )
    assert claim["tags"] == ["Rusia"] and claim["verdict"] == "false"
    for argv, message in (
        (("claim", "edit", "1", "--review-url", "verifica.example"), "not a web address"),
        (("claim", "edit", "1", "--status", "nada"), "unknown status"),
        (("claim", "edit", "1"), "nothing to change"),
        (("claim", "edit", "7", "--verdict", "true"), "no claim with id 7"),
        (("claim", "link", "1", "--article", "1", "--quote", "no está"), "quote not found"),
    ):
        code, out, err = cli(*argv, "--db", dbfile)
        assert code == 1 and out == "" and message in err.lower() and len(err.splitlines()) == 1


def test_claim_link_and_history(cli, dbfile, imported):  # noqa: F811
    linked = run_json(
        cli, "claim", "link", "1", "--article", "1", "--quote", "la alianza", "--db", dbfile
    )
    assert [h["exact"] for h in linked["highlights"]] == ["la alianza", NUMBER]
    imported.pages["/nota"] = Page(page(EDITED))
    assert cli("article", "update", "1", "--db", dbfile)[0] == 0
    assert cli("claim", "edit", "1", "--verdict", "false", "--db", dbfile)[0] == 0
    history = run_json(cli, "claim", "history", "1", "--db", dbfile)
    assert all(UTC_Z.match(e["at"]) for e in history)
    assert set(history[0]) == {
        "at",
        "actor",
        "action",
        "entity",
        "entity_uuid",
        "field",
        "old",
        "new",
    }
    steps = [(e["action"], e["entity"], e["field"]) for e in history]
    assert steps[0] == ("create", "claim", "statement")
    assert ("create", "highlight", "range") in steps
    assert ("reanchor", "highlight", "current_exact") in steps
    assert steps[-1] == ("update", "claim", "verdict")
    assert history[-1]["actor"] == "tester" and (history[-1]["old"], history[-1]["new"]) == (
        None,
        "false",
    )
    code, out, _ = cli("claim", "history", "1", "--db", dbfile)
    assert code == 0 and out.startswith("when (UTC)")
    assert f"{NUMBER} -> {NUMBER.replace('un millón', '1,5 millones')}" in out
    code, _, err = cli("claim", "history", "9", "--db", dbfile)
    assert (code, err) == (1, "claimtracker: no claim with id 9\n")


def test_articles_search(cli, dbfile, imported, tmp_path):  # noqa: F811
    other = tmp_path / "otra.txt"
    other.write_text("Economía\n\nLa INFLACIÓN bajó en marzo.\n")
    cli("import", other, "--db", dbfile)
    found = run_json(cli, "articles", "--search", "inflacion", "--db", dbfile)
    assert [a["id"] for a in found] == [2] and found[0]["claim_count"] == 0
