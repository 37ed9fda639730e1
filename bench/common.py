"""Shared helpers of the benchmarks: the cached database, timing, memory, the report."""

from __future__ import annotations

import json
import math
import os
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
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

    from claimtracker.core.backups import backup_folder
    from claimtracker.core.db import open_database
    from claimtracker.core.migrations import SCHEMA_HEAD

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    if revision != SCHEMA_HEAD:
        print(f"upgrading {path.name} to schema {SCHEMA_HEAD}…", flush=True)
        existed = backup_folder(path).exists()
        open_database(path).close()
        if not existed:  # the upgrade's backup of a generated database is not worth keeping
            shutil.rmtree(backup_folder(path), ignore_errors=True)


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


@dataclass(frozen=True)
class Timing:
    """Milliseconds of repeated runs of one function."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def p95(self) -> float:
        ordered = sorted(self.runs)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def side_by_side(
    ours: Callable[[], object],
    baseline: Callable[[], object],
    repeat: int = 7,
    between: Callable[[], object] | None = None,
) -> tuple[Timing, Timing]:
    """Ours and the baseline run alternately, ``repeat`` times each (which of the two goes
    first alternates too), so that both meet the same load and the same caches; one untimed
    run of each first. ``between`` runs untimed after every timed run."""
    ours()
    baseline()
    times: dict[int, list[float]] = {0: [], 1: []}
    pair = (ours, baseline)
    for round_ in range(repeat):
        order = (0, 1) if round_ % 2 == 0 else (1, 0)
        for which in order:
            started = time.perf_counter()
            pair[which]()
            times[which].append((time.perf_counter() - started) * 1000)
            if between:
                between()
    return Timing(tuple(times[0])), Timing(tuple(times[1]))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


_CLAUSE = re.compile(
    r"^(?P<op><=|>=)\s*(?P<value>[\d.,]+)\s*(?P<unit>ms|s|MB|x)(?P<rest>.*)$", re.IGNORECASE
)


def target_met(target: str, ours: float, baseline: float | None, unit: str = "ms") -> bool | None:
    """Whether ``ours`` meets every clause of ``target`` (comma-separated), None when a clause
    cannot be read. Clauses: ``<= 50 ms`` / ``<= 300 MB`` (ours), ``>= 20x`` (the baseline
    takes at least 20 times ours), ``<= 2.5x`` (ours takes at most 2.5 times the baseline)."""
    met = True
    for clause in (c.strip() for c in target.split(",")):
        match = _CLAUSE.match(clause)
        if not match:
            return None
        value = float(match["value"].replace(",", ""))
        kind = match["unit"].lower()
        if kind == "x":
            if not baseline or not ours:
                return None
            ratio = baseline / ours if match["op"] == ">=" else ours / baseline
            ok = ratio >= value if match["op"] == ">=" else ratio <= value
        else:
            limit = value * 1000 if kind == "s" else value
            if kind in ("ms", "s") and unit != "ms" or kind == "mb" and unit != "MB":
                return None
            ok = ours <= limit if match["op"] == "<=" else ours >= limit
        met = met and ok
    return met


class Report:
    """Rows of ours against a baseline, each with its target and whether it was met, printed
    as a table (and written as JSON)."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(
        self,
        name: str,
        ours: float | Timing,
        baseline: float | Timing | None,
        target: str,
        unit: str = "ms",
        met: bool | None = None,
    ) -> bool | None:
        """One measured row; ``met`` is worked out from ``target`` unless given. Timings
        are reported by their median, with the 95th percentile beside it."""
        row: dict = {"name": name}
        values = {}
        for side, value in (("ours", ours), ("baseline", baseline)):
            if isinstance(value, Timing):
                row[f"{side}_{unit}"] = round(value.median, 2)
                row[f"{side}_p95_{unit}"] = round(value.p95, 2)
                row[f"{side}_runs"] = len(value.runs)
                values[side] = value.median
            elif value is not None:
                row[f"{side}_{unit}"] = round(value, 2)
                values[side] = value
        mine, theirs = values["ours"], values.get("baseline")
        row["ratio"] = round(theirs / mine, 1) if mine and theirs else None
        row["target"] = target
        row["met"] = target_met(target, mine, theirs, unit) if met is None else met
        self.rows.append(row)
        print(self._line(row, unit), flush=True)
        return row["met"]

    @staticmethod
    def _line(row: dict, unit: str) -> str:
        def cell(side: str) -> str:
            value = row.get(f"{side}_{unit}")
            if value is None:
                return f"{'-':>19}"
            p95 = row.get(f"{side}_p95_{unit}")
            spread = f" ({p95:>6.1f})" if p95 is not None else " " * 9
            return f"{value:>7.1f}{spread} {unit}"

        ratio = f"{row['ratio']:>6}x" if row["ratio"] is not None else f"{'':>7}"
        return (
            f"{row['name']:<50} {cell('ours')}  {cell('baseline')}  {ratio}  "
            f"{row['target']:<24} {_verdict(row['met'])}"
        )

    def metric(self, name: str, value: float, target: str = "", met: bool | None = None) -> None:
        """A figure without a baseline (precision, a count…) with its target and whether it
        was met."""
        row: dict = {"name": name, "value": round(value, 3), "target": target, "met": met}
        self.rows.append(row)
        print(f"{name:<62} {value:>10.3f}  {target:<24} {_verdict(met)}", flush=True)

    def header(self, title: str) -> None:
        print(title)
        print(
            f"{'measure':<50} {'ours: median (p95)':>22}  {'baseline: median (p95)':>22}  "
            f"{'faster':>7}  {'target':<24} met"
        )

    def summary(self) -> bool:
        """Print how many targets were met; True when none was missed."""
        judged = [r for r in self.rows if r.get("met") is not None]
        missed = [r["name"] for r in judged if not r["met"]]
        print(f"targets met: {len(judged) - len(missed)} of {len(judged)}")
        for name in missed:
            print(f"  NOT MET: {name}")
        return not missed

    def dump(self, path: str | None) -> None:
        if path:
            Path(path).write_text(json.dumps(self.rows, indent=2, ensure_ascii=False))


def _verdict(met: bool | None) -> str:
    return "-" if met is None else ("met" if met else "NOT MET")
