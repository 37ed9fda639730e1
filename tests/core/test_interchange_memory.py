"""Memory of the JSON export and merge, measured as the peak resident memory of a process of
their own: four times the claims must not take four times the memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXPORT = """
import sys
from pathlib import Path
from claimtracker.core.db import open_database
from claimtracker.core.exporters import interchange
db = open_database(Path(sys.argv[1]), readonly=True)
interchange.write_export(db, Path(sys.argv[2]))
"""
MERGE = """
import sys
from pathlib import Path
from claimtracker.core.db import create_database
from claimtracker.core.exporters.interchange import read_export
from claimtracker.core.services.merge import Merger
db = create_database(Path(sys.argv[2]))
report = Merger(db, "tester").merge(read_export(Path(sys.argv[1])))
assert report.added["claims"] > 0
"""
PEAK = """
with open("/proc/self/status") as fh:
    print(next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")))
"""


def peak_kib(code: str, source: Path, out: Path) -> int:
    """Run ``code`` in a new interpreter; its own peak resident memory in KiB."""
    done = subprocess.run(
        [sys.executable, "-c", code + PEAK, str(source), str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    return int(done.stdout)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[str, Path]:
    """Databases of 3,000 and 12,000 generated claims (ten per article)."""
    from bench.generate import generate

    folder = tmp_path_factory.mktemp("generated")
    paths = {"small": folder / "small.db", "large": folder / "large.db"}
    generate(paths["small"], 300, 3_000)
    generate(paths["large"], 1_200, 12_000)
    return paths


def test_the_export_takes_the_same_memory_for_four_times_the_claims(generated, tmp_path):
    """Holding the document would take over a hundred megabytes more for the larger one."""
    small = peak_kib(EXPORT, generated["small"], tmp_path / "small.json")
    large = peak_kib(EXPORT, generated["large"], tmp_path / "large.json")
    large_file = (tmp_path / "large.json").stat().st_size
    assert large_file > 3.6 * (tmp_path / "small.json").stat().st_size
    assert large_file > 15 * 2**20  # the 12,000-claim file alone is larger than the bound
    assert large - small < 12 * 1024, (small, large)


def test_the_merge_holds_the_file_about_once(generated, tmp_path):
    """The merge grows by about the growth of the file (its bytes are held once, records are
    parsed a batch at a time); parsing it whole grew by about eighteen times as much."""
    files = {}
    for size in ("small", "large"):
        files[size] = tmp_path / f"{size}.json"
        peak_kib(EXPORT, generated[size], files[size])
    small = peak_kib(MERGE, files["small"], tmp_path / "small-target.db")
    large = peak_kib(MERGE, files["large"], tmp_path / "large-target.db")
    growth = (files["large"].stat().st_size - files["small"].stat().st_size) / 1024
    assert large - small < 4 * growth, (small, large, growth)
