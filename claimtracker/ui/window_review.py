"""The main window's review list: opening claims, bulk edits, tags, saved filters."""

from __future__ import annotations

from claimtracker.core import commands
from claimtracker.core.errors import ClaimTrackerError
from claimtracker.core.services.query import ClaimFilter
from claimtracker.ui.dialogs import ask
from claimtracker.ui.dialogs.tag_manager import TagManagerDialog


class ReviewMixin:
    """Part of :class:`~claimtracker.ui.main_window.MainWindow`: the Review Claims tab."""

    # -- review -----------------------------------------------------------------------------

    def _setup_review(self) -> None:
        self.review.set_service(self.services.review, self.taxonomy)
        self._review_terms()
        self.review.set_saved_filters(sorted(self.settings.saved_filters()))

        try:
            last = ClaimFilter.from_dict(self.settings.last_filter())
        except (TypeError, ValueError):
            last = ClaimFilter()
        header = self.settings.review_header()
        if header is not None:
            self.review.restore_header(header)
        # The query runs when the list is first shown, not at start-up.
        self.review.set_filter(last, run=False)
        self._review_stale = True
        if self.tabs.currentIndex() == 1:
            self._refresh_review()

    def _review_terms(self) -> None:
        self.review.set_terms(
            self.taxonomy, self.services.claims.tag_names(), self.services.review.outlets()
        )

    def _refresh_review(self) -> None:
        self._review_terms()
        self.review.refresh()
        self._review_stale = False

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._review_stale:
            self._refresh_review()

    def open_claim(self, claim_id: int) -> None:
        """Show a claim in its article with its highlight selected and scrolled into view."""
        try:
            claim = self.services.claims.get(claim_id)
        except ClaimTrackerError as exc:
            ask.error(self, "Cannot Open Claim", str(exc))
            return
        placed = [h for h in claim.highlights if h.state != "orphaned"] or claim.highlights
        here = [h for h in placed if h.article_id == self.article_id]
        target = (here or placed)[0]
        if target.article_id != self.article_id:
            self.open_article(target.article_id)
        self.tabs.setCurrentIndex(0)
        self.select_claim(claim_id, scroll=False)
        if target.state != "orphaned":
            self.view.select_range(target.start, target.end)
        else:
            self.statusBar().showMessage(
                "This claim's quote is no longer found in the article.", 8000
            )
        self.view.setFocus()

    def _review_claim_selected(self, claim_id: int) -> None:
        self.select_claim(claim_id, scroll=False)

    def _bulk_status(self, ids: list[int], status: str) -> None:
        label = self.taxonomy.status_label(status)
        self._run(
            commands.BulkSetField(
                ids,
                "status",
                status,
                text=f"Set status of {len(ids)} claims to {label}",
            )
        )

    def _bulk_verdict(self, ids: list[int], verdict: str | None) -> None:
        label = self.taxonomy.verdict_label(verdict) or "no verdict"
        self._run(
            commands.BulkSetField(
                ids,
                "verdict",
                verdict,
                text=f"Set verdict of {len(ids)} claims to {label}",
            )
        )

    def _bulk_tag(self, ids: list[int], add: bool) -> None:
        verb = "Add a tag to" if add else "Remove a tag from"
        name = ask.text_input(
            self,
            "Add Tag" if add else "Remove Tag",
            f"{verb} {len(ids)} claims:",
            self.services.claims.tag_names(),
        )
        if name:
            text = f"{'Add' if add else 'Remove'} tag {name}"
            self._run(commands.BulkTag(ids, name, add, text=text))

    def _bulk_delete(self, ids: list[int]) -> None:
        if not ids:
            return
        if ask.confirm(
            self,
            "Delete Claims",
            f"Delete {len(ids)} claim(s) with their highlights and evidence?\n"
            "You can undo this with Edit › Undo.",
        ):
            self._run(commands.BulkDelete(ids, text=f"Delete {len(ids)} claims"))

    def manage_tags(self) -> None:
        def rename(old: str, new: str) -> bool:
            return self._run(commands.RenameTag(old, new))

        def merge(names: list[str], into: str) -> bool:
            return self._run(commands.MergeTags(names, into))

        dialog = TagManagerDialog(self.services.review.tags, rename, merge, self)
        ask.run_dialog(dialog)

    def _save_filter(self) -> None:
        name = ask.text_input(
            self, "Save Filter", "Name of this filter:", sorted(self.settings.saved_filters())
        )
        if name:
            self.settings.save_filter(name, self.review.current_filter().to_dict())
            self.review.set_saved_filters(sorted(self.settings.saved_filters()))

    def _forget_filter(self, name: str) -> None:
        self.settings.forget_filter(name)
        self.review.set_saved_filters(sorted(self.settings.saved_filters()))

    def _use_saved_filter(self, name: str) -> None:

        values = self.settings.saved_filters().get(name)
        if values is not None:
            self.review.set_filter(ClaimFilter.from_dict(values))
