"""Remembered preferences and window state (QSettings), behind one small class."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from claimtracker.core.services.changelog import default_analyst_name

MAX_RECENT = 8


class AppSettings:
    """Typed access to the settings store; tests pass a store of their own."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    @property
    def analyst(self) -> str:
        value = self.store.value("analyst", "", str)
        return value.strip() or default_analyst_name()

    @analyst.setter
    def analyst(self, name: str) -> None:
        self.store.setValue("analyst", name.strip())

    @property
    def colour_by(self) -> str:
        """``verdict`` or ``status``: what the highlight colours show."""
        value = self.store.value("view/colourBy", "verdict", str)
        return value if value in ("verdict", "status") else "verdict"

    @colour_by.setter
    def colour_by(self, value: str) -> None:
        self.store.setValue("view/colourBy", value)

    def recent_databases(self) -> list[str]:
        value = self.store.value("recentDatabases", [], list) or []
        return [str(v) for v in value if v]

    def add_recent_database(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_databases() if p != path]
        self.store.setValue("recentDatabases", recent[:MAX_RECENT])

    def last_article(self, database: str) -> int | None:
        value = self.store.value(f"lastArticle/{_key(database)}", 0, int)
        return value or None

    def set_last_article(self, database: str, article_id: int) -> None:
        self.store.setValue(f"lastArticle/{_key(database)}", article_id)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return (self.store.value("window/geometry"), self.store.value("window/state"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self.store.value(f"splitters/{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", state)

    def sync(self) -> None:
        self.store.sync()


def _key(database: str) -> str:
    # QSettings treats "/" as a group separator; keep paths in one key.
    return database.replace("/", "|").replace("\\", "|")
