"""Opening the window does not import the command line; subcommands still reach it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimtracker import app


def test_importing_the_app_leaves_the_command_line_unloaded():
    code = (
        "import sys, claimtracker.app\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimtracker.cli', 'alembic'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "argv, target",
    [([], None), (["--db", "x.db"], "x.db"), (["--db=y.db"], "y.db")],
)
def test_window_options_open_the_window_without_the_command_line(monkeypatch, argv, target):
    opened = []
    monkeypatch.setitem(sys.modules, "claimtracker.cli", None)  # importing it would fail
    monkeypatch.setattr("claimtracker.ui.launch.run_gui", lambda t, _argv: opened.append(t) or 0)
    assert app.main(argv) == 0
    assert opened == [target]


def test_subcommands_and_help_go_to_the_command_line(tmp_path, capsys):
    assert app.main(["init", "--db", str(tmp_path / "n.db")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "n.db")
    with pytest.raises(SystemExit) as raised:
        app.main(["--db"])  # the command line's parser explains what is missing
    assert raised.value.code == 2
    assert "expected one argument" in capsys.readouterr().err
