"""The benchmarks keep running: each one's options, and each one in miniature (no timing judged)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import all as every
from bench.common import CACHE_ENV, QUICK_ENV, Report, Timing, alternate, target_met

ROOT = Path(__file__).resolve().parents[1]
OWN_OPTIONS = set(every.BENCHES) - set(every.WITHOUT_QUICK)


@pytest.mark.parametrize("name", every.BENCHES)
def test_each_benchmark_parses_its_options(name, monkeypatch, capsys):
    module = importlib.import_module(f"bench.{name}")
    monkeypatch.setattr(sys, "argv", [name, "--help"])
    with pytest.raises(SystemExit) as ended:
        module.main()
    assert ended.value.code == 0
    shown = capsys.readouterr().out
    assert "--json" in shown
    if name in OWN_OPTIONS:
        assert "--quick" in shown and "--repeat" in shown


def test_targets_are_judged_on_the_statistic_they_name():
    runs = Timing(tuple(float(n) for n in range(1, 201)))  # p95 = 190, p99 = 198
    assert target_met("p95 <= 190 ms, p99 <= 198 ms", runs, None) is True
    assert target_met("p95 <= 190 ms, p99 <= 197 ms", runs, None) is False
    assert target_met("<= 101 ms", runs, None) is True  # the median, 100.5
    assert target_met("<= 3x a bare text view", 30.0, 10.0) is True
    assert target_met("<= 3x", 31.0, 10.0) is False
    assert target_met(">= 20x", 1.0, 19.0) is False
    assert target_met("= 0", 1, None, unit="") is False
    assert target_met("p95 <= 30 ms", 10.0, None) is None  # one figure has no p95
    assert target_met("reported", 1.0, None) is None


def test_a_row_without_a_readable_target_is_counted_apart(capsys):
    report = Report()
    report.add("judged", Timing((1.0, 2.0)), Timing((3.0, 4.0)), "<= 2 ms")
    report.metric("not judged", 1.0, "whatever")
    assert report.summary() is True
    out = capsys.readouterr().out
    assert "targets met: 1 of 1" in out
    assert "1 row(s) without a target" in out


def test_ours_and_the_baseline_alternate_equally():
    calls: list[str] = []
    mine, theirs = alternate(lambda: calls.append("o") or 1, lambda: calls.append("b") or 2, 3)
    assert calls == ["o", "b", "o", "b", "b", "o", "o", "b"]  # warm-up, then alternating
    assert mine == [1, 1, 1] and theirs == [2, 2, 2]


@pytest.fixture(scope="session")
def bench_cache(tmp_path_factory) -> Path:
    """The tiny generated databases, made once for every miniature run."""
    return tmp_path_factory.mktemp("bench-cache")


@pytest.mark.slow
@pytest.mark.parametrize("name", every.BENCHES)
def test_each_benchmark_runs_in_miniature(name, bench_cache, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{CACHE_ENV: str(bench_cache)})
    env.pop(QUICK_ENV, None)
    result = subprocess.run(
        [sys.executable, "-m", "bench.all", "--quick", "--only", name, "--json", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "benchmarks that failed" not in result.stdout, result.stdout[-3000:] + result.stderr
    rows = json.loads((tmp_path / "all.json").read_text())[name]
    assert rows, result.stdout[-3000:]
    for row in rows:
        assert row["target"], row
        assert "met" in row, row
    assert result.stdout.count("targets met:") == 2  # the benchmark's summary, and the table's
    assert f"{name:<24} {rows[0]['name'][:62]}" in result.stdout
