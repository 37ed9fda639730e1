"""CSV reports: RFC 4180, UTF-8 with BOM, every text cell quoted, formulas neutralised.

Rows come from one SQL query read straight from the cursor and are written as they arrive,
so 100,000 claims export in about the time a hand-written ``sqlite3`` + ``csv`` loop takes.
The same rows (:func:`report_rows`) feed the XLSX report, there with typed cells.

Text cells are quoted and numbers are not, so a spreadsheet that keeps quoted fields as
text (LibreOffice's "Format quoted field as text") reads ``True``, ``0012`` or ``1e5`` as
the text they are. A cell that a spreadsheet would read as a formula (its first character
after any leading spaces or control characters is ``=``, ``+``, ``-`` or ``@``, and it is
not a plain signed number) gets a leading apostrophe, as OWASP advises against CSV
injection; other cells are written as they are, with no apostrophe to garble them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.files import atomic_text_file
from claimtracker.core.model import Article, Claim, Evidence, Highlight, Source, Tag, claim_tags
from claimtracker.core.services.query import ClaimFilter, claim_ids
from claimtracker.core.services.terms import status_terms, verdict_terms
from claimtracker.core.taxonomy import RELIABILITY, term_label
from claimtracker.core.translations import translate, translates

# OWASP CSV injection: a spreadsheet reads text starting with these as a formula (also
# after leading blanks or control characters, which some strip; full-width forms included).
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_LEADING = " \t\r\n\0\x0b\x0c"
_SIGNED_NUMBER = re.compile(r"[+\-\uff0b\uff0d]?\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?\s*%?")


class ExportCancelled(Exception):
    """The analyst cancelled an export; no file was written."""


def is_formula(value: str) -> bool:
    """Whether a spreadsheet opening a CSV would read this text as a formula."""
    rest = value.lstrip(_LEADING)
    if not rest.startswith(FORMULA_STARTS):
        return False
    return rest[0] in "=@\uff1d\uff20" or _SIGNED_NUMBER.fullmatch(rest) is None


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and is_formula(value):
        return "'" + value
    return value


@dataclass(frozen=True)
class CsvColumn:
    key: str
    heading: str  # the column's name for readers; English reports head columns by key
    per_claim: bool = True  # available in one-row-per-claim reports
    per_highlight: bool = True


REPORT = "ReportColumns"  # translation context of the headings and words of reports
COLUMNS: tuple[CsvColumn, ...] = (
    CsvColumn("id", QT_TRANSLATE_NOOP("ReportColumns", "ID")),
    CsvColumn("uuid", QT_TRANSLATE_NOOP("ReportColumns", "UUID")),
    CsvColumn("statement", QT_TRANSLATE_NOOP("ReportColumns", "Claim")),
    CsvColumn("claimant", QT_TRANSLATE_NOOP("ReportColumns", "Claimant")),
    CsvColumn("claim_date", QT_TRANSLATE_NOOP("ReportColumns", "Date of the claim")),
    CsvColumn("status", QT_TRANSLATE_NOOP("ReportColumns", "Status")),
    CsvColumn("verdict", QT_TRANSLATE_NOOP("ReportColumns", "Verdict")),
    CsvColumn("rationale", QT_TRANSLATE_NOOP("ReportColumns", "Rationale")),
    CsvColumn("tags", QT_TRANSLATE_NOOP("ReportColumns", "Tags")),
    CsvColumn("articles", QT_TRANSLATE_NOOP("ReportColumns", "Articles"), per_highlight=False),
    CsvColumn("outlets", QT_TRANSLATE_NOOP("ReportColumns", "Outlets"), per_highlight=False),
    CsvColumn("urls", QT_TRANSLATE_NOOP("ReportColumns", "Article URLs"), per_highlight=False),
    CsvColumn("quotes", QT_TRANSLATE_NOOP("ReportColumns", "Quotes"), per_highlight=False),
    CsvColumn("article", QT_TRANSLATE_NOOP("ReportColumns", "Article"), per_claim=False),
    CsvColumn("outlet", QT_TRANSLATE_NOOP("ReportColumns", "Outlet"), per_claim=False),
    CsvColumn("url", QT_TRANSLATE_NOOP("ReportColumns", "Article URL"), per_claim=False),
    CsvColumn("quote", QT_TRANSLATE_NOOP("ReportColumns", "Quote"), per_claim=False),
    CsvColumn("start", QT_TRANSLATE_NOOP("ReportColumns", "Start"), per_claim=False),
    CsvColumn("end", QT_TRANSLATE_NOOP("ReportColumns", "End"), per_claim=False),
    CsvColumn("anchoring", QT_TRANSLATE_NOOP("ReportColumns", "Anchoring"), per_claim=False),
    CsvColumn("sources", QT_TRANSLATE_NOOP("ReportColumns", "Sources")),
    CsvColumn("source_count", QT_TRANSLATE_NOOP("ReportColumns", "Number of sources")),
    CsvColumn("best_reliability", QT_TRANSLATE_NOOP("ReportColumns", "Best source reliability")),
    # Stored times are UTC, written without an offset: the heading says so.
    CsvColumn("created_at", QT_TRANSLATE_NOOP("ReportColumns", "Created (UTC)")),
    CsvColumn("created_by", QT_TRANSLATE_NOOP("ReportColumns", "Created by")),
    CsvColumn("updated_at", QT_TRANSLATE_NOOP("ReportColumns", "Last changed (UTC)")),
    CsvColumn("updated_by", QT_TRANSLATE_NOOP("ReportColumns", "Last changed by")),
)
# Where a highlight stands in its article's text (the ``anchoring`` column).
ANCHORING = {
    "anchored": QT_TRANSLATE_NOOP("ReportColumns", "anchored"),
    "moved": QT_TRANSLATE_NOOP("ReportColumns", "moved"),
    "fuzzy": QT_TRANSLATE_NOOP("ReportColumns", "fuzzy"),
    "orphaned": QT_TRANSLATE_NOOP("ReportColumns", "orphaned"),
}
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
DEFAULT_COLUMNS = (
    "id",
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
    "best_reliability",
    "updated_at",
    "updated_by",
    "uuid",
)
DEFAULT_HIGHLIGHT_COLUMNS = (
    "id",
    "statement",
    "claimant",
    "status",
    "verdict",
    "tags",
    "article",
    "outlet",
    "url",
    "quote",
    "start",
    "end",
    "anchoring",
    "updated_at",
    "uuid",
)
NUMBERS = {"id", "source_count", "start", "end"}
UNIT = "\x1f"
DEDUPLICATED = {"articles", "outlets", "urls"}
TIMES = {"created_at", "updated_at"}
TEXTS = {c.key for c in COLUMNS} - NUMBERS - TIMES - {"claim_date"}
_BATCH = 200  # rows fetched at a time; progress (and a chance to cancel) after each batch


def _joined(column, separator: str, *where) -> Any:
    return (
        select(func.aggregate_strings(column, separator))
        .where(*where)
        .correlate(Claim)
        .scalar_subquery()
    )


def _expressions(per_highlight: bool) -> dict[str, Any]:
    expressions: dict[str, Any] = {
        "id": Claim.id,
        "uuid": Claim.uuid,
        "statement": Claim.statement,
        "claimant": Claim.claimant,
        "claim_date": Claim.claim_date,
        "status": Claim.status,
        "verdict": Claim.verdict,
        "rationale": Claim.rationale,
        "tags": select(func.aggregate_strings(Tag.name, "; "))
        .join(claim_tags, claim_tags.c.tag_id == Tag.id)
        .where(claim_tags.c.claim_id == Claim.id)
        .scalar_subquery(),
        "sources": select(func.aggregate_strings(func.coalesce(Source.url, Source.name), "; "))
        .join(Evidence, Evidence.source_id == Source.id)
        .where(Evidence.claim_id == Claim.id)
        .scalar_subquery(),
        "source_count": select(func.count(Evidence.id))
        .where(Evidence.claim_id == Claim.id)
        .scalar_subquery(),
        "best_reliability": select(func.min(Source.reliability))
        .join(Evidence, Evidence.source_id == Source.id)
        .where(Evidence.claim_id == Claim.id)
        .scalar_subquery(),
        "created_at": Claim.created_at,
        "created_by": Claim.created_by,
        "updated_at": Claim.updated_at,
        "updated_by": Claim.updated_by,
    }
    if per_highlight:
        expressions.update(
            article=Article.title,
            outlet=Article.outlet,
            url=Article.url,
            quote=Highlight.exact,
            start=Highlight.start,
            end=Highlight.end,
            anchoring=Highlight.state,
        )
    else:
        in_claim = Highlight.claim_id == Claim.id
        expressions["quotes"] = _joined(Highlight.exact, "\n", in_claim)
        for key, column in (
            ("articles", Article.title),
            ("outlets", Article.outlet),
            ("urls", Article.url),
        ):
            # Joined with a unit separator; repeats (two highlights in one article) are
            # dropped while writing.
            expressions[key] = (
                select(func.aggregate_strings(column, UNIT))
                .join(Highlight, Highlight.article_id == Article.id)
                .where(in_claim)
                .correlate(Claim)
                .scalar_subquery()
            )
    return expressions


def check_columns(columns: Sequence[str], per_highlight: bool) -> list[str]:
    """The chosen columns, or a clear error naming the unknown or unavailable ones."""
    available = {c.key for c in COLUMNS if (c.per_highlight if per_highlight else c.per_claim)}
    wrong = [c for c in columns if c not in available]
    if wrong:
        if per_highlight:
            template = QT_TRANSLATE_NOOP(
                "Core", "unknown column(s) for one row per highlight: {wrong} (available: {known})"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Core", "unknown column(s) for one row per claim: {wrong} (available: {known})"
            )
        raise UserError(
            template,
            wrong=", ".join(wrong),
            known=", ".join(k for k in COLUMN_KEYS if k in available),
        )
    if not columns:
        raise UserError(QT_TRANSLATE_NOOP("Core", "choose at least one column"))
    return list(columns)


def headings(columns: Sequence[str], language: str = "en") -> list[str]:
    """The header row: the column keys in an English report (what scripts read), the
    columns' headings in the report's language otherwise."""
    if not translates(language):
        return list(columns)
    heading = {c.key: c.heading for c in COLUMNS}
    return [translate(language, REPORT, heading[key]) for key in columns]


def export_csv(
    db: Database,
    path: Path,
    claim_filter: ClaimFilter | None = None,
    *,
    claim_id_list: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    per_highlight: bool = False,
    sort: str = "id",
    descending: bool = False,
    delimiter: str = ",",
    bom: bool = True,
    formula_guard: bool = True,
    progress: Callable[[int, int], bool] | None = None,
    language: str = "en",
) -> int:
    """Write the claims (or their highlights) as CSV; returns the number of rows.

    ``progress(done, total)`` (rows) is called at the start and then every 200 rows;
    returning False cancels the export (:class:`ExportCancelled`), and no file is left
    behind. ``path`` is checked against the database first (see
    :func:`~claimtracker.core.files.check_output_path`). Without ``formula_guard`` no cell
    gets an apostrophe (for programs that read the file, not spreadsheets). In another
    ``language`` than English the headings and the fixed words are translated
    (:func:`report_rows`).
    """
    with report_rows(
        db,
        claim_filter,
        claim_id_list=claim_id_list,
        columns=columns,
        per_highlight=per_highlight,
        sort=sort,
        descending=descending,
        progress=progress,
        guard=formula_guard,
        language=language,
    ) as (columns, _total, rows):
        return write_csv(
            path,
            headings(columns, language),
            rows,
            delimiter=delimiter,
            bom=bom,
            neutralised=True,
            database=db.path,
        )


@contextmanager
def report_rows(
    db: Database,
    claim_filter: ClaimFilter | None = None,
    *,
    claim_id_list: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    per_highlight: bool = False,
    sort: str = "id",
    descending: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    typed: bool = False,
    guard: bool = True,
    language: str = "en",
) -> Iterator[tuple[list[str], int, Iterable[list[object]]]]:
    """The report's columns (keys), row count and rows, read from the cursor as they are used.

    Rows hold text (None as ``""``, formulas neutralised unless ``guard`` is False), with
    numbers as numbers; ``typed`` rows keep dates and times as :class:`date` and
    :class:`datetime` (UTC), numbers as numbers, missing values as None and text unguarded.
    Statuses and verdicts are their labels. In another ``language`` than English, labels
    still as the defaults named them are translated (a newsroom's own stay as they are), a
    reliability grade gets its wording (``B (Normalmente fiable)``) and the anchoring state
    its word; in English they are written as stored.
    """
    default = DEFAULT_HIGHLIGHT_COLUMNS if per_highlight else DEFAULT_COLUMNS
    columns = check_columns(list(columns or default), per_highlight)
    expressions = _expressions(per_highlight)
    dialect = db.engine.dialect.name
    with db.read() as session:
        words: dict[str, dict[Any, str]] = {
            "status": {t.key: term_label(language, t.label) for t in status_terms(session)},
            "verdict": {t.key: term_label(language, t.label) for t in verdict_terms(session)},
        }
        if translates(language):
            words["best_reliability"] = {
                grade: f"{grade} ({term_label(language, wording)})"
                for grade, wording in RELIABILITY.items()
            }
            words["anchoring"] = {
                state: translate(language, REPORT, word) for state, word in ANCHORING.items()
            }
        base = claim_ids(claim_filter or ClaimFilter(), sort, descending, dialect)
        if claim_id_list is not None:
            base = base.where(Claim.id.in_(list(claim_id_list)))
        query = base.with_only_columns(
            *(expressions[c] for c in columns), maintain_column_froms=True
        ).select_from(Claim)
        if per_highlight:
            query = (
                query.join(Highlight, Highlight.claim_id == Claim.id)
                .join(Article, Article.id == Highlight.article_id)
                .order_by(Highlight.start)
            )
        if per_highlight:
            chosen = base.order_by(None).subquery()
            counted = select(func.count(Highlight.id)).where(
                Highlight.claim_id.in_(select(chosen.c.id))
            )
        else:
            counted = select(func.count()).select_from(base.subquery())
        total = session.scalar(counted) or 0
        if progress is not None and progress(0, total) is False:
            raise ExportCancelled("export cancelled")
        result = session.connection().execute(query)
        try:
            rows = _rows(result.cursor, columns, words, total, progress, typed, guard)
            yield columns, total, rows
        finally:
            result.close()


def _typed_time(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _typed_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rows(
    cursor,
    columns: list[str],
    words: dict[str, dict[Any, str]],
    total: int,
    progress: Callable[[int, int], bool] | None,
    typed: bool = False,
    guard: bool = True,
) -> Iterable[list[object]]:
    # Stored keys and grades written as words (statuses, verdicts; more in other languages).
    named = [(columns.index(key), names) for key, names in words.items() if key in columns]
    times = [i for i, c in enumerate(columns) if c in TIMES]
    dates = [i for i, c in enumerate(columns) if c == "claim_date"]
    lists = [i for i, c in enumerate(columns) if c in DEDUPLICATED]
    texts = [i for i, c in enumerate(columns) if c not in NUMBERS and (not typed or c in TEXTS)]
    done = 0
    while True:
        batch = cursor.fetchmany(_BATCH)
        if not batch:
            break
        for raw in batch:
            row = list(raw)
            for i, names in named:
                row[i] = names.get(row[i], row[i])
            if typed:
                for i in times:
                    row[i] = _typed_time(row[i])
                for i in dates:
                    row[i] = _typed_date(row[i])
            else:
                for i in times:
                    row[i] = str(row[i])[:19] if row[i] is not None else ""
            for i in lists:
                if row[i]:
                    row[i] = "; ".join(dict.fromkeys(row[i].split(UNIT)))
            for i in texts:
                value = row[i]
                if value is None:
                    row[i] = None if typed else ""
                elif isinstance(value, str):
                    if guard and not typed and is_formula(value):
                        row[i] = "'" + value
                else:
                    row[i] = str(value)
            yield row
        done += len(batch)
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled("export cancelled")


def write_rows(
    out: IO[str],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    neutralised: bool = False,
) -> int:
    """Write rows to an open text stream (neutralising cells unless already done)."""
    # Numbers unquoted, every other cell quoted: spreadsheets that keep quoted fields as
    # text then read "True", "0012" and "1e5" as text.
    writer = csv.writer(
        out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC
    )
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row if neutralised else [neutralise(v) for v in row])
        count += 1
    return count


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    bom: bool = True,
    neutralised: bool = False,
    database: Path | None = None,
) -> int:
    """Write a CSV file atomically (temporary name, then rename); returns the row count.

    Characters the encoding cannot hold (lone surrogates) are replaced, never fatal.
    ``database``, the open database file, is never overwritten (nor its companions).
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    with atomic_text_file(path, encoding, newline="", database=database) as out:
        count = write_rows(out, header, rows, delimiter=delimiter, neutralised=neutralised)
    return count
