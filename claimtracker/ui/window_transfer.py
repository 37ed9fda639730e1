"""The main window's imports (files, drops, pasted text, JSON merges) and exports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from claimtracker.core.errors import ClaimTrackerError
from claimtracker.ui.background import BackgroundJob
from claimtracker.ui.dialogs import ask
from claimtracker.ui.dialogs.export_dialog import FORMATS as EXPORT_FORMATS
from claimtracker.ui.dialogs.export_dialog import ExportDialog, ExportRequest
from claimtracker.ui.dialogs.text_dialogs import PasteArticleDialog
from claimtracker.ui.importing import ImportJob, importable


class TransferMixin:
    """Part of :class:`~claimtracker.ui.main_window.MainWindow`: getting work in and out."""

    # -- importing --------------------------------------------------------------------------

    def import_dialog(self) -> None:
        files = ask.open_article_files(self)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> ImportJob | None:
        """Import files in a worker thread; the newest imported article is opened at the end."""
        if self._import_job is not None and self._import_job.is_running():
            self.statusBar().showMessage("An import is already running.", 5000)
            return None
        job = ImportJob(self.services.articles, paths, self)
        job.done.connect(self._import_done)
        self._import_job = job
        job.start()
        return job

    def _import_done(
        self, imported: list[int], failures: list[tuple[str, str]], cancelled: bool
    ) -> None:
        self._import_job_merges = self._import_job.merges if self._import_job else []
        self._import_job = None
        self.reload_library()
        if imported:
            self.open_article(imported[-1])
        message = f"{len(imported)} article(s) imported"
        merges = self._import_job_merges
        for name, report in merges:
            added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
            message += f"; {name}: added {added}"
        conflicts = [c for _n, r in merges for c in r.conflicts]
        if cancelled:
            message += "; import cancelled"
        self.statusBar().showMessage(message + ".", 8000)
        if failures:
            details = "\n".join(f"• {why}" for _name, why in failures)
            ask.error(
                self,
                "Some Files Were Not Imported",
                f"{len(failures)} file(s) could not be imported:\n\n{details}",
            )
        if conflicts:
            lines = "\n".join(
                "• {}: {}".format(
                    c.get("statement") or c.get("title"), c.get("detail") or "changed on both sides"
                )
                for c in conflicts[:20]
            )
            ask.information(
                self,
                "Merge Conflicts",
                f"{len(conflicts)} record(s) were changed on both sides. Both claim "
                f"versions were kept; theirs are tagged “merge conflict”.\n\n{lines}",
            )
        self._review_stale = True
        if merges and self.tabs.currentIndex() == 1:
            self._refresh_review()
        self.importFinished.emit(imported, failures, cancelled)

    def paste_article(self) -> None:
        dialog = PasteArticleDialog(self)
        if not ask.run_dialog(dialog):
            return
        from claimtracker.core.services.articles import ArticleMetadata

        try:
            info = self.services.articles.add_text(
                dialog.text.toPlainText(),
                dialog.title.text(),
                ArticleMetadata(
                    outlet=dialog.outlet.text().strip() or None,
                    url=dialog.url.text().strip() or None,
                ),
            )
        except ClaimTrackerError as exc:
            ask.error(self, "Not Saved", str(exc))
            return
        self.reload_library()
        self.open_article(info.id)

    def dragEnterEvent(self, event) -> None:
        if any(importable(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if importable(p)]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- exporting --------------------------------------------------------------------------

    def export_dialog(self) -> None:
        known = {
            k: v
            for k, v in self.settings.export_request().items()
            if k in ExportRequest.__dataclass_fields__
        }
        dialog = ExportDialog(ExportRequest(**known), len(self.review.selected_ids()), self)
        if not ask.run_dialog(dialog):
            return
        request = dialog.request()
        self.settings.set_export_request(dataclasses.asdict(request))
        extension = EXPORT_FORMATS[request.format][1]
        path = ask.save_export_file(self, f"claims.{extension}", extension)
        if path:
            self.export_to(request, Path(path))

    def export_to(
        self, request: ExportRequest, path: Path, start: bool = True
    ) -> BackgroundJob | None:
        """Export in a worker thread; ``importFinished``'s twin ``exportFinished`` reports."""
        if request.format == "claimreview" and not self.settings.organisation:
            ask.error(
                self,
                "Export",
                "ClaimReview names the reviewing organisation: set it in File › Preferences first.",
            )
            return None
        job = BackgroundJob(
            self._export_work(request, path),
            self,
            "Export",
            f"Exporting to {path.name}…",
            path=path,
        )
        job.done.connect(self._export_done)
        self._export_job = job
        if start:
            job.start()
        return job

    def _export_work(self, request: ExportRequest, path: Path):
        from claimtracker.core.exporters import interchange, standards
        from claimtracker.core.exporters.csv_export import ExportCancelled, export_csv
        from claimtracker.core.services.query import ClaimFilter

        db = self.db
        claim_filter = self.review.model.claim_filter
        sort, descending = self.review.model.sort_key()
        ids = self.review.selected_ids() if request.scope == "selection" else None
        if request.scope == "all":
            claim_filter = ClaimFilter()
        organisation = (self.settings.organisation, self.settings.organisation_url or None)

        def work(progress) -> int:
            if request.format == "csv":
                return export_csv(
                    db,
                    path,
                    claim_filter,
                    claim_id_list=ids,
                    columns=request.columns,
                    per_highlight=request.per_highlight,
                    sort=sort,
                    descending=descending,
                    delimiter=request.delimiter,
                    bom=request.bom,
                    progress=progress,
                )
            everything = request.scope == "all" or (ids is None and claim_filter == ClaimFilter())
            data = interchange.export_data(db, None if everything else claim_filter, ids)
            if request.format == "json":
                document, count = data, len(data["claims"])
            elif request.format == "claimreview":
                document = standards.claim_review(data, *organisation)
                count = len(document)
            else:
                document = standards.web_annotations(data)
                count = document["total"]
            if not progress(count, count):
                raise ExportCancelled("export cancelled")
            interchange.write_json(path, document)
            return count

        return work

    def _export_done(self, count: int, error: str, cancelled: bool) -> None:
        job, self._export_job = self._export_job, None
        if error:
            ask.error(self, "Export Failed", error)
        elif cancelled:
            self.statusBar().showMessage("Export cancelled; no file was written.", 8000)
        else:
            self.statusBar().showMessage(f"Exported {count:,} rows to {job.path}.", 8000)
        self.exportFinished.emit(count, error, cancelled)
