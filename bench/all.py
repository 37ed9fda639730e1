"""Every benchmark in turn, then one table of every target and whether it was met.

    python -m bench.all [--quick] [--json DIR] [--only NAME,NAME] [--db postgresql+psycopg://...]

Each benchmark runs in a process of its own, with its own defaults (``--quick``: tiny data and
two runs, to check that they all still run), and writes its rows to ``DIR/NAME.json``; the
table at the end is read from those files. With ``--db`` the review and contention
benchmarks run a second time on that PostgreSQL database. A benchmark that fails is listed
as failed. Exit status 0 when every benchmark ran and met every target.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import QUICK_ENV

BENCHES = (
    "review_bench",
    "review_tab_bench",
    "startup_bench",
    "edit_bench",
    "export_bench",
    "merge_bench",
    "interchange_bench",
    "html_import_bench",
    "report_bench",
    "intel_bench",
    "contention",
)
WITHOUT_QUICK: dict[str, list[str]] = {}
"""Benchmarks without ``--quick``: what stands for it (the environment makes data tiny too)."""
ON_SERVER = ("review_bench", "contention")


def runs(names: Sequence[str], quick: bool, db: str | None) -> list[tuple[str, str, list[str]]]:
    """(label, module, arguments) of each benchmark run, in order."""
    planned = []
    for name in names:
        options = WITHOUT_QUICK.get(name, ["--quick"]) if quick else []
        planned.append((name, name, options))
        if db and name in ON_SERVER:
            planned.append((f"{name} (PostgreSQL)", name, [*options, "--db", db]))
    return planned


def run_one(module: str, options: list[str], out: Path, quick: bool) -> tuple[int, float]:
    """Run one benchmark (its output shown as it comes); its exit status and seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if quick:
        env[QUICK_ENV] = "1"
    root = Path(__file__).resolve().parents[1]
    started = time.perf_counter()
    status = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *options, "--json", str(out)], cwd=root, env=env
    ).returncode
    return status, time.perf_counter() - started


def figure(row: dict) -> str:
    """Ours as measured: a median with its unit, or a plain value."""
    if "value" in row:
        return f"{row['value']:g}"
    for key, value in row.items():
        if key.startswith("ours_") and key.count("_") == 1 and key != "ours_runs":
            return f"{value:g} {key.split('_', 1)[1]}"
    return "-"


def table(results: list[tuple[str, int, float, list[dict] | None]]) -> tuple[int, int, list[str]]:
    """Print every row of every benchmark; (targets met, targets judged, failed benchmarks)."""
    print("\n" + "=" * 140)
    print(f"{'benchmark':<24} {'measure':<62} {'ours':>12} {'faster':>7}  {'target':<28} met")
    met = judged = 0
    failed = []
    for label, status, seconds, rows in results:
        if rows is None:
            failed.append(label)
            print(f"{label:<24} FAILED (exit {status})")
            continue
        for row in rows:
            verdict = row.get("met")
            if verdict is not None:
                judged += 1
                met += bool(verdict)
            shown = "-" if verdict is None else ("met" if verdict else "NOT MET")
            ratio = f"{row['ratio']}x" if row.get("ratio") is not None else ""
            print(
                f"{label:<24} {row['name'][:62]:<62} {figure(row):>12} {ratio:>7}  "
                f"{row.get('target', ''):<28} {shown}"
            )
        print(f"{label:<24} ({seconds:.0f} s)")
    return met, judged, failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny data, two runs of each")
    parser.add_argument("--json", metavar="DIR", help="keep each benchmark's rows in DIR")
    parser.add_argument("--only", help="comma-separated benchmark names (default: all)")
    parser.add_argument("--db", help="also run the review and contention benchmarks there")
    args = parser.parse_args(argv)
    names = BENCHES
    if args.only:
        names = tuple(n.strip() for n in args.only.split(",") if n.strip())
        unknown = sorted(set(names) - set(BENCHES))
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHES)}")
    folder = Path(args.json) if args.json else Path(tempfile.mkdtemp(prefix="bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: list[tuple[str, int, float, list[dict] | None]] = []
    for label, module, options in runs(names, args.quick, args.db):
        out = folder / (label.replace(" (PostgreSQL)", "-postgresql") + ".json")
        out.unlink(missing_ok=True)
        print(f"\n### {label}", flush=True)
        status, seconds = run_one(module, options, out, args.quick)
        rows = json.loads(out.read_text()) if status == 0 and out.exists() else None
        results.append((label, status, seconds, rows))
    met, judged, failed = table(results)
    print(f"\ntargets met: {met} of {judged}")
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}")
    every = {label: rows for label, _s, _t, rows in results}
    (folder / "all.json").write_text(json.dumps(every, indent=2, ensure_ascii=False))
    print(f"rows written to {folder}")
    return 0 if met == judged and not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
