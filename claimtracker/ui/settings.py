"""Remembered preferences and window state (QSettings), behind one small class."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from claimtracker.core.analyst import default_analyst_name

MAX_RECENT = 8


class AppSettings:
    """Typed access to the settings store; tests pass a store of their own."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()
        self._colour_by: str | None = None

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _number(self, key: str, default: int) -> int:
        try:
            return int(self.store.value(key, default))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default

    def _json(self, key: str, default: str = "{}") -> dict:
        try:
            data = json.loads(self._text(key, default))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    @property
    def analyst(self) -> str:
        value = self._text("analyst", "")
        return value.strip() or default_analyst_name()

    @analyst.setter
    def analyst(self, name: str) -> None:
        self.store.setValue("analyst", name.strip())

    @property
    def analyst_chosen(self) -> bool:
        """Whether the analyst has said who they are (asked on the first start)."""
        return bool(self._text("analyst").strip())

    @property
    def language(self) -> str:
        """The interface language chosen in Preferences (``en``, ``es``), or "" for the
        system's; it applies from the next start."""
        return self._text("language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.store.setValue("language", code)

    @property
    def colour_by(self) -> str:
        """``verdict`` or ``status``: what the highlight colours show (read once: every
        highlight and list row painted asks for it)."""
        if self._colour_by is None:
            value = self._text("view/colourBy", "verdict")
            self._colour_by = value if value in ("verdict", "status") else "verdict"
        return self._colour_by

    @colour_by.setter
    def colour_by(self, value: str) -> None:
        self.store.setValue("view/colourBy", value)
        self._colour_by = None

    @property
    def suggest_claims(self) -> bool:
        """Whether the reader marks the sentences worth checking (View › Suggest Claims)."""
        return self._text("view/suggestClaims", "false") == "true"

    @suggest_claims.setter
    def suggest_claims(self, on: bool) -> None:
        self.store.setValue("view/suggestClaims", "true" if on else "false")

    def recent_databases(self) -> list[str]:
        value = self.store.value("recentDatabases", [])
        if isinstance(value, str):  # one entry reads back as a plain string
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add_recent_database(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_databases() if p != path]
        self.store.setValue("recentDatabases", recent[:MAX_RECENT])

    def last_article(self, database: str) -> int | None:
        value = self._number(f"lastArticle/{_key(database)}", 0)
        return value or None

    def set_last_article(self, database: str, article_id: int) -> None:
        self.store.setValue(f"lastArticle/{_key(database)}", article_id)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return (self.store.value("window/geometry"), self.store.value("window/state"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def tab_layout(self, tab: str) -> QByteArray | None:
        """The dock arrangement kept for a central tab (``article``, ``review``)."""
        value = self.store.value(f"window/layout/{tab}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_tab_layout(self, tab: str, state: QByteArray) -> None:
        self.store.setValue(f"window/layout/{tab}", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self.store.value(f"splitters/{name}")

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", state)

    def saved_filters(self) -> dict[str, dict]:
        """Named review filters (plain values, see ``ClaimFilter.to_dict``)."""
        return self._json("review/savedFilters")

    def save_filter(self, name: str, values: dict) -> None:
        filters = self.saved_filters()
        filters[name] = values
        self.store.setValue("review/savedFilters", json.dumps(filters, ensure_ascii=False))

    def forget_filter(self, name: str) -> None:
        filters = self.saved_filters()
        filters.pop(name, None)
        self.store.setValue("review/savedFilters", json.dumps(filters, ensure_ascii=False))

    def last_filter(self) -> dict:
        return self._json("review/lastFilter")

    def set_last_filter(self, values: dict) -> None:
        self.store.setValue("review/lastFilter", json.dumps(values, ensure_ascii=False))

    def review_header(self) -> QByteArray | None:
        """Columns of the review list: shown or hidden, order, widths, sort."""
        return self.store.value("review/columns")

    def save_review_header(self, state: QByteArray, fitted: bool = True) -> None:
        # Not "review/header": that state describes the columns in their former order.
        self.store.setValue("review/columns", state)
        self.store.setValue("review/columnsFitted", "yes" if fitted else "no")

    def review_columns_fitted(self) -> bool:
        """Whether the review list's widths follow the room (none was dragged by hand)."""
        return self._text("review/columnsFitted", "yes") != "no"

    def export_request(self) -> dict:
        return self._json("export/last")

    def set_export_request(self, values: dict) -> None:
        self.store.setValue("export/last", json.dumps(values))

    @property
    def organisation(self) -> str:
        """The fact-checking organisation named as author of ClaimReview exports."""
        return self._text("organisation/name", "")

    @organisation.setter
    def organisation(self, name: str) -> None:
        self.store.setValue("organisation/name", name.strip())

    @property
    def organisation_url(self) -> str:
        return self._text("organisation/url", "")

    @organisation_url.setter
    def organisation_url(self, url: str) -> None:
        self.store.setValue("organisation/url", url.strip())

    @property
    def backups_to_keep(self) -> int:
        """How many automatic backups of each database are kept."""
        return max(1, self._number("backups/keep", 10))

    @backups_to_keep.setter
    def backups_to_keep(self, count: int) -> None:
        self.store.setValue("backups/keep", max(1, int(count)))

    def sync(self) -> None:
        self.store.sync()


def _key(database: str) -> str:
    # QSettings treats "/" as a group separator; keep paths in one key.
    return database.replace("/", "|").replace("\\", "|")
