"""Shared helpers of the benchmarks: the cached database, timing, memory, the report."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

CACHE = Path(__file__).parent / ".cache"
CACHE_ENV = "CLAIMTRACKER_BENCH_CACHE"
"""Where generated databases are kept instead of bench/.cache/ (the tests use a temporary one)."""
QUICK_ENV = "CLAIMTRACKER_BENCH_QUICK"
"""Set to 1 by ``--quick``: tiny data and few runs, to check that a benchmark still runs."""

T = TypeVar("T")


def cache_folder() -> Path:
    return Path(os.environ.get(CACHE_ENV) or CACHE)


def is_quick() -> bool:
    return os.environ.get(QUICK_ENV) == "1"


def bench_parser(description: str, repeat: int) -> argparse.ArgumentParser:
    """The options every benchmark has: ``--repeat``, ``--json FILE`` and ``--quick``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--repeat", type=int, default=repeat, help=f"runs of each side, alternating ({repeat})"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--quick", action="store_true", help="tiny data and two runs: checks that it still runs"
    )
    return parser


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parsed options; ``--quick`` (or the environment) makes the data tiny, the runs few."""
    args = parser.parse_args(argv)
    if getattr(args, "quick", False):
        os.environ[QUICK_ENV] = "1"  # children and large_database() follow it too
    if is_quick() and hasattr(args, "repeat"):
        args.repeat = min(args.repeat, 2)
    return args


def large_database(articles: int | None = None, claims: int | None = None) -> Path:
    """The generated benchmark database (10,000 articles and 100,000 claims; 100 and 1,000
    in quick mode), made once and kept in bench/.cache/."""
    from bench.generate import generate

    if articles is None:
        articles = 100 if is_quick() else 10_000
    if claims is None:
        claims = 1_000 if is_quick() else 100_000
    folder = cache_folder()
    path = folder / f"review-{articles}-{claims}.db"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} (once; about 15 s at 100,000 claims)…", flush=True)
        partial = path.with_suffix(".partial")
        for stale in folder.glob(partial.name + "*"):
            stale.unlink()
        generate(partial, articles, claims)
        partial.rename(path)
    upgrade_cached(path)
    return path


def upgrade_cached(path: Path) -> None:
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
        return self.percentile(95)

    def percentile(self, p: float) -> float:
        """The nearest-rank percentile (p99 of 200 runs: the second slowest)."""
        ordered = sorted(self.runs)
        return ordered[max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))]

    def statistic(self, name: str) -> float:
        """``median`` or ``pNN``."""
        return self.median if name == "median" else self.percentile(float(name[1:]))


def alternate(
    ours: Callable[[], T],
    baseline: Callable[[], T],
    repeat: int = 7,
    between: Callable[[], object] | None = None,
) -> tuple[list[T], list[T]]:
    """What ours and the baseline return, run alternately ``repeat`` times each (which of the
    two goes first alternates too), so that both meet the same load and the same caches; one
    untimed run of each first. ``between`` runs (untimed) after every run."""
    pair = (ours, baseline)
    for fn in pair:
        fn()
        if between:
            between()
    results: dict[int, list[T]] = {0: [], 1: []}
    for round_ in range(repeat):
        for which in (0, 1) if round_ % 2 == 0 else (1, 0):
            results[which].append(pair[which]())
            if between:
                between()
    return results[0], results[1]


def _timed(fn: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        fn()
        return (time.perf_counter() - started) * 1000

    return run


def side_by_side(
    ours: Callable[[], object],
    baseline: Callable[[], object],
    repeat: int = 7,
    between: Callable[[], object] | None = None,
) -> tuple[Timing, Timing]:
    """Ours and the baseline timed alternately, ``repeat`` times each (see :func:`alternate`)."""
    mine, theirs = alternate(_timed(ours), _timed(baseline), repeat, between)
    return Timing(tuple(mine)), Timing(tuple(theirs))


def side_by_side_stages(
    ours: Callable[[], dict[str, float]],
    baseline: Callable[[], dict[str, float]],
    repeat: int = 7,
    between: Callable[[], object] | None = None,
) -> tuple[dict[str, Timing], dict[str, Timing]]:
    """Like :func:`side_by_side` for functions that time themselves, in stages (for a window:
    ``{"painted": ms, "idle": ms}`` from the same start), so that set-up is left out."""
    mine, theirs = alternate(ours, baseline, repeat, between)

    def stages(runs: list[dict[str, float]]) -> dict[str, Timing]:
        return {key: Timing(tuple(run[key] for run in runs)) for key in runs[0]}

    return stages(mine), stages(theirs)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


_CLAUSE = re.compile(
    r"^(?:(?P<stat>median|p\d{1,2}(?:\.\d+)?)\s+)?(?P<op><=|>=|=)\s*(?P<value>[\d.]+)\s*"
    r"(?:(?P<unit>ms|s|MB|x)\b)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_STATS = re.compile(r"\b(p\d{1,2}(?:\.\d+)?)\b", re.IGNORECASE)

Value = float | Timing


def _statistic(value: Value | None, stat: str | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, Timing):
        return value.statistic(stat or "median")
    return value if stat in (None, "median") else None


def target_met(target: str, ours: Value, baseline: Value | None, unit: str = "ms") -> bool | None:
    """Whether ``ours`` meets every clause of ``target`` (comma-separated), None when a clause
    cannot be read or judged. Clauses: ``<= 50 ms`` / ``<= 300 MB`` / ``>= 0.75`` / ``= 0``
    (ours), ``>= 20x`` (the baseline takes at least 20 times ours), ``<= 2.5x`` (ours takes at
    most 2.5 times the baseline). Timings are judged by their median, or by the statistic a
    clause names first: ``p95 <= 30 ms, p99 <= 50 ms``."""
    met = True
    for clause in (c.strip() for c in target.split(",")):
        match = _CLAUSE.match(clause)
        if not match:
            return None
        stat = match["stat"].lower() if match["stat"] else None
        mine, theirs = _statistic(ours, stat), _statistic(baseline, stat)
        if mine is None:
            return None
        value = float(match["value"])
        kind = (match["unit"] or "").lower()
        if kind == "x":
            if not theirs or not mine:
                return None
            measured = theirs / mine if match["op"] == ">=" else mine / theirs
        elif kind in ("ms", "s"):
            if unit != "ms":
                return None
            measured, value = mine, value * 1000 if kind == "s" else value
        elif kind == "mb" and unit != "MB":
            return None
        else:
            measured = mine
        if match["op"] == "<=":
            ok = measured <= value
        elif match["op"] == ">=":
            ok = measured >= value
        else:
            ok = measured == value
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
        ours: Value,
        baseline: Value | None,
        target: str,
        unit: str = "ms",
        met: bool | None = None,
    ) -> bool | None:
        """One measured row; ``met`` is worked out from ``target`` unless given. Timings
        are reported by their median, with the 95th percentile beside it (and any other
        percentile the target names)."""
        row: dict = {"name": name}
        values = {}
        extra = sorted({s.lower() for s in _STATS.findall(target)} - {"p95"})
        for side, value in (("ours", ours), ("baseline", baseline)):
            if isinstance(value, Timing):
                row[f"{side}_{unit}"] = round(value.median, 2)
                row[f"{side}_p95_{unit}"] = round(value.p95, 2)
                for stat in extra:
                    row[f"{side}_{stat}_{unit}"] = round(value.statistic(stat), 2)
                row[f"{side}_runs"] = len(value.runs)
                values[side] = value.median
            elif value is not None:
                row[f"{side}_{unit}"] = round(value, 2)
                values[side] = value
        mine, theirs = values["ours"], values.get("baseline")
        row["ratio"] = round(theirs / mine, 1) if mine and theirs else None
        row["target"] = target
        row["met"] = target_met(target, ours, baseline, unit) if met is None else met
        self.rows.append(row)
        print(self._line(row, unit, extra), flush=True)
        return row["met"]

    @staticmethod
    def _line(row: dict, unit: str, extra: list[str]) -> str:
        def cell(side: str) -> str:
            value = row.get(f"{side}_{unit}")
            if value is None:
                return f"{'-':>19}"
            p95 = row.get(f"{side}_p95_{unit}")
            spread = f" ({p95:>6.1f})" if p95 is not None else " " * 9
            return f"{value:>7.1f}{spread} {unit}"

        ratio = f"{row['ratio']:>6}x" if row["ratio"] is not None else f"{'':>7}"
        line = (
            f"{row['name']:<50} {cell('ours')}  {cell('baseline')}  {ratio}  "
            f"{row['target']:<28} {_verdict(row['met'])}"
        )
        for stat in extra:
            mine, theirs = row.get(f"ours_{stat}_{unit}"), row.get(f"baseline_{stat}_{unit}")
            if mine is not None:
                against = f" / {theirs:.1f}" if theirs is not None else ""
                line += f"  ({stat}: {mine:.1f}{against} {unit})"
        return line

    def metric(
        self,
        name: str,
        value: float,
        target: str,
        met: bool | None = None,
        baseline: float | None = None,
    ) -> bool | None:
        """A figure measured once (precision, a count, a rate…), with its target and whether
        it was met (worked out from ``target`` unless given); ``baseline`` beside it."""
        if met is None:
            met = target_met(target, value, None, unit="")
        row: dict = {"name": name, "value": round(value, 3), "target": target, "met": met}
        if baseline is not None:
            row["baseline"] = round(baseline, 3)
        self.rows.append(row)
        against = f"{baseline:>10.3f}" if baseline is not None else f"{'':>10}"
        print(
            f"{name:<50} {value:>19.3f}  {against:>22}  {'':>7}  {target:<28} {_verdict(met)}",
            flush=True,
        )
        return met

    def header(self, title: str) -> None:
        print(title)
        print(
            f"{'measure':<50} {'ours: median (p95)':>19}  {'baseline: median (p95)':>22}  "
            f"{'faster':>7}  {'target':<28} met"
        )

    def summary(self) -> bool:
        """Print how many targets were met; True when none was missed."""
        judged = [r for r in self.rows if r.get("met") is not None]
        missed = [r["name"] for r in judged if not r["met"]]
        unjudged = len(self.rows) - len(judged)
        print(f"targets met: {len(judged) - len(missed)} of {len(judged)}")
        for name in missed:
            print(f"  NOT MET: {name}")
        if unjudged:
            print(f"  ({unjudged} row(s) without a target that could be judged)")
        return not missed

    def dump(self, path: str | None) -> None:
        if path:
            Path(path).write_text(json.dumps(self.rows, indent=2, ensure_ascii=False))


def _verdict(met: bool | None) -> str:
    return "-" if met is None else ("met" if met else "NOT MET")
