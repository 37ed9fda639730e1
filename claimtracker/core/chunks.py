"""Long lists in pieces: one statement per piece keeps each ``IN`` list, and each batch of
rows inserted at once, within the bound values a driver takes in one statement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

PIECE = 500
"""Values in one ``IN`` list, or rows in one multi-row ``INSERT``."""


def chunks(values: Sequence[T], size: int = PIECE) -> Iterator[list[T]]:
    """``values`` in order, in lists of at most ``size``."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
