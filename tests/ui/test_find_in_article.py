"""Ctrl+F in the reader: a find bar, accents and case ignored, "n of m", next and previous,
every match outlined, Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimtracker.core.textfind import fold

TEXT = (
    "Reacciones 😀 y 東京の記者.\n"
    "La INFLACIÓN subió en enero. El ministro dijo que la inflación bajó en marzo.\n"
    "Nadie habló de la Inflacion de abril.\n"
)


def test_find_bar_finds_moves_counts_and_closes(services, add_article, db_path, open_window, qtbot):
    article = add_article(TEXT, "Nota")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    view, bar = window.view, window.article_panel.find_bar
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and window.focusWidget() is bar.edit
    qtbot.keyClicks(bar.edit, "inflacion")
    hits = bar.hits()
    assert [fold(TEXT[s:e]) for s, e in hits] == ["inflacion"] * 3  # code points, past the emoji
    assert bar.count.text() == "1 of 3"
    marks, current = view.found()
    assert [(m.start, m.end) for m in marks] == hits and current == 0  # outlined in the reader
    caret = view.caret()
    assert caret == hits[0][0]  # scrolled to, caret at the match

    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 3" and view.caret() == hits[1][0]
    window.registry["actionFindNext"].trigger()  # F3
    assert bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "1 of 3"  # round again
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 3"

    bar.edit.setText("deflación")
    assert bar.count.text() == "No matches" and view.found() == ([], None)
    assert not bar.next.isEnabled()

    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.found()[0] == []
    assert window.focusWidget() is view


def test_ctrl_f_in_the_library_still_filters_it(services, add_article, db_path, open_window, qtbot):
    add_article(TEXT, "Nota")
    services.db.close()
    window = open_window(db_path)
    window.library.list.setFocus()
    qtbot.keyClick(window.library.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.library.filter
    assert not window.article_panel.find_bar.isVisible()
