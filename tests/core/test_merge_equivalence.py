"""The bulk merge leaves exactly the rows the ORM merge it replaced left (kept as the
reference in merge_reference.py): every table, ids included, the search index and sort keys."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimtracker.core.db import create_database, open_database
from claimtracker.core.exporters import interchange
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.core.services.merge import Merger
from tests.core import merge_reference

TEXT = (
    "Reacciones 😀👍🏽 東京. El ministro dijo que “la inflación bajó al 2,1 %”.\n"
    "La portavoz respondió: el paro subió en marzo. Fin de la nota.\n"
)
OTHER = "Otra nota sobre el empleo: el paro subió en marzo, según el INE. Nada más."
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ACTOR = "merger"


def make_source(path: Path) -> dict:
    """Ana's database: two articles (one with a later text), claims with tags, evidence,
    a claim in two articles; returned as the export, and left open for more changes."""
    db = create_database(path)
    ana = Services(db, "ana")
    first = ana.articles.add_text(TEXT, "Inflación").id
    second = ana.articles.add_text(OTHER, "Empleo").id
    c1 = ana.claims.create_from_quote(
        first, "“la inflación bajó al 2,1 %”", tags=["Economía", "IPC"], verdict="false"
    ).id
    c2 = ana.claims.create_from_quote(first, "el paro subió en marzo", tags=["empleo"]).id
    ana.claims.create_from_quote(second, "según el INE", claim_id=c2)
    c3 = ana.claims.create_from_quote(second, "Nada más.", verdict="misleading").id
    ine = ana.sources.create("INE", "https://ine.example/ipc", "dataset", "A")
    blog = ana.sources.create("Blog", None, "other", "E")
    ana.claims.add_evidence(c1, ine.id, stance="refutes", credibility=1, excerpt="+0,4 %")
    ana.claims.add_evidence(c2, blog.id, stance="supports")
    ana.claims.update(c3, rationale="Revisado", review_url="https://verifica.example/c3")
    ana.versions.add_version(
        first,
        ImportedArticle(
            TEXT.replace("2,1 %", "2,4 %"),
            "Inflación",
            "html",
            b"<p>v2</p>",
            source_url="https://diario.example/nota",
            redirects=["http://diario.example/n"],
        ),
    )
    db.close()
    return {"c1": c1, "c2": c2, "c3": c3, "first": first, "second": second, "ine": ine.id}


def exported(path: Path) -> dict:
    db = open_database(path)
    data = json.loads(json.dumps(interchange.export_data(db)))
    db.close()
    return data


def dump(path: Path) -> dict[str, list[list]]:
    """Every row of every table (the search index too) with its rowid, the times of the
    merge's own log entries left out."""
    conn = sqlite3.connect(path)
    names = [
        n
        for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if not re.fullmatch(r"(claims|articles)_fts_\w+", n)
    ]
    tables: dict[str, list[list]] = {}
    for name in sorted(names):
        cursor = conn.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid')
        columns = [d[0] for d in cursor.description]
        rows = [list(r) for r in cursor]
        if name == "change_log":
            at, actor = columns.index("at"), columns.index("actor")
            for row in rows:
                if row[actor] == ACTOR:
                    row[at] = None
        if name == "claim_tags":  # the ORM links a claim's tags in no fixed order
            rows = sorted(row[1:] for row in rows)
        tables[name] = rows
    conn.close()
    return tables


def numbered(tables: dict, known: set[str]) -> str:
    """The dump as text, each UUID neither side had before numbered by first appearance."""
    seen: dict[str, str] = {}

    def name(match: re.Match) -> str:
        uuid = match.group()
        if uuid in known:
            return uuid
        return seen.setdefault(uuid, f"<new {len(seen)}>")

    return UUID.sub(name, json.dumps(tables, ensure_ascii=False, default=repr, indent=0))


def uuids_of(*texts: str) -> set[str]:
    return {u for text in texts for u in UUID.findall(text)}


def merge_both(target: Path, data: dict, tmp_path: Path, name: str) -> tuple[str, str]:
    """Merge ``data`` into two copies of ``target``, one with each implementation."""
    results = []
    for merger in (Merger, merge_reference.Merger):
        copy = tmp_path / f"{name}-{merger.__module__.rsplit('.', 1)[-1]}.db"
        shutil.copyfile(target, copy)
        db = open_database(copy)
        report = merger(db, ACTOR, "ana.json").merge(json.loads(json.dumps(data)))
        db.close()
        results.append((copy, report))
    known = uuids_of(json.dumps(data), json.dumps(dump(target), default=repr))
    (ours, mine), (theirs, reference) = results
    assert numbered({"report": mine.__dict__}, known) == numbered(
        {"report": reference.__dict__}, known
    )
    return numbered(dump(ours), known), numbered(dump(theirs), known)


def test_into_an_empty_database(tmp_path):
    make_source(tmp_path / "ana.db")
    target = tmp_path / "empty.db"
    create_database(target).close()
    ours, reference = merge_both(target, exported(tmp_path / "ana.db"), tmp_path, "empty")
    assert ours == reference
    assert '"claims_fts"' in ours and "inflaci" in ours  # the index is compared too


@pytest.fixture
def overlapping(tmp_path) -> tuple[Path, dict]:
    """Bea merged Ana's export, then both changed things: a claim both changed (a
    conflict), a claim, a source and a highlight only Ana changed, a claim only Bea changed,
    a recoloured tag, a new text of an article on Bea's side (Ana's highlights there are
    placed anew), and log entries without their claim (as exports before it was recorded)."""
    ids = make_source(tmp_path / "ana.db")
    bea_path = tmp_path / "bea.db"
    create_database(bea_path).close()
    bea_db = open_database(bea_path)
    Merger(bea_db, "bea").merge(exported(tmp_path / "ana.db"))
    bea = Services(bea_db, "bea")
    bea.claims.update(ids["c1"], verdict="mostly_false")
    bea.claims.update(ids["c3"], claimant="Bea")
    bea.versions.add_version(
        ids["second"], ImportedArticle("Titular nuevo. " + OTHER, "Empleo", "paste", b"v2")
    )
    bea_db.close()
    ana_db = open_database(tmp_path / "ana.db")
    ana = Services(ana_db, "ana")
    ana.claims.update(ids["c1"], verdict="mixed", add_tags=["Nuevo"], remove_tags=["IPC"])
    ana.claims.update(ids["c2"], statement="El paro subió", status="done")
    ana.claims.create_from_quote(ids["second"], "el empleo", claim_id=ids["c3"])
    ana.claims.create_from_quote(ids["second"], "Otra nota", tags=["Nuevo", "merge conflict"])
    ana.sources.update(ids["ine"], name="Instituto Nacional de Estadística")
    ana_db.close()
    data = exported(tmp_path / "ana.db")
    for entry in data["change_log"][::2]:
        del entry["claim_uuid"]
    data["tags"][0]["colour"] = "#123456"  # recoloured on Ana's side
    return bea_path, data


def test_into_a_database_that_changed_too(overlapping, tmp_path):
    target, data = overlapping
    ours, reference = merge_both(target, data, tmp_path, "overlap")
    assert ours == reference
    assert "merge_conflict_of" in ours and "anchor" in ours  # a conflict and a re-anchor
    assert "#123456" in ours


def test_the_same_file_again(overlapping, tmp_path):
    target, data = overlapping
    db = open_database(target)
    Merger(db, ACTOR).merge(json.loads(json.dumps(data)))
    db.close()
    ours, reference = merge_both(target, data, tmp_path, "again")
    assert ours == reference
