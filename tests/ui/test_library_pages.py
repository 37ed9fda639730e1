"""The article library on a generated database of 1,000 articles: its first page read at
once, the next ones as it scrolls, the open article selected, the filter and the text search
reaching every article, and the list kept right after changes here and elsewhere."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from claimtracker.core.db import open_database
from claimtracker.core.model import Article
from claimtracker.core.services import Services
from claimtracker.core.services.articles import ArticleService
from claimtracker.ui.article.library_model import PAGE_SIZE
from claimtracker.ui.records import ID_ROLE


@pytest.fixture
def db_path(library_db_path) -> Path:
    return library_db_path


class Reads:
    """The library's reads of the articles: (limit, after, through, words, text) of each
    page, and every full listing."""

    def __init__(self, monkeypatch) -> None:
        self.pages: list[tuple] = []
        self.everything = 0
        page, listing = ArticleService.page, ArticleService.all

        def spy_page(service, limit=PAGE_SIZE, **kw):
            self.pages.append(
                (limit, kw.get("after"), kw.get("through"), kw.get("words", ""), kw.get("text"))
            )
            return page(service, limit, **kw)

        def spy_all(service):
            self.everything += 1
            return listing(service)

        monkeypatch.setattr(ArticleService, "page", spy_page)
        monkeypatch.setattr(ArticleService, "all", spy_all)


def stored_order(db_path: Path) -> list[int]:
    """The ids of the stored articles, newest import first (read with sqlite3 itself)."""
    with closing(sqlite3.connect(db_path)) as conn:
        query = "SELECT id FROM articles ORDER BY imported_at DESC, id DESC"
        return [row[0] for row in conn.execute(query)]


def listed(window) -> list[int]:
    return [a.id for a in window.library.model.rows()]


def selected(window) -> int | None:
    index = window.library.list.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


def scroll_to_bottom(window) -> None:
    QApplication.processEvents()  # the list laid out again: its scroll bar's new range
    bar = window.library.list.verticalScrollBar()
    bar.setValue(bar.maximum())


def test_only_the_first_page_is_read_at_first_and_scrolling_reads_the_next(
    db_path, open_window, monkeypatch, qtbot
):
    order = stored_order(db_path)
    reads = Reads(monkeypatch)
    window = open_window(db_path)
    assert listed(window) == order[:PAGE_SIZE]
    assert reads.everything == 0
    assert reads.pages == [(PAGE_SIZE, None, None, "", True), (1, None, None, "", None)]
    assert window.articles.article_id == order[0]  # the newest, from a page of one
    assert selected(window) == order[0]

    reads.pages.clear()
    scroll_to_bottom(window)
    assert listed(window) == order[: 2 * PAGE_SIZE]
    assert reads.pages == [(PAGE_SIZE, order[PAGE_SIZE - 1], None, "", True)]
    while window.library.model.canFetchMore():
        scroll_to_bottom(window)
    assert listed(window) == order
    assert reads.everything == 0
    assert selected(window) == order[0]  # scrolling chose nothing


def test_the_open_article_is_selected_beyond_the_first_page(
    db_path, open_window, settings, monkeypatch, qtbot
):
    order = stored_order(db_path)
    deep = order[700]
    settings.set_last_article(str(db_path), deep)
    reads = Reads(monkeypatch)
    window = open_window(db_path)
    assert window.articles.article_id == deep
    assert selected(window) == deep  # the pages up to it were read
    assert listed(window) == order[: len(listed(window))]  # in order, none skipped
    assert reads.everything == 0
    assert (None, order[PAGE_SIZE - 1], deep, "", True) in reads.pages

    window.library.filter.setText("zzzz-nothing")
    assert listed(window) == [] and selected(window) is None
    window.library.filter.setText("")
    assert selected(window) == deep  # back at the open article
    assert window.articles.article_id == deep  # nothing else was opened

    window.library.filter.setText("news.example.org")  # every address: first page only
    assert listed(window) == order[:PAGE_SIZE] and selected(window) is None
    while selected(window) is None and window.library.model.canFetchMore():
        scroll_to_bottom(window)
    assert selected(window) == deep  # selected when its page came
    assert window.articles.article_id == deep


def test_the_filter_and_the_text_search_reach_articles_beyond_the_first_page(
    db_path, open_window, qtbot
):
    db = open_database(db_path)
    services = Services(db, "t")
    order = [a.id for a in services.articles.all()]
    old = services.articles.add_text(
        "Un testigo habló de Zyxwvutsrq en la frontera.", "Nota sin nada especial"
    ).id
    with db.write() as session:  # imported first of all: the very last of the library
        session.execute(
            update(Article).where(Article.id == old).values(imported_at=datetime(2001, 1, 1))
        )
    # an address that no other one begins with
    deep = services.articles.get(next(i for i in order[800:] if 101 <= i <= 999))
    common = {a.id for a in services.articles.search("Pyongyang")}
    db.close()
    found = [i for i in order if i in common]
    window = open_window(db_path)
    library = window.library
    assert old not in listed(window) and deep.id not in listed(window)

    library.filter.setText(deep.url)  # the address: narrowed at once
    assert listed(window) == [deep.id]
    library.filter.setText("zyxwvutsrq")  # only in the text of the last article
    assert listed(window) == []
    qtbot.waitUntil(lambda: listed(window) == [old])
    assert window.articles.article_id == order[0]  # filtering opened nothing

    library.filter.setText("pyongyang")  # in many titles, and in more texts
    assert len(found) > PAGE_SIZE
    qtbot.waitUntil(lambda: listed(window) == found[:PAGE_SIZE])
    while library.model.canFetchMore():
        scroll_to_bottom(window)
    assert listed(window) == found


def test_changes_elsewhere_and_imports_keep_the_list_right(
    db_path, open_window, monkeypatch, qtbot, tmp_path
):
    window = open_window(db_path)
    scroll_to_bottom(window)
    assert len(listed(window)) == 2 * PAGE_SIZE
    opened = window.articles.article_id
    before = listed(window)

    db = open_database(db_path)  # another window, another analyst
    services = Services(db, "elsewhere")
    services.articles.delete(before[10])
    services.articles.delete(before[-1])
    new = services.articles.add_text("Llegó una nota nueva de otra ventana.", "Nota nueva").id
    db.close()
    reads = Reads(monkeypatch)
    window.database.look_for_changes()
    order = stored_order(db_path)
    assert order[0] == new
    assert listed(window) == order[: 2 * PAGE_SIZE]  # the rows listed, read again
    assert reads.everything == 0
    assert {p[0] for p in reads.pages} == {2 * PAGE_SIZE}
    assert selected(window) == opened == window.articles.article_id
    assert window.library.list.verticalScrollBar().value() > 0  # not back at the top

    text = tmp_path / "importada.txt"
    text.write_text("Nota importada\n\nEl ministro dijo algo que nadie había dicho.\n")
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        window.transfer.import_files([text])
    order = stored_order(db_path)
    assert window.library.model.record(0).title == "Nota importada"  # on top
    assert listed(window) == order[: 2 * PAGE_SIZE]
    assert window.articles.article_id == order[0] == selected(window)
    assert reads.everything == 0


def test_deleting_an_article_deep_in_the_list_and_undoing(
    db_path, open_window, settings, dialogs, qtbot
):
    order = stored_order(db_path)
    deep = order[450]
    settings.set_last_article(str(db_path), deep)
    window = open_window(db_path)
    assert selected(window) == deep
    window.library.list.setFocus()
    dialogs.answer("confirm", True)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    assert deep not in stored_order(db_path)
    assert window.library.model.row_of(deep) is None
    assert listed(window) == [i for i in order if i != deep][: len(listed(window))]
    assert window.articles.article_id == order[0] == selected(window)  # the newest now

    window.registry["actionUndo"].trigger()
    assert window.articles.article_id == deep == selected(window)
    assert listed(window) == order[: len(listed(window))]


def test_claim_counts_change_in_place(db_path, open_window, monkeypatch, qtbot):
    order = stored_order(db_path)
    window = open_window(db_path)
    reads = Reads(monkeypatch)
    before = window.library.model.record(0).claim_count
    text = window.view.article_text()
    window.claims.create(order[0], (0, text.index(".") + 1))
    assert window.library.model.record(0).claim_count == before + 1
    assert reads.pages == [] and reads.everything == 0


def test_the_paged_model_passes_the_model_tester(db_path, open_window, qtmodeltester):
    window = open_window(db_path)
    qtmodeltester.check(window.library.model)  # fetches the next pages as it goes
    window.library.filter.setText("Pyongyang")
    qtmodeltester.check(window.library.model)
