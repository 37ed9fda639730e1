"""pytest-qt fixtures: isolated settings, a window on a fresh database, no stray modal boxes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog, QMessageBox

from claimtracker.app import create_main_window
from claimtracker.ui.dialogs import ask
from claimtracker.ui.settings import AppSettings

ASK_FUNCTIONS = (
    "open_article_files",
    "open_article_file",
    "open_database_file",
    "new_database_file",
    "error",
    "information",
    "confirm",
    "run_dialog",
    "text_input",
    "save_export_file",
    "resolve_conflict",
    "choose_item",
    "choose_colour",
    "remove_term",
    "pick_claim",
)


class Dialogs:
    """Answers for the modal questions a test expects; any other question fails the test."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[tuple[str, tuple]] = []
        self._answers: dict[str, Callable] = {}
        self.real = {name: getattr(ask, name) for name in ASK_FUNCTIONS}
        for name in ASK_FUNCTIONS:
            monkeypatch.setattr(ask, name, self._make(name))

    def answer(self, name: str, reply: Callable | object) -> None:
        """Expect ``ask.<name>``; ``reply`` is a value or a function of the call's arguments."""
        self._answers[name] = reply if callable(reply) else (lambda *a, **k: reply)

    def messages(self, name: str) -> list[tuple]:
        return [args for asked, args in self.asked if asked == name]

    def _make(self, name: str):
        def fake(*args, **kwargs):
            self.asked.append((name, args))
            if name not in self._answers:
                pytest.fail(f"unexpected modal dialog: ask.{name}{args[1:]}")
            return self._answers[name](*args, **kwargs)

        return fake


def _refuse(what: str):
    def fail(*args, **kwargs):
        pytest.fail(f"unexpected modal dialog: {what}")

    return fail


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    """Every modal dialog a test did not ask for fails the test instead of hanging it."""
    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, _refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse(f"QFileDialog.{name}"))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, _refuse(f"QInputDialog.{name}"))
    monkeypatch.setattr(QColorDialog, "getColor", _refuse("QColorDialog.getColor"))
    monkeypatch.setattr(QDialog, "exec", _refuse("QDialog.exec"))
    return Dialogs(monkeypatch)


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot, settings):
    """Open a main window on a database file, as the application does."""
    windows = []

    def open_(path: Path):
        window = create_main_window(path, settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.close()


@pytest.fixture
def window(open_window, db_path, services):
    services.db.close()
    return open_window(db_path)


LIBRARY_ARTICLES = 1_000
"""Articles of the generated library (with 2,000 claims) that ``library_db_path`` copies."""


@pytest.fixture(scope="session")
def generated_library(tmp_path_factory) -> Path:
    from bench.generate import generate

    path = tmp_path_factory.mktemp("library") / "generated.db"
    generate(path, LIBRARY_ARTICLES, 2_000)
    return path


@pytest.fixture
def library_db_path(generated_library, tmp_path) -> Path:
    """A copy of a generated database of 1,000 articles, for this test alone."""
    path = tmp_path / "library.db"
    shutil.copyfile(generated_library, path)
    return path
