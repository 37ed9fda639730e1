"""Start the window: its frame on screen first, then the database opened (or on first run
created) and the workspace built into it, then the event loop.

Nothing here imports the database layer at module level: the frame is painted before the
heavy modules load (see :class:`~claimtracker.ui.main_window.MainWindow`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtracker.core.db import Database
    from claimtracker.ui.main_window import MainWindow
    from claimtracker.ui.settings import AppSettings


def open_or_create_default(target: str | None, analyst: str) -> Database:
    """The named database, or the default one; a new default database gets the sample article."""
    from claimtracker.core.db import create_database, open_database
    from claimtracker.core.locations import default_database_path
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

    from claimtracker.ui.settings import AppSettings

    app = QApplication(list(argv))
    prepare_application()
    settings = AppSettings()
    prepare_application(settings.language)
    app.setApplicationDisplayName("ClaimTracker")
    ask_who_the_analyst_is(settings)
    window = show_frame(target, settings)
    failed: list[int] = []

    def fill() -> None:
        code = open_into(window, target, settings)
        if code is not None:
            failed.append(code)

    window.framePainted.connect(fill)
    result = app.exec()
    return failed[0] if failed else result


def database_name(target: str | None) -> str:
    """How the frame names the database it is opening (the file's name, or the server's)."""
    if target and "://" in target:
        return target.rsplit("/", 1)[-1].split("?", 1)[0] or target
    if target:
        return Path(target).name
    from claimtracker.core.locations import default_database_path

    return default_database_path().name


def show_frame(target: str | None, settings: AppSettings) -> MainWindow:
    """The main window's frame, shown at once: it paints before the heavy modules load."""
    from claimtracker.ui.main_window import MainWindow

    window = MainWindow(settings, database_name(target))
    window.show()
    return window


def open_into(window: MainWindow, target: str | None, settings: AppSettings) -> int | None:
    """Open the database and build the workspace into the frame; on failure say why in one
    line, close the frame and return the exit code."""
    from claimtracker.core.errors import ClaimTrackerError
    from claimtracker.ui.context import AppContext
    from claimtracker.ui.dialogs import ask

    try:
        db = open_or_create_default(target, settings.analyst)
    except ClaimTrackerError as exc:
        from claimtracker.ui.messages import message

        ask.error(window, "ClaimTracker", message(exc))
        window.close()
        return exc.exit_code
    window.open_workspace(AppContext(db, settings))
    keep_out_of_collections()
    return None


def keep_out_of_collections() -> None:
    """What starting made lives as long as the window: the garbage collector's full sweeps
    leave it alone from now on (``gc.freeze``). A full sweep over everything the workspace
    holds took about 70 ms, a pause in the middle of an edit or of opening an article."""
    import gc

    gc.freeze()


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


def build_window(db: Database, settings: AppSettings | None = None) -> MainWindow:
    """The main window on an open database, built at once (not shown)."""
    from claimtracker.ui.context import AppContext
    from claimtracker.ui.main_window import MainWindow
    from claimtracker.ui.settings import AppSettings

    settings = settings or AppSettings()
    window = MainWindow(settings, db.name)
    window.open_workspace(AppContext(db, settings))
    return window
