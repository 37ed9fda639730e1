"""The core and the command line import no Qt, so they run without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import claimtracker.core


def core_modules() -> list[str]:
    names = ["claimtracker.cli", "claimtracker.app", "claimtracker.resources"]
    for info in pkgutil.walk_packages(claimtracker.core.__path__, "claimtracker.core."):
        if ".migrations.versions" not in info.name and not info.name.endswith("migrations.env"):
            names.append(info.name)
    return names


def test_core_and_cli_import_no_pyside():
    modules = core_modules()
    assert "claimtracker.core.anchoring" in modules and len(modules) > 15
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(' '.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "QT_QPA_PLATFORM": ""},
    )
    assert result.stdout.strip() == ""


def test_no_core_source_mentions_pyside():
    import pathlib

    root = pathlib.Path(claimtracker.core.__file__).parent
    offenders = [p.name for p in root.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
