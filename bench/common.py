"""Shared helpers of the benchmarks: the cached database, timing, memory, the report."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"


def large_database(articles: int = 10_000, claims: int = 100_000) -> Path:
    """The generated benchmark database, made once and kept in bench/.cache/."""
    from bench.generate import generate

    path = CACHE / f"review-{articles}-{claims}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} (once; about 15 s)…", flush=True)
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        generate(partial, articles, claims)
        partial.rename(path)
    _upgrade_cached(path)
    return path


def _upgrade_cached(path: Path) -> None:
    """Bring a database cached by an older version to the current schema (no backup kept)."""
    import shutil
    import sqlite3

    from claimtracker.core.db import open_database
    from claimtracker.core.migrations import SCHEMA_HEAD

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    if revision != SCHEMA_HEAD:
        print(f"upgrading {path.name} to schema {SCHEMA_HEAD}…", flush=True)
        open_database(path).close()
        shutil.rmtree(path.with_name(path.name + ".backups"), ignore_errors=True)


def best_of(
    fn: Callable[[], object], repeat: int = 5, between: Callable[[], object] | None = None
) -> float:
    """Fastest of ``repeat`` runs, in milliseconds (the least disturbed by other load);
    ``between`` runs untimed after each run (letting deferred work finish)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
        if between:
            between()
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


class Report:
    """Rows of ours against a baseline, printed as a table or as JSON."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(
        self, name: str, ours: float, baseline: float, target: str = "", unit: str = "ms"
    ) -> None:
        row = {
            "name": name,
            f"ours_{unit}": round(ours, 2),
            f"baseline_{unit}": round(baseline, 2),
            "ratio": round(baseline / ours, 1) if ours else None,
        }
        if target:
            row["target"] = target
        self.rows.append(row)
        print(self._line(row), flush=True)

    @staticmethod
    def _line(row: dict) -> str:
        unit = "ms" if "ours_ms" in row else "MB"
        ours, base = row[f"ours_{unit}"], row[f"baseline_{unit}"]
        return (
            f"{row['name']:<46} {ours:>10.1f} {unit}  {base:>10.1f} {unit}  "
            f"{row['ratio']:>7}x  {row.get('target', '')}"
        )

    def metric(self, name: str, value: float, target: str = "", met: bool | None = None) -> None:
        """A quality figure (precision, recall…) with its target and whether it was met."""
        row: dict = {"name": name, "value": round(value, 3)}
        if target:
            row["target"] = target
        if met is not None:
            row["met"] = met
        self.rows.append(row)
        verdict = "" if met is None else ("met" if met else "NOT MET")
        print(f"{name:<62} {value:>8.3f}  {target:<14} {verdict}", flush=True)

    def header(self, title: str) -> None:
        print(title)
        print(f"{'measure':<46} {'ours':>13}  {'baseline':>13}  {'faster':>8}  target")

    def dump(self, path: str | None) -> None:
        if path:
            Path(path).write_text(json.dumps(self.rows, indent=2, ensure_ascii=False))
