"""Remembered preferences and window state (QSettings), behind one small class."""

from __future__ import annotations

import json

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

    def saved_filters(self) -> dict[str, dict]:
        """Named review filters (plain values, see ``ClaimFilter.to_dict``)."""
        raw = self.store.value("review/savedFilters", "{}", str)
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_filter(self, name: str, values: dict) -> None:
        filters = self.saved_filters()
        filters[name] = values
        self.store.setValue("review/savedFilters", json.dumps(filters, ensure_ascii=False))

    def forget_filter(self, name: str) -> None:
        filters = self.saved_filters()
        filters.pop(name, None)
        self.store.setValue("review/savedFilters", json.dumps(filters, ensure_ascii=False))

    def last_filter(self) -> dict:
        try:
            data = json.loads(self.store.value("review/lastFilter", "{}", str))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_last_filter(self, values: dict) -> None:
        self.store.setValue("review/lastFilter", json.dumps(values, ensure_ascii=False))

    def review_header(self) -> QByteArray | None:
        return self.store.value("review/header")

    def save_review_header(self, state: QByteArray) -> None:
        self.store.setValue("review/header", state)

    def export_request(self) -> dict:
        try:
            data = json.loads(self.store.value("export/last", "{}", str))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_export_request(self, values: dict) -> None:
        self.store.setValue("export/last", json.dumps(values))

    @property
    def organisation(self) -> str:
        """The fact-checking organisation named as author of ClaimReview exports."""
        return self.store.value("organisation/name", "", str)

    @organisation.setter
    def organisation(self, name: str) -> None:
        self.store.setValue("organisation/name", name.strip())

    @property
    def organisation_url(self) -> str:
        return self.store.value("organisation/url", "", str)

    @organisation_url.setter
    def organisation_url(self, url: str) -> None:
        self.store.setValue("organisation/url", url.strip())

    @property
    def backups_to_keep(self) -> int:
        """How many automatic backups of each database are kept."""
        return max(1, self.store.value("backups/keep", 10, int))

    @backups_to_keep.setter
    def backups_to_keep(self, count: int) -> None:
        self.store.setValue("backups/keep", max(1, int(count)))

    def sync(self) -> None:
        self.store.sync()


def _key(database: str) -> str:
    # QSettings treats "/" as a group separator; keep paths in one key.
    return database.replace("/", "|").replace("\\", "|")
