"""Word-level differences between two texts of an article (diff-match-patch), and a plain
rendering that marks removed and added text with brackets rather than colour alone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

Op = Literal["equal", "insert", "delete", "gap"]  # gap: unchanged text left out

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
# Words, runs of white space, single CJK characters (written without spaces) and single
# other characters are the units compared.
_TOKEN = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+|\s+|.", re.S)
_OPS: dict[int, Op] = {0: "equal", 1: "insert", -1: "delete"}
_MAX_TOKENS = 1_000_000  # distinct units; each is mapped to one character for the diff

DIFF_SECONDS = 5.0
"""Time given to find the smallest difference; past it the result is correct but coarser."""


@dataclass(frozen=True)
class DiffSegment:
    """A run of text that both versions share (``equal``), or only the newer one has
    (``insert``), or only the older one had (``delete``); :func:`condensed` adds ``gap``
    for unchanged text left out."""

    op: Op
    text: str


def word_diff(old: str, new: str) -> list[DiffSegment]:
    """Differences between ``old`` and ``new``, word by word.

    Concatenating the ``equal`` and ``delete`` segments gives ``old``; the ``equal`` and
    ``insert`` segments give ``new``.
    """
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_SECONDS
    units: list[str] = []
    codes: dict[str, str] = {}

    def encode(text: str) -> str | None:
        chars = []
        for token in _TOKEN.findall(text):
            code = codes.get(token)
            if code is None:
                if len(units) >= _MAX_TOKENS:
                    return None
                code = codes[token] = chr(len(units) + 1)
                units.append(token)
            chars.append(code)
        return "".join(chars)

    old_codes, new_codes = encode(old), encode(new)
    if old_codes is None or new_codes is None:  # too varied to map: compare characters
        diffs = dmp.diff_main(old, new, False)
        dmp.diff_cleanupSemantic(diffs)
        return _segments((_OPS[op], text) for op, text in diffs)
    diffs = dmp.diff_main(old_codes, new_codes, False)
    dmp.diff_cleanupSemantic(diffs)
    return _segments((_OPS[op], "".join(units[ord(c) - 1] for c in text)) for op, text in diffs)


def _segments(pairs) -> list[DiffSegment]:
    segments: list[DiffSegment] = []
    for op, text in pairs:
        if not text:
            continue
        if segments and segments[-1].op == op:
            segments[-1] = DiffSegment(op, segments[-1].text + text)
        else:
            segments.append(DiffSegment(op, text))
    return segments


def marked_text(segments: list[DiffSegment]) -> str:
    """The newer text with removed words as ``[-…-]`` and added ones as ``{+…+}``."""
    return "".join(_marked(s) for s in segments)


def condensed(segments: list[DiffSegment]) -> list[DiffSegment]:
    """The segments with the unchanged lines between changes left out: each run left out is
    one ``gap`` segment (its text the lines it stands for). The lines that hold a change are
    kept whole, which is what a reader of a long article needs. Empty when nothing changed."""
    if all(s.op == "equal" for s in segments):
        return []
    kept: list[DiffSegment] = []
    last = len(segments) - 1
    for i, s in enumerate(segments):
        lines = s.text.split("\n")
        if s.op != "equal" or (len(lines) <= 3 and 0 < i < last):
            kept.append(s)
            continue
        head = lines[0] + "\n" if i > 0 else ""  # the rest of the line of the change before
        tail = "\n" + lines[-1] if i < last else ""  # the start of the line of the next one
        if len(head) + len(tail) >= len(s.text):  # nothing between them to leave out
            kept.append(s)
            continue
        left_out = s.text[len(head) : len(s.text) - len(tail)]
        kept += [
            DiffSegment("equal", head),
            DiffSegment("gap", left_out),
            DiffSegment("equal", tail),
        ]
    return [s for s in kept if s.text or s.op == "gap"]


def condensed_text(segments: list[DiffSegment]) -> str:
    """:func:`marked_text` with the unchanged lines between changes left out (``…``).
    Empty when nothing changed."""
    return "".join("…" if s.op == "gap" else _marked(s) for s in condensed(segments))


def _marked(segment: DiffSegment) -> str:
    if segment.op == "delete":
        return f"[-{segment.text}-]"
    if segment.op == "insert":
        return f"{{+{segment.text}+}}"
    return segment.text
