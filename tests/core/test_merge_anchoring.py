"""Merged highlights whose quote is not at their offsets are re-anchored, recorded and listed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from claimtracker.app import main
from claimtracker.core.db import create_database, open_database
from claimtracker.core.exporters import interchange
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services, changelog
from claimtracker.core.services.merge import Merger

TEXT = (
    "El ministro dijo que la inflación bajó al dos por ciento en marzo. "
    "La portavoz lo negó. Fin de la nota."
)
QUOTE = "la inflación bajó al dos por ciento"


@pytest.fixture
def cli(capsys):
    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def genuine(tmp_path) -> dict:
    db = create_database(tmp_path / "ana.db")
    services = Services(db, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, QUOTE, tags=["Economía"])
    services.claims.create_from_quote(article, "La portavoz lo negó")
    data = json.loads(json.dumps(interchange.export_data(db)))
    db.close()
    return data


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "bea.db"
    create_database(path).close()
    return path


def stored_highlight(path: Path, uuid: str) -> dict:
    db = open_database(path)
    try:
        for claim in Services(db, "t").claims.find():
            for h in claim.highlights:
                if h.uuid == uuid:
                    return {"start": h.start, "end": h.end, "exact": h.exact, "state": h.state}
    finally:
        db.close()
    raise AssertionError(f"highlight {uuid} not stored")


def merge_file(cli, target: Path, tmp_path: Path, data: dict) -> str:
    path = tmp_path / "their.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("import", path, "--db", target)
    assert (code, err) == (0, "")
    return out


def test_a_quote_elsewhere_in_the_text_is_moved_there(cli, target, tmp_path, genuine):
    h = genuine["claims"][0]["highlights"][0]
    h["start"], h["end"] = 0, len(QUOTE)  # in range, but the quote is not there
    out = merge_file(cli, target, tmp_path, genuine)
    start = TEXT.index(QUOTE)
    assert (
        f"re-anchored: highlight {h['uuid']} of claim {genuine['claims'][0]['uuid']}: its quote "
        f"was not at 0-{len(QUOTE)}; now moved at {start}-{start + len(QUOTE)}\n"
    ) in out
    assert stored_highlight(target, h["uuid"]) == {
        "start": start,
        "end": start + len(QUOTE),
        "exact": QUOTE,
        "state": "moved",
    }
    code, _, err = cli("check", "--db", target)
    assert (code, err) == (0, "")
    db = open_database(target)
    with db.read() as session:
        logged = changelog.history(session, h["uuid"])
    db.close()
    assert [(e.actor, e.field, e.old_value, e.new_value) for e in logged][-1:] == [
        ("tester", "anchor", f"0-{len(QUOTE)} anchored", f"{start}-{start + len(QUOTE)} moved")
    ]
    out = merge_file(cli, target, tmp_path, genuine)  # again: nothing new, nothing moved
    assert "nothing new" in out and "re-anchored" not in out


def test_a_slightly_different_quote_is_anchored_fuzzily(cli, target, genuine):
    """Their quote stays as recorded; the wording found waits beside it for review."""
    h = genuine["claims"][0]["highlights"][0]
    h["exact"] = "la inflacion bajo al dos por ciento"
    db = open_database(target)
    report = Merger(db, "bea").merge(genuine)
    (entry,) = report.reanchored
    assert entry["state"] == "fuzzy" and entry["highlight"] == h["uuid"]
    (stored,) = [
        x for c in Services(db, "t").claims.find() for x in c.highlights if x.uuid == h["uuid"]
    ]
    db.close()
    assert (stored.state, stored.exact) == ("fuzzy", "la inflacion bajo al dos por ciento")
    assert TEXT[stored.start : stored.end] == stored.current_exact == QUOTE
    code, _, err = cli("check", "--db", target)
    assert (code, err) == (0, "")


def test_a_quote_not_in_the_text_is_kept_as_an_orphan(cli, target, tmp_path, genuine):
    h = genuine["claims"][0]["highlights"][0]
    h["exact"] = "Corea del Norte envió misiles"
    out = merge_file(cli, target, tmp_path, genuine)
    assert f"its quote was not at {h['start']}-{h['end']}; now orphaned\n" in out
    assert stored_highlight(target, h["uuid"]) == {
        "start": h["start"],
        "end": h["end"],
        "exact": "Corea del Norte envió misiles",
        "state": "orphaned",
    }
    code, out, err = cli("check", "--db", target)
    assert (code, err) == (0, "")
    assert "orphaned highlights: 1" in out and "Corea del Norte envió misiles" in out


def test_their_highlights_are_placed_in_our_text_of_a_shared_article(
    cli, target, tmp_path, genuine
):
    db = open_database(target)
    Merger(db, "bea").merge(copy.deepcopy(genuine))
    ours = "Nota previa. " + TEXT
    Services(db, "bea").articles.replace_text(
        1, ImportedArticle(ours, "Nota", "paste", ours.encode())
    )
    db.close()
    claim = copy.deepcopy(genuine["claims"][1])
    claim["uuid"] = "00000000-0000-4000-8000-00000000000c"
    claim["highlights"][0]["uuid"] = "00000000-0000-4000-8000-00000000000d"
    genuine["claims"].append(claim)
    out = merge_file(cli, target, tmp_path, genuine)
    assert "conflict: article" in out and "the local text was kept" in out
    start = ours.index("La portavoz lo negó")
    assert stored_highlight(target, "00000000-0000-4000-8000-00000000000d") == {
        "start": start,
        "end": start + len("La portavoz lo negó"),
        "exact": "La portavoz lo negó",
        "state": "moved",
    }
    code, _, err = cli("check", "--db", target)
    assert (code, err) == (0, "")


def test_orphaned_highlights_travel_unchanged(tmp_path):
    """An orphan keeps the position it had in an older text, beyond the current one."""
    a = create_database(tmp_path / "a.db")
    services = Services(a, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    services.claims.create_from_quote(article, "Fin de la nota.")
    services.articles.replace_text(article, ImportedArticle("Breve.", "Nota", "paste", b"Breve."))
    (h,) = services.claims.find()[0].highlights
    assert h.state == "orphaned" and h.end > len("Breve.")
    b = create_database(tmp_path / "b.db")
    report = Merger(b, "bea").merge(json.loads(json.dumps(interchange.export_data(a))))
    assert report.reanchored == [] and report.added["claims"] == 1

    def content(db) -> dict:
        data = interchange.export_data(db)
        data.pop("exported_at")
        return data

    assert content(b) == content(a)
    a.close()
    b.close()


def test_a_fuzzy_match_placed_in_our_older_text_finds_its_quote_again(cli, target, tmp_path):
    """Their highlight waits on the wording of a newer text; ours still has the quote."""
    a = create_database(tmp_path / "ana.db")
    services = Services(a, "ana")
    article = services.articles.add_text(TEXT, "Nota").id
    first = json.loads(json.dumps(interchange.export_data(a)))
    first["claims"], first["change_log"] = [], []
    merge_file(cli, target, tmp_path, first)
    claim = services.claims.create_from_quote(article, QUOTE)
    edited = TEXT.replace("dos por ciento", "tres por ciento")
    services.versions.add_version(article, ImportedArticle(edited, "Nota", "paste", b"v2"))
    (h,) = services.claims.get(claim.id).highlights
    assert h.state == "fuzzy" and h.current_exact == QUOTE.replace("dos", "tres")
    out = merge_file(cli, target, tmp_path, json.loads(json.dumps(interchange.export_data(a))))
    a.close()
    assert "the local text was kept" in out and "; now moved at" in out
    db = open_database(target)
    (stored,) = Services(db, "t").claims.find()[0].highlights
    db.close()
    assert (stored.state, stored.exact, stored.current_exact) == ("moved", QUOTE, None)
    assert TEXT[stored.start : stored.end] == QUOTE
    code, _, err = cli("check", "--db", target)
    assert (code, err) == (0, "")
