"""The language of the window: Qt's own strings and ours, from compiled translation files.

The language is the system's (``LANG``/the locale) unless Preferences chose one; it applies
from the next start. English has a file too, for its plural forms ("1 claim", "2 claims").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from claimtracker.resources import resource_path

LANGUAGES = {"en": "English", "es": "Español"}
"""Languages of the interface, by code, each named in itself."""

_installed: list[QTranslator] = []


def chosen_language(preference: str = "") -> str:
    """The interface language: the preference if it is one we have, else the system's."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(language: str) -> str:
    """Load the translations of ``language`` into the application (replacing any before).

    Returns the language installed. Dates and numbers follow it too (``QLocale``).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator(app)
    if ours.load(f"claimtracker_{language}", str(resource_path("i18n"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    locale = (
        QLocale(language)
        if QLocale.system().language() != QLocale(language).language()
        else QLocale.system()
    )
    QLocale.setDefault(locale)
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark ``text`` for translation in ``context`` without translating it here; the text is
    translated where it is shown (``QCoreApplication.translate(context, text)``)."""
    return text
