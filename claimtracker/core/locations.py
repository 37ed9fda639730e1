"""Where the program keeps its files (light: no database code, so the window's frame can say
which database it is opening before the database layer is loaded)."""

from __future__ import annotations

from pathlib import Path


def default_database_path() -> Path:
    """The database used when none is named: ``claimtracker.db`` in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("ClaimTracker", appauthor=False) / "claimtracker.db"
