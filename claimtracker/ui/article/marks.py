"""Marked ranges of an article (highlights, suggestions, search hits) and finding them fast.

Ranges are in code points, as stored. :class:`MarkIndex` answers "which marks touch this
stretch of text" by binary search, so painting the visible lines of a long article with
thousands of highlights looks at a handful of marks, not all of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple


class Mark(NamedTuple):
    """``start..end`` (code points) of the text, and what it belongs to (a tuple: an article
    with 2,000 highlights makes 2,000 of them each time it opens)."""

    start: int
    end: int
    key: int = 0  # the claim id for highlights, an index for other marks
    state: str = "anchored"  # a highlight's anchoring state


_START, _END = itemgetter(0), itemgetter(1)


class MarkIndex:
    """Marks sorted by start; :meth:`touching` finds those meeting a range."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        # By start, the longest first among marks starting together: two stable sorts by
        # a field (C key functions), cheaper than one by a Python key for 2,000 marks.
        self._marks = sorted(marks, key=_END, reverse=True)
        self._marks.sort(key=_START)
        self._starts = [m.start for m in self._marks]
        self._longest = max((m.end - m.start for m in self._marks), default=0)

    def __len__(self) -> int:
        return len(self._marks)

    def __iter__(self):
        return iter(self._marks)

    def touching(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping ``start..end`` (a mark ending at ``start`` does not count)."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, max(end, start + 1))
        return [m for m in self._marks[first:last] if m.end > start]

    def at(self, position: int) -> list[Mark]:
        """Marks covering one position, shortest first."""
        found = [m for m in self.touching(position, position + 1) if m.start <= position]
        return sorted(found, key=lambda m: m.end - m.start)

    def of(self, key: int) -> list[Mark]:
        return [m for m in self._marks if m.key == key]


def overlaps(marks: Iterable[Mark]) -> list[Mark]:
    """Ranges covered by two or more marks."""
    events = sorted([(m.start, 1) for m in marks] + [(m.end, -1) for m in marks])
    ranges: list[Mark] = []
    depth = 0
    opened = 0
    for position, step in events:
        if depth >= 2 and position > opened:
            if ranges and ranges[-1].end == opened:
                ranges[-1] = Mark(ranges[-1].start, position)
            else:
                ranges.append(Mark(opened, position))
        depth += step
        opened = position
    return ranges
