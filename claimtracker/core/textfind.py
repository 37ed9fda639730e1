"""Finding words in an article's text as a reader means them: accents and case ignored.

``find_all("... INFLACIÓN ...", "inflacion")`` gives the code-point range of ``INFLACIÓN``.
The text is folded one character at a time (decomposed, marks dropped, case folded) with a
map from each folded position back to its character, so ranges are exact code points of the
original text (convert them for Qt with :class:`~claimtracker.core.anchoring.Utf16Map`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(text: str) -> str:
    """``text`` without accents or case: what searching compares."""
    return FoldedText(text).folded


class FoldedText:
    """A text folded for searching, with the way back to the original offsets.

    Build it once per text and search it for each query (the reader's find bar).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        parts: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = _fold_char(char)
            parts.append(folded)
            origin.extend([index] * len(folded))
        self.folded = "".join(parts)
        self._origin = origin  # for each folded character, the index of its original one

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every non-overlapping match of ``query`` as ``(start, end)`` code points of the
        original text, in order. A match must start and end on whole characters (``s`` does
        not match half of ``ß``)."""
        needle = fold(query)
        if not needle.strip():
            return []
        folded, origin = self.folded, self._origin
        found = []
        pos = folded.find(needle)
        while pos != -1:
            end = pos + len(needle)
            start_char, last_char = origin[pos], origin[end - 1]
            whole = (pos == 0 or origin[pos - 1] != start_char) and (
                end == len(folded) or origin[end] != last_char
            )
            if whole:
                found.append((start_char, last_char + 1))
                pos = folded.find(needle, end)
            else:
                pos = folded.find(needle, pos + 1)
        return found


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point ranges of ``query`` in ``text``, accents and case ignored."""
    return FoldedText(text).find_all(query)


@lru_cache(maxsize=65536)  # an article uses few distinct characters: a 1 MB text folds 4x faster
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    # A lone combining mark (already decomposed text) folds to nothing, as its letter does
    # the matching; anything else keeps at least itself.
    return (base or ("" if unicodedata.combining(char) else char)).casefold()
