"""Smaller things analysts hit: import messages, bulk tags, linking to a chosen claim, the
shortcut list, look-alike verdicts, the charts, and the "Published at" field."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import QComboBox, QDialog

from claimtracker.core.db import create_database, open_database
from claimtracker.core.errors import StorageError
from claimtracker.core.services import Services
from claimtracker.core.services.charts import ChartService
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.claim.picker import ClaimPickerDialog
from claimtracker.ui.dialogs import ask
from claimtracker.ui.help.shortcuts import ShortcutsModel, shortcut_rows
from tests.ui.test_review import TEXT, column, review_window, select_rows

REAL_TEXT_INPUT = ask.text_input  # taken before the tests' guard replaces it


def stored_claim(db_path, claim_id):
    db = open_database(db_path)
    try:
        return Services(db, "t").claims.get(claim_id)
    finally:
        db.close()


def test_a_successful_import_from_the_window_does_not_say_cancelled(window, qtbot, tmp_path):
    path = tmp_path / "nota.txt"
    path.write_text("El ministro dijo que la inflación bajó.\n", encoding="utf-8")
    job = window.transfer.import_files([path])
    assert job is not None and job.dialog is not None
    job.dialog.show()  # on screen, as after a long import: closing it emits ``canceled``
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000) as blocker:
        pass
    assert blocker.args[2] is False
    assert window.statusBar().currentMessage() == "1 article imported."


def test_bulk_add_tag_starts_empty_so_enter_tags_nothing(
    services, open_window, db_path, add_article, monkeypatch, qtbot
):
    article = add_article(TEXT, "Mezcla")
    a = services.claims.create_from_quote(article, "La INFLACIÓN", tags=["Economía"]).id
    b = services.claims.create_from_quote(article, "北朝鮮", tags=["Rusia"]).id
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    select_rows(window, [review.model.row_of(a), review.model.row_of(b)])
    seen = {}

    def answer(keys: str):
        def run(dialog):
            dialog.show()
            combo = dialog.findChild(QComboBox)
            seen["shown"] = combo.currentText()
            qtbot.keyClicks(combo.lineEdit(), keys)
            for _ in range(2 if keys else 1):  # the first Enter takes the completion
                if dialog.isVisible():
                    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
            return dialog.result()

        return run

    monkeypatch.setattr(ask, "text_input", REAL_TEXT_INPUT)
    monkeypatch.setattr(QDialog, "exec", answer(""))
    review.add_tag_button.click()
    assert seen["shown"] == ""  # no tag chosen for the analyst
    assert stored_claim(db_path, a).tags == ["Economía"]
    assert stored_claim(db_path, b).tags == ["Rusia"]
    monkeypatch.setattr(QDialog, "exec", answer("rus"))  # typing completes a tag's name
    review.add_tag_button.click()
    assert [t.casefold() for t in stored_claim(db_path, a).tags] == ["economía", "rusia"]


def test_link_the_selection_to_a_claim_chosen_from_a_list(
    services, open_window, db_path, add_article, dialogs
):
    article = add_article(TEXT, "Mezcla")
    first = services.claims.create_from_quote(article, "La INFLACIÓN").id
    services.claims.create_from_quote(article, "北朝鮮")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    action = window.registry["actionLinkToClaim"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    start = TEXT.index("Tumangang")
    window.view.select_range(start, start + len("Tumangang"))
    assert action.isEnabled()  # no claim has to be current for this one
    dialogs.answer("pick_claim", first)
    action.trigger()
    (_parent, review) = dialogs.messages("pick_claim")[0]
    assert review is not None
    claim = stored_claim(db_path, first)
    assert sorted(h.exact for h in claim.highlights) == ["La INFLACIÓN", "Tumangang"]
    assert window.claims.claim_id == first
    window.registry["actionUndo"].trigger()
    assert [h.exact for h in stored_claim(db_path, first).highlights] == ["La INFLACIÓN"]


def test_claim_picker_searches_and_chooses(services, add_article, qtbot, qtmodeltester):
    article = add_article(TEXT, "Mezcla")
    inflation = services.claims.create_from_quote(article, "La INFLACIÓN", claimant="Ministra")
    services.claims.create_from_quote(article, "北朝鮮")
    dialog = ClaimPickerDialog(services.review)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)
    dialog.search.setText("inflacion")
    dialog.reload()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "La INFLACIÓN — Ministra"
    assert dialog.count.text() == "1 claim"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.claim_id() == inflation.id


class Shouting(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "Actions" else None


def test_keyboard_shortcuts_lists_every_shortcut_translated(window, dialogs, qtmodeltester):
    shown = {}

    def look(dialog):
        model = dialog.model
        shown["rows"] = [
            (model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())
        ]
        qtmodeltester.check(model)
        return False

    dialogs.answer("run_dialog", look)
    window.registry["actionShortcuts"].trigger()
    rows = dict(shown["rows"])
    assert rows["Import Articles…"] == "Ctrl+I"
    assert rows["Link Selection to Claim…"] == "Ctrl+Shift+L"
    assert rows["Open the chosen claim in its article"] == "Return"
    registry = window.registry
    with_keys = [n for n in registry.specs if registry[n].shortcuts()]
    assert len(shown["rows"]) >= len(with_keys) >= 15
    for name in with_keys:
        keys = registry[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert any(keys in k for _t, k in shown["rows"]), name
    shouting = Shouting()  # a translation of the actions' names
    app = QCoreApplication.instance()
    app.installTranslator(shouting)
    try:
        translated = dict(shortcut_rows(registry))
    finally:
        app.removeTranslator(shouting)
    assert translated["IMPORT ARTICLES…"] == "Ctrl+I"
    assert ShortcutsModel(shown["rows"]).rowCount() == len(shown["rows"])


def test_look_alike_verdicts_get_a_second_cue(services, open_window, db_path, add_article, qtbot):
    article = add_article(TEXT, "Mezcla")
    none = services.claims.create_from_quote(article, "La INFLACIÓN").id
    unproven = services.claims.create_from_quote(article, "北朝鮮", verdict="unproven").id
    uncheckable = services.claims.create_from_quote(
        article, "Tumangang", verdict="not_checkable"
    ).id
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    style = window.article_panel._style
    patterns = {style(c).pattern for c in (none, unproven, uncheckable)}
    assert patterns == {
        Qt.BrushStyle.SolidPattern,
        Qt.BrushStyle.BDiagPattern,
        Qt.BrushStyle.DiagCrossPattern,
    }
    window.registry["actionColourByStatus"].trigger()  # statuses have no look-alikes
    assert style(unproven).pattern == Qt.BrushStyle.SolidPattern
    window.registry["actionShowReview"].trigger()
    model = window.review_panel.model
    decoration = Qt.ItemDataRole.DecorationRole
    row = model.row_of(unproven)
    assert isinstance(model.index(row, column("verdict")).data(decoration), QPixmap)
    summary = window.review_panel.summary
    qtbot.waitUntil(lambda: summary.legend() != [])
    verdict_parts = summary.legend()[1].removeprefix("Verdict: ").split(" · ")
    cues = {
        part.rsplit(" ", 1)[0]: summary.pattern_of(1, i) for i, part in enumerate(verdict_parts)
    }
    assert cues["Unproven"] == Qt.BrushStyle.BDiagPattern
    assert cues["Not checkable"] == Qt.BrushStyle.DiagCrossPattern
    assert cues["No verdict"] == Qt.BrushStyle.SolidPattern


def test_charts_by_tag_and_week_follow_the_filter_after_the_list(
    services, open_window, db_path, add_article, qtbot
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN", tags=["Rusia", "OTAN"])
    services.claims.create_from_quote(article, "北朝鮮", tags=["Rusia"], status="done")
    services.claims.create_from_quote(article, "Tumangang", status="done")
    services.db.close()
    window = review_window(open_window, db_path)
    window.resize(1400, 900)
    row = window.review_panel.summary_row
    qtbot.waitUntil(lambda: row.tags.legend() == ["Rusia 2", "OTAN 1"])
    qtbot.waitUntil(lambda: [n for _w, n in row.weekly.weeks()] == [3])  # each when counted
    assert "3 claims" in row.weekly.week_text(0)
    assert "Done 2" in row.weekly.week_text(0)
    window.review_panel.set_filter(ClaimFilter(status="done"))
    assert row.tags.legend() == ["Rusia 2", "OTAN 1"]  # not counted with the first page
    qtbot.waitUntil(lambda: row.tags.legend() == ["Rusia 1"])
    qtbot.waitUntil(lambda: [n for _w, n in row.weekly.weeks()] == [2])
    window.resize(760, 600)  # a narrow list keeps the bars only
    qtbot.waitUntil(lambda: row.tags.isHidden() and row.weekly.isHidden())


def charts_window(open_window, db_path, monkeypatch, by_tag):
    """A review window wide enough for the charts, its tags counted by ``by_tag``."""
    monkeypatch.setattr(ChartService, "by_tag", by_tag)
    window = review_window(open_window, db_path)
    window.resize(1400, 900)
    return window, window.review_panel.summary_row


def test_each_figure_shows_when_it_is_counted(
    services, open_window, db_path, add_article, monkeypatch, qtbot
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN", tags=["Rusia"], status="done")
    services.db.close()
    tags_counted = threading.Event()
    original = ChartService.by_tag

    def slow_by_tag(self, claim_filter, limit=20):
        tags_counted.wait(30)  # the tags are still being counted...
        return original(self, claim_filter, limit)

    _window, row = charts_window(open_window, db_path, monkeypatch, slow_by_tag)
    try:
        # ...while the bars and the weeks already show theirs.
        qtbot.waitUntil(lambda: row.summary.legend() != [])
        qtbot.waitUntil(lambda: [n for _w, n in row.weekly.weeks()] == [1])
        assert row.tags.legend() == []
    finally:
        tags_counted.set()
    qtbot.waitUntil(lambda: row.tags.legend() == ["Rusia 1"])


def test_a_figure_whose_count_failed_as_the_database_changed_is_counted_again(
    services, open_window, db_path, add_article, monkeypatch, qtbot, tmp_path
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN", tags=["Rusia"])
    services.db.close()
    other = tmp_path / "other.db"
    db = create_database(other)
    theirs = Services(db, "t")
    their_article = theirs.articles.add_text(TEXT, "Otra").id
    theirs.claims.create_from_quote(their_article, "Tumangang", tags=["OTAN"])
    db.close()
    closing = threading.Event()
    calls: list[int] = []
    original = ChartService.by_tag

    def by_tag(self, claim_filter, limit=20):
        calls.append(1)
        if len(calls) == 1:  # the first count fails: its database closes under it
            closing.wait(30)
            raise StorageError("the database was closed")
        return original(self, claim_filter, limit)

    window, row = charts_window(open_window, db_path, monkeypatch, by_tag)
    try:
        qtbot.waitUntil(lambda: calls != [])
        window.database.open_recent(str(other))
    finally:
        closing.set()
    qtbot.waitUntil(lambda: row.tags.legend() == ["OTAN 1"])


def test_published_at_is_saved_like_the_claimant(
    services, open_window, db_path, add_article, qtbot
):
    article = add_article(TEXT, "Mezcla")
    claim = services.claims.create_from_quote(article, "La INFLACIÓN").id
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim)
    box = window.inspector.review_url
    assert box.isEnabled()
    box.setText("https://verifica.example/fc/1")
    box.editingFinished.emit()
    assert stored_claim(db_path, claim).review_url == "https://verifica.example/fc/1"
    window.registry["actionUndo"].trigger()
    assert not stored_claim(db_path, claim).review_url
    assert box.text() == ""
