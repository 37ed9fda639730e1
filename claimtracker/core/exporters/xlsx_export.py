"""XLSX reports: the CSV report's columns and rows as typed cells (XlsxWriter).

Text is written as text even when it looks like a number, a boolean or a formula (so no
apostrophe is needed), dates and times as dates, counts as numbers. The header row is frozen
and filtered; column widths come from the first rows. XlsxWriter's constant-memory mode
streams rows to disk, so 100,000 claims need no more memory than a few.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.exporters.csv_export import REPORT, headings, report_rows
from claimtracker.core.files import safe_output
from claimtracker.core.services.query import ClaimFilter
from claimtracker.core.translations import translate

MAX_ROWS = 1_048_576 - 1  # a worksheet's rows, less the header
MAX_CELL = 32_767  # characters a cell holds
SAMPLE = 200  # rows that set the column widths
MIN_WIDTH, MAX_WIDTH = 6, 60
WIDE = {"statement", "rationale", "quotes", "quote", "sources", "articles", "article"}
# Control characters cannot stand in a cell's XML; they would show as "_x0001_" codes.
_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
TITLE = QT_TRANSLATE_NOOP("ReportColumns", "ClaimTracker report")
SHEETS = {  # the worksheet's name, by what a row is
    False: QT_TRANSLATE_NOOP("ReportColumns", "Claims"),
    True: QT_TRANSLATE_NOOP("ReportColumns", "Highlights"),
}


def export_xlsx(
    db: Database,
    path: Path,
    claim_filter: ClaimFilter | None = None,
    *,
    claim_id_list: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    per_highlight: bool = False,
    sort: str = "id",
    descending: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    language: str = "en",
) -> int:
    """Write the claims (or their highlights) as an XLSX workbook; returns the row count.

    Same columns, scopes, order, progress, cancelling and ``language`` as
    :func:`~claimtracker.core.exporters.csv_export.export_csv`; no file is left behind when
    it is cancelled or fails.
    """
    import xlsxwriter

    with (
        report_rows(
            db,
            claim_filter,
            claim_id_list=claim_id_list,
            columns=columns,
            per_highlight=per_highlight,
            sort=sort,
            descending=descending,
            progress=progress,
            typed=True,
            language=language,
        ) as (keys, total, rows),
        safe_output(path, database=db.path) as partial,
    ):
        if total > MAX_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{rows} rows do not fit in one worksheet ({most} at most); narrow the "
                    "filter or export CSV",
                ),
                rows=total,
                most=MAX_ROWS,
            )
        workbook = xlsxwriter.Workbook(
            str(partial),
            {
                "constant_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        try:
            title = translate(language, REPORT, TITLE)
            workbook.set_properties({"title": title, "creator": "ClaimTracker"})
            sheet = workbook.add_worksheet(translate(language, REPORT, SHEETS[per_highlight]))
            formats = {
                "header": workbook.add_format({"bold": True, "bottom": 1, "valign": "top"}),
                "text": workbook.add_format({"valign": "top"}),
                "wrap": workbook.add_format({"valign": "top", "text_wrap": True}),
                "date": workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd"}),
                "time": workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd hh:mm:ss"}),
            }
            sample = list(itertools.islice(rows, SAMPLE))
            header = headings(keys, language)
            column_formats = _layout(sheet, keys, header, sample, formats)
            for col, name in enumerate(header):
                sheet.write_string(0, col, name, formats["header"])
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(total, 1), len(header) - 1)
            count = 0
            for row in itertools.chain(sample, rows):
                count += 1
                _write_row(sheet, count, row, column_formats, formats)
        finally:
            workbook.close()
    return count


def _layout(
    sheet: Any,
    keys: list[str],
    header: list[str],
    sample: list[list[object]],
    formats: dict[str, Any],
) -> list[Any]:
    """Set each column's width from the header and the sample; returns each one's format."""
    chosen = []
    for col, (key, name) in enumerate(zip(keys, header, strict=True)):
        longest = len(name) + 2  # room for the filter button
        for row in sample:
            longest = max(longest, _display_width(row[col]))
        width = max(MIN_WIDTH, min(MAX_WIDTH, longest + 1))
        wrap = key in WIDE and longest > MAX_WIDTH
        chosen.append(formats["wrap"] if wrap else formats["text"])
        sheet.set_column(col, col, width)
    return chosen


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _write_row(
    sheet: Any, row_at: int, row: list[object], column_formats: list[Any], formats: dict[str, Any]
) -> None:
    for col, value in enumerate(row):
        if value is None or value == "":
            continue
        if isinstance(value, datetime):
            sheet.write_datetime(row_at, col, value, formats["time"])
        elif isinstance(value, date):
            sheet.write_datetime(row_at, col, value, formats["date"])
        elif isinstance(value, bool):
            sheet.write_string(row_at, col, str(value), column_formats[col])
        elif isinstance(value, int | float):
            sheet.write_number(row_at, col, value, column_formats[col])
        else:
            text = str(value).translate(_CONTROLS)[:MAX_CELL]
            sheet.write_string(row_at, col, text, column_formats[col])
