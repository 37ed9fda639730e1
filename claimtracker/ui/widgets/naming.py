"""Giving widgets their automation names (``objectName``) as they are made, typed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T", bound=QObject)


def named(item: T, name: str) -> T:
    """``item`` with its object name set (the name tests and assistive tools find it by)."""
    item.setObjectName(name)
    return item
