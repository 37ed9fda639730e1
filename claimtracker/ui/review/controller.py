"""The review list's behaviour: its query, saved filters, bulk edits and tags.

The list is queried when it is first shown and whenever claims come or go; an edit of one
claim re-reads just that claim's row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from claimtracker.core import commands
from claimtracker.core.commands import Change
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.review.panel import ReviewPanel


class ReviewController(QObject):
    """Drives one :class:`ReviewPanel`."""

    def __init__(
        self, context: AppContext, edits: EditController, panel: ReviewPanel, window: QWidget
    ) -> None:
        super().__init__(window)
        self._context = context
        self._edits = edits
        self._window = window
        self.panel = panel
        self._visible = False
        self._stale = True
        panel.statusRequested.connect(self.set_status)
        panel.verdictRequested.connect(self.set_verdict)
        panel.tagRequested.connect(self.change_tag)
        panel.deleteRequested.connect(self.delete)
        panel.manageTagsRequested.connect(self.manage_tags)
        # The filter is remembered once the list has painted (writing the settings file
        # before would delay the page), at once when the window closes.
        self._filter_to_remember: ClaimFilter | None = None
        self._closing = False
        self._remembering = QTimer(self, singleShot=True, interval=0)
        self._remembering.timeout.connect(self._remember_filter)
        self._listing_choices = QTimer(self, singleShot=True, interval=0)
        self._listing_choices.timeout.connect(self._list_choices)
        panel.filterChanged.connect(self._filter_changed)
        panel.saveFilterRequested.connect(self.save_filter)
        panel.deleteFilterRequested.connect(self.forget_filter)
        panel.savedFilterChosen.connect(self.use_saved_filter)
        context.databaseChanged.connect(self.setup)
        context.taxonomyChanged.connect(self.retaxonomy)

    # -- the list ---------------------------------------------------------------------------

    def setup(self) -> None:
        """A new database: its terms, the remembered filter and order; queried when shown."""
        self._remember_filter()  # the filter just chosen is the one the next database shows
        settings = self._context.settings
        services = self._context.services
        self.panel.set_service(
            services.review,
            self._context.taxonomy,
            services.matches,
            services.charts,
            self._in_background,
        )
        self.panel.set_saved_filters(sorted(settings.saved_filters()))
        try:
            last = ClaimFilter.from_dict(settings.last_filter())
        except (TypeError, ValueError):
            last = ClaimFilter()
        header = settings.review_header()
        if header is not None:
            self.panel.restore_header(header, settings.review_columns_fitted())
        self.panel.set_filter(last, run=False)
        self._stale = True
        if self._visible:
            self.refresh()

    def _in_background(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Counts for the summary and charts, read off the window's thread (no dialog)."""
        job = self._context.jobs.start(
            lambda _progress: work(),
            title=self.tr("Counting"),
            label="",
            parent=None,
            name="countingJob",
            show_progress=False,
        )
        job.done.connect(lambda result, _error, _cancelled: done(result))

    def set_visible(self, visible: bool, current: int | None = None) -> None:
        """The review tab was shown or hidden; a stale list is queried when it shows.

        On showing, the list chooses ``current`` (the claim shown elsewhere) when it lists
        it; the inspector then shows what the list has chosen, or nothing.
        """
        self._visible = visible
        if visible and self._stale:
            self.refresh()
        if visible:
            self.panel.choose(current)

    def retaxonomy(self) -> None:
        """The scales changed: the list shows the new names and colours."""
        if not self._visible:
            self._stale = True
            return
        services = self._context.services
        self.panel.set_taxonomy(
            self._context.taxonomy, services.claims.tag_names(), services.review.outlets()
        )

    def refresh(self) -> None:
        """Query the list again; the tag and outlet choices follow once it has painted."""
        self.panel.set_terms(self._context.taxonomy)
        self.panel.model.set_taxonomy(self._context.taxonomy)
        self.panel.refresh()
        self._stale = False
        self._listing_choices.start()

    def _list_choices(self) -> None:
        services = self._context.services
        self.panel.set_choices(services.claims.tag_names(), services.review.outlets())

    def apply(self, change: Change) -> None:
        """Follow a saved change: a changed row is read again, new or gone rows re-query."""
        if not self._visible:
            self._stale = True
            return
        if change.created or change.removed or change.touched:
            self.refresh()
        elif change.claims:
            self.panel.model.refresh_rows({c.id for c in change.claims})

    def changed_elsewhere(self, claim_ids: frozenset[int] | None = None) -> None:
        """Follow changes saved elsewhere: listed claims named by the server are read again
        in place (the analyst's place in the list stays); anything else queries again."""
        if not self._visible:
            self._stale = True
            return
        model = self.panel.model
        if claim_ids and len(model.rows_of(list(claim_ids))) == len(claim_ids):
            model.refresh_rows(set(claim_ids))
        else:
            self.refresh()

    def remember(self) -> None:
        """The window closes: keep the columns (shown, order, widths, sort) and the filter
        for the next start; the choices waiting to be listed are not read any more."""
        self._closing = True  # a filter applied while closing (a field losing focus) too
        self._listing_choices.stop()
        header = self.panel.table.horizontalHeader()
        self._context.settings.save_review_header(header.saveState(), self.panel.columns.fitting)
        self._remember_filter()

    def _filter_changed(self, claim_filter: ClaimFilter) -> None:
        self._filter_to_remember = claim_filter
        if self._closing:
            self._remember_filter()
        else:
            self._remembering.start()

    def _remember_filter(self) -> None:
        self._remembering.stop()
        if self._filter_to_remember is not None:
            self._context.settings.set_last_filter(self._filter_to_remember.to_dict())
            self._filter_to_remember = None

    # -- bulk edits -------------------------------------------------------------------------

    def _versions(self, ids: list[int]) -> dict[int, int]:
        """The versions of the chosen claims the edit is based on."""
        return self._context.services.review.versions(ids)

    def set_status(self, ids: list[int], status: str) -> None:
        name = self._context.taxonomy.status_label(status)
        self._edits.run(
            commands.BulkSetField(
                ids,
                "status",
                status,
                self._versions(ids),
                text=self.tr("Set status of %n claim(s) to %1", "", len(ids)).replace("%1", name),
            )
        )

    def set_verdict(self, ids: list[int], verdict: str | None) -> None:
        name = self._context.taxonomy.verdict_label(verdict) or self.tr("no verdict")
        self._edits.run(
            commands.BulkSetField(
                ids,
                "verdict",
                verdict,
                self._versions(ids),
                text=self.tr("Set verdict of %n claim(s) to %1", "", len(ids)).replace("%1", name),
            )
        )

    def change_tag(self, ids: list[int], add: bool) -> None:
        names = self._context.services.claims.tag_names()
        if add:
            title = self.tr("Add Tag")
            prompt = self.tr("Add a tag to %n claim(s):", "", len(ids))
        else:
            title = self.tr("Remove Tag")
            prompt = self.tr("Remove a tag from %n claim(s):", "", len(ids))
        name = ask.text_input(self._window, title, prompt, names)
        if not name:
            return
        text = (self.tr("Add tag %1") if add else self.tr("Remove tag %1")).replace("%1", name)
        self._edits.run(commands.BulkTag(ids, name, add, self._versions(ids), text=text))

    def delete(self, ids: list[int]) -> None:
        if not ids:
            return
        if ask.confirm(
            self._window,
            self.tr("Delete Claims"),
            self.tr(
                "Delete %n claim(s) with their highlights and evidence?\nYou can undo this "
                "with Edit › Undo.",
                "",
                len(ids),
            ),
        ):
            self._edits.run(
                commands.BulkDelete(
                    ids,
                    self._versions(ids),
                    text=self.tr("Delete %n claim(s)", "", len(ids)),
                )
            )

    def manage_tags(self) -> None:
        from claimtracker.ui.review.tag_manager import TagManagerDialog

        def rename(old: str, new: str) -> bool:
            return self._edits.run(
                commands.RenameTag(old, new, text=self.tr("Rename tag %1").replace("%1", old))
            )

        def merge(names: list[str], into: str) -> bool:
            return self._edits.run(
                commands.MergeTags(
                    names, into, text=self.tr("Merge tags into %1").replace("%1", into)
                )
            )

        services = self._context.services
        ask.run_dialog(TagManagerDialog(services.review.tags, rename, merge, self._window))

    # -- saved filters ----------------------------------------------------------------------

    def save_filter(self) -> None:
        settings = self._context.settings
        name = ask.text_input(
            self._window,
            self.tr("Save Filter"),
            self.tr("Name of this filter:"),
            sorted(settings.saved_filters()),
        )
        if name:
            settings.save_filter(name, self.panel.current_filter().to_dict())
            self.panel.set_saved_filters(sorted(settings.saved_filters()))

    def forget_filter(self, name: str) -> None:
        self._context.settings.forget_filter(name)
        self.panel.set_saved_filters(sorted(self._context.settings.saved_filters()))

    def use_saved_filter(self, name: str) -> None:
        values = self._context.settings.saved_filters().get(name)
        if values is not None:
            self.panel.set_filter(ClaimFilter.from_dict(values))
