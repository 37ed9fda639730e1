"""Reading an export file."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Any

import jiter

from claimtracker.core.errors import InvalidExport
from claimtracker.core.exporters.interchange_schema import (
    FORMAT,
    MAX_EXPORT_BYTES,
    MAX_NESTING_DEPTH,
)
from claimtracker.core.exporters.validation import collector_paused


def read_export(path: Path) -> dict[str, Any]:
    """Parse an export file; what it holds is checked when it is merged.

    The size is checked before anything is read, and the parser refuses duplicate keys and
    nesting deeper than :data:`MAX_NESTING_DEPTH` rather than recursing. A UTF-8 byte order
    mark (added by some editors) is allowed.
    """
    name = Path(path).name
    raw = b""
    try:
        with Path(path).open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size <= MAX_EXPORT_BYTES:
                raw = fh.read(MAX_EXPORT_BYTES + 1)  # a pipe has no size: read one byte more
    except OSError as exc:
        raise InvalidExport(f"cannot be read: {exc.strerror or exc}", source=name) from exc
    if size > MAX_EXPORT_BYTES or len(raw) > MAX_EXPORT_BYTES:
        raise InvalidExport(
            f"the file is {max(size, len(raw)) / 2**20:.1f} MB; the limit for an export "
            f"is {MAX_EXPORT_BYTES / 2**20:.0f} MB",
            source=name,
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidExport("UTF-16 text; a ClaimTracker export is UTF-8", source=name)
    try:
        with collector_paused():
            data = jiter.from_json(
                raw.removeprefix(codecs.BOM_UTF8), catch_duplicate_keys=True, cache_mode="keys"
            )
    except ValueError as exc:
        raise _not_json(str(exc), name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidExport("not a ClaimTracker export", source=name)
    return data


_PARSER_ERROR = re.compile(r"(?P<problem>.*) at (?P<where>line \d+ column \d+)")


def _not_json(message: str, name: str) -> InvalidExport:
    """The parser's complaint as a refusal that says where, in words a user can act on."""
    found = _PARSER_ERROR.fullmatch(message)
    problem, where = (found["problem"], found["where"]) if found else (message, "")
    if problem == "recursion limit exceeded":
        problem = f"nested deeper than {MAX_NESTING_DEPTH} levels"
    elif problem.startswith("Detected duplicate key"):
        problem = problem.replace("Detected duplicate key", "duplicate key")
    elif problem == "invalid unicode code point":
        problem = "not UTF-8 text"
    else:
        problem = f"not valid JSON: {problem}"
    return InvalidExport(problem, where, name)
