"""Lint (ruff) over the whole project and type checks (mypy) over the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing():
    result = run("ruff", "check", "claimtracker", "tests", "bench", "docs")
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_finds_nothing_in_the_core():
    result = run("mypy")
    assert result.returncode == 0, result.stdout[-4000:]
