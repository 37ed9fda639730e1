"""The main window on a database."""

from __future__ import annotations

from claimtracker.ui.main_window import MainWindow


def test_window_lists_the_articles_of_its_database(qtbot, services):
    services.articles.add_text("Corea del Norte ha enviado munición.", "Municiones")
    window = MainWindow(services.db)
    qtbot.addWidget(window)
    assert window.articles.count() == 1
    assert "Municiones" in window.articles.item(0).text()
    assert "claims.db" in window.windowTitle()
