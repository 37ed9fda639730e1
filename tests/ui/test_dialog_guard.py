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


def test_the_conflict_dialog_shows_both_versions_in_the_analysts_words(dialogs, monkeypatch, qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton

    from claimtracker.ui.editing.conflict_dialog import ConflictDialog

    shown = []

    def choose_mine(dialog: QDialog) -> int:
        shown.append(dialog)
        assert isinstance(dialog, ConflictDialog)
        dialog.findChild(QPushButton, "keepMineButton").click()
        return 1

    monkeypatch.setattr(QDialog, "exec", choose_mine)
    answer = dialogs.real["resolve_conflict"](
        None,
        "claim 4 was changed by Ana at 12:05 while you were editing it",
        {"verdict": "misleading", "tags": ["otan", "rusia"]},
        {"verdict": None, "tags": ["otan"]},
        lambda field, value: f"<{field}:{value}>",
    )
    assert answer == "mine"
    (dialog,) = shown
    table = dialog.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows == {
        "Tags": ("<tags:['otan', 'rusia']>", "<tags:['otan']>"),
        "Verdict": ("<verdict:misleading>", "<verdict:None>"),
    }
    assert dialog.windowTitle() == "Changed Elsewhere"
