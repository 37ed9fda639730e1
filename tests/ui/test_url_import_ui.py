"""File › Import from URL and Article › Check for Updates, against a real server on
127.0.0.1: the article opens, each failure is one line, Cancel stores nothing more, an
unchanged page makes no version and an edited one does (undoable)."""

from __future__ import annotations

import pytest

from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from tests.core.test_fetch import PARAGRAPHS, page
from tests.webserver import Page, serving, silent_server

EDITED = [PARAGRAPHS[0].replace("más de un millón", "más de 1,5 millones"), PARAGRAPHS[1]]


@pytest.fixture
def site():
    with serving() as running:
        running.pages["/nota"] = Page(page(PARAGRAPHS))
        yield running


def articles_in(db_path):
    db = open_database(db_path)
    try:
        return Services(db, "t").articles.all()
    finally:
        db.close()


def import_urls(window, dialogs, qtbot, text: str) -> None:
    def fill(dialog):
        assert dialog.objectName() == "urlImportDialog"
        dialog.edit.setPlainText(text)
        assert dialog.ok.isEnabled()
        return True

    dialogs.answer("run_dialog", fill)
    window.registry["actionImportUrl"].trigger()
    controller = window.article_changes.controller
    qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)


def test_import_from_url_opens_the_article(window, site, dialogs, qtbot):
    assert window.registry["actionImportUrl"].shortcut().toString() == "Ctrl+Shift+I"
    site.pages["/corto"] = Page(b"", status=302, location="/nota")
    import_urls(window, dialogs, qtbot, site.url("/corto"))
    info = window.articles.info
    assert info is not None and info.url == site.url("/nota")  # the final address
    assert "Vostochni" in window.view.article_text()
    assert window.article_panel.link.text() == site.url("/nota")
    assert [a.id for a in window.library.model.rows()] == [info.id]
    assert window.statusBar().currentMessage() == "1 article imported."


def test_each_failure_is_one_line_and_the_others_are_imported(window, site, dialogs, qtbot):
    site.pages["/grande"] = Page(b"x", declared_length=30 * 1024 * 1024)
    site.pages["/pdf"] = Page(b"%PDF-1.4", content_type="application/pdf")
    errors = []
    dialogs.answer("error", lambda _parent, title, text: errors.append((title, text)))
    window.article_changes.controller.timeout = 0.5
    with silent_server() as silent:
        lines = [site.url("/falta"), site.url("/grande"), silent, site.url("/pdf")]
        import_urls(window, dialogs, qtbot, "\n".join([*lines, site.url("/nota")]))
    ((title, text),) = errors
    assert title == "Some Pages Were Not Imported"
    failures = [line for line in text.splitlines() if line.startswith("• ")]
    assert len(failures) == 4
    assert failures[0] == f"• {site.url('/falta')}: the server answered HTTP 404 Not Found"
    assert "the limit is 20 MB" in failures[1]
    assert f"{silent}: the server did not answer within 0.5 s" == failures[2][2:]
    assert "not a web page (application/pdf)" in failures[3]
    assert [a.url for a in articles_in(window.context.db.path)] == [site.url("/nota")]
    assert window.articles.info is not None and window.articles.info.url == site.url("/nota")


def test_cancel_stops_before_the_next_page(window, site, dialogs, qtbot):
    errors = []
    dialogs.answer("error", lambda _parent, title, text: errors.append(text))
    controller = window.article_changes.controller
    controller.timeout = 1.0
    with silent_server() as silent:

        def fill(dialog):
            dialog.edit.setPlainText(f"{silent}\n{site.url('/nota')}")
            return True

        dialogs.answer("run_dialog", fill)
        window.registry["actionImportUrl"].trigger()
        job = controller._job
        assert job is not None
        job.cancel()  # while the first page is being waited for
        qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)
    assert "/nota" not in site.requests  # the next page was never asked for
    assert articles_in(window.context.db.path) == []
    assert window.statusBar().currentMessage() == "0 articles imported; import cancelled."


def test_an_address_already_imported_points_to_its_article(window, site, dialogs, qtbot):
    import_urls(window, dialogs, qtbot, site.url("/nota"))
    errors = []
    dialogs.answer("error", lambda _parent, title, text: errors.append(text))
    import_urls(window, dialogs, qtbot, site.url("/nota"))
    ((text,),) = [errors]
    assert "is already article" in text and "update that article" in text
    assert len(articles_in(window.context.db.path)) == 1


def check_for_updates(window, qtbot) -> None:
    window.registry["actionCheckUpdates"].trigger()
    controller = window.article_changes.controller
    qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)


def test_check_for_updates_unchanged_then_edited_then_undone(window, site, dialogs, qtbot):
    import_urls(window, dialogs, qtbot, site.url("/nota"))
    quote = "Corea del Norte ha enviado más de un millón de proyectiles a Rusia."
    window.view.select_range(
        window.view.article_text().index(quote),
        window.view.article_text().index(quote) + len(quote),
    )
    window.registry["actionNewClaim"].trigger()
    claim = window.claims.claim_id
    assert window.registry["actionCheckUpdates"].isEnabled()

    told = []
    dialogs.answer("information", lambda _p, title, text: told.append(title))
    steps = window.context.undo_stack.count()
    check_for_updates(window, qtbot)
    assert told == ["No Change"] and window.context.undo_stack.count() == steps

    site.pages["/nota"] = Page(page(EDITED))  # the page is quietly edited
    check_for_updates(window, qtbot)
    assert "1,5 millones" in window.view.article_text()
    assert window.articles.info.text_version == 2
    assert "Version 2 stored (was 1)" in window.article_changes.quotes.summary.text()
    (row,) = window.article_changes.quotes.rows()
    assert (row.highlight.claim_id, row.highlight.state) == (claim, "fuzzy")
    assert row.highlight.exact == quote
    assert row.highlight.current_exact == quote.replace("un millón", "1,5 millones")
    assert site.requests.count("/nota") == 3

    window.registry["actionUndo"].trigger()
    assert "un millón" in window.view.article_text()
    assert window.articles.info.text_version == 1
    assert window.article_changes.quotes.rows() == []


def test_a_failed_check_says_why_and_changes_nothing(window, site, dialogs, qtbot):
    import_urls(window, dialogs, qtbot, site.url("/nota"))
    del site.pages["/nota"]
    errors = []
    dialogs.answer("error", lambda _parent, title, text: errors.append((title, text)))
    check_for_updates(window, qtbot)
    ((title, text),) = errors
    assert title == "Not Updated" and text.endswith("the server answered HTTP 404 Not Found")
    assert window.articles.info.text_version == 1
    assert not window.context.undo_stack.canUndo()
