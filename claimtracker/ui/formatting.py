"""How the window shows times, dates and numbers: local time, in the locale's formats.

Times are stored in UTC (naive, see ``core.model.utcnow``); they are shown here, and only here,
in the analyst's time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_local(when: datetime) -> datetime:
    """A stored time (naive UTC, or aware) in the local time zone."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone()


def local_time(when: datetime | None, seconds: bool = False) -> str:
    """A stored time as the analyst reads it: local zone, the locale's format."""
    if when is None:
        return ""
    local = to_local(when)
    moment = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second if seconds else 0),
    )
    pattern = _full_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    if seconds and ":ss" not in pattern:
        pattern = pattern.replace(":mm", ":mm:ss")
    return QLocale().toString(moment, pattern)


def local_date(day: date | None) -> str:
    """A date in the locale's format with the whole year (``18/6/2024`` in Spanish)."""
    if day is None:
        return ""
    pattern = _full_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def date_pattern() -> str:
    """The locale's date format with the whole year, for date entry boxes."""
    return _full_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def number(value: int) -> str:
    """A count with the locale's digit grouping (``100.000`` in Spanish)."""
    return QLocale().toString(value)


def _full_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
