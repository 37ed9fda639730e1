"""Article › Edit Article and Delete in the library, each one undoable step; the library's
filter finds words of the article text, also in articles without claims."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.ui.launch import build_window

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo. Fin de la nota.\n"
OTHER = "La OTAN negó el envío de tropas. El Kremlin no respondió a las preguntas.\n"


@pytest.fixture
def two_articles(services, db_path):
    first = services.articles.add_text(TEXT, "Inflación en marzo").id
    claim = services.claims.create_from_quote(first, "la inflación bajó").id
    second = services.articles.add_text(OTHER, "Tropas").id
    shared = services.claims.create_from_quote(second, "La OTAN negó").id
    services.claims.create_from_quote(first, "Fin de la nota", claim_id=shared)
    services.db.close()
    return first, second, claim, shared


def stored(db_path):
    db = open_database(db_path)
    return db, Services(db, "t")


def test_edit_article_saves_every_field_and_undo_restores_them(
    two_articles, open_window, db_path, dialogs
):
    first, _second, _claim, _shared = two_articles
    window = open_window(db_path)
    window.articles.open(first)
    asked = []

    def fill(dialog):
        asked.append(dialog.objectName())
        dialog.url.setText("diario.example/nota")  # not a full address: said, dialog stays
        dialog.accept()
        assert dialog.result() == 0 and not dialog.error.isHidden()
        assert dialog.error.text().startswith("Not a web address: ")
        dialog.title.setText("  Inflación: la cifra de marzo ")
        dialog.outlet.setText("Diario Ejemplo")
        dialog.author.setText("Ana Pérez")
        dialog.published.setDate(QDate(2024, 3, 5))
        dialog.url.setText("https://diario.example/nota")
        dialog.language.setText("es")
        return True

    dialogs.answer("run_dialog", fill)
    window.registry["actionEditArticle"].trigger()
    assert asked == ["articleDialog"]
    db, services = stored(db_path)
    info = services.articles.get(first)
    db.close()
    assert (info.title, info.outlet, info.author, info.published_at, info.url, info.language) == (
        "Inflación: la cifra de marzo",
        "Diario Ejemplo",
        "Ana Pérez",
        date(2024, 3, 5),
        "https://diario.example/nota",
        "es",
    )
    panel = window.article_panel
    assert panel.title.text() == "Inflación: la cifra de marzo"
    assert "Diario Ejemplo" in panel.meta.text() and "Ana Pérez" in panel.meta.text()
    assert panel.link.text() == "https://diario.example/nota"
    row = window.library.model.row_of(first)
    assert window.library.model.record(row).title == "Inflación: la cifra de marzo"
    assert window.registry["actionCheckUpdates"].isEnabled()  # it has an address now

    window.registry["actionUndo"].trigger()
    db, services = stored(db_path)
    info = services.articles.get(first)
    db.close()
    assert (info.title, info.outlet, info.url) == ("Inflación en marzo", None, None)
    assert panel.title.text() == "Inflación en marzo"
    assert not window.registry["actionCheckUpdates"].isEnabled()


def test_an_edit_based_on_an_older_article_asks_which_to_keep(
    two_articles, open_window, db_path, dialogs
):
    first, _second, _claim, _shared = two_articles
    window = open_window(db_path)
    window.articles.open(first)
    db, services = stored(db_path)
    services.articles.update(first, title="Título de otra ventana")
    db.close()
    asked = []
    dialogs.answer("run_dialog", lambda dialog: dialog.title.setText("Mi título") or True)
    dialogs.answer(
        "resolve_conflict",
        lambda _p, message, theirs, mine, show=None: asked.append((theirs, mine)) or "theirs",
    )
    window.registry["actionEditArticle"].trigger()
    assert asked == [({"title": "Título de otra ventana"}, {"title": "Mi título"})]
    db, services = stored(db_path)
    assert services.articles.get(first).title == "Título de otra ventana"
    db.close()


def test_delete_in_the_library_asks_first_and_undo_brings_it_back(
    two_articles, open_window, db_path, dialogs, qtbot
):
    first, second, claim, shared = two_articles
    window = open_window(db_path)
    window.articles.open(first)
    library = window.library.list
    library.setFocus()
    questions = []
    dialogs.answer("confirm", lambda _p, title, text: questions.append((title, text)) or False)
    qtbot.keyClick(library, Qt.Key.Key_Delete)
    ((title, text),) = questions
    assert title == "Delete Article" and "“Inflación en marzo”" in text
    assert window.library.model.row_of(first) is not None  # answered no: nothing deleted

    dialogs.answer("confirm", True)
    qtbot.keyClick(library, Qt.Key.Key_Delete)
    db, services = stored(db_path)
    assert [a.id for a in services.articles.all()] == [second]
    assert [c.id for c in services.claims.find()] == [shared]  # it appears elsewhere too
    db.close()
    assert window.library.model.row_of(first) is None
    assert window.articles.article_id == second  # another article is shown
    assert window.view.article_text() == OTHER

    window.registry["actionUndo"].trigger()
    db, services = stored(db_path)
    assert {a.id for a in services.articles.all()} == {first, second}
    assert {c.id for c in services.claims.find()} == {claim, shared}
    assert {h.article_id for h in services.claims.get(shared).highlights} == {first, second}
    db.close()
    assert window.library.model.row_of(first) is not None
    assert window.articles.article_id == first  # shown again
    assert {m.key for m in window.view.highlights()} == {claim, shared}


def test_a_read_only_database_offers_no_article_edits(two_articles, db_path, qtbot, settings):
    window = build_window(open_database(db_path, readonly=True), settings)
    qtbot.addWidget(window)
    window.articles.open(two_articles[0])
    for name in ("actionDeleteArticle", "actionEditArticle", "actionImportUrl"):
        assert not window.registry[name].isEnabled(), name
    assert window.registry["actionArticleVersions"].isEnabled()  # reading stays
    window.close()


def test_the_library_filter_finds_words_of_the_text(two_articles, open_window, db_path, qtbot):
    first, second, _claim, _shared = two_articles
    db, services = stored(db_path)
    lonely = services.articles.add_text("Sin afirmaciones: el puerto de Vostochni.\n", "Puerto").id
    db.close()
    window = open_window(db_path)
    library = window.library
    library.filter.setText("vostochni")  # only in the text, accents and case aside
    qtbot.waitUntil(lambda: [a.id for a in library.model.rows()] == [lonely])
    library.filter.setText("KREMLIN")
    qtbot.waitUntil(lambda: [a.id for a in library.model.rows()] == [second])
    library.filter.setText("inflacion")  # title and text, without the accent
    qtbot.waitUntil(lambda: [a.id for a in library.model.rows()] == [first])
    library.filter.setText("")
    assert {a.id for a in library.model.rows()} == {first, second, lonely}
