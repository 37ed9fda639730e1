"""The claim review list, driven through its real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from bench.generate import generate
from claimtracker.core.db import create_database, open_database
from claimtracker.core.services import Services
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.services.review import ReviewService
from claimtracker.ui.review.model import BLOCK, COLUMNS, PAGE_SIZE

TEXT = (
    "La INFLACIÓN bajó al 2,1 % según la ministra.\n"
    "東京の記者によると、北朝鮮は砲弾を送った。\n"
    'El lenguaje c++ AND otros: dijo "sí".\n'
    "Tumangang es un paso fronterizo.\n"
)


def column(key: str) -> int:
    return next(i for i, (k, _t) in enumerate(COLUMNS) if k == key)


def stored(db_path, claim_id):
    db = open_database(db_path)
    try:
        return Services(db, "t").claims.get(claim_id)
    finally:
        db.close()


def review_window(open_window, db_path):
    window = open_window(db_path)
    window.registry["actionShowReview"].trigger()
    return window


def listed(window) -> list[int]:
    return window.review_panel.model.claim_ids()


def select_rows(window, rows):
    table = window.review_panel.table
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            window.review_panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        window.review_panel.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_large_list_loads_lazily_and_sorts_in_sql(open_window, tmp_path, qtmodeltester, qtbot):
    path = tmp_path / "large.db"
    generate(path, articles=60, claims=600)
    window = review_window(open_window, path)
    model = window.review_panel.model
    # The first page is read with the query, the count once it has painted.
    assert model.rowCount() == PAGE_SIZE and not model.is_counted
    assert window.review_panel.count.text() == "100+ claims"
    qtbot.waitUntil(lambda: model.is_counted)
    assert model.rowCount() == 600
    assert window.review_panel.count.text() == "600 claims"
    assert model.cached_pages() <= 2  # only what the view showed was fetched
    qtmodeltester.check(model)
    window.review_panel.table.sortByColumn(column("status"), Qt.SortOrder.AscendingOrder)
    db = open_database(path)
    expected = Services(db, "t").review.ids(ClaimFilter(), "status", False)
    db.close()
    assert listed(window) == expected
    qtbot.waitUntil(lambda: model.is_counted)
    # Rows further down read their page of ids as they are reached, in the same order.
    assert model.claim_id(550) == expected[550]
    assert model.claim_ids_at(range(600)) == expected
    window.review_panel.table.selectAll()
    assert window.review_panel.selected_ids() == expected


def test_each_filter(services, open_window, db_path, add_article, qtbot):
    article = add_article(TEXT, "Mezcla")
    services.articles.add_text("Otra nota sin claims.", "Otra")
    a = services.claims.create_from_quote(
        article,
        "La INFLACIÓN bajó al 2,1 %",
        claimant="Ministra",
        status="done",
        verdict="false",
        tags=["Economía"],
    )
    b = services.claims.create_from_quote(article, "北朝鮮は砲弾を送った", status="in_progress")
    c = services.claims.create_from_quote(article, "El lenguaje c++ AND otros", claimant="Autor")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    assert sorted(listed(window)) == [a.id, b.id, c.id]

    review.status.setCurrentIndex(review.status.findData("done"))
    review.status.activated.emit(review.status.currentIndex())
    assert listed(window) == [a.id]
    review.set_filter(ClaimFilter())
    review.verdict.setCurrentIndex(review.verdict.findData("false"))
    review.verdict.activated.emit(review.verdict.currentIndex())
    assert listed(window) == [a.id]
    review.set_filter(ClaimFilter())
    review.tag.setCurrentText("economía")
    review.tag.lineEdit().editingFinished.emit()
    assert listed(window) == [a.id]
    review.set_filter(ClaimFilter())
    review.claimant.setText("autor")
    review.claimant.editingFinished.emit()
    assert listed(window) == [c.id]
    review.set_filter(ClaimFilter())
    review.date_to.setDate(QDate(2000, 1, 1))
    assert listed(window) == []
    assert review.current_filter().updated_to == date(2000, 1, 1)
    review.date_to.setDate(review.date_to.minimumDate())  # shown as "any day": no bound
    assert review.date_to.text() == review.tr("any day")
    assert len(listed(window)) == 3
    review.set_filter(ClaimFilter())
    review.orphaned.setChecked(True)
    assert listed(window) == []
    review.set_filter(ClaimFilter(outlet="nothing"))
    assert listed(window) == []


def search(window, qtbot, text: str, articles: bool = False) -> list[int]:
    window.review_panel.search_articles.setChecked(articles)
    window.review_panel.search.setText(text)
    qtbot.waitUntil(lambda: window.review_panel.model.claim_filter.search == (text.strip() or None))
    return sorted(listed(window))


def test_search_box(services, open_window, db_path, add_article, qtbot):
    article = add_article(TEXT, "Mezcla")
    a = services.claims.create_from_quote(article, "La INFLACIÓN bajó al 2,1 %")
    b = services.claims.create_from_quote(article, "北朝鮮は砲弾を送った")
    c = services.claims.create_from_quote(article, "El lenguaje c++ AND otros")
    services.db.close()
    window = review_window(open_window, db_path)
    assert search(window, qtbot, "inflacion") == [a.id]
    assert search(window, qtbot, "InFlAcIóN") == [a.id]
    assert search(window, qtbot, "砲弾") == [b.id]
    assert search(window, qtbot, "c++ AND") == [c.id]
    for syntax in ('"', "AND", "(", "NEAR(", "*", "-"):
        search(window, qtbot, syntax)  # no error, whatever it lists
    assert search(window, qtbot, "Tumangang") == []
    assert search(window, qtbot, "Tumangang", articles=True) == [a.id, b.id, c.id]
    window.review_panel.search.clear()
    window.registry["actionFind"].trigger()
    assert window.focusWidget() is window.review_panel.search


def test_summary_counts(services, open_window, db_path, add_article, qtbot):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN", status="done", verdict="false")
    services.claims.create_from_quote(article, "北朝鮮", status="done")
    services.claims.create_from_quote(article, "Tumangang", status="unstarted", verdict="false")
    services.db.close()
    window = review_window(open_window, db_path)
    expected = ["Status: Unstarted 1 · Done 2", "Verdict: False 2 · No verdict 1"]
    qtbot.waitUntil(lambda: window.review_panel.summary.legend() == expected)


def test_bulk_status_verdict_tags_and_undo(services, open_window, db_path, add_article, dialogs):
    article = add_article(TEXT, "Mezcla")
    ids = [
        services.claims.create_from_quote(article, q).id
        for q in ("La INFLACIÓN", "北朝鮮", "Tumangang")
    ]
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    select_rows(window, [review.model.row_of(ids[0]), review.model.row_of(ids[2])])
    assert sorted(review.selected_ids()) == [ids[0], ids[2]]
    done = next(a for a in review.status_menu.actions() if a.text() == "Done")
    done.trigger()
    assert [stored(db_path, i).status for i in ids] == ["done", "unstarted", "done"]
    window.registry["actionUndo"].trigger()
    assert [stored(db_path, i).status for i in ids] == ["unstarted"] * 3
    window.registry["actionRedo"].trigger()
    assert stored(db_path, ids[2]).status == "done"

    select_rows(window, [review.model.row_of(ids[1])])
    misleading = next(a for a in review.verdict_menu.actions() if a.text() == "Misleading")
    misleading.trigger()
    assert stored(db_path, ids[1]).verdict == "misleading"

    select_rows(window, [review.model.row_of(i) for i in ids])
    dialogs.answer("text_input", "Revisar")
    review.add_tag_button.click()
    assert all(stored(db_path, i).tags == ["Revisar"] for i in ids)
    review.remove_tag_button.click()
    assert all(stored(db_path, i).tags == [] for i in ids)
    window.registry["actionUndo"].trigger()
    assert all(stored(db_path, i).tags == ["Revisar"] for i in ids)


def test_delete_asks_first_and_is_undoable(
    services, open_window, db_path, add_article, dialogs, qtbot
):
    article = add_article(TEXT, "Mezcla")
    ids = [services.claims.create_from_quote(article, q).id for q in ("La INFLACIÓN", "北朝鮮")]
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    select_rows(window, [0, 1])
    dialogs.answer("confirm", False)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_Delete)
    assert len(listed(window)) == 2
    assert "Delete 2 claims" in dialogs.messages("confirm")[0][2]
    dialogs.answer("confirm", True)
    qtbot.keyClick(review.table, Qt.Key.Key_Delete)
    assert listed(window) == []
    window.registry["actionUndo"].trigger()
    assert sorted(listed(window)) == sorted(ids)


def test_enter_and_double_click_open_the_highlight(
    services, open_window, db_path, add_article, qtbot
):
    first = add_article("Primera nota sin relación.", "Primera")
    article = add_article(TEXT, "Mezcla")
    claim = services.claims.create_from_quote(article, "北朝鮮は砲弾を送った")
    services.db.close()
    window = review_window(open_window, db_path)
    window.articles.open(first)
    window.tabs.setCurrentIndex(1)
    table = window.review_panel.table
    table.setFocus()
    table.setCurrentIndex(window.review_panel.model.index(0, 0))
    assert window.inspector.claim().id == claim.id  # the inspector follows the current row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.articles.article_id == article
    assert window.view.textCursor().selectedText() == "北朝鮮は砲弾を送った"
    window.tabs.setCurrentIndex(1)
    window.articles.open(first)
    window.tabs.setCurrentIndex(1)
    rect = table.visualRect(window.review_panel.model.index(0, 0))
    # QTest's double click needs the press of a first click, as a real one has.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.articles.article_id == article and window.tabs.currentIndex() == 0


def test_keyboard_navigation_moves_the_current_claim(
    services, open_window, db_path, add_article, qtbot
):
    article = add_article(TEXT, "Mezcla")
    ids = [services.claims.create_from_quote(article, q).id for q in ("La INFLACIÓN", "北朝鮮")]
    services.db.close()
    window = review_window(open_window, db_path)
    table = window.review_panel.table
    table.setFocus()
    table.setCurrentIndex(window.review_panel.model.index(0, 0))
    first = window.inspector.claim().id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.inspector.claim().id
    assert {first, second} == set(ids)


def test_the_fields_of_the_rows_in_sight_are_read_not_the_whole_page(
    open_window, tmp_path, monkeypatch, qtbot
):
    path = tmp_path / "large.db"
    generate(path, articles=60, claims=600)
    read: list[list[int]] = []
    original = ReviewService.rows

    def rows(self, ids):
        read.append(list(ids))
        return original(self, ids)

    monkeypatch.setattr(ReviewService, "rows", rows)
    window = review_window(open_window, path)
    model = window.review_panel.model
    table = window.review_panel.table
    qtbot.waitUntil(lambda: model.is_counted)
    in_sight = table.rowAt(table.viewport().height() - 1) + 1
    assert 0 < in_sight < BLOCK * 2
    assert read and all(len(ids) <= BLOCK for ids in read)
    assert sum(len(ids) for ids in read) < PAGE_SIZE  # not the whole first page
    expected = model.claim_ids()
    shown = [model.index(row, column("statement")).data() for row in range(in_sight)]
    assert all(shown)
    table.scrollTo(model.index(550, 0))
    qtbot.waitUntil(lambda: model.index(550, 0).data() is not None)
    assert model.record(550).id == expected[550]
    assert any(ids[0] == expected[550 // BLOCK * BLOCK] for ids in read)  # its block, read


def test_tag_and_outlet_choices_are_listed_after_the_page(
    services, open_window, db_path, add_article, monkeypatch, qtbot
):
    article = add_article(TEXT, "Mezcla")
    services.articles.update(article, outlet="Diario del Norte")
    services.claims.create_from_quote(article, "La INFLACIÓN", tags=["economía"])
    services.db.close()
    reads: list[str] = []
    for name in ("page", "outlets"):
        original = getattr(ReviewService, name)

        def spy(*args, _name=name, _original=original, **kwargs):
            reads.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(ReviewService, name, spy)
    window = open_window(db_path)
    review = window.review_panel
    window.registry["actionShowReview"].trigger()
    assert reads == ["page"]  # the page is read, painted, and only then the choices
    review.outlet.setCurrentText("Diario")  # typed before the choices came
    qtbot.waitUntil(lambda: review.outlet.findText("Diario del Norte") >= 0)
    assert reads == ["page", "outlets"]
    assert review.tag.findText("economía") >= 0
    assert review.outlet.currentText() == "Diario"  # what was typed stays


def test_the_menus_are_filled_again_only_for_other_scales(
    services, open_window, db_path, add_article
):
    add_article(TEXT, "Mezcla")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    actions = review.status_menu.actions()
    names = [a.text() for a in actions]
    window.review.refresh()  # the list queried again, the scales the same
    assert review.status_menu.actions() == actions
    taxonomy = window.context.taxonomy
    review.set_terms(type(taxonomy)(taxonomy.statuses, taxonomy.verdicts))
    assert [a.text() for a in review.status_menu.actions()] == names  # made anew
    assert not set(review.status_menu.actions()) & set(actions)


def test_a_filter_applied_as_the_window_closes_is_remembered(
    services, open_window, db_path, add_article, settings, qtbot
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN", tags=["economia"])
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.tag.setFocus()
    qtbot.waitUntil(lambda: review.tag.lineEdit().hasFocus())
    qtbot.keyClicks(review.tag.lineEdit(), "economia")
    window.close()  # the tag field loses its focus as the window hides: the tag applies
    assert review.model.claim_filter.tag == "economia"
    assert settings.last_filter() == ClaimFilter(tag="economia").to_dict()


def test_the_filter_just_chosen_follows_to_another_database(
    services, open_window, db_path, add_article, settings, qtbot, tmp_path
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN")
    services.db.close()
    other = tmp_path / "other.db"
    create_database(other).close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.search.setText("inflación")
    review.apply_filter()
    window.database.open_recent(str(other))  # before the event loop ran again
    assert review.model.claim_filter == ClaimFilter(search="inflación")
    assert settings.last_filter() == ClaimFilter(search="inflación").to_dict()


def test_saved_and_last_filters(services, open_window, db_path, add_article, dialogs, settings):
    article = add_article(TEXT, "Mezcla")
    a = services.claims.create_from_quote(article, "La INFLACIÓN", status="done")
    services.claims.create_from_quote(article, "北朝鮮")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.set_filter(ClaimFilter(status="done"))
    dialogs.answer("text_input", "Terminadas")
    review.save_button.click()
    review.set_filter(ClaimFilter())
    assert len(listed(window)) == 2
    review.saved.setCurrentIndex(review.saved.findData("Terminadas"))
    review.saved.activated.emit(review.saved.currentIndex())
    assert listed(window) == [a.id]
    assert review.status.currentData() == "done"
    window.close()
    again = review_window(open_window, db_path)
    assert again.review_panel.model.claim_filter == ClaimFilter(status="done")
    assert listed(again) == [a.id]
    again.review_panel.delete_saved_button.setEnabled(True)
    again.review_panel.saved.setCurrentIndex(again.review_panel.saved.findData("Terminadas"))
    again.review_panel.delete_saved_button.click()
    assert settings.saved_filters() == {}


def test_the_filter_is_remembered_once_the_page_has_painted(
    services, open_window, db_path, add_article, settings, qtbot
):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.search.setText("inflación")
    review.apply_filter()
    wanted = ClaimFilter(search="inflación").to_dict()
    assert settings.last_filter() != wanted  # the settings file is not written before the page
    qtbot.waitUntil(lambda: settings.last_filter() == wanted)
    review.search.setText("北朝鮮")
    review.apply_filter()
    window.close()  # before the event loop ran again: remembered all the same
    assert settings.last_filter() == ClaimFilter(search="北朝鮮").to_dict()


def test_tag_manager_rename_and_merge(services, open_window, db_path, add_article, dialogs):
    article = add_article(TEXT, "Mezcla")
    a = services.claims.create_from_quote(article, "La INFLACIÓN", tags=["economia"])
    b = services.claims.create_from_quote(article, "北朝鮮", tags=["Economía", "corea"])
    services.db.close()
    window = review_window(open_window, db_path)

    def use(dialog):
        dialog.select(["economia"])
        dialogs.answer("text_input", "Macroeconomía")
        dialog.rename_button.click()
        dialog.select(["Macroeconomía", "Economía"])
        dialogs.answer("text_input", "Economía")
        dialog.merge_button.click()
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            "corea  (1)",
            "Economía  (2)",
        ]
        return False

    dialogs.answer("run_dialog", use)
    window.registry["actionManageTags"].trigger()
    assert stored(db_path, a.id).tags == ["Economía"]
    assert stored(db_path, b.id).tags == ["corea", "Economía"]
    window.registry["actionUndo"].trigger()
    assert stored(db_path, a.id).tags == ["Macroeconomía"]
    window.registry["actionUndo"].trigger()
    assert stored(db_path, a.id).tags == ["economia"]


def test_edits_elsewhere_show_in_the_list(services, open_window, db_path, add_article):
    article = add_article(TEXT, "Mezcla")
    claim = services.claims.create_from_quote(article, "La INFLACIÓN")
    services.db.close()
    window = review_window(open_window, db_path)
    window.claims.select(claim.id)
    window.claims.edit(claim.id, "status", "needs_review")
    row = window.review_panel.model.row_of(claim.id)
    index = window.review_panel.model.index(row, column("status"))
    assert index.data() == "Needs review"


def test_narrow_panel_folds_actions_and_filters(services, open_window, db_path, add_article):
    article = add_article(TEXT, "Mezcla")
    services.claims.create_from_quote(article, "La INFLACIÓN")
    services.db.close()
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.resize(600, 500)
    assert review.actions_button.isVisibleTo(review)
    assert not review.status_button.isVisibleTo(review)
    review.resize(1000, 500)
    assert review.status_button.isVisibleTo(review) and not review.actions_button.isVisibleTo(
        review
    )
    review.filters_button.setChecked(False)
    assert not review.filter_details.isVisibleTo(review) and not review.summary.isVisibleTo(review)


def test_bulk_edits_of_many_claims_run_in_the_background(open_window, tmp_path, qtbot, monkeypatch):
    from claimtracker.ui.editing import controller

    monkeypatch.setattr(controller, "BACKGROUND_THRESHOLD", 50)
    path = tmp_path / "many.db"
    generate(path, articles=20, claims=200)
    window = review_window(open_window, path)
    review = window.review_panel
    review.table.selectAll()
    assert len(review.selected_ids()) == 200
    done = next(a for a in review.status_menu.actions() if a.text() == "Done")
    with qtbot.waitSignal(window.edits.busyChanged, timeout=20000, check_params_cb=lambda b: not b):
        done.trigger()
    db = open_database(path)
    assert Services(db, "t").review.summary(ClaimFilter()).by_status == {"done": 200}
    db.close()
    assert window.context.undo_stack.count() == 1
    with qtbot.waitSignal(window.edits.busyChanged, timeout=20000, check_params_cb=lambda b: not b):
        window.registry["actionUndo"].trigger()
    db = open_database(path)
    assert Services(db, "t").review.summary(ClaimFilter()).by_status.get("done", 0) < 200
    db.close()
