"""Printing results for scripts: JSON documents and plain aligned tables."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, TextIO


def plain(record: Any) -> dict:
    """A dataclass as plain JSON-ready values (dates as ISO 8601 text)."""
    return json.loads(json.dumps(dataclasses.asdict(record), default=json_default))


def claim_json(claim: Any) -> dict:
    """A claim for scripts: its highlights without internal identifiers."""
    data = plain(claim)
    for h in data["highlights"]:
        for key in ("id", "uuid", "claim_id", "prefix", "suffix"):
            h.pop(key, None)
    return data


def json_default(value: object) -> str:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return utc_iso(value) or ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def utc_iso(moment: datetime | None) -> str | None:
    """A UTC time as ISO 8601 with ``Z``; a time without a zone is taken as UTC (as stored)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"


def print_json(data: object, stdout: TextIO) -> None:
    json.dump(data, stdout, ensure_ascii=False, indent=2, default=json_default)
    stdout.write("\n")


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]], stdout: TextIO) -> None:
    """Columns padded to their width (at most 60), the last one left whole."""
    cells = [[str(v).replace("\n", " ") for v in header]]
    cells += [[" ".join(str(v).split()) for v in row] for row in rows]
    widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(header) - 1)]
    for row in cells:
        head = "  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=False))
        print(f"{head}  {row[-1]}".rstrip(), file=stdout)
