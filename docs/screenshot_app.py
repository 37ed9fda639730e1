"""Open the window on a fresh sample database in a given size, for the screenshots in docs/.

../shared/tools/screenshot --size 1400x900 -- python docs/screenshot_app.py 1360 860
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from claimtracker.core.db import create_database
from claimtracker.ui.launch import add_sample_article, prepare_application
from claimtracker.ui.main_window import MainWindow
from claimtracker.ui.settings import AppSettings


def main() -> int:
    width, height = (int(v) for v in sys.argv[1:3]) if len(sys.argv) > 2 else (1360, 860)
    app = QApplication(sys.argv[:1])
    prepare_application()
    folder = Path(tempfile.mkdtemp())
    db = create_database(folder / "claimtracker.db")
    add_sample_article(db, "Lucía")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    window.resize(width, height)
    window.show()
    QTimer.singleShot(300, lambda: window.select_claim(3))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
