"""Claim intelligence in the window: suggested sentences, similar claims, similar groups."""

from __future__ import annotations

import os
import re
import threading
import time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog, QPushButton, QToolTip

from claimtracker.core.db import open_database
from claimtracker.core.intel.sentences import Cancelled
from claimtracker.core.services import Services
from claimtracker.core.services.similar import SimilarityService
from claimtracker.core.services.suggestions import SuggestionService
from claimtracker.ui.intel import groups as groups_module
from claimtracker.ui.records import ID_ROLE, RECORD_ROLE

HEADING = "😀👍🏽👩\u200d👩\u200d👧 Crónica desde 東京 y Bruselas.\n\n"
SHELLS = (
    "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un millón "
    "de proyectiles a Rusia."
)
INFLATION = "La inflación subió al 2,7 % en marzo, según el INE."
TEXT = f"{HEADING}{SHELLS} ¿Qué hará ahora Europa? {INFLATION} Muchas gracias por leernos."
OTHER = (
    "Pyongyang envió un millón de obuses a Moscú, según el ministro.\n\n"
    "El ministro de Economía dijo que el paro bajó al 11 % en abril."
)
WAIT = 15000


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def stored(db_path):
    db = open_database(db_path)
    return db, Services(db, "t")


def suggesting(open_window, db_path, settings):
    """A window with View › Suggest Claims on, its article's suggestions shown."""
    settings.suggest_claims = True
    window = open_window(db_path)
    wait_suggestions(window)
    return window


def wait_suggestions(window) -> None:
    qtbot_wait(lambda: not window.suggestions.is_busy())


def qtbot_wait(condition, timeout: int = WAIT) -> None:
    deadline = time.monotonic() + timeout / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        QApplication.processEvents()
        time.sleep(0.005)


def marked(window) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in window.view._suggestions]


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest's own helper takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def put_caret(window, codepoint: int) -> None:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.to_qt(codepoint))
    window.view.setTextCursor(cursor)


def tooltip_at(window, codepoint: int) -> str:
    """The tooltip the reader shows with the mouse resting over a code point."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(codepoint))
    view.setTextCursor(cursor)
    view.centerCursor()
    QApplication.processEvents()
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    QToolTip.hideText()
    qtbot_wait(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.fixture
def article(services):
    return services.articles.add_text(TEXT, "Municiones").id


# -- suggestions ----------------------------------------------------------------------------


def test_suggestions_are_marked_off_the_gui_thread_with_their_reasons(
    services, article, db_path, open_window, settings, monkeypatch
):
    expected = services.suggestions.suggest(article)
    assert [s.text for s in expected] == [SHELLS, INFLATION]
    services.db.close()
    threads: list[bool] = []
    original = SuggestionService.suggest

    def recorded(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SuggestionService, "suggest", recorded)
    window = open_window(db_path)
    action = window.registry["actionSuggestClaims"]
    assert action.isCheckable() and not action.isChecked()
    assert marked(window) == [] and threads == []
    action.trigger()
    assert window.suggestions.is_busy()  # asked for, not computed on the spot
    wait_suggestions(window)
    assert threads == [False]
    assert marked(window) == [(s.start, s.end) for s in expected]
    # The marks sit on the sentences also after the emoji and CJK text before them.
    for mark, sentence in zip(window.view._suggestions, (SHELLS, INFLATION), strict=True):
        assert window.view.to_qt(mark.start) == utf16(TEXT[: TEXT.index(sentence)])
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(window.view.to_qt(mark.start))
        cursor.setPosition(window.view.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == sentence
    tip = tooltip_at(window, TEXT.index("2,7 %"))
    assert "Suggested claim" in tip and "+ figure: “2,7 %”" in tip and "+ date: “marzo”" in tip
    assert "Ctrl+Enter" in tip
    assert tooltip_at(window, TEXT.index("Crónica")) == ""
    assert settings.suggest_claims
    window.close()

    again = open_window(db_path)  # remembered
    assert again.registry["actionSuggestClaims"].isChecked()
    wait_suggestions(again)
    assert len(marked(again)) == 2
    again.registry["actionSuggestClaims"].trigger()
    assert marked(again) == [] and not settings.suggest_claims
    assert tooltip_at(again, TEXT.index("2,7 %")) == ""


def test_a_newer_request_cancels_the_older_one(
    services, article, db_path, open_window, settings, monkeypatch
):
    other = services.articles.add_text(OTHER, "Otro").id
    services.db.close()
    cancelled: list[int] = []
    original = SuggestionService.suggest

    def slow_for_the_first(self, article_id, *, include_all=False, cancel=None):
        if article_id == article:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if cancel is not None and cancel():
                    cancelled.append(article_id)
                    raise Cancelled("cancelled")
                time.sleep(0.01)
        return original(self, article_id, include_all=include_all, cancel=cancel)

    monkeypatch.setattr(SuggestionService, "suggest", slow_for_the_first)
    settings.suggest_claims = True
    window = open_window(db_path)
    window.articles.open(article)
    assert window.suggestions.is_busy()
    window.articles.open(other)
    wait_suggestions(window)
    qtbot_wait(lambda: bool(cancelled))
    assert set(cancelled) == {article}
    assert [OTHER[s:e] for s, e in marked(window)] == [
        "Pyongyang envió un millón de obuses a Moscú, según el ministro.",
        "El ministro de Economía dijo que el paro bajó al 11 % en abril.",
    ]


def test_ctrl_enter_inside_a_suggestion_makes_it_a_claim(
    services, article, db_path, open_window, settings, qtbot
):
    services.db.close()
    window = suggesting(open_window, db_path, settings)
    new_claim = window.registry["actionNewClaim"]
    put_caret(window, TEXT.index("Crónica"))
    assert not new_claim.isEnabled()  # neither selected nor suggested
    put_caret(window, TEXT.index("2,7 %"))
    assert new_claim.isEnabled()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    db, check = stored(db_path)
    try:
        (claim,) = check.claims.find()
    finally:
        db.close()
    (h,) = claim.highlights
    start = TEXT.index(INFLATION)
    assert (h.start, h.end) == (start, start + len(INFLATION))
    assert claim.statement == INFLATION
    assert window.inspector.statement.toPlainText() == INFLATION
    # The claimed sentence is no longer suggested; the other one stays.
    assert marked(window) == [(TEXT.index(SHELLS), TEXT.index(SHELLS) + len(SHELLS))]
    wait_suggestions(window)
    assert marked(window) == [(TEXT.index(SHELLS), TEXT.index(SHELLS) + len(SHELLS))]
    # Undoing the claim brings its suggestion back.
    window.registry["actionUndo"].trigger()
    wait_suggestions(window)
    assert len(marked(window)) == 2


def test_a_selection_inside_a_suggestion_still_wins(
    services, article, db_path, open_window, settings
):
    services.db.close()
    window = suggesting(open_window, db_path, settings)
    start = TEXT.index("Corea del Norte")
    window.view.select_range(start, start + len("Corea del Norte"))
    window.registry["actionNewClaim"].trigger()
    db, check = stored(db_path)
    try:
        (claim,) = check.claims.find()
    finally:
        db.close()
    assert claim.statement == "Corea del Norte"


def test_dismiss_hides_a_suggestion_and_undo_brings_it_back(
    services, article, db_path, open_window, settings
):
    services.db.close()
    window = suggesting(open_window, db_path, settings)
    dismiss = window.registry["actionDismissSuggestion"]
    claim_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Claim"
    )
    assert dismiss in claim_menu.actions()
    put_caret(window, TEXT.index("Crónica"))
    assert not dismiss.isVisible()
    put_caret(window, TEXT.index("OTAN"))
    assert dismiss.isVisible() and dismiss.isEnabled()
    dismiss.trigger()
    inflation = (TEXT.index(INFLATION), TEXT.index(INFLATION) + len(INFLATION))
    assert marked(window) == [inflation]  # at once
    assert not dismiss.isVisible()
    wait_suggestions(window)
    assert marked(window) == [inflation]
    db, check = stored(db_path)
    try:
        assert [d.exact for d in check.suggestions.dismissed(article)] == [SHELLS]
    finally:
        db.close()
    assert window.registry["actionUndo"].text() == "&Undo Dismiss suggestion"
    window.registry["actionUndo"].trigger()
    wait_suggestions(window)
    assert len(marked(window)) == 2
    window.registry["actionRedo"].trigger()
    wait_suggestions(window)
    assert marked(window) == [inflation]


def test_the_context_menu_offers_dismiss_on_a_suggestion(
    services, article, db_path, open_window, settings
):
    services.db.close()
    window = suggesting(open_window, db_path, settings)
    view = window.view

    def menu_at(codepoint: int) -> list[str]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.to_qt(codepoint))
        view.centerCursor()
        QApplication.processEvents()
        point = view.cursorRect(cursor).center() + QPoint(2, 0)
        shown: list[str] = []

        def read_and_close() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            shown.extend(a.text() for a in menu.actions() if a.isVisible() and a.isEnabled())
            menu.close()

        QTimer.singleShot(50, read_and_close)
        view.contextMenuEvent(_context_event(point, view.viewport().mapToGlobal(point)))
        return shown

    put_caret(window, 0)
    assert "D&ismiss Suggestion" in menu_at(TEXT.index("2,7 %"))
    assert window.view.caret() == TEXT.index("2,7 %")  # the menu acts where it was opened
    assert "D&ismiss Suggestion" not in menu_at(TEXT.index("Crónica"))


def _context_event(point, global_point):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)


# -- similar claims -------------------------------------------------------------------------


@pytest.fixture
def two_articles(services, article):
    """The shells claim in the first article, with a verdict; a second article to annotate."""
    shells = services.claims.create_from_quote(article, SHELLS[:-1], verdict="unproven")
    inflation = services.claims.create_from_quote(article, INFLATION)
    other = services.articles.add_text(OTHER, "Otro").id
    return shells.id, inflation.id, other


def results(window) -> list[int]:
    return [r.id for r in window.similar_panel.model.rows()]


def new_claim_in_other(window, other: int) -> int:
    window.articles.open(other)
    start = OTHER.index("Pyongyang")
    window.view.select_range(start, OTHER.index(","))
    window.registry["actionNewClaim"].trigger()
    assert window.claims.claim is not None
    return window.claims.claim.id


def test_similar_claims_follow_the_current_claim_and_the_typed_statement(
    services, two_articles, db_path, open_window, qtbot, qtmodeltester, monkeypatch
):
    shells, inflation, other = two_articles
    services.db.close()
    threads: list[bool] = []
    original = SimilarityService.find

    def recorded(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SimilarityService, "find", recorded)
    window = open_window(db_path)
    panel = window.similar_panel
    new = new_claim_in_other(window, other)
    qtbot.waitUntil(lambda: results(window) == [shells], timeout=WAIT)
    assert threads and not any(threads)  # never on the window's thread
    entry = panel.model.index(0, 0)
    line = panel.list.itemDelegate()._second(entry.data(RECORD_ROLE))  # as painted
    assert re.fullmatch(r"score [01]\.\d\d · Unproven · Municiones", line)
    tip = entry.data(Qt.ItemDataRole.ToolTipRole)
    assert "más de un millón de proyectiles" in tip and "Claim " in tip
    assert panel.state.text() == ""
    qtmodeltester.check(panel.model)

    # Typing another statement: the list follows after the pause.
    window.inspector.statement.setFocus()
    window.inspector.statement.selectAll()
    type_text(window.inspector.statement, "La inflación subió al 2,7 %")
    assert panel.state.text() == "searching…"
    qtbot.waitUntil(lambda: results(window) == [inflation], timeout=WAIT)
    qtbot.waitUntil(lambda: panel.state.text() == "", timeout=WAIT)
    window.inspector.statement.selectAll()
    type_text(window.inspector.statement, "Las gaviotas cantan de noche")
    qtbot.waitUntil(lambda: results(window) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: panel.state.text() == "none found", timeout=WAIT)
    assert not panel.same_button.isEnabled()
    window.inspector.statement.selectAll()
    type_text(window.inspector.statement, "Pyongyang envió un millón de obuses")
    qtbot.waitUntil(lambda: results(window) == [shells], timeout=WAIT)

    # Another claim becomes current: its own similar claims (never itself).
    window.claims.select(shells)
    qtbot.waitUntil(lambda: results(window) == [new], timeout=WAIT)
    window.claims.select(None)
    assert results(window) == [] and panel.state.text() == ""


def test_open_shows_the_similar_claim_in_its_article(
    services, two_articles, db_path, open_window, qtbot
):
    shells, _inflation, other = two_articles
    article = services.claims.get(shells).highlights[0].article_id
    services.db.close()
    window = open_window(db_path)
    new_claim_in_other(window, other)
    qtbot.waitUntil(lambda: results(window) == [shells], timeout=WAIT)
    panel = window.similar_panel
    rect = panel.list.visualRect(panel.model.index(0, 0))
    # QTest's double click needs the press of a first click, as a real one has.
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.articles.article_id == article
    assert window.claims.claim_id == shells
    assert window.view.textCursor().selectedText() == SHELLS[:-1]


def test_same_claim_links_the_passage_and_is_undoable(
    services, article, two_articles, db_path, open_window, qtbot, dialogs
):
    shells, _inflation, other = two_articles
    services.db.close()
    window = open_window(db_path)
    new = new_claim_in_other(window, other)
    window.inspector.claimant.setText("El ministro")
    window.inspector.claimant.editingFinished.emit()
    qtbot.waitUntil(lambda: results(window) == [shells], timeout=WAIT)
    panel = window.similar_panel
    assert panel.same_button.isEnabled()

    dialogs.answer("confirm", False)
    qtbot.mouseClick(panel.same_button, Qt.MouseButton.LeftButton)
    (question,) = dialogs.messages("confirm")
    assert f"Claim {new} states the same as claim {shells}" in question[2]
    assert SHELLS[:-1] in question[2]
    db, check = stored(db_path)
    try:
        assert len(check.claims.find()) == 3  # refused: nothing changed
    finally:
        db.close()

    dialogs.answer("confirm", True)
    qtbot.mouseClick(panel.same_button, Qt.MouseButton.LeftButton)
    db, check = stored(db_path)
    try:
        assert new not in [c.id for c in check.claims.find()]
        existing = check.claims.get(shells)
        assert sorted(h.article_id for h in existing.highlights) == sorted([article, other])
        assert existing.claimant == ""  # the existing claim keeps its own fields
    finally:
        db.close()
    assert window.claims.claim_id == shells
    assert window.inspector.heading.text() == f"Claim {shells}"
    assert [r.id for r in window.articles.rows()] == [shells]

    window.registry["actionUndo"].trigger()
    db, check = stored(db_path)
    try:
        restored = check.claims.get(new)
        assert restored.claimant == "El ministro"
        assert len(check.claims.get(shells).highlights) == 1
    finally:
        db.close()
    assert [r.id for r in window.articles.rows()] == [new]


# -- groups ---------------------------------------------------------------------------------


@pytest.fixture
def grouped_claims(services, two_articles):
    """Two pairs that state the same thing, and one claim alone."""
    shells, inflation, other = two_articles
    pyongyang = services.claims.create_from_quote(
        other, "Pyongyang envió un millón de obuses a Moscú", verdict="false"
    )
    unemployment = services.claims.create_from_quote(
        other, "el paro bajó al 11 % en abril", statement="El paro bajó al 11 % en abril."
    )
    third = services.articles.add_text(
        "La inflación subió al 2,7 % en marzo, según el instituto.", "Tercero"
    ).id
    again = services.claims.create_from_quote(
        third, "La inflación subió al 2,7 % en marzo, según el instituto."
    )
    return [shells, pyongyang.id], [inflation, again.id], unemployment.id


def group_rows(dialog) -> list[list[int]]:
    model = dialog.model
    found = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        found.append(
            sorted(model.index(i, 0, parent).data(ID_ROLE) for i in range(model.rowCount(parent)))
        )
    return sorted(found)


def test_group_similar_claims_of_the_review_list(
    services, grouped_claims, db_path, open_window, qtbot, qtmodeltester
):
    first, second, alone = grouped_claims
    services.db.close()
    window = open_window(db_path)
    review_menu_actions = window.review_panel.actions_menu.actions()
    assert window.registry["actionGroupSimilar"] in review_menu_actions
    window.registry["actionGroupSimilar"].trigger()
    assert window.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: window.groups.dialog is not None, timeout=WAIT)
    dialog = window.groups.dialog
    assert group_rows(dialog) == sorted([sorted(first), sorted(second)])
    assert "2 groups of claims that state the same thing." in dialog.note.text()
    assert "the 5 listed claims" in dialog.note.text()
    qtmodeltester.check(dialog.model)
    shells_group = next(
        dialog.model.index(r, 0)
        for r in range(2)
        if dialog.model.index(0, 0, dialog.model.index(r, 0)).data(ID_ROLE) in first
    )
    assert dialog.model.index(shells_group.row(), 1).data() == "different verdicts"
    member = dialog.model.index(0, 0, shells_group)
    assert dialog.model.index(0, 2, shells_group).data() in ("Municiones", "Otro")
    rect = dialog.tree.visualRect(member)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.claims.claim_id == member.data(ID_ROLE)
    assert window.tabs.currentIndex() == 0  # shown in its article
    dialog.close()


def test_grouping_the_selection_and_the_cap(
    services, grouped_claims, db_path, open_window, qtbot, dialogs, monkeypatch
):
    first, _second, alone = grouped_claims
    services.db.close()
    window = open_window(db_path)
    window.registry["actionShowReview"].trigger()
    panel = window.review_panel
    panel.select_claims([*first, alone])
    window.registry["actionGroupSimilar"].trigger()
    qtbot.waitUntil(lambda: window.groups.dialog is not None, timeout=WAIT)
    assert group_rows(window.groups.dialog) == [sorted(first)]
    assert "the 3 selected claims" in window.groups.dialog.note.text()
    window.groups.dialog.close()
    qtbot.waitUntil(lambda: window.groups.dialog is None, timeout=WAIT)

    dialogs.answer("information", None)
    panel.select_claims([alone, first[0]])
    window.registry["actionGroupSimilar"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.messages("information")), timeout=WAIT)
    (message,) = dialogs.messages("information")
    assert "No two of these claims state the same thing." in message[2]
    assert window.groups.dialog is None

    monkeypatch.setattr(groups_module, "MAX_CLAIMS", 2)
    panel.select_claims([])
    window.registry["actionGroupSimilar"].trigger()
    qtbot.waitUntil(
        lambda: window.groups.dialog is not None or len(dialogs.messages("information")) == 2,
        timeout=WAIT,
    )
    if window.groups.dialog is not None:
        note = window.groups.dialog.note.text()
        assert len(group_rows(window.groups.dialog)) == 1
    else:
        note = dialogs.messages("information")[1][2]
    assert "Only the first 2 of 5 were compared" in note


def test_grouping_can_be_cancelled(
    services, grouped_claims, db_path, open_window, qtbot, monkeypatch
):
    services.db.close()
    asked: list[bool] = []

    def slow(self, claim_ids, threshold=0.6, cancel=None):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cancel is not None and cancel():
                asked.append(True)
                raise Cancelled("cancelled")
            time.sleep(0.01)
        return [[i] for i in claim_ids]

    monkeypatch.setattr(SimilarityService, "group_similar", slow)
    window = open_window(db_path)
    window.registry["actionGroupSimilar"].trigger()
    progress = window.findChild(QProgressDialog, "groupProgress")
    assert progress is not None and progress.labelText() == "Comparing 5 claims…"
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == [True], timeout=WAIT)
    qtbot.waitUntil(lambda: not window.context.jobs.running(), timeout=WAIT)
    QApplication.processEvents()
    assert window.groups.dialog is None
    assert window.statusBar().currentMessage() == "Grouping cancelled."


def test_automation_names(window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    for name in (
        "inspectorScroll",
        "similarClaims",
        "similarClaimsList",
        "similarClaimsState",
        "openSimilarButton",
        "sameClaimButton",
    ):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in ("actionSuggestClaims", "actionDismissSuggestion", "actionGroupSimilar"):
        assert window.findChild(QAction, name) is window.registry[name]


PG_URL = os.environ.get("CLAIMTRACKER_TEST_POSTGRES")


@pytest.mark.skipif(not PG_URL, reason="CLAIMTRACKER_TEST_POSTGRES is not set")
def test_suggestions_and_similar_claims_on_postgresql(qtbot, settings):
    from claimtracker.app import create_main_window

    db = open_database(PG_URL)
    try:
        services = Services(db, "setup")
        run = time.time_ns()
        article = services.articles.add_text(f"{TEXT} ({run})", f"Nota {run}").id
        shells = services.claims.create_from_quote(article, SHELLS[:-1]).id
        other = services.articles.add_text(f"{OTHER} ({run})", f"Otra {run}").id
        quote = "Pyongyang envió un millón de obuses a Moscú"
        new = services.claims.create_from_quote(other, quote).id
        expected = [(s.start, s.end) for s in services.suggestions.suggest(article)]
        settings.suggest_claims = True
        window = create_main_window(PG_URL, settings)
        qtbot.addWidget(window)
        window.articles.open(article)
        wait_suggestions(window)
        assert marked(window) == expected
        assert [TEXT[s:e] for s, e in expected] == [INFLATION]  # the claimed one left out
        window.claims.select(new)
        qtbot.waitUntil(lambda: shells in results(window), timeout=WAIT)
        assert new not in results(window)
        window.close()
    finally:
        db.close()
