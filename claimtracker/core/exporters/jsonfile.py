"""JSON written a record at a time, so a long export shows progress and can be cancelled.

The output is exactly what ``json.dump(document, ensure_ascii=False, indent=1)`` writes: the
long lists (articles, claims, annotations) are replaced by markers, the rest is encoded at
once, and each list is then written element by element in its place.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
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
                encoded = json.dumps(item, ensure_ascii=False, indent=1)
                out.write(("," if i else "") + inner + encoded.replace("\n", inner))
                written += 1
                if on_item is not None:
                    on_item(written)
            out.write("\n" + " " * depth + "]")
        start = at + len(token)
    out.write(text[start:])


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
