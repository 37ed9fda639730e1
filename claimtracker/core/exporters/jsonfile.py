"""JSON written a record at a time, so a long export shows progress and can be cancelled.

The output is exactly what ``json.dump(document, ensure_ascii=False, indent=1)`` writes.
:func:`dump` takes a whole document: its long lists (claims, annotations) are replaced by
markers, the rest is encoded at once, and each list is then written element by element in
its place. :class:`ObjectWriter` takes an object member by member, its long lists from
iterators, so that the document never has to exist in memory at once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import IO, Any

Path_ = tuple[str | int, ...]
"""Keys (and indexes) from the document down to a list, e.g. ``("first", "items")``."""


def count_items(document: Any, lists: Sequence[Path_]) -> int:
    """How many elements the lists at ``lists`` hold together."""
    return sum(len(_at(document, path)) for path in lists)


def dump(
    document: Any,
    out: IO[str],
    lists: Sequence[Path_] = (),
    on_item: Callable[[int], None] | None = None,
) -> None:
    """Write ``document`` to ``out``; ``on_item(n)`` after each element of the ``lists``.

    ``on_item`` may raise to stop (a cancel); what was written so far is then incomplete.
    """
    markers: dict[str, list[Any]] = {}
    shell = document
    for path in lists:
        marker = f"claimtracker-list-{uuid.uuid4().hex}"
        markers[json.dumps(marker)] = _at(document, path)
        shell = _replaced(shell, path, marker)
    text = json.dumps(shell, ensure_ascii=False, indent=1)
    placed = sorted((text.index(token), token) for token in markers)
    written = 0
    start = 0
    for at, token in placed:
        head = text[start:at]
        out.write(head)
        line = text[text.rfind("\n", 0, at) + 1 : at]
        depth = len(line) - len(line.lstrip(" "))
        items = markers[token]
        if not items:
            out.write("[]")
        else:
            inner = "\n" + " " * (depth + 1)
            out.write("[")
            for i, item in enumerate(items):
                out.write(("," if i else "") + inner + _layout(item, inner))
                written += 1
                if on_item is not None:
                    on_item(written)
            out.write("\n" + " " * depth + "]")
        start = at + len(token)
    out.write(text[start:])


class ObjectWriter:
    """A JSON object written member by member, as ``json.dump(..., indent=1)`` lays it out."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.members = 0
        out.write("{")

    def _key(self, key: str) -> None:
        self.out.write(("," if self.members else "") + "\n " + encode_basestring(key) + ": ")
        self.members += 1

    def member(self, key: str, value: Any) -> None:
        """One member whose value is encoded at once."""
        self._key(key)
        self.out.write(_layout(value, "\n "))

    def list_member(self, key: str, items: Iterable[Any]) -> int:
        """One member whose value is a list, written an element at a time; returns its length."""
        self._key(key)
        count = 0
        for item in items:
            self.out.write(("," if count else "[") + "\n  " + _layout(item, "\n  "))
            count += 1
        self.out.write("\n ]" if count else "[]")
        return count

    def close(self) -> None:
        """End the object (``{}`` when it has no member)."""
        self.out.write("\n}" if self.members else "}")


def _layout(value: Any, newline: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` with each line break followed by
    ``newline``'s indent (the value's place in the document), made faster for records.

    With an indent, :mod:`json` encodes in Python, a generator per container; records of
    strings, numbers and lists of records are laid out here instead, each string encoded by
    the C encoder (which never leaves a line break in a string). Anything else (floats, keys
    that are not strings) is left to :mod:`json`.
    """
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = newline + " "
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        if not value:
            return "{}"
        members = [
            inner + encode_basestring(k) + ": " + _layout(v, inner) for k, v in value.items()
        ]
        return "{" + ",".join(members) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return "[" + ",".join(inner + _layout(v, inner) for v in value) + newline + "]"
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", newline)


def _at(document: Any, path: Path_) -> list[Any]:
    for key in path:
        document = document[key]
    if not isinstance(document, list):
        raise TypeError(f"{path} is not a list")
    return document


def _replaced(document: Any, path: Path_, marker: str) -> Any:
    """A copy of the containers along ``path``, with the value at its end set to ``marker``."""
    if not path:
        return marker
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[path[0]] = _replaced(document[path[0]], path[1:], marker)  # type: ignore[index]
    return copy
