"""Claim intelligence, measured: quality on the held-out test halves, speed at scale.

    python -m bench.intel_bench [--repeat 60] [--json FILE] [--quick]

Quality (tests/data/intel/*-test.jsonl; the lexicons were tuned on the dev halves only), each
beside a naive baseline:
- check-worthiness: precision and recall on the test half (issue 13: P >= 0.75, R >= 0.80),
  beside "a sentence is check-worthy when it holds a digit"; F1, each language and the dev
  half are printed below them;
- similar claims: recall@3 of same-language restatements among the originals and distractors
  of the test half (issue 13: >= 0.85), beside a plain FTS5 ranking (rapidfuzz over every
  statement printed below); then the same queries with those claims added to a copy of the
  100,000-claim benchmark database (same target).
Speed (bench/.cache/review-10000-100000.db, generated on first use), ours and the baseline
alternately, the same number of times:
- similar claims for ``--repeat`` claims of the database against a plain FTS5 query (bm25,
  top 5): p95 <= 50 ms (issue 13: answered in <= 50 ms at 100,000 claims); against rapidfuzz
  over all 100,000 statements (ten of each, a second each): >= 10x (no issue sets one);
- suggestions for a 1 MB article (read from the database, segmented, scored) against pysbd
  only splitting the same text into sentences (sentencex when pysbd is not installed):
  <= 1 s (issue 13).
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.common import Report, bench_parser, is_quick, large_database, parse, side_by_side
from claimtracker.core.backups import backup_file
from claimtracker.core.db import create_database, open_database
from claimtracker.core.services import Services
from claimtracker.core.services.query import ClaimFilter

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
            np_, nr, nf = prf(naive, truth)
            report.metric(f"{label}: precision", p, ">= 0.75", baseline=np_)
            report.metric(f"{label}: recall", r, ">= 0.80", baseline=nr)
            print(f"  F1 {f:.2f} (baseline 'has a digit': {nf:.2f})")
            for lang in ("es", "en"):
                sel = [i for i, row in enumerate(data) if row["lang"] == lang]
                lp, lr, lf = prf([predicted[i] for i in sel], [truth[i] for i in sel])
                print(f"  {lang}: precision {lp:.2f}, recall {lr:.2f}, F1 {lf:.2f}")
        else:
            print(f"  {label} (tuned on it): precision {p:.2f}, recall {r:.2f}, F1 {f:.2f}")


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
                per_language = [
                    (lang, *_recall(services, [r for r in same if r["lang"] == lang], ids))
                    for lang in ("es", "en")
                ]
                c1, c3 = _recall(services, cross, ids)
                db.close()
                base = _baseline_recall(path, same, ids)
                report.metric(f"{label}: recall@3", r3, ">= 0.85", baseline=base["fts"][1])
                print(f"  recall@1 {r1:.2f} (baseline FTS5 bm25: {base['fts'][0]:.2f})")
                for lang, l1, l3 in per_language:
                    print(f"  {lang}: recall@1 {l1:.2f}, recall@3 {l3:.2f}")
                print(f"  Spanish/English ({len(cross)} pairs): recall@1 {c1:.2f}, @3 {c3:.2f}")
                print(
                    f"  baseline rapidfuzz over all: recall@1 {base['fuzz'][0]:.2f}, "
                    f"@3 {base['fuzz'][1]:.2f}"
                )
            else:
                print(f"  {label} (tuned on it): recall@1 {r1:.2f}, recall@3 {r3:.2f}")
                db.close()
    # The test pairs again, now among 100,000 other claims on the same topics.
    data = [r for r in rows("similar-test.jsonl") if r["lang"] != "cross"]
    with tempfile.TemporaryDirectory() as scratch:
        path = backup_file(large, Path(scratch) / "large-copy.db")
        db = open_database(path)
        services = Services(db, "bench")
        ids = _load_pairs(services, rows("similar-test.jsonl"))
        r1, r3 = _recall(services, data, ids)
        others = services.review.count(ClaimFilter()) - len(ids)
        report.metric(f"similar, test half among {others:,} claims: recall@3", r3, ">= 0.85")
        print(f"  recall@1 {r1:.2f}")
        db.close()


def similar_speed(report: Report, large: Path, queries: int) -> None:
    from rapidfuzz import fuzz, process

    db = open_database(large, readonly=True)
    services = Services(db, "bench")
    raw = sqlite3.connect(f"file:{large}?mode=ro", uri=True)
    total = raw.execute("SELECT count(*) FROM claims").fetchone()[0]
    rng = random.Random(13)
    sample = rng.sample(range(1, total + 1), min(total, queries))
    cold, grown = _first_query(large, sample[0])
    # Both languages' dictionaries loaded, as after the first queries of a session.
    services.similar.find("La inflación subió al 2,7 % en marzo, según el Gobierno.")
    services.similar.find("Inflation rose to 2.7% in March, the government said.")
    statements = dict(raw.execute("SELECT id, statement FROM claims").fetchall())

    def each(query):  # every side asks for the claims of the sample in the same order
        claims = itertools.cycle(sample)
        return lambda: query(next(claims))

    def fts(claim_id: int) -> None:
        words = " OR ".join(f'"{w}"' for w in re.findall(r"\w+", statements[claim_id]))
        raw.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 6",
            (f"statement : ({words})",),
        ).fetchall()

    def fuzzy(claim_id: int) -> None:
        process.extract(statements[claim_id], statements, scorer=fuzz.token_set_ratio, limit=6)

    report.header(f"\nSimilar claims at {total:,} claims ({len(sample)} claims of the database)")
    ours, base = side_by_side(each(services.similar.find), each(fts), len(sample))
    report.add("similar claims, vs plain FTS5 bm25", ours, base, "p95 <= 50 ms")
    fuzz_runs = min(10, len(sample))  # a second each: ten are enough for a median
    ours, base = side_by_side(each(services.similar.find), each(fuzzy), fuzz_runs)
    report.add("similar claims, vs rapidfuzz over all", ours, base, ">= 10x")
    print(
        f"  the first queries of a process (es + en dictionaries load): {cold:.0f} ms, "
        f"+{grown:.0f} MB"
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


def suggestion_speed(report: Report, repeat: int) -> None:
    import sentencex

    size = 50_000 if is_quick() else 1_000_000
    base = SAMPLE.read_text(encoding="utf-8")
    text = (base * (size // len(base) + 1))[:size]
    with tempfile.TemporaryDirectory() as scratch:
        db = create_database(Path(scratch) / "article.db")
        services = Services(db, "bench")
        article = services.articles.add_text(text, "1 MB").id
        text = services.articles.text(article)
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

        found = services.suggestions.suggest(article, include_all=True)
        report.header(
            f"\nSuggestions for a {size // 1000:,} KB article ({len(text):,} code points, "
            f"{len(found):,} sentences)"
        )
        ours, theirs = side_by_side(
            lambda: services.suggestions.suggest(article, include_all=True), baseline, repeat
        )
        db.close()
    report.add(f"suggest (segment + score), vs {baseline_name}", ours, theirs, "<= 1 s")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(bench_parser(__doc__.splitlines()[0], repeat=60), argv)
    large = large_database()
    report = Report()
    report.header("Quality on the test halves (tuned on the dev halves only), beside a baseline")
    checkworthiness(report)
    similar_quality(report, large)
    similar_speed(report, large, args.repeat)
    suggestion_speed(report, min(args.repeat, 3))
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
