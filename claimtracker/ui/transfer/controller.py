"""Getting work in and out: article files, dropped files, pasted text, JSON merges, exports.

Imports and exports run as jobs with progress and Cancel. An export goes through the one
export pipeline of the core (:func:`claimtracker.core.exporters.pipeline.export`), which also
refuses any target that is the open database, one of its files or another database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.errors import ClaimTrackerError, Note
from claimtracker.core.exporters.pipeline import ExportRequest
from claimtracker.core.importers import FORMATS as ARTICLE_FORMATS
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.jobs import Job
from claimtracker.ui.messages import message, note_text
from claimtracker.ui.transfer.export_dialog import FORMATS as EXPORT_FORMATS
from claimtracker.ui.transfer.export_dialog import ExportChoices, ExportDialog, window_language


def importable(path: str | Path) -> bool:
    """True for article files and ClaimTracker JSON exports."""
    suffix = Path(path).suffix.lower()
    return suffix in ARTICLE_FORMATS or suffix == ".json"


@dataclass
class ImportOutcome:
    """What an import job did, file by file."""

    imported: list[int] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # file name, reason
    warnings: list[tuple[str, str]] = field(default_factory=list)  # file name, warning
    merges: list[tuple[str, object]] = field(default_factory=list)  # file name, MergeReport


class TransferController(QObject):
    """Imports and exports of one window; drops on the window import too."""

    importFinished = Signal(list, list, bool)  # article ids, [(file, reason)], cancelled
    exportFinished = Signal(int, str, bool)  # rows written, error, cancelled
    imported = Signal(int)  # the article to open after an import
    merged = Signal()  # a JSON export was merged: everything may have changed
    message = Signal(str)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._import: Job | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- importing --------------------------------------------------------------------------

    def import_dialog(self) -> None:
        files = ask.open_article_files(self._window)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> Job | None:
        """Import files off the GUI thread; the newest imported article is opened at the end."""
        if self._import is not None:
            self.message.emit(self.tr("An import is already running."))
            return None
        from claimtracker.core.exporters.interchange import read_export
        from claimtracker.core.services.merge import Merger

        services = self._context.services
        articles = services.articles
        merger = Merger(articles.db, articles.actor)
        outcome = ImportOutcome()
        importing = self.tr("Importing %1…")

        def work(progress) -> ImportOutcome:
            for done, path in enumerate(paths):
                if not progress(done, len(paths), importing.replace("%1", path.name)):
                    break
                try:
                    if path.suffix.lower() == ".json":
                        merger.source_name = path.name
                        outcome.merges.append((path.name, merger.merge(read_export(path))))
                        continue
                    info = articles.import_file(path)
                except ClaimTrackerError as exc:
                    outcome.failures.append((path.name, message(exc)))
                except Exception as exc:  # one broken file must not stop the others
                    outcome.failures.append((path.name, f"unexpected error: {exc}"))
                else:
                    outcome.imported.append(info.id)
                    outcome.warnings += [(path.name, note_text(w)) for w in info.warnings]
            progress(len(paths), len(paths))
            return outcome

        job = self._context.jobs.start(
            work,
            title=self.tr("Import"),
            label=self.tr("Importing…"),
            parent=self._window,
            name="importProgress",
        )
        job.done.connect(
            lambda result, error, cancelled: self._imported(result or outcome, error, cancelled)
        )
        self._import = job
        return job

    def _imported(self, outcome: ImportOutcome, error: str, cancelled: bool) -> None:
        self._import = None
        if outcome.merges:
            self.merged.emit()
        if outcome.imported:
            self.imported.emit(outcome.imported[-1])
        message = self.tr("%n article(s) imported", "", len(outcome.imported))
        for name, report in outcome.merges:
            added = ", ".join(
                self._counted(kind, n)
                for kind, n in report.added.items()  # type: ignore[attr-defined]
            )
            message += "; " + (
                self.tr("%1: added %2").replace("%1", name).replace("%2", added)
                if added
                else self.tr("%1: nothing new").replace("%1", name)
            )
        if cancelled:
            message += "; " + self.tr("import cancelled")
        self.message.emit(message + ".")
        failures = outcome.failures + ([("", error)] if error else [])
        if failures:
            details = "\n".join(f"• {why}" for _name, why in failures)
            ask.error(
                self._window,
                self.tr("Some Files Were Not Imported"),
                self.tr("%n file(s) could not be imported:", "", len(failures)) + "\n\n" + details,
            )
        if outcome.warnings:
            details = "\n".join(f"• {name}: {why}" for name, why in outcome.warnings)
            ask.information(self._window, self.tr("Imported with Warnings"), details)
        conflicts = [c for _n, r in outcome.merges for c in r.conflicts]  # type: ignore[attr-defined]
        if conflicts:
            lines = "\n".join(
                "• {}: {}".format(
                    c.get("statement") or c.get("title"),
                    QCoreApplication.translate("Core", c["detail"])
                    if c.get("detail")
                    else self.tr("changed on both sides"),
                )
                for c in conflicts[:20]
            )
            ask.information(
                self._window,
                self.tr("Merge Conflicts"),
                self.tr(
                    "%n record(s) were changed on both sides. Both claim versions were kept; "
                    "theirs are tagged “merge conflict”.",
                    "",
                    len(conflicts),
                )
                + "\n\n"
                + lines,
            )
        self.importFinished.emit(outcome.imported, outcome.failures, cancelled)

    def _counted(self, kind: str, n: int) -> str:
        """How many records of a kind a merge added, in the window's language."""
        if kind == "articles":
            return self.tr("%n article(s)", "", n)
        if kind == "claims":
            return self.tr("%n claim(s)", "", n)
        if kind == "sources":
            return self.tr("%n source(s)", "", n)
        if kind == "change log entries":
            return self.tr("%n change log entry(ies)", "", n)
        return f"{n} {kind}"

    def paste_article(self) -> None:
        from claimtracker.core.services.articles import ArticleMetadata
        from claimtracker.ui.transfer.paste_dialog import PasteArticleDialog

        dialog = PasteArticleDialog(self._window)
        if not ask.run_dialog(dialog):
            return
        try:
            info = self._context.services.articles.add_text(
                dialog.text.toPlainText(),
                dialog.title.text(),
                ArticleMetadata(
                    outlet=dialog.outlet.text().strip() or None,
                    url=dialog.url.text().strip() or None,
                ),
            )
        except ClaimTrackerError as exc:
            ask.error(self._window, self.tr("Not Saved"), message(exc))
            return
        self.imported.emit(info.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dropped on the window are imported."""
        if watched is self._window and event.type() == QEvent.Type.DragEnter:
            urls = event.mimeData().urls()  # type: ignore[attr-defined]
            if any(importable(u.toLocalFile()) for u in urls if u.isLocalFile()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if watched is self._window and event.type() == QEvent.Type.Drop:
            urls = event.mimeData().urls()  # type: ignore[attr-defined]
            paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
            paths = [p for p in paths if importable(p)]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_files(paths)
                return True
        return super().eventFilter(watched, event)

    # -- exporting --------------------------------------------------------------------------

    def export_dialog(
        self, claim_filter: ClaimFilter, sort: tuple[str, bool], selected: list[int]
    ) -> None:
        """Ask what and where to export (the review list's filter, its selection, or all)."""
        settings = self._context.settings
        known = {
            k: v
            for k, v in settings.export_request().items()
            if k in ExportChoices.__dataclass_fields__
        }
        dialog = ExportDialog(ExportChoices(**known), len(selected), self._window)
        if not ask.run_dialog(dialog):
            return
        choices = dialog.request()
        settings.set_export_request(asdict(choices))
        extension = EXPORT_FORMATS[choices.format][1]
        path = ask.save_export_file(self._window, f"claims.{extension}", extension)
        if path:
            self.export_to(self.request(choices, claim_filter, sort, selected), Path(path))

    def request(
        self,
        choices: ExportChoices,
        claim_filter: ClaimFilter,
        sort: tuple[str, bool],
        selected: list[int],
    ) -> ExportRequest:
        """The pipeline's request for what the dialog chose."""
        settings = self._context.settings
        return ExportRequest(
            format=choices.format,
            columns=choices.columns,
            per_highlight=choices.per_highlight,
            delimiter=choices.delimiter,
            bom=choices.bom,
            claim_filter=ClaimFilter() if choices.scope != "filter" else claim_filter,
            claim_ids=selected if choices.scope == "selection" else None,
            sort=sort[0],
            descending=sort[1],
            organisation=settings.organisation,
            organisation_url=settings.organisation_url or None,
            language=choices.language or window_language(),
        )

    def export_to(self, request: ExportRequest, path: Path, start: bool = True) -> Job | None:
        """Export off the GUI thread; ``exportFinished`` reports."""
        from claimtracker.core.exporters.pipeline import export
        from claimtracker.core.files import check_output_path

        if request.format == "claimreview" and not request.organisation:
            ask.error(
                self._window,
                self.tr("Export"),
                self.tr(
                    "ClaimReview names the reviewing organisation: set it in File › Preferences "
                    "first."
                ),
            )
            return None
        db = self._context.db
        try:
            request.check()
            check_output_path(path, db.path)
        except ClaimTrackerError as exc:
            ask.error(self._window, self.tr("Export Failed"), message(exc))
            return None
        warnings: list[Note] = []  # what the file leaves out, said after the export
        job = self._context.jobs.start(
            lambda progress: export(db, request, path, progress, warnings),
            title=self.tr("Export"),
            label=self.tr("Exporting to %1…").replace("%1", path.name),
            parent=self._window,
            name="exportProgress",
            autostart=start,
        )
        job.done.connect(
            lambda count, error, cancelled: self._exported(
                path, count or 0, error, cancelled, warnings
            )
        )
        return job

    def _exported(
        self, path: Path, count: int, error: str, cancelled: bool, warnings: list[Note]
    ) -> None:
        if error:
            ask.error(self._window, self.tr("Export Failed"), error)
        elif cancelled:
            self.message.emit(self.tr("Export cancelled; no file was written."))
        else:
            done = self.tr("Exported %Ln row(s) to %1.", "", count).replace("%1", str(path))
            self.message.emit(done)
            if warnings:
                ask.information(
                    self._window,
                    self.tr("Exported with Warnings"),
                    done + "\n\n" + "\n".join(f"• {note_text(w)}" for w in warnings),
                )
        self.exportFinished.emit(count, error, cancelled)
