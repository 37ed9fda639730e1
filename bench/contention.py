"""Analysts editing one claim at once, each in their own process: nothing may be lost.

Every analyst makes ``edits`` read-modify-write edits of the same claim, in turn a field (a
token appended to the rationale), its tags (a tag added) and its evidence (a source added with
the token as excerpt), each based on the version it read. A conflict or a busy database is
retried from a fresh read, as an analyst would after seeing the conflict dialog. At the end
every token must be in the rationale, the tags and the evidence: a missing one is an edit
silently lost. Any error that is not one of ClaimTracker's own (a raw driver error) is counted.

``python -m bench.contention [--db URL] [--analysts 10] [--edits 100] [--json FILE]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import Report

KINDS = ("field", "tags", "evidence")


@dataclass
class Outcome:
    """What the analysts did and what the database holds afterwards."""

    analysts: int
    edits: int
    seconds: float
    conflicts: int
    busy: int
    raw_errors: list[str]
    lost: dict[str, list[str]]

    @property
    def lost_count(self) -> int:
        return sum(len(v) for v in self.lost.values())


def prepare(target: str) -> tuple[str, int, int]:
    """A database with one article, one claim and one source; returns (target, claim, source)."""
    from claimtracker.core.db import create_database, open_database
    from claimtracker.core.services import Services

    db = open_database(target) if "://" in target else create_database(target)
    try:
        services = Services(db, "setup")
        run = time.time_ns()  # a server database may hold earlier runs' articles
        article = services.articles.add_text(
            f"La OTAN afirmó que Corea del Norte envió un millón de proyectiles a Rusia ({run}).",
            f"Contención {run}",
        )
        claim = services.claims.create_from_quote(article.id, "un millón de proyectiles")
        source = services.sources.create("Informe", "https://example.org/informe", "document")
        return target, claim.id, source.id
    finally:
        db.close()


def analyst(target: str, claim_id: int, source_id: int, number: int, edits: int) -> dict:
    """One analyst's edits, retried until each is saved; returns counts and raw errors."""
    from claimtracker.core.db import open_database
    from claimtracker.core.errors import BusyError, ConflictError
    from claimtracker.core.services import Services

    db = open_database(target)
    services = Services(db, f"analyst-{number}")
    counts = {"conflicts": 0, "busy": 0, "raw": []}
    for n in range(edits):
        token = f"a{number}e{n}"
        kind = KINDS[n % len(KINDS)]
        for _attempt in range(10_000):
            try:
                claim = services.claims.get(claim_id)
                if kind == "field":
                    services.claims.update(
                        claim_id,
                        expected_version=claim.version,
                        rationale=f"{claim.rationale} {token}".strip(),
                    )
                elif kind == "tags":
                    services.claims.set_tags(
                        claim_id, [*claim.tags, token], expected_version=claim.version
                    )
                else:
                    services.claims.add_evidence(
                        claim_id, source_id, excerpt=token, expected_version=claim.version
                    )
                break
            except ConflictError:
                counts["conflicts"] += 1
            except BusyError:
                counts["busy"] += 1
            except Exception as exc:  # what must never happen: a raw error escaping a save
                counts["raw"].append(f"{type(exc).__name__}: {exc}"[:300])
    db.close()
    return counts


def run(target: str, analysts: int = 10, edits: int = 20) -> Outcome:
    """Start the analysts as separate processes at once and check what was saved."""
    from claimtracker.core.db import open_database
    from claimtracker.core.services import Services

    target, claim_id, source_id = prepare(target)
    code = (
        "import json, sys; from bench.contention import analyst; "
        "print(json.dumps(analyst(sys.argv[1], *map(int, sys.argv[2:]))))"
    )
    root = Path(__file__).resolve().parents[1]
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, target, str(claim_id), str(source_id), str(i), str(edits)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(analysts)
    ]
    reports = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        reports.append(json.loads(out.strip().splitlines()[-1]))
    seconds = time.perf_counter() - started
    db = open_database(target)
    try:
        claim = Services(db, "check").claims.get(claim_id)
    finally:
        db.close()
    tokens = [(f"a{i}e{n}", KINDS[n % len(KINDS)]) for i in range(analysts) for n in range(edits)]
    saved = {
        "field": set(claim.rationale.split()),
        "tags": set(claim.tags),
        "evidence": {e.excerpt for e in claim.evidence},
    }
    lost: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for token, kind in tokens:
        if token not in saved[kind]:
            lost[kind].append(token)
    return Outcome(
        analysts,
        edits,
        seconds,
        sum(r["conflicts"] for r in reports),
        sum(r["busy"] for r in reports),
        [e for r in reports for e in r["raw"]],
        lost,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a postgresql:// URL (default: a new SQLite file)")
    parser.add_argument("--analysts", type=int, default=10)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        target = args.db or str(Path(folder) / "contention.db")
        outcome = run(target, args.analysts, args.edits)
    total = outcome.analysts * outcome.edits
    backend = "PostgreSQL" if args.db else "SQLite"
    report = Report()
    print(f"{backend}: {outcome.analysts} analysts x {outcome.edits} edits of one claim")
    report.metric("saved edits per second", total / outcome.seconds, "-")
    report.metric("conflicts (retried, as after the conflict dialog)", outcome.conflicts, "-")
    report.metric("busy (retried)", outcome.busy, "-")
    report.metric("lost edits", outcome.lost_count, "0", outcome.lost_count == 0)
    report.metric("raw driver errors", len(outcome.raw_errors), "0", not outcome.raw_errors)
    for error in outcome.raw_errors[:5]:
        print(f"    {error}")
    met = report.summary()
    report.dump(args.json)
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
