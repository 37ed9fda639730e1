"""Text selectors for highlights: create, convert offsets, verify and re-anchor.

Offsets everywhere in the core are Python code points into ``Article.text``. Qt counts UTF-16
code units; :class:`Utf16Map` is the one place where the two are converted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum

CONTEXT_LENGTH = 32
"""Code points of prefix and suffix stored with each quote."""

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_WHITESPACE_RUN = re.compile(r"\s+")


class Utf16Map:
    """Converts offsets between code points and UTF-16 code units for one text.

    Built once per text (a sorted list of the astral characters' positions), then each
    conversion is a binary search: cheap for thousands of highlights on a large article.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Counting UTF-16 units is a fast C pass; only a text with astral characters (they
        # take two units) is searched for them.
        astral = len(text.encode("utf-16-le", "surrogatepass")) // 2 != self._length
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if astral else []
        self._astral_utf16 = [cp + k for k, cp in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        """Length of the whole text in UTF-16 code units."""
        return self._length + len(self._astral)

    def to_utf16(self, codepoint: int) -> int:
        """UTF-16 offset of a code-point offset (0 <= codepoint <= len(text))."""
        if not 0 <= codepoint <= self._length:
            raise ValueError(f"code-point offset {codepoint} outside 0..{self._length}")
        return codepoint + bisect_left(self._astral, codepoint)

    def to_codepoint(self, utf16: int) -> int:
        """Code-point offset of a UTF-16 offset; inside a surrogate pair, the pair's start."""
        if not 0 <= utf16 <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {utf16} outside 0..{self.utf16_length}")
        return utf16 - bisect_left(self._astral_utf16, utf16)


def to_utf16(text: str, codepoint: int) -> int:
    """UTF-16 offset of ``codepoint`` in ``text``."""
    return Utf16Map(text).to_utf16(codepoint)


def to_codepoint(text: str, utf16: int) -> int:
    """Code-point offset of the UTF-16 offset ``utf16`` in ``text``."""
    return Utf16Map(text).to_codepoint(utf16)


class AnchorState(StrEnum):
    """How a highlight was found in the current text."""

    ANCHORED = "anchored"  # the quote is where it was
    MOVED = "moved"  # the same quote, elsewhere
    FUZZY = "fuzzy"  # similar text found; the analyst should review it
    ORPHANED = "orphaned"  # not found; kept with its old position and quote


@dataclass(frozen=True)
class TextSelector:
    """Position and quote of a highlight (W3C TextPositionSelector + TextQuoteSelector)."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    """Result of re-anchoring: where the selector now points and how sure that is."""

    selector: TextSelector
    state: AnchorState
    score: float


def make_selector(text: str, start: int, end: int) -> TextSelector:
    """Selector for ``text[start:end]`` with its 32-code-point context."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"invalid range {start}..{end} for a text of {len(text)} characters")
    return TextSelector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
    )


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start..end`` so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Range of the ``occurrence``-th (1-based) appearance of ``quote`` in ``text``.

    An exact match is preferred; failing that, runs of whitespace in the quote match any run
    of whitespace in the text (a quote copied across a line break still matches).
    """
    quote = quote.strip()
    if not quote or occurrence < 1:
        return None
    matches = list(_iter_exact(text, quote))
    if not matches:
        pattern = _WHITESPACE_RUN.sub(r"\\s+", " ".join(re.escape(w) for w in quote.split()))
        matches = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if occurrence > len(matches):
        return None
    return matches[occurrence - 1]


def count_occurrences(text: str, quote: str) -> int:
    """How many times ``quote`` appears in ``text`` (non-overlapping, exact)."""
    return sum(1 for _ in _iter_exact(text, quote.strip())) if quote.strip() else 0


def _iter_exact(text: str, quote: str):
    pos = text.find(quote)
    while pos != -1:
        yield pos, pos + len(quote)
        pos = text.find(quote, pos + len(quote))


def verify(text: str, selector: TextSelector) -> bool:
    """True when the selector's quote is still at its position."""
    return text[selector.start : selector.end] == selector.exact


def in_place(text: str, start: int, end: int, exact: str) -> bool:
    """True when ``exact`` stands at ``start..end`` of ``text`` (offsets checked first, so a
    damaged or hostile record can never point outside the text)."""
    return 0 <= start <= end <= len(text) and text[start:end] == exact


def reanchor(text: str, selector: TextSelector, *, min_similarity: float = 85.0) -> Anchor:
    """Find ``selector`` in ``text``: exact at its position, nearest exact, fuzzy, or orphaned.

    The orphaned result keeps the old selector unchanged so that nothing is lost.
    """
    if verify(text, selector):
        return Anchor(make_selector(text, selector.start, selector.end), AnchorState.ANCHORED, 1.0)
    moved = _nearest_exact(text, selector)
    if moved is not None:
        return Anchor(make_selector(text, *moved), AnchorState.MOVED, 1.0)
    fuzzy = _fuzzy(text, selector, min_similarity)
    if fuzzy is not None:
        (start, end), score = fuzzy
        return Anchor(make_selector(text, start, end), AnchorState.FUZZY, score)
    return Anchor(selector, AnchorState.ORPHANED, 0.0)


def _context_match(text: str, start: int, end: int, selector: TextSelector) -> int:
    """Number of context code points around ``start..end`` that equal the stored ones."""
    score = 0
    before = text[max(0, start - len(selector.prefix)) : start]
    for a, b in zip(reversed(before), reversed(selector.prefix), strict=False):
        if a != b:
            break
        score += 1
    after = text[end : end + len(selector.suffix)]
    for a, b in zip(after, selector.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _nearest_exact(text: str, selector: TextSelector) -> tuple[int, int] | None:
    candidates = list(_iter_overlapping(text, selector.exact))
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda r: (_context_match(text, r[0], r[1], selector), -abs(r[0] - selector.start)),
    )


def _iter_overlapping(text: str, quote: str):
    pos = text.find(quote)
    while pos != -1:
        yield pos, pos + len(quote)
        pos = text.find(quote, pos + 1)


def _fuzzy(
    text: str, selector: TextSelector, min_similarity: float
) -> tuple[tuple[int, int], float] | None:
    from rapidfuzz import fuzz

    exact = selector.exact
    if len(exact.strip()) < 8 or not text:
        return None  # too short to match approximately without false positives
    margin = max(2000, 4 * len(exact))
    windows = [(max(0, selector.start - margin), min(len(text), selector.end + margin))]
    if windows[0] != (0, len(text)):
        windows.append((0, len(text)))
    for lo, hi in windows:
        alignment = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=min_similarity)
        if alignment is None:
            continue
        start, end = _refine(text, lo + alignment.dest_start, lo + alignment.dest_end, selector)
        start, end = trim_range(text, start, end)
        similarity = fuzz.ratio(text[start:end], exact)
        if start >= end or similarity < min_similarity:
            continue
        before = text[max(0, start - len(selector.prefix)) : start]
        after = text[end : end + len(selector.suffix)]
        context = (fuzz.ratio(before, selector.prefix) + fuzz.ratio(after, selector.suffix)) / 2
        return (start, end), round((0.8 * similarity + 0.2 * context) / 100, 3)
    return None


def _refine(text: str, start: int, end: int, selector: TextSelector) -> tuple[int, int]:
    """Move approximate boundaries to where the stored context and quote ends fit best.

    The alignment window has the old quote's length, so an edit that lengthened the quote
    would otherwise cut it short.
    """
    from rapidfuzz import fuzz

    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    k = min(16, len(exact))
    slack = max(8, len(exact) // 3)

    def best(guess: int, score) -> int:
        candidates = range(max(0, guess - slack), min(len(text), guess + slack) + 1)
        return max(candidates, key=lambda p: (score(p), -abs(p - guess)))

    start = best(
        start,
        lambda p: (
            fuzz.ratio(text[max(0, p - len(prefix)) : p], prefix)
            + fuzz.ratio(text[p : p + k], exact[:k])
        ),
    )
    end = best(
        max(end, start + 1),
        lambda p: (
            fuzz.ratio(text[p : p + len(suffix)], suffix)
            + fuzz.ratio(text[max(start, p - k) : p], exact[-k:])
        ),
    )
    return start, end
