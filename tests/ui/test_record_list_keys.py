"""Library: keyboard to the end of a list read a page at a time."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from claimtracker.ui.records import ID_ROLE


@pytest.fixture
def db_path(library_db_path) -> Path:
    return library_db_path


def stored_order(db_path: Path) -> list[int]:
    with closing(sqlite3.connect(db_path)) as conn:
        query = "SELECT id FROM articles ORDER BY imported_at DESC, id DESC"
        return [row[0] for row in conn.execute(query)]


def selected(window):
    index = window.library.list.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_end_key_goes_to_the_last_article(db_path, open_window, qtbot, modifier):
    order = stored_order(db_path)
    window = open_window(db_path)
    lst = window.library.list
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_End, modifier)
    QApplication.processEvents()
    # What the user expects: the last (oldest) article of the library, opened.
    assert selected(window) == order[-1], (
        f"End selected row {order.index(selected(window))} of {len(order)}; "
        f"{window.library.model.rowCount()} rows listed"
    )
    assert window.articles.article_id == order[-1]


def test_home_key_goes_back_to_the_first_article(db_path, open_window, qtbot):
    order = stored_order(db_path)
    window = open_window(db_path)
    lst = window.library.list
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert selected(window) == order[2]
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert selected(window) == order[0], "Home left the selection where it was"
