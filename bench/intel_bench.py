"""Claim intelligence, measured: quality on the held-out test halves, speed at scale.

    python -m bench.intel_bench [--json results.json] [--queries N]

Quality (tests/data/intel/*-test.jsonl; the lexicons were tuned on the dev halves only):
- check-worthiness: precision, recall and F1 on the test half (targets P >= 0.75, R >= 0.80),
  beside a naive baseline (a sentence is check-worthy when it holds a digit);
- similar claims: recall@1 and recall@3 of same-language restatements (target @3 >= 0.85)
  among the originals and distractors of the test half, beside a plain FTS5 ranking and
  rapidfuzz over every statement; then the same queries with those claims added to a copy
  of the 100,000-claim benchmark database.
Speed (bench/.cache/review-10000-100000.db, generated on first use):
- similar claims for claims of the database, against a plain FTS5 query (bm25, top 5) and
  against rapidfuzz over all 100,000 statements, interleaved; target <= 50 ms;
- suggestions for a 1 MB article (read from the database, segmented, scored), against
  pysbd only splitting the same text into sentences when pysbd is installed, else against
  sentencex alone; target <= 1 s.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Report, large_database
from claimtracker.core.db import backup_file, create_database, open_database
from claimtracker.core.services import Services

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "intel"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "municiones-corea-rusia.md"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).open(encoding="utf-8")]


def prf(predicted: list[bool], truth: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    precision = tp / sum(predicted) if any(predicted) else 0.0
    recall = tp / sum(truth) if any(truth) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def checkworthiness(report: Report) -> None:
    from claimtracker.core.intel.checkworthiness import score_sentence
    from claimtracker.core.intel.signals import settings

    _bias, threshold = settings()
    for split in ("test", "dev"):
        data = rows(f"checkworthy-{split}.jsonl")
        truth = [r["checkworthy"] for r in data]
        predicted = [score_sentence(r["text"], r["lang"])[0] >= threshold for r in data]
        naive = [bool(re.search(r"\d", r["text"])) for r in data]
        p, r, f = prf(predicted, truth)
        label = f"check-worthiness, {split} half ({len(data)} sentences)"
        if split == "test":
            report.metric(f"{label}: precision", p, ">= 0.75", p >= 0.75)
            report.metric(f"{label}: recall", r, ">= 0.80", r >= 0.80)
            report.metric(f"{label}: F1", f)
            for lang in ("es", "en"):
                sel = [i for i, row in enumerate(data) if row["lang"] == lang]
                lp, lr, lf = prf([predicted[i] for i in sel], [truth[i] for i in sel])
                report.metric(f"  {lang}: precision / recall / F1 = {lp:.2f} / {lr:.2f}", lf)
            np_, nr, nf = prf(naive, truth)
            report.metric(f"  baseline 'has a digit': P {np_:.2f}, R {nr:.2f}, F1", nf)
        else:
            report.metric(f"{label} (tuned on it): F1", f)


def _load_pairs(services: Services, data: list[dict]) -> dict[str, int]:
    """Originals and distractors as claims of one article; returns original -> claim id."""
    texts = [r["original"] for r in data] + [d for r in data for d in r["distractors"]]
    article = services.articles.add_text("\n".join(dict.fromkeys(texts)), "Evaluation").id
    ids: dict[str, int] = {}
    for statement in dict.fromkeys(texts):
        claim = services.claims.create_from_quote(article, statement)
        ids.setdefault(statement, claim.id)
    return ids


def _recall(services: Services, data: list[dict], ids: dict[str, int]) -> tuple[float, float]:
    at1 = at3 = 0
    for r in data:
        found = [c.id for c in services.similar.find(r["restatement"], limit=3, min_score=0)]
        at1 += found[:1] == [ids[r["original"]]]
        at3 += ids[r["original"]] in found
    return at1 / len(data), at3 / len(data)


def _baseline_recall(db_path: Path, data: list[dict], ids: dict[str, int]) -> dict[str, tuple]:
    from rapidfuzz import fuzz, process

    from claimtracker.core.search import fts_query

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    statements = dict(conn.execute("SELECT id, statement FROM claims").fetchall())
    out: dict[str, list[int]] = {"fts": [0, 0], "fuzz": [0, 0]}
    for r in data:
        words = " OR ".join(f'"{w}"' for w in re.findall(r"\w+", r["restatement"]) if len(w) > 2)
        fts = (
            [
                row[0]
                for row in conn.execute(
                    "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 3",
                    (f"statement : ({words})",),
                )
            ]
            if fts_query(r["restatement"])
            else []
        )
        fuzzy = [
            k
            for _s, _score, k in process.extract(
                r["restatement"], statements, scorer=fuzz.token_set_ratio, limit=3
            )
        ]
        target = ids[r["original"]]
        for name, found in (("fts", fts), ("fuzz", fuzzy)):
            out[name][0] += found[:1] == [target]
            out[name][1] += target in found
    conn.close()
    return {k: (v[0] / len(data), v[1] / len(data)) for k, v in out.items()}


def similar_quality(report: Report, large: Path) -> None:
    for split in ("test", "dev"):
        data = rows(f"similar-{split}.jsonl")
        same = [r for r in data if r["lang"] != "cross"]
        cross = [r for r in data if r["lang"] == "cross"]
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "eval.db"
            db = create_database(path)
            services = Services(db, "bench")
            ids = _load_pairs(services, data)
            r1, r3 = _recall(services, same, ids)
            label = f"similar, {split} half, same language ({len(same)} pairs)"
            if split == "test":
                report.metric(f"{label}: recall@1", r1)
                report.metric(f"{label}: recall@3", r3, ">= 0.85", r3 >= 0.85)
                for lang in ("es", "en"):
                    sel = [r for r in same if r["lang"] == lang]
                    l1, l3 = _recall(services, sel, ids)
                    report.metric(f"  {lang} ({len(sel)} pairs): recall@1 {l1:.2f}, recall@3", l3)
                c1, c3 = _recall(services, cross, ids)
                report.metric(f"  Spanish/English ({len(cross)} pairs): recall@1 {c1:.2f}, @3", c3)
                db.close()
                base = _baseline_recall(path, same, ids)
                report.metric(
                    f"  baseline FTS5 bm25: recall@1 {base['fts'][0]:.2f}, @3", base["fts"][1]
                )
                report.metric(
                    f"  baseline rapidfuzz over all: recall@1 {base['fuzz'][0]:.2f}, @3",
                    base["fuzz"][1],
                )
            else:
                report.metric(f"{label} (tuned on it): recall@3", r3)
                db.close()
    # The test pairs again, now among 100,000 other claims on the same topics.
    data = [r for r in rows("similar-test.jsonl") if r["lang"] != "cross"]
    with tempfile.TemporaryDirectory() as scratch:
        path = backup_file(large, Path(scratch) / "large-copy.db")
        db = open_database(path)
        services = Services(db, "bench")
        ids = _load_pairs(services, rows("similar-test.jsonl"))
        r1, r3 = _recall(services, data, ids)
        report.metric(f"similar, test half among 100,000 claims: recall@1 {r1:.2f}, @3", r3)
        db.close()


def similar_speed(report: Report, large: Path, queries: int) -> None:
    from rapidfuzz import fuzz, process

    db = open_database(large, readonly=True)
    services = Services(db, "bench")
    raw = sqlite3.connect(f"file:{large}?mode=ro", uri=True)
    total = raw.execute("SELECT count(*) FROM claims").fetchone()[0]
    rng = random.Random(13)
    sample = rng.sample(range(1, total + 1), queries)
    cold, grown = _first_query(large, sample[0])
    # Both languages' dictionaries loaded, as after the first queries of a session.
    services.similar.find("La inflación subió al 2,7 % en marzo, según el Gobierno.")
    services.similar.find("Inflation rose to 2.7% in March, the government said.")
    statements = dict(raw.execute("SELECT id, statement FROM claims").fetchall())
    ours, fts, fuzzy = [], [], []
    for claim_id in sample:  # interleaved: each query by each method in turn
        started = time.perf_counter()
        services.similar.find(claim_id)
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        words = " OR ".join(f'"{w}"' for w in re.findall(r"\w+", statements[claim_id]))
        raw.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 6",
            (f"statement : ({words})",),
        ).fetchall()
        fts.append((time.perf_counter() - started) * 1000)
        if len(fuzzy) < 10:  # a second each: ten are enough for its median
            started = time.perf_counter()
            process.extract(statements[claim_id], statements, scorer=fuzz.token_set_ratio, limit=6)
            fuzzy.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(ours, n=20)[-1]
    report.header(f"\nSimilar claims at {total:,} claims ({queries} claims of the database)")
    report.add(
        "similar claims, median (ours vs plain FTS5 bm25)",
        statistics.median(ours),
        statistics.median(fts),
        "<= 50 ms",
    )
    report.add(
        "similar claims, 95th percentile (vs FTS5)",
        p95,
        statistics.quantiles(fts, n=20)[-1],
        "<= 50 ms",
    )
    report.add(
        "similar claims, median (vs rapidfuzz over all)",
        statistics.median(ours),
        statistics.median(fuzzy),
        ">= 10x",
    )
    report.metric("similar claims: 95th percentile <= 50 ms", p95, "<= 50 ms", p95 <= 50)
    report.metric(
        f"  first queries of a process (es + en dictionaries load), ms; +{grown:.0f} MB", cold
    )
    raw.close()
    db.close()


def _first_query(large: Path, claim_id: int) -> tuple[float, float]:
    """The first query of a fresh process (dictionaries loaded on the way) and the memory
    that loading adds, in milliseconds and MB."""
    import subprocess
    import sys

    code = (
        "import time\n"
        "from bench.common import rss_mb\n"
        "from claimtracker.core.db import open_database\n"
        "from claimtracker.core.services import Services\n"
        f"services = Services(open_database({str(large)!r}, readonly=True), 'bench')\n"
        "before = rss_mb()\n"
        "started = time.perf_counter()\n"
        f"services.similar.find({claim_id})\n"
        "services.similar.find('Inflation rose to 2.7% in March, the government said.')\n"
        "services.similar.find('La inflación subió al 2,7 % en marzo, según el Gobierno.')\n"
        "print((time.perf_counter() - started) * 1000, rss_mb() - before)\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout.split()
    return float(out[0]), float(out[1])


def suggestion_speed(report: Report) -> None:
    import sentencex

    base = SAMPLE.read_text(encoding="utf-8")
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    with tempfile.TemporaryDirectory() as scratch:
        db = create_database(Path(scratch) / "article.db")
        services = Services(db, "bench")
        article = services.articles.add_text(text, "1 MB").id
        text = services.articles.text(article)
        services.suggestions.suggest(article)  # warm: lexicons read once per process
        try:
            import pysbd

            segmenter = pysbd.Segmenter(language="es", clean=False)
            baseline_name = "pysbd only splitting"

            def baseline() -> object:
                return segmenter.segment(text)
        except ImportError:
            baseline_name = "sentencex only splitting"

            def baseline() -> object:
                return sentencex.get_sentence_boundaries("es", text)

        ours, theirs = [], []
        for _ in range(3):
            started = time.perf_counter()
            found = services.suggestions.suggest(article, include_all=True)
            ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            baseline()
            theirs.append((time.perf_counter() - started) * 1000)
        db.close()
    best = min(ours)
    report.header(
        f"\nSuggestions for a 1 MB article ({len(text):,} code points, {len(found):,} sentences)"
    )
    report.add(f"suggest (segment + score), vs {baseline_name}", best, min(theirs), "<= 1000 ms")
    report.metric("suggestions for 1 MB <= 1 s", best / 1000, "<= 1 s", best <= 1000)


def main() -> int:
    parser = argparse.ArgumentParser(description="Claim intelligence benchmark")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--queries", type=int, default=60, help="similar-claims queries timed")
    args = parser.parse_args()
    large = large_database()
    report = Report()
    print("Quality on the test halves (tuned on the dev halves only)")
    checkworthiness(report)
    similar_quality(report, large)
    similar_speed(report, large, args.queries)
    suggestion_speed(report)
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
