"""Open the window for the screenshots in docs/.

    ../shared/tools/screenshot --size 1400x900 -- \
        python docs/screenshot_app.py 1360 860 [review] [search=WORDS] [scales] [es] [suggest] \
        [groups] [diff] [history] [DB]

Without DB the window shows a fresh database with the sample article; ``review`` shows the
claim review list instead of the article, ``search=WORDS`` searches it (rows say why they
matched); ``scales`` opens Claim › Scales…; ``es`` shows the window in Spanish; ``suggest``
turns View › Suggest Claims on; ``groups`` groups the listed claims by similarity; ``diff``
and ``history`` store a quietly edited second version of the sample article first, then show
the versions window, or the History dock of the claim whose quote changed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from claimtracker.core.db import Database, create_database, open_database
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.launch import add_sample_article, build_window, prepare_application
from claimtracker.ui.settings import AppSettings

FLAGS = ("review", "es", "scales", "suggest", "groups", "diff", "history")


def main() -> int:
    args = sys.argv[1:]
    width, height = (int(args[0]), int(args[1])) if len(args) > 1 else (1360, 860)
    review = "review" in args
    search = next((a.split("=", 1)[1] for a in args if a.startswith("search=")), None)
    named = [a for a in args[2:] if a not in FLAGS and not a.startswith("search=")]
    app = QApplication(sys.argv[:1])
    prepare_application("es" if "es" in args else "en")
    folder = Path(tempfile.mkdtemp())
    if named:
        db = open_database(named[0])
    else:
        db = create_database(folder / "claimtracker.db")
        add_sample_article(db, "Lucía")
        if "diff" in args or "history" in args:
            stealth_edit(db)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.suggest_claims = "suggest" in args
    settings.analyst = "Lucía"
    if search:
        settings.set_last_filter(ClaimFilter(search=search).to_dict())
    window = build_window(db, settings)
    window.resize(width, height)
    window.show()
    if review:
        window.tabs.setCurrentIndex(1)
        QTimer.singleShot(300, lambda: window.review_panel.table.selectRow(2))
    else:
        QTimer.singleShot(300, lambda: window.claims.select(1 if "history" in args else 3))
    if "groups" in args:
        QTimer.singleShot(600, window.registry["actionGroupSimilar"].trigger)
    if "diff" in args:
        QTimer.singleShot(600, window.article_changes.show_versions)
    if "history" in args:
        QTimer.singleShot(500, window.article_changes.history_dock.raise_)
    if "scales" in args:

        def scales() -> None:
            registry = window.registry
            dialog = window.scales.make_dialog(registry["actionUndo"], registry["actionRedo"])
            dialog.verdicts.choose("unproven")
            dialog.show()

        QTimer.singleShot(600, scales)
    return app.exec()


def stealth_edit(db: Database) -> None:
    """A second version of the sample article, fetched again and quietly edited: a figure
    changed, a sentence removed, a paragraph added; then the claim reviewed by a colleague."""
    from datetime import UTC, datetime, timedelta

    from claimtracker.core.importers import ImportedArticle
    from claimtracker.core.services import Services

    services = Services(db, "Lucía")
    article = services.articles.all()[0]
    text = services.articles.text(article.id)
    edited = (
        text.replace("“más de un millón de proyectiles", "“más de 1,5 millones de proyectiles")
        .replace(
            " No presentó pruebas documentales, aunque aseguró que la información procede de "
            "“varios servicios de inteligencia aliados”.",
            "",
        )
        .replace(
            "\n\nMoscú y Pyongyang",
            "\n\nActualización: el ministerio de Defensa surcoreano elevó el martes su estimación "
            "de los envíos.\n\nMoscú y Pyongyang",
        )
    )
    url = article.url or "https://diario.example.org/"
    incoming = ImportedArticle(
        edited,
        article.title,
        "html",
        f"<html><body>{edited}</body></html>".encode(),
        source_name=url,
        source_url=url,
        retrieved_at=datetime.now(UTC) - timedelta(minutes=5),
    )
    services.versions.add_version(article.id, incoming)
    colleague = Services(db, "Tomás")
    colleague.claims.update(1, status="needs_review", rationale="La cifra cambió en la web.")


if __name__ == "__main__":
    raise SystemExit(main())
