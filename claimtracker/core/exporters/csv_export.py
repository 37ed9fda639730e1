"""CSV reports: RFC 4180, UTF-8 with BOM for Excel, formula-looking cells neutralised."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from claimtracker.core.errors import UserError
from claimtracker.core.services.dto import ClaimInfo
from claimtracker.core.taxonomy import Term

# OWASP CSV injection: a spreadsheet treats text starting with these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")

CLAIM_COLUMNS = (
    "id",
    "uuid",
    "statement",
    "claimant",
    "claim_date",
    "status",
    "verdict",
    "rationale",
    "tags",
    "articles",
    "quotes",
    "sources",
    "created_at",
    "updated_at",
    "updated_by",
)


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def claim_rows(
    claims: Iterable[ClaimInfo], statuses: Sequence[Term], verdicts: Sequence[Term]
) -> Iterable[list[object]]:
    """One row per claim in :data:`CLAIM_COLUMNS` order, taxonomy labels instead of keys."""
    status_label = {t.key: t.label for t in statuses}
    verdict_label = {t.key: t.label for t in verdicts}
    for c in claims:
        yield [
            c.id,
            c.uuid,
            c.statement,
            c.claimant,
            c.claim_date.isoformat() if c.claim_date else "",
            status_label.get(c.status, c.status),
            verdict_label.get(c.verdict, c.verdict) if c.verdict else "",
            c.rationale,
            "; ".join(c.tags),
            "; ".join(str(a) for a in dict.fromkeys(h.article_id for h in c.highlights)),
            "\n".join(h.exact for h in c.highlights),
            "; ".join(e.source.url or e.source.name for e in c.evidence),
            c.created_at.isoformat(timespec="seconds"),
            c.updated_at.isoformat(timespec="seconds"),
            c.updated_by,
        ]


def write_rows(
    out: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ","
) -> int:
    """Write neutralised rows to an open text stream; returns the number of data rows."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        count += 1
    return count


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    bom: bool = True,
) -> int:
    """Write a CSV file atomically (temporary name, then rename); returns the row count."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open(
            "w", encoding="utf-8-sig" if bom else "utf-8", errors="replace", newline=""
        ) as out:
            count = write_rows(out, header, rows, delimiter=delimiter)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
