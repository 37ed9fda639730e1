"""The JSON interchange at 100,000 claims: export and merge, time and peak memory.

    python -m bench.interchange_bench [--repeat 3] [--json FILE] [--quick]

On the generated database of 10,000 articles and 100,000 claims (bench/.cache/; 100 and
1,000 with ``--quick``):

- export: ``claimtracker export --format json`` as the user runs it (the export pipeline in
  a process of its own) against a hand-written ``sqlite3`` loop that builds the same
  document and writes it with ``json.dump`` (checked to be the same content). Targets of
  issue 15: <= 2x the baseline's time, <= 300 MB peak memory of the exporting process.
- merge: that file read and merged into an empty database (a process of its own) against a
  hand-written ``sqlite3`` loop inserting the same articles, sources, tags, claims,
  highlights and evidence (no checks, no change log, no search index or sort keys). Target
  of issue 15: <= 60 s. Its peak memory has the project's own target: the file's size plus
  300 MB, since the merge holds the file's bytes once by design (it is read a batch of
  records at a time from them) and gets for everything else the 300 MB issue 15 allows the
  export.

Every run is a new process, timed from start to exit, its peak resident memory its own
``VmHWM``. The processes of ours and the baseline alternate, the same number of times after
one untimed run of each (:func:`bench.common.side_by_side`); times are medians with the 95th
percentile, memory the highest peak of any run of that side.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from bench.common import Report, bench_parser, large_database, parse, side_by_side

# -- the baselines ------------------------------------------------------------------------


def _iso(value: str | None) -> str | None:
    """A stored time as the program writes it (SQLite keeps ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    return None if value is None else datetime.fromisoformat(value).isoformat()


def _day(value: str | None) -> str | None:
    return None if value is None else date.fromisoformat(value).isoformat()


def _b64(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(value).decode("ascii")


def baseline_export(database: Path, out: Path) -> None:
    """Everything in the database as the program's JSON export, with plain ``sqlite3``."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = conn.execute
    statuses = [
        {"key": k, "label": la, "colour": co, "position": p, "retired": bool(r), "default": bool(d)}
        for k, la, co, p, r, d in rows(
            "SELECT key, label, colour, position, retired, is_default FROM workflow_statuses"
            " ORDER BY position"
        )
    ]
    verdicts = [
        {"key": k, "label": la, "colour": co, "position": p, "rating": ra, "retired": bool(r)}
        for k, la, co, p, ra, r in rows(
            "SELECT key, label, colour, position, rating, retired FROM verdicts ORDER BY position"
        )
    ]
    tags = [{"name": n, "colour": c} for n, c in rows("SELECT name, colour FROM tags ORDER BY key")]
    sources = [
        {
            "uuid": s[0],
            "name": s[1],
            "url": s[2],
            "kind": s[3],
            "reliability": s[4],
            "archived_url": s[5],
            "accessed_at": _day(s[6]),
            "notes": s[7],
        }
        for s in rows(
            "SELECT uuid, name, url, kind, reliability, archived_url, accessed_at, notes"
            " FROM sources ORDER BY id"
        )
    ]
    versions: dict[int, list] = {}
    for v in rows(
        "SELECT article_id, version, text, text_sha256, source_format, original, replaced_at,"
        " original_sha256, source_name, source_url, redirects, retrieved_at, encoding"
        " FROM article_versions ORDER BY article_id, version"
    ):
        versions.setdefault(v[0], []).append(
            {
                "version": v[1],
                "text": v[2],
                "text_sha256": v[3],
                "source_format": v[4],
                "original": _b64(v[5]),
                "replaced_at": _iso(v[6]),
                "original_sha256": v[7],
                "source_name": v[8],
                "source_url": v[9],
                "redirects": v[10],
                "retrieved_at": _iso(v[11]),
                "encoding": v[12],
            }
        )
    article_uuid = {}
    articles = []
    for a in rows(
        "SELECT id, uuid, title, outlet, author, url, language, published_at, retrieved_at,"
        " imported_at, text, text_sha256, source_format, source_name, encoding, original,"
        " notes, version, text_version, original_sha256, source_url, redirects"
        " FROM articles ORDER BY id"
    ):
        article_uuid[a[0]] = a[1]
        articles.append(
            {
                "uuid": a[1],
                "title": a[2],
                "outlet": a[3],
                "author": a[4],
                "url": a[5],
                "language": a[6],
                "published_at": _day(a[7]),
                "retrieved_at": _iso(a[8]),
                "imported_at": _iso(a[9]),
                "text": a[10],
                "text_sha256": a[11],
                "source_format": a[12],
                "source_name": a[13],
                "encoding": a[14],
                "original": _b64(a[15]),
                "notes": a[16],
                "version": a[17],
                "text_version": a[18],
                "original_sha256": a[19],
                "source_url": a[20],
                "redirects": a[21],
                "versions": versions.get(a[0], []),
            }
        )
    claim_tags: dict[int, list[str]] = {}
    for claim_id, name in rows(
        "SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id"
    ):
        claim_tags.setdefault(claim_id, []).append(name)
    highlights: dict[int, list] = {}
    for h in rows(
        'SELECT claim_id, uuid, article_id, start, "end", exact, prefix, suffix, state,'
        " current_exact, created_at FROM highlights"
    ):
        highlights.setdefault(h[0], []).append(
            {
                "uuid": h[1],
                "article": article_uuid[h[2]],
                "start": h[3],
                "end": h[4],
                "exact": h[5],
                "prefix": h[6],
                "suffix": h[7],
                "state": h[8],
                "current_exact": h[9],
                "created_at": _iso(h[10]),
            }
        )
    evidence: dict[int, list] = {}
    for e in rows(
        "SELECT e.claim_id, e.uuid, s.uuid, e.stance, e.credibility, e.excerpt, e.note"
        " FROM evidence e JOIN sources s ON s.id = e.source_id"
    ):
        evidence.setdefault(e[0], []).append(
            {
                "uuid": e[1],
                "source": e[2],
                "stance": e[3],
                "credibility": e[4],
                "excerpt": e[5],
                "note": e[6],
            }
        )
    claims = [
        {
            "uuid": c[1],
            "statement": c[2],
            "claimant": c[3],
            "claim_date": _day(c[4]),
            "status": c[5],
            "verdict": c[6],
            "rationale": c[7],
            "review_url": c[8],
            "created_at": _iso(c[9]),
            "created_by": c[10],
            "updated_at": _iso(c[11]),
            "updated_by": c[12],
            "tags": sorted(claim_tags.get(c[0], []), key=str.casefold),
            "highlights": sorted(highlights.get(c[0], []), key=lambda h: h["uuid"]),
            "evidence": sorted(evidence.get(c[0], []), key=lambda e: e["uuid"]),
        }
        for c in rows(
            "SELECT id, uuid, statement, claimant, claim_date, status, verdict, rationale,"
            " review_url, created_at, created_by, updated_at, updated_by FROM claims ORDER BY id"
        )
    ]
    known = {u for (u,) in rows("SELECT uuid FROM claims UNION ALL SELECT uuid FROM highlights")}
    known |= {u for (u,) in rows("SELECT uuid FROM evidence UNION ALL SELECT uuid FROM articles")}
    known |= {u for (u,) in rows("SELECT uuid FROM sources")}
    log = [
        {
            "at": _iso(e[0]),
            "actor": e[1],
            "action": e[2],
            "entity": e[3],
            "entity_uuid": e[4],
            "field": e[5],
            "old_value": e[6],
            "new_value": e[7],
            "claim_uuid": e[8],
        }
        for e in rows(
            "SELECT at, actor, action, entity, entity_uuid, field, old_value, new_value,"
            " claim_uuid FROM change_log ORDER BY id"
        )
        if e[4] in known
    ]
    document = {
        "format": "claimtracker-export",
        "version": 1,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "statuses": statuses,
        "verdicts": verdicts,
        "tags": tags,
        "sources": sources,
        "articles": articles,
        "claims": claims,
        "change_log": log,
    }
    conn.close()
    with out.open("w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=1)


def baseline_merge(export: Path, target: Path) -> None:
    """The least a merge into an empty database must do: parse and insert the rows."""
    data = json.loads(export.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executemany(
        "INSERT INTO sources (uuid, name, url, kind, reliability, archived_url, accessed_at,"
        " notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                s["uuid"],
                s["name"],
                s["url"],
                s["kind"],
                s["reliability"],
                s["archived_url"],
                s["accessed_at"],
                s["notes"],
            )
            for s in data["sources"]
        ],
    )
    conn.executemany(
        "INSERT INTO articles (uuid, title, outlet, author, url, language, published_at,"
        " imported_at, text, text_sha256, source_format, notes, version, text_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a["uuid"],
                a["title"],
                a["outlet"],
                a["author"],
                a["url"],
                a["language"],
                a["published_at"],
                a["imported_at"],
                a["text"],
                a["text_sha256"],
                a["source_format"],
                a["notes"],
                a["version"],
                a["text_version"],
            )
            for a in data["articles"]
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO tags (name, key, colour) VALUES (?, ?, ?)",
        [(t["name"], t["name"].casefold(), t["colour"]) for t in data["tags"]],
    )
    conn.executemany(
        "INSERT INTO claims (uuid, statement, claimant, claim_date, status, verdict,"
        " rationale, review_url, created_at, created_by, updated_at, updated_by, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [
            (
                c["uuid"],
                c["statement"],
                c["claimant"],
                c["claim_date"],
                c["status"],
                c["verdict"],
                c["rationale"],
                c["review_url"],
                c["created_at"],
                c["created_by"],
                c["updated_at"],
                c["updated_by"],
            )
            for c in data["claims"]
        ],
    )
    ids = {name: dict(conn.execute(f"SELECT uuid, id FROM {name}")) for name in TABLES}
    tag_ids = dict(conn.execute("SELECT key, id FROM tags"))
    conn.executemany(
        'INSERT INTO highlights (uuid, article_id, claim_id, start, "end", exact, prefix,'
        " suffix, state, current_exact, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                h["uuid"],
                ids["articles"][h["article"]],
                ids["claims"][c["uuid"]],
                h["start"],
                h["end"],
                h["exact"],
                h["prefix"],
                h["suffix"],
                h["state"],
                h["current_exact"],
                h["created_at"],
            )
            for c in data["claims"]
            for h in c["highlights"]
        ],
    )
    conn.executemany(
        "INSERT INTO evidence (uuid, claim_id, source_id, stance, credibility, excerpt, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e["uuid"],
                ids["claims"][c["uuid"]],
                ids["sources"][e["source"]],
                e["stance"],
                e["credibility"],
                e["excerpt"],
                e["note"],
            )
            for c in data["claims"]
            for e in c["evidence"]
        ],
    )
    conn.executemany(
        "INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, ?)",
        [
            (ids["claims"][c["uuid"]], tag_ids[name.casefold()])
            for c in data["claims"]
            for name in c["tags"]
        ],
    )
    conn.commit()
    conn.close()


TABLES = ("articles", "claims", "sources")

# -- ours, and the processes --------------------------------------------------------------


def ours_export(database: Path, out: Path) -> None:
    from claimtracker.app import main

    code = main(["export", "--db", str(database), "--format", "json", "--out", str(out)])
    if code:
        raise SystemExit(code)


def ours_merge(export: Path, target: Path) -> None:
    from claimtracker.core.db import open_database
    from claimtracker.core.exporters.interchange import read_export
    from claimtracker.core.services.merge import Merger

    db = open_database(target)
    Merger(db, "bench", export.name).merge(read_export(export))
    db.close()


CHILDREN = {
    "ours-export": ours_export,
    "baseline-export": baseline_export,
    "ours-merge": ours_merge,
    "baseline-merge": baseline_merge,
}


def run_child(kind: str, source: Path, out: Path, peaks: list[float]) -> None:
    """Run one measured job in a new process; its peak resident memory (MB) goes to
    ``peaks``.

    The peak is the process's own high-water mark (``VmHWM``), written by the process: the
    ``ru_maxrss`` that ``wait4`` reports starts from the parent's size at the fork.
    """
    peak = out.with_name(out.name + ".peak")
    command = [sys.executable, "-m", "bench.interchange_bench", "--child", kind]
    done = subprocess.run(
        [*command, str(source), str(out), str(peak)],
        cwd=Path(__file__).parent.parent,
        capture_output=True,  # the export's "N claims written" line, shown only on failure
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{kind} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    peaks.append(int(peak.read_text()) / 1024)


def high_water_kib() -> int:
    """The peak resident memory of this process so far, in KiB (Linux)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


def same_content(a: Path, b: Path) -> bool:
    first, second = json.loads(a.read_bytes()), json.loads(b.read_bytes())
    first.pop("exported_at")
    second.pop("exported_at")
    return first == second


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0], repeat=3)
    parser.add_argument("--child", nargs=4, metavar=("KIND", "SOURCE", "OUT", "PEAK"))
    args = parse(parser, argv)
    if args.child:
        kind, source, out, peak = args.child
        CHILDREN[kind](Path(source), Path(out))
        Path(peak).write_text(str(high_water_kib()))
        return 0
    database = large_database()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="interchange-bench-") as name:
        folder = Path(name)
        report.header(
            f"JSON interchange, {database.name} ({args.repeat} processes of each, alternating)"
        )
        export = exports(report, database, folder, args.repeat)
        merges(report, export, folder, args.repeat)
    report.summary()
    report.dump(args.json)
    return 0


def exports(report: Report, database: Path, folder: Path, repeat: int) -> Path:
    """Time ours and the baseline's JSON export; the file ours wrote."""
    ours_file, baseline_file = folder / "ours.json", folder / "baseline.json"
    peaks: dict[str, list[float]] = {"ours": [], "baseline": []}
    ours, base = side_by_side(
        lambda: run_child("ours-export", database, ours_file, peaks["ours"]),
        lambda: run_child("baseline-export", database, baseline_file, peaks["baseline"]),
        repeat,
    )
    size = ours_file.stat().st_size / 2**20
    print(f"export file: {size:.1f} MB; same content as the baseline's: ", end="")
    print(same_content(ours_file, baseline_file), flush=True)
    baseline_file.unlink()
    report.add(f"JSON export, {claims(database):,} claims (process)", ours, base, "<= 2x")
    show_peaks(peaks)
    report.add(
        "JSON export, peak memory of the process",
        max(peaks["ours"]),
        max(peaks["baseline"]),
        "<= 300 MB",
        unit="MB",
    )
    return ours_file


def merges(report: Report, export: Path, folder: Path, repeat: int) -> None:
    """Time ours and the baseline's merge of ``export`` into an empty database."""
    from claimtracker.core.db import create_database

    # An empty target for every run (one untimed run of each side first), made beforehand.
    targets = {
        side: [folder / f"{side}{i}.db" for i in range(repeat + 1)] for side in ("ours", "baseline")
    }
    for path in (*targets["ours"], *targets["baseline"]):
        create_database(path).close()
    used: list[Path] = []
    peaks: dict[str, list[float]] = {"ours": [], "baseline": []}

    def merge(side: str) -> None:
        used.append(targets[side].pop())
        run_child(f"{side}-merge", export, used[-1], peaks[side])

    def remove_used() -> None:
        while used:
            target = used.pop()
            for suffix in ("", "-wal", "-shm", ".peak"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)

    ours, base = side_by_side(
        lambda: merge("ours"), lambda: merge("baseline"), repeat, between=remove_used
    )
    report.add("JSON merge into an empty database (process)", ours, base, "<= 60 s")
    show_peaks(peaks)
    size = export.stat().st_size / 2**20
    report.add(
        f"JSON merge, peak memory (file {size:.0f} MB + 300 MB)",
        max(peaks["ours"]),
        max(peaks["baseline"]),
        f"<= {size + 300:.0f} MB",
        unit="MB",
    )


def claims(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])
    finally:
        conn.close()


def show_peaks(peaks: dict[str, list[float]]) -> None:
    """Every process's peak, the untimed first run included."""
    for side, values in peaks.items():
        print(f"  peak memory, {side}: " + ", ".join(f"{v:.0f}" for v in values) + " MB")


if __name__ == "__main__":
    raise SystemExit(main())
