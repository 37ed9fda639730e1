"""A stealth-edited Spanish article updated in the window: re-anchored highlights painted, the
changed quote flagged with its recorded words kept, the removed one listed, the fuzzy match
decided (and undone), a decision taken in another window, and the differences shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont

from claimtracker.app import create_main_window
from claimtracker.core.db import open_database
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.ui.records import RECORD_ROLE
from claimtracker.ui.settings import AppSettings
from claimtracker.ui.versions.versions_model import SHORT_HASH
from tests.core.test_article_versions import (
    EDITED,
    FIRST,
    MOVED,
    NUMBER,
    NUMBER_EDITED,
    ORIGINAL,
    PORT,
    RAIL,
    REMOVED,
)

QUOTES = {
    "first": FIRST,
    "number": NUMBER,
    "rail": RAIL,
    "port": PORT,
    "removed": REMOVED,
    "moved": MOVED,
}


def stored(db_path):
    db = open_database(db_path)
    return db, Services(db, "t")


@pytest.fixture
def stealth(services, db_path, tmp_path):
    """The Spanish article imported from a file, a claim on each sentence the edit touches,
    and the stealth-edited file beside it."""
    original, edited = tmp_path / "nota.txt", tmp_path / "nota-v2.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    edited.write_text(EDITED, encoding="utf-8")
    article = services.articles.import_file(original).id
    claims = {
        name: services.claims.create_from_quote(article, quote).id for name, quote in QUOTES.items()
    }
    services.db.close()
    return article, claims, edited


def update_from_file(window, dialogs, qtbot, path) -> None:
    dialogs.answer("open_article_file", str(path))
    window.registry["actionUpdateFromFile"].trigger()
    controller = window.article_changes.controller
    qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)


@pytest.fixture
def updated(stealth, open_window, db_path, dialogs, qtbot):
    article, claims, edited = stealth
    window = open_window(db_path)
    window.articles.open(article)
    update_from_file(window, dialogs, qtbot, edited)
    return window, article, claims


def painted(window) -> dict[int, str]:
    """Claim id -> the text under its highlight on screen."""
    text = window.view.article_text()
    return {m.key: text[m.start : m.end] for m in window.view.highlights()}


def test_update_reanchors_paints_flags_and_lists(updated, db_path, qtmodeltester):
    window, article, claims = updated
    qtmodeltester.check(window.article_changes.quotes.model)
    text = window.view.article_text()
    assert text == window.articles.text and "1,5 millones" in text  # the new text is shown
    shown = painted(window)
    for name in ("first", "rail", "port", "moved"):  # unchanged quotes: exactly in place
        assert shown[claims[name]] == QUOTES[name]
    assert shown[claims["number"]] == NUMBER_EDITED  # painted on the new wording
    assert claims["removed"] not in shown  # no place in the text
    states = {m.key: m.state for m in window.view.highlights()}
    assert states[claims["number"]] == "fuzzy"

    # The Changed Quotes dock is raised with what happened and the list to review.
    panel = window.article_changes.quotes
    assert window.article_changes.quotes_dock.isVisible()
    assert "Version 2 stored (was 1)" in panel.summary.text()
    assert "1 with changed wording" in panel.summary.text()
    assert "1 not found" in panel.summary.text()
    rows = panel.rows()
    assert [(r.highlight.claim_id, r.highlight.state) for r in rows] == [
        (claims["number"], "fuzzy"),
        (claims["removed"], "orphaned"),
    ]
    assert rows[1].highlight.exact == REMOVED  # the orphan stays visible with its quote

    # The inspector shows the quote as recorded beside the words there now.
    window.claims.select(claims["number"])
    wording = window.inspector.wording
    assert wording.isVisible() and wording.textFormat() == Qt.TextFormat.PlainText
    assert window.inspector.quote.text() == NUMBER  # as recorded
    assert wording.text() == f"Now in the article: {NUMBER_EDITED}"
    window.claims.select(claims["removed"])
    assert "No longer found" in wording.text() and REMOVED in wording.text()

    db, services = stored(db_path)
    (h,) = services.claims.get(claims["number"]).highlights
    assert (h.exact, h.current_exact) == (NUMBER, NUMBER_EDITED)  # original quote kept
    assert [v.number for v in services.versions.versions(article)] == [1, 2]
    db.close()


def test_undo_and_redo_of_an_update(updated, db_path):
    window, article, claims = updated
    undo, redo = window.registry["actionUndo"], window.registry["actionRedo"]
    assert undo.text().endswith("Update article")
    undo.trigger()
    assert "un millón" in window.view.article_text()
    assert painted(window)[claims["number"]] == NUMBER
    assert claims["removed"] in painted(window)
    assert window.article_changes.quotes.rows() == []
    db, services = stored(db_path)
    assert [v.number for v in services.versions.versions(article)] == [1]
    db.close()
    redo.trigger()
    assert "1,5 millones" in window.view.article_text()
    assert [r.highlight.state for r in window.article_changes.quotes.rows()] == [
        "fuzzy",
        "orphaned",
    ]


def choose(panel, claim_id) -> None:
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        if index.data(RECORD_ROLE).highlight.claim_id == claim_id:
            panel.list.setCurrentIndex(index)
            return
    raise AssertionError(f"claim {claim_id} is not listed")


def test_accepting_and_rejecting_the_new_wording(updated, db_path, qtbot):
    window, _article, claims = updated
    panel = window.article_changes.quotes
    choose(panel, claims["removed"])
    assert not panel.accept_button.isEnabled()  # an orphan has nothing to accept
    choose(panel, claims["number"])
    assert window.claims.claim_id == claims["number"]  # the inspector follows the list
    assert window.inspector.quote.text() == NUMBER
    assert window.inspector.wording.text().endswith(NUMBER_EDITED)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    db, services = stored(db_path)
    (h,) = services.claims.get(claims["number"]).highlights
    db.close()
    assert (h.state, h.exact, h.current_exact) == ("anchored", NUMBER_EDITED, None)
    assert [r.highlight.claim_id for r in panel.rows()] == [claims["removed"]]
    assert window.registry["actionUndo"].text().endswith("Accept new wording")

    window.registry["actionUndo"].trigger()
    assert [r.highlight.state for r in panel.rows()] == ["fuzzy", "orphaned"]
    choose(panel, claims["number"])
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    db, services = stored(db_path)
    (h,) = services.claims.get(claims["number"]).highlights
    db.close()
    assert (h.state, h.exact) == ("orphaned", NUMBER)
    assert claims["number"] not in painted(window)  # no longer painted, still listed
    assert {r.highlight.claim_id for r in panel.rows()} == {claims["number"], claims["removed"]}


def test_accepting_a_match_another_window_decided_is_refused(
    updated, db_path, dialogs, qtbot, tmp_path
):
    window, article, claims = updated
    other = create_main_window(
        db_path, AppSettings(QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(other)
    other.articles.open(article)
    choose(other.article_changes.quotes, claims["number"])
    other.article_changes.quotes.reject_button.click()  # the other analyst rejects it first

    errors = []
    dialogs.answer("error", lambda _parent, title, text: errors.append((title, text)))
    panel = window.article_changes.quotes
    choose(panel, claims["number"])
    steps = window.context.undo_stack.count()
    panel.accept_button.click()  # this window still shows it as a fuzzy match
    ((title, text),) = errors
    assert title == "Changed Elsewhere" and "changed meanwhile" in text
    db, services = stored(db_path)
    (h,) = services.claims.get(claims["number"]).highlights
    db.close()
    assert (h.state, h.exact) == ("orphaned", NUMBER)  # the other window's decision stays
    assert window.context.undo_stack.count() == steps  # nothing to undo
    states = {r.highlight.claim_id: r.highlight.state for r in panel.rows()}
    assert states[claims["number"]] == "orphaned"  # this window shows what is stored
    other.close()


def test_the_same_text_again_is_no_new_version(updated, dialogs, qtbot, tmp_path):
    window, article, _claims = updated
    again = tmp_path / "again.txt"
    again.write_text(EDITED, encoding="utf-8")
    told = []
    dialogs.answer("information", lambda _p, title, text: told.append((title, text)))
    steps = window.context.undo_stack.count()
    update_from_file(window, dialogs, qtbot, again)
    ((title, text),) = told
    assert title == "No Change" and "same as its version 2" in text
    assert window.context.undo_stack.count() == steps


def test_the_versions_window_shows_what_was_removed_and_added(updated, qtbot, qtmodeltester):
    window, article, _claims = updated
    window.registry["actionArticleVersions"].trigger()
    dialog = window.article_changes.versions_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    table = dialog.model
    assert table.rowCount() == 2
    digest = table.versions()[1].sha256
    assert table.index(1, 3).data() == f"{digest[:SHORT_HASH]}…"
    assert digest in table.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert table.index(1, 0).data() == "2 (current)"
    assert table.index(1, 4).data() == "nota-v2.txt"
    qtbot.waitUntil(lambda: bool(dialog.segments()))
    removed = " ".join(dialog.view.marked_runs("delete"))
    added = " ".join(dialog.view.marked_runs("insert"))
    assert "un millón" in removed and "Kremlin" in removed
    assert "1,5 millones" in added and "Actualización" in added
    assert "1,5 millones" not in removed and "un millón" not in added
    # Not colour alone: the legend shows the marks themselves.
    assert dialog.legend.findChild(type(dialog.summary), "diffLegendRemoved").font().strikeOut()
    sample = dialog.legend.findChild(type(dialog.summary), "diffLegendAdded").font()
    assert sample.underline() and sample.weight() >= QFont.Weight.Bold
    assert "Words removed" in dialog.summary.text()

    dialog.changed_only.setChecked(True)  # every paragraph changed: nothing is left out
    assert " ".join(dialog.view.marked_runs("delete")) == removed
    dialog.compare(2, 2)
    qtbot.waitUntil(lambda: dialog.summary.text() == "No differences.")
    assert dialog.view.marked_runs("delete") == [] == dialog.view.marked_runs("insert")


def test_article_text_in_the_diff_is_never_markup(services, db_path, open_window, qtbot):
    same = "".join(f"Línea {i} sin cambios.\n" for i in range(30))
    article = services.articles.add_text(same + "Texto <b>uno</b> y <img src='x'> más.\n", "N").id
    edited = same + "Texto <i>dos</i> y <img src='x'> más.\n"
    services.versions.add_version(article, ImportedArticle(edited, "N", "txt", b"v2"))
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    dialog = window.article_changes.show_versions()
    qtbot.waitUntil(lambda: bool(dialog.segments()))
    shown = dialog.view.toPlainText()  # the tags are characters on screen, not formatting
    assert "Texto <" in shown and "<img src='x'> más." in shown
    assert "uno" in "".join(dialog.view.marked_runs("delete"))
    assert "dos" in "".join(dialog.view.marked_runs("insert"))
    dialog.changed_only.setChecked(True)
    shown = dialog.view.toPlainText()
    assert shown.startswith("[… 30 unchanged lines …]") and "Línea" not in shown
    assert "…]\nTexto <" in shown


NAMES = (
    "changedQuotesDock",
    "changedQuotes",
    "changedQuotesSummary",
    "changedQuotesList",
    "acceptWordingButton",
    "rejectWordingButton",
    "claimWording",
    "historyDock",
    "claimHistory",
    "claimHistoryHeading",
    "claimHistoryList",
    "findBar",
    "findEdit",
    "findCount",
    "findPreviousButton",
    "findNextButton",
    "findCloseButton",
)
DIALOG_NAMES = (
    "versionsHeading",
    "versionsTable",
    "diffFrom",
    "diffTo",
    "diffChangedOnly",
    "diffSummary",
    "diffLegend",
    "diffLegendRemoved",
    "diffLegendAdded",
    "diffView",
)


def test_automation_names_of_articles_that_change(updated):
    from PySide6.QtWidgets import QWidget

    window, _article, _claims = updated
    for name in NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    dialog = window.article_changes.show_versions()
    assert dialog.objectName() == "versionsDialog"
    for name in DIALOG_NAMES:
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in (
        "actionImportUrl",
        "actionFindNext",
        "actionFindPrevious",
        "actionEditArticle",
        "actionCheckUpdates",
        "actionUpdateFromFile",
        "actionArticleVersions",
        "actionReviewQuotes",
        "actionDeleteArticle",
    ):
        action = window.registry[name]
        assert window.findChild(type(action), name) is action, name


def test_a_version_stored_or_an_article_deleted_elsewhere_is_shown(
    stealth, open_window, db_path, qtbot
):
    article, claims, edited = stealth
    window = open_window(db_path)
    window.articles.open(article)
    db, services = stored(db_path)
    try:
        incoming = services.versions.read_source(article, edited)
        services.versions.add_version(article, incoming)  # another analyst, another window
        qtbot.waitUntil(lambda: "1,5 millones" in window.view.article_text(), timeout=10000)
        assert painted(window)[claims["number"]] == NUMBER_EDITED
        assert window.articles.info.text_version == 2
        other = services.articles.add_text("Otra nota sin afirmaciones.\n", "Otra").id
        services.articles.delete(article)
        qtbot.waitUntil(lambda: window.articles.article_id == other, timeout=10000)
        assert window.library.model.row_of(article) is None
    finally:
        db.close()


def test_articles_that_change_on_postgresql(pg, qtbot, settings, dialogs, tmp_path):
    import os
    import time

    url = os.environ["CLAIMTRACKER_TEST_POSTGRES"]
    services = Services(pg, "setup")
    run = time.time_ns()
    original, edited = tmp_path / "nota.txt", tmp_path / "nota-v2.txt"
    original.write_text(ORIGINAL + f"Referencia {run}.\n", encoding="utf-8")
    edited.write_text(EDITED + f"Referencia {run}.\n", encoding="utf-8")
    article = services.articles.import_file(original).id
    number = services.claims.create_from_quote(article, NUMBER).id
    window = create_main_window(url, settings)
    qtbot.addWidget(window)
    window.show()
    window.article_changes.history_dock.raise_()  # the history is read while in sight
    window.articles.open(article)
    update_from_file(window, dialogs, qtbot, edited)
    assert painted(window)[number] == NUMBER_EDITED
    choose(window.article_changes.quotes, number)
    window.article_changes.quotes.accept_button.click()
    (h,) = services.claims.get(number).highlights
    assert (h.state, h.exact) == ("anchored", NUMBER_EDITED)
    whats = [what for what, _values, _when in window.article_changes.history.shown()]
    assert whats[0] == "New wording accepted: Quote"
    assert "New version: Place of the quote" in whats
    window.library.filter.setText(f"Referencia {run}")  # words of the text, on PostgreSQL
    qtbot.waitUntil(lambda: [a.id for a in window.library.model.rows()] == [article])
    # Another analyst stores a third text: the change watch names the re-anchored claim,
    # and the window shows the article's new text with it.
    third = EDITED.replace("1,5 millones", "dos millones") + f"Referencia {run}.\n"
    Services(pg, "otra analista").versions.add_version(
        article, ImportedArticle(third, "Nota", "txt", third.encode())
    )
    qtbot.waitUntil(lambda: "dos millones" in window.view.article_text(), timeout=10000)
    assert painted(window)[number] == NUMBER_EDITED.replace("1,5 millones", "dos millones")
    window.close()


def test_the_review_tab_folds_the_changed_quotes_away(updated):
    window, _article, _claims = updated
    dock = window.article_changes.quotes_dock
    assert dock.isVisible()
    window.registry["actionShowReview"].trigger()
    assert not dock.isVisible()  # the claim table gets the room
    window.registry["actionShowArticle"].trigger()
    assert dock.isVisible()
