"""One export pipeline for every format, used by the command line and the window.

An :class:`ExportRequest` says what to write; :func:`export` checks it and the output path
before any work, reports progress while it reads and while it writes, and leaves no file
(nor temporary file) behind when it is cancelled or fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, Note, UserError
from claimtracker.core.exporters import jsonfile
from claimtracker.core.exporters.csv_export import ExportCancelled, check_columns, export_csv
from claimtracker.core.files import atomic_text_file, check_output_path, safe_output
from claimtracker.core.model import Claim
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter

FORMATS = ("csv", "xlsx", "pdf", "json", "claimreview", "w3c")
REPORTS = ("csv", "xlsx")  # row reports: columns, one row per claim or per highlight
DELIMITERS = (",", ";")
Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False cancels the export."""

# Where each JSON report keeps its long lists, written one element at a time.
_LISTS: dict[str, tuple[jsonfile.Path_, ...]] = {
    "claimreview": ((),),
    "w3c": (("first", "items"),),
}
_EVERY = 200  # progress calls while writing JSON: one per this many records


@dataclass
class ExportRequest:
    """What to export and how, in plain values (:meth:`to_dict` for saving in settings).

    ``claim_ids`` (the analyst's selection) narrows ``claim_filter``; with neither, a JSON
    export holds the whole database (articles and sources without claims too).
    """

    format: str = "csv"  # one of FORMATS
    columns: list[str] | None = None  # CSV, XLSX; None: the default columns of the row kind
    per_highlight: bool = False  # CSV, XLSX: one row per highlight instead of one per claim
    delimiter: str = ","
    bom: bool = True
    formula_guard: bool = True  # CSV: an apostrophe before cells a spreadsheet would run
    claim_filter: ClaimFilter = field(default_factory=ClaimFilter)
    claim_ids: list[int] | None = None
    sort: str = "id"  # CSV row order, one of SORT_KEYS
    descending: bool = False
    organisation: str = ""  # ClaimReview: the reviewing organisation (required)
    organisation_url: str | None = None
    # The report's language: CSV/XLSX headings and words, the dossier's, ClaimReview's verdict
    # names, and its inLanguage when no article has one.
    language: str = "en"

    @property
    def everything(self) -> bool:
        """No filter and no selection: the whole database."""
        return self.claim_ids is None and self.claim_filter == ClaimFilter()

    @property
    def unit(self) -> str:
        """What the count returned by :func:`export` counts: ``claims`` or ``highlights``."""
        highlights = self.format == "w3c" or (self.format in REPORTS and self.per_highlight)
        return "highlights" if highlights else "claims"

    def to_dict(self) -> dict[str, Any]:
        """Plain values (the filter as :meth:`ClaimFilter.to_dict`), e.g. for settings."""
        data = asdict(self)
        data["claim_filter"] = self.claim_filter.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExportRequest:
        """The request saved by :meth:`to_dict`; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("claim_filter"), dict):
            values["claim_filter"] = ClaimFilter.from_dict(values["claim_filter"])
        return cls(**values)

    def check(self) -> None:
        """Refuse, in one line, a request that cannot be carried out."""
        if self.format not in FORMATS:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "unknown export format {format!r} (use {known})"),
                format=self.format,
                known=", ".join(FORMATS),
            )
        if self.format in (*REPORTS, "pdf") and self.sort not in SORT_KEYS:
            raise UserError(QT_TRANSLATE_NOOP("Core", "cannot sort by {key!r}"), key=self.sort)
        if self.format in REPORTS:
            if self.delimiter not in DELIMITERS:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "the CSV delimiter must be one of {known}"),
                    known=" ".join(DELIMITERS),
                )
            if self.columns is not None:
                check_columns(self.columns, self.per_highlight)
        if self.format == "claimreview" and not self.organisation.strip():
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "ClaimReview needs the reviewing organisation")
            )


def export(
    db: Database,
    request: ExportRequest,
    out_path: Path | str,
    progress: Progress | None = None,
    warnings: list[Note] | None = None,
) -> int:
    """Write ``request`` to ``out_path``; returns how many claims or highlights it holds.

    The request and the path are checked before any work (the open database, its files
    and backups, and other ClaimTracker databases are never overwritten). ``progress`` is
    called from the start and while reading and writing; when it returns False the export
    stops with :class:`ExportCancelled`. A cancelled or failed export leaves no file.
    What the file leaves out and why (e.g. claims without a published fact-check in a
    ClaimReview export) is added to ``warnings``, one line each.
    """
    request.check()
    check_output_path(out_path, db.path)
    if request.format == "csv":
        return export_csv(
            db,
            Path(out_path),
            request.claim_filter,
            claim_id_list=request.claim_ids,
            columns=request.columns,
            per_highlight=request.per_highlight,
            sort=request.sort,
            descending=request.descending,
            delimiter=request.delimiter,
            bom=request.bom,
            formula_guard=request.formula_guard,
            progress=progress,
            language=request.language,
        )
    if request.format == "xlsx":
        from claimtracker.core.exporters.xlsx_export import export_xlsx

        return export_xlsx(
            db,
            Path(out_path),
            request.claim_filter,
            claim_id_list=request.claim_ids,
            columns=request.columns,
            per_highlight=request.per_highlight,
            sort=request.sort,
            descending=request.descending,
            progress=progress,
            language=request.language,
        )
    if request.format == "pdf":
        return _export_dossier(db, request, Path(out_path), _reporter(progress))
    if request.format == "json":
        from claimtracker.core.exporters import interchange

        return interchange.write_export(
            db,
            Path(out_path),
            None if request.everything else request.claim_filter,
            request.claim_ids,
            progress=_reporter(progress),
        )
    return _export_json(db, request, Path(out_path), _reporter(progress), warnings)


def _reporter(progress: Progress | None) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled("export cancelled")

    return report


def _export_dossier(
    db: Database, request: ExportRequest, path: Path, report: Callable[[int, int], None]
) -> int:
    """Reading the claims is the first half of the work, laying out and printing the second.

    The PDF is printed by :mod:`claimtracker.render.pdf` (Qt), imported only here.
    """
    from claimtracker.core.exporters import dossier, interchange
    from claimtracker.core.services.query import claim_ids

    with db.read() as session:
        query = claim_ids(
            request.claim_filter, request.sort, request.descending, db.engine.dialect.name
        )
        if request.claim_ids is not None:
            query = query.where(Claim.id.in_(list(request.claim_ids)))
        query = query.with_only_columns(Claim.id, Claim.uuid, maintain_column_froms=True)
        chosen = session.execute(query).all()
    if len(chosen) > dossier.MAX_CLAIMS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Core",
                "a dossier holds at most {most} claims ({chosen} chosen); narrow the filter or "
                "choose claims",
            ),
            most=dossier.MAX_CLAIMS,
            chosen=len(chosen),
        )
    claims = len(chosen)
    total = 2 * claims + 2  # reading, then laying out and printing
    data = interchange.export_data(
        db, None, [cid for cid, _u in chosen], progress=lambda d, _t: report(d, total)
    )
    place = {uuid: i for i, (_c, uuid) in enumerate(chosen)}
    data["claims"].sort(key=lambda c: place[c["uuid"]])  # the order asked for
    content = dossier.build(data, organisation=request.organisation, language=request.language)
    html = dossier.to_html(content)
    report(claims + 1, total)  # laid out
    from claimtracker.render.pdf import render_pdf

    with safe_output(path, database=db.path) as partial:
        report(claims + 2, total)  # printing
        render_pdf(html, partial, title=content.title, author=request.organisation)
        report(total, total)
    return claims


def _export_json(
    db: Database,
    request: ExportRequest,
    path: Path,
    report: Callable[[int, int], None],
    warnings: list[Note] | None = None,
) -> int:
    """ClaimReview and W3C annotations: reading counts as the first half of the work,
    writing as the second. (The full JSON export is written as it is read.)"""
    from claimtracker.core.exporters import interchange, standards

    claims = 0

    def reading(done: int, total: int) -> None:
        nonlocal claims
        claims = total
        report(done, 2 * total)

    data = interchange.export_data(
        db,
        None if request.everything else request.claim_filter,
        request.claim_ids,
        progress=reading,
    )
    document: Any
    if request.format == "claimreview":
        document = standards.claim_review(
            data,
            request.organisation.strip(),
            request.organisation_url or None,
            language=request.language or "en",
            warnings=warnings,
        )
        count = len(document)
    else:
        document = standards.web_annotations(data)
        count = document["total"]
    lists = _LISTS[request.format]
    records = jsonfile.count_items(document, lists)

    def writing(written: int) -> None:
        if written % _EVERY == 0 or written == records:
            report(claims + claims * written // records, 2 * claims)

    report(claims, 2 * claims)
    with atomic_text_file(path, database=db.path) as out:
        jsonfile.dump(document, out, lists, writing)
    report(2 * claims, 2 * claims)
    return count


__all__ = ["FORMATS", "ExportCancelled", "ExportRequest", "Progress", "export"]
