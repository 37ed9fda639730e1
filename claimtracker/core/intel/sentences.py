"""Sentences of an article with code-point offsets into its text (Spanish and English).

sentencex (Wikimedia's rule-based segmenter, compiled, ~300 languages) finds the
boundaries; pysbd was measured too slow here (about 2 s for a 1 MB article) and splits after
"Sr." and "Dra." in Spanish. The segmenter's spans are checked against the text and then
corrected with the abbreviations of ``resources/intel/abbreviations.toml``: no break after
a title ("Sr.", "EE.", "Sen."), an initial ("O." of "O.N.U.") or before a lower-case start.
Paragraphs (blank lines) and single lines that are not wrapped prose always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from claimtracker.core.intel.lexicon import load


@dataclass(frozen=True)
class Sentence:
    """``text == article_text[start:end]``, offsets in code points, no space at either end."""

    start: int
    end: int
    text: str


class Cancelled(Exception):
    """Long work stopped because the caller asked it to."""


CancelCheck = Callable[[], bool]

_LINES = re.compile(r"[^\n]+")
_WRAPPED_MIN = 50  # a line this long that goes on in lower case is wrapped prose
_INITIAL = re.compile(r"(?<![\w.])[A-ZÁÉÍÓÚÑ]\.$")
_LAST_WORD = re.compile(r"\S+$")
_CONTINUES = re.compile(r"[a-záéíóúüñ0-9,;:)\]»”’%]")
_CONTENT = re.compile(r"\w")


def segment(
    text: str, language: str | None = "es", cancel: CancelCheck | None = None
) -> list[Sentence]:
    """The sentences of ``text`` in order; whitespace between them belongs to none."""
    import sentencex

    lang = language if language in ("es", "en") else "es"
    sentences: list[Sentence] = []
    for count, (block_start, block) in enumerate(_blocks(text)):
        if cancel is not None and count % 64 == 0 and cancel():
            raise Cancelled("cancelled")
        pieces = _pieces(sentencex.get_sentence_boundaries(lang, block), block)
        for start, end in _resplit(block, _merged(block, pieces)):
            s, e = _trimmed(block, start, end)
            if s < e and _CONTENT.search(block, s, e):
                sentences.append(Sentence(block_start + s, block_start + e, block[s:e]))
    return sentences


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence containing code point ``position`` (its end included), if any."""
    import bisect

    i = bisect.bisect_right([s.start for s in sentences], position) - 1
    if i >= 0 and sentences[i].start <= position <= sentences[i].end:
        return sentences[i]
    return None


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Runs of text that no sentence crosses: paragraphs, and lines that are not wrapped."""
    start = end = None
    for match in _LINES.finditer(text):
        line = match.group()
        if start is not None and end is not None:
            joined = match.start() == end + 1 and _wrapped(text[start:end], line)
            if not joined:
                yield start, text[start:end]
                start = None
        if start is None:
            start = match.start()
        end = match.end()
    if start is not None and end is not None:
        yield start, text[start:end]


def _wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues the previous line's sentence (hard-wrapped prose)."""
    stripped = line.lstrip()
    return (
        len(previous.rsplit("\n", 1)[-1]) >= _WRAPPED_MIN
        and bool(stripped)
        and stripped[0].islower()
        and previous.rstrip()[-1:] not in ".!?:…"
    )


def _pieces(found: list[dict], block: str) -> list[tuple[int, int]]:
    """The segmenter's spans, checked against the text: any that do not fit are found again."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for item in found:
        piece = item["text"]
        start, end = item["start_index"], item["end_index"]
        if block[start:end] != piece:
            start = block.find(piece, cursor)
            if start < 0:
                continue
            end = start + len(piece)
        if start < cursor:
            continue
        spans.append((start, end))
        cursor = end
    if not spans:
        return [(0, len(block))]
    # Whatever the segmenter skipped stays with the sentence before it.
    covered = [
        (s, spans[i + 1][0] if i + 1 < len(spans) else len(block))
        for i, (s, _e) in enumerate(spans)
    ]
    covered[0] = (0, covered[0][1])
    return covered


def _merged(block: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    titles, others = _abbreviations()
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out:
            prev_start, prev_end = out[-1]
            tail = block[prev_start:prev_end].rstrip()
            word = _LAST_WORD.search(tail)
            last = word.group() if word else ""
            head = block[start:end].lstrip()[:1]
            if (
                last in titles
                or _INITIAL.search(last)
                or (head and _CONTINUES.match(head))
                or (last in others and head and not head.isupper())
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _resplit(block: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Break after an abbreviation that can end a sentence ("EE. UU.", "10.30 h.") when a
    capitalised sentence follows; segmenters treat these as never final."""
    pattern = _final_abbreviation()
    for start, end in spans:
        for match in pattern.finditer(block, start, end):
            yield start, match.end(1)
            start = match.end(1)
        yield start, end


def _trimmed(block: str, start: int, end: int) -> tuple[int, int]:
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _final_abbreviation() -> re.Pattern[str]:
    final = load("abbreviations.toml")["final"]
    words = "|".join(re.escape(w) for w in sorted(final, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{words})()\s+(?=[¿¡«“\"'(]?[A-ZÁÉÍÓÚÑ])")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    data = load("abbreviations.toml")
    return frozenset(data["titles"]), frozenset(data["others"])
