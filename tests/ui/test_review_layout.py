"""The review tab's room: docks folded per tab, columns chosen and fitted, empty results,
filters folded in a short window, and an inspector that never shows a stale claim."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.review.columns import column_menu, default_columns
from tests.ui.test_review import TEXT, column, listed, review_window, select_rows

LEADING = ("statement", "claimant", "status", "verdict")


def fully_visible(table, key: str) -> bool:
    c = column(key)
    right = table.columnViewportPosition(c) + table.columnWidth(c)
    return (
        not table.isColumnHidden(c)
        and table.columnViewportPosition(c) >= 0
        and (right <= table.viewport().width())
    )


def claims(services, add_article, quotes=("La INFLACIÓN", "北朝鮮", "Tumangang"), **fields):
    article = add_article(TEXT, "Mezcla")
    made = [services.claims.create_from_quote(article, q, **fields).id for q in quotes]
    services.db.close()
    return made


def test_article_docks_fold_on_the_review_tab_and_each_tab_keeps_its_docks(
    services, open_window, db_path, add_article, qtbot, settings
):
    claims(services, add_article)
    window = open_window(db_path)
    assert window.library_dock.isVisible() and window.claims_dock.isVisible()
    window.registry["actionShowReview"].trigger()
    assert not window.library_dock.isVisible() and not window.claims_dock.isVisible()
    assert window.inspector_dock.isVisible()
    window.registry["actionShowArticle"].trigger()
    assert window.library_dock.isVisible() and window.claims_dock.isVisible()
    # The analyst wants the library beside the list too: the review tab remembers it.
    window.registry["actionShowReview"].trigger()
    window.library_dock.show()
    window.registry["actionShowArticle"].trigger()
    window.claims_dock.hide()  # and the article tab without its claims list
    window.registry["actionShowReview"].trigger()
    assert window.library_dock.isVisible() and not window.claims_dock.isVisible()
    window.registry["actionShowArticle"].trigger()
    assert window.library_dock.isVisible() and not window.claims_dock.isVisible()
    window.close()
    again = open_window(db_path)  # remembered in the settings
    assert again.library_dock.isVisible() and not again.claims_dock.isVisible()
    again.registry["actionShowReview"].trigger()
    assert again.library_dock.isVisible() and not again.claims_dock.isVisible()
    assert settings.tab_layout("review") is not None


def test_status_and_verdict_in_view_at_1400_by_900_and_800_by_600(
    services, open_window, db_path, add_article, qtbot
):
    claims(services, add_article)
    window = review_window(open_window, db_path)
    table = window.review_panel.table
    for width, height in ((1400, 900), (800, 600)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.waitUntil(lambda: all(fully_visible(table, k) for k in LEADING))
        assert window.inspector_dock.isVisible()
        assert window.review_panel.model.rowCount() == 3
    # A short window folds the filters and the summary away: the list gets the room.
    assert window.review_panel.filter_details.isHidden()
    assert table.height() > 8 * table.verticalHeader().defaultSectionSize()


def test_folded_filters_say_how_many_are_in_force(services, open_window, db_path, add_article):
    claims(services, add_article, status="done")
    window = review_window(open_window, db_path)
    review = window.review_panel
    review.filters_button.setChecked(False)
    review.set_filter(ClaimFilter(status="done", orphaned_only=False, tag="x"))
    assert review.filters_button.text() == "Filters (2)"
    review.filters_button.setChecked(True)
    assert review.filters_button.text() == "Filters"
    assert not review.filter_details.isHidden()


def test_dragged_columns_keep_their_width_and_default_columns_fits_again(
    services, open_window, db_path, add_article, qtbot, settings
):
    claims(services, add_article)
    window = review_window(open_window, db_path)
    window.resize(800, 600)
    table = window.review_panel.table
    qtbot.waitUntil(lambda: fully_visible(table, "verdict"))
    table.horizontalHeader().resizeSection(column("statement"), 420)  # as a drag does
    assert not window.review_panel.columns.fitting
    window.resize(820, 600)
    qtbot.wait(20)
    assert table.columnWidth(column("statement")) == 420
    window.close()
    assert not settings.review_columns_fitted()
    again = review_window(open_window, db_path)
    table = again.review_panel.table
    assert table.columnWidth(column("statement")) == 420
    default_columns(table, again.review_panel.columns)
    qtbot.waitUntil(lambda: all(fully_visible(table, k) for k in LEADING))


def test_column_chooser_hides_columns_and_remembers_them(
    services, open_window, db_path, add_article
):
    claims(services, add_article)
    window = review_window(open_window, db_path)
    table = window.review_panel.table
    menu = column_menu(table, window.review_panel.columns)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert [a.text() for a in menu.actions() if a.isCheckable()][:4] == [
        "Statement",
        "Claimant",
        "Status",
        "Verdict",
    ]
    actions["column_article"].trigger()
    actions["column_updated_by"].trigger()
    assert table.isColumnHidden(column("article")) and table.isColumnHidden(column("updated_by"))
    window.close()
    again = review_window(open_window, db_path)
    table = again.review_panel.table
    assert table.isColumnHidden(column("article")) and table.isColumnHidden(column("updated_by"))
    assert not table.isColumnHidden(column("verdict"))
    # The last column shown cannot be hidden: the list never loses every column.
    for c in range(table.model().columnCount()):
        table.setColumnHidden(c, c != column("statement"))
    menu = column_menu(table, again.review_panel.columns)
    only = next(a for a in menu.actions() if a.objectName() == "column_statement")
    assert only.isChecked() and not only.isEnabled()
    next(a for a in menu.actions() if a.objectName() == "defaultColumns").trigger()
    assert not any(table.isColumnHidden(c) for c in range(table.model().columnCount()))


def test_empty_result_says_so_and_clears_the_filters(
    services, open_window, db_path, add_article, qtbot
):
    ids = claims(services, add_article)
    window = review_window(open_window, db_path)
    review = window.review_panel
    assert review.empty.isHidden()
    review.set_filter(ClaimFilter(search="palabrainexistente"))
    assert listed(window) == []
    assert review.empty.isVisible()
    assert review.empty.message.text() == "No claims match these filters."
    qtbot.mouseClick(review.empty.clear_button, Qt.MouseButton.LeftButton)
    assert sorted(listed(window)) == sorted(ids)
    assert review.empty.isHidden()
    assert review.search.text() == ""


def test_an_empty_database_says_how_to_make_a_claim(open_window, db_path, services):
    services.db.close()
    window = review_window(open_window, db_path)
    empty = window.review_panel.empty
    assert empty.isVisible() and empty.clear_button.isHidden()
    assert "No claims yet" in empty.message.text()


def test_the_inspector_never_shows_a_claim_the_list_no_longer_chooses(
    services, open_window, db_path, add_article, qtbot
):
    a, b, _c = claims(services, add_article)
    window = review_window(open_window, db_path)
    review = window.review_panel
    table = review.table
    select_rows(window, [review.model.row_of(a)])
    assert window.inspector.claim().id == a
    # The selection emptied (Ctrl+click on the only selected row): nothing is shown.
    table.selectionModel().select(
        review.model.index(review.model.row_of(a), 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.inspector.claim() is None
    assert window.inspector.heading.text() == "No claim selected"
    # A claim filtered away goes from the inspector too; one still listed stays chosen.
    select_rows(window, [review.model.row_of(b)])
    assert window.inspector.claim().id == b
    review.set_filter(ClaimFilter(search="Tumangang", search_articles=False))
    assert window.inspector.claim() is None
    review.set_filter(ClaimFilter())
    select_rows(window, [review.model.row_of(b)])
    review.set_filter(ClaimFilter(search="北朝鮮", search_articles=False))
    assert review.selected_ids() == [b] and window.inspector.claim().id == b
    # Deleted: gone from the list and from the inspector.
    window.claims.delete_current()
    assert b not in listed(window)
    assert window.inspector.claim() is None


def test_showing_the_review_tab_chooses_the_claim_shown_in_the_article(
    services, open_window, db_path, add_article
):
    a, b, _c = claims(services, add_article)
    window = review_window(open_window, db_path)
    select_rows(window, [window.review_panel.model.row_of(a)])
    window.registry["actionShowArticle"].trigger()
    window.claims.select(b)
    window.registry["actionShowReview"].trigger()
    assert window.review_panel.selected_ids() == [b]
    assert window.inspector.claim().id == b
