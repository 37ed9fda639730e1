"""Start the window: open (or on first run create) the database, then run the event loop."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimtracker.core.db import Database, create_database, default_database_path, open_database
from claimtracker.core.errors import ClaimTrackerError


def open_or_create_default(target: str | None, analyst: str) -> Database:
    """The named database, or the default one; a new default database gets the sample article."""
    from claimtracker.ui.database.recovery import open_with_recovery

    if target:
        if "://" in target:
            return open_database(target)
        return open_with_recovery(None, Path(target))
    path = default_database_path()
    if path.exists():
        return open_with_recovery(None, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = create_database(path)
    add_sample_article(db, analyst)
    return db


def add_sample_article(db: Database, analyst: str) -> None:
    """Add the sample article written for this project, with its annotated claims."""
    from claimtracker.core.sample import add_sample
    from claimtracker.core.services import Services
    from claimtracker.resources import SAMPLE_ARTICLE, SAMPLE_CLAIMS, resource_path

    add_sample(Services(db, analyst), resource_path(*SAMPLE_ARTICLE), resource_path(*SAMPLE_CLAIMS))


_language: str | None = None


def prepare_application(language_preference: str = "") -> None:
    """Names under which QSettings stores preferences, and the interface language."""
    global _language
    from PySide6.QtCore import QCoreApplication

    from claimtracker.ui import i18n

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName("ClaimTracker")
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName("ClaimTracker")
    language = i18n.chosen_language(language_preference)
    if language != _language:
        _language = i18n.install(language)


def run_gui(target: str | None, argv: Sequence[str]) -> int:
    """Run the application until its last window closes; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from claimtracker.ui.dialogs import ask
    from claimtracker.ui.settings import AppSettings

    app = QApplication(list(argv))
    prepare_application()
    settings = AppSettings()
    prepare_application(settings.language)
    app.setApplicationDisplayName("ClaimTracker")
    ask_who_the_analyst_is(settings)
    try:
        db = open_or_create_default(target, settings.analyst)
    except ClaimTrackerError as exc:
        from claimtracker.ui.messages import message

        ask.error(None, "ClaimTracker", message(exc))
        return exc.exit_code
    window = build_window(db, settings)
    window.show()
    return app.exec()


def ask_who_the_analyst_is(settings) -> None:
    """On the first start, the name recorded with every change, prefilled with the login."""
    from PySide6.QtCore import QCoreApplication

    from claimtracker.ui.dialogs import ask

    if settings.analyst_chosen:
        return
    name = ask.text_input(
        None,
        QCoreApplication.translate("Launch", "Welcome to ClaimTracker"),
        QCoreApplication.translate(
            "Launch",
            "Your name, recorded with every change you make (you can change it later "
            "in File › Preferences):",
        ),
        text=settings.analyst,
    )
    if name:
        settings.analyst = name


def build_window(db: Database, settings=None):
    """The main window on an open database, with its application context."""
    from claimtracker.ui.context import AppContext
    from claimtracker.ui.main_window import MainWindow
    from claimtracker.ui.settings import AppSettings

    return MainWindow(AppContext(db, settings or AppSettings()))
