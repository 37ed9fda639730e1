"""Open the window for the screenshots in docs/.

    ../shared/tools/screenshot --size 1400x900 -- \
        python docs/screenshot_app.py 1360 860 [review] [search=WORDS] [scales] [es] [suggest] \
        [groups] [DB]

Without DB the window shows a fresh database with the sample article; ``review`` shows the
claim review list instead of the article, ``search=WORDS`` searches it (rows say why they
matched); ``scales`` opens Claim › Scales…; ``es`` shows the window in Spanish; ``suggest``
turns View › Suggest Claims on; ``groups`` groups the listed claims by similarity.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from claimtracker.core.db import create_database, open_database
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.launch import add_sample_article, build_window, prepare_application
from claimtracker.ui.settings import AppSettings

FLAGS = ("review", "es", "scales", "suggest", "groups")


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
        QTimer.singleShot(300, lambda: window.claims.select(3))
    if "groups" in args:
        QTimer.singleShot(600, window.registry["actionGroupSimilar"].trigger)
    if "scales" in args:

        def scales() -> None:
            registry = window.registry
            dialog = window.scales.make_dialog(registry["actionUndo"], registry["actionRedo"])
            dialog.verdicts.choose("unproven")
            dialog.show()

        QTimer.singleShot(600, scales)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
