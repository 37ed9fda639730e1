"""Every modal question goes through the ask module, and the test guard covers all of it."""

from __future__ import annotations

import ast
import pathlib

import claimtracker.ui
from claimtracker.ui.dialogs import ask
from tests.ui.conftest import ASK_FUNCTIONS

UI = pathlib.Path(claimtracker.ui.__file__).parent


def test_the_guard_covers_every_ask_function():
    tree = ast.parse(pathlib.Path(ask.__file__).read_text(encoding="utf-8"))
    public = {
        n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")
    }
    assert public == set(ASK_FUNCTIONS)


def test_no_module_but_ask_opens_a_modal_box():
    modal = ("QMessageBox.", "QFileDialog.get", "QInputDialog.get", "dialog.exec(")
    offenders = [
        f"{path.relative_to(UI)}: {m}"
        for path in UI.rglob("*.py")
        if path.name != "ask.py"
        for m in modal
        if m in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
