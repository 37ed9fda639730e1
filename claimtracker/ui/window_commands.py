"""What the main window's commands do, and how its views follow the controllers.

:class:`WindowCommands` connects each action of the registry to the controller that carries
it out, keeps the actions enabled only where they can act, and passes what the controllers
report (saved changes, changes from elsewhere, another database) to the views that show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from shiboken6 import isValid

from claimtracker.core.commands import Change
from claimtracker.ui.dialogs import ask
from claimtracker.ui.plain import menu_text

if TYPE_CHECKING:
    from claimtracker.ui.main_window import MainWindow

ARTICLE_TAB, REVIEW_TAB = 0, 1  # the central tabs, in the order the workspace adds them


class WindowCommands(QObject):
    """The window's actions carried out, and its views kept in step with its controllers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._connect_actions()
        self._follow_controllers()

    def _connect_actions(self) -> None:
        w = self._window
        a, edits, articles, claims = w.registry, w.edits, w.articles, w.claims
        selection = w.view.selected_range
        suggestions = w.suggestions
        triggers = {
            "actionNewDatabase": w.database.new_dialog,
            "actionOpenDatabase": w.database.open_dialog,
            "actionImport": w.transfer.import_dialog,
            "actionPasteArticle": w.transfer.paste_article,
            "actionExport": self.export,
            "actionBackup": w.database.back_up_now,
            "actionRetrySave": edits.retry_in_background,
            "actionRestore": self.restore,
            "actionPreferences": self.preferences,
            "actionQuit": w.close,
            "actionUndo": self.undo,
            "actionRedo": edits.redo,
            "actionNewClaim": lambda: claims.create(
                articles.article_id, selection() or suggestions.range_at(w.view.caret())
            ),
            "actionDismissSuggestion": lambda: suggestions.dismiss_at(w.view.caret()),
            "actionGroupSimilar": self.group_similar,
            "actionLinkClaim": lambda: claims.link(articles.article_id, selection()),
            "actionLinkToClaim": lambda: claims.link_to_chosen(articles.article_id, selection()),
            "actionDeleteClaim": claims.delete_current,
            "actionAddEvidence": claims.add_evidence,
            "actionFind": self.find,
            "actionShowArticle": lambda: w.tabs.setCurrentIndex(ARTICLE_TAB),
            "actionShowReview": lambda: w.tabs.setCurrentIndex(REVIEW_TAB),
            "actionManageTags": w.review.manage_tags,
            "actionScales": lambda: w.scales.open_dialog(a["actionUndo"], a["actionRedo"]),
            "actionShortcuts": self.shortcuts,
            "actionColourByVerdict": lambda: self.colour_by("verdict"),
            "actionColourByStatus": lambda: self.colour_by("status"),
            "actionAbout": self.about,
        }
        for name, slot in triggers.items():
            a[name].triggered.connect(slot)
        a["actionSuggestClaims"].toggled.connect(suggestions.set_enabled)

    def _follow_controllers(self) -> None:
        w = self._window
        context, edits, articles, claims = w.context, w.edits, w.articles, w.claims
        inspector, similar, panel = w.inspector, w.similar, w.review_panel
        stack = context.undo_stack
        stack.canUndoChanged.connect(lambda _c: self.update_actions())
        stack.canRedoChanged.connect(lambda _c: self.update_actions())
        stack.undoTextChanged.connect(lambda _t: self.update_actions())
        stack.redoTextChanged.connect(lambda _t: self.update_actions())
        edits.claimsChanged.connect(self._changed)
        edits.unsavedChanged.connect(self._unsaved)
        edits.busyChanged.connect(lambda _b: self.update_actions())
        w.unsaved_label.clicked.connect(edits.retry_in_background)
        w.database.changedElsewhere.connect(self._changed_elsewhere)
        w.database.backupFailed.connect(w.warning_bar.show_text)
        w.database.damaged.connect(self._damaged)
        context.databaseChanged.connect(self.database_opened)
        context.databaseClosing.connect(articles.remember)
        w.transfer.imported.connect(w.articles.open_imported)
        w.transfer.merged.connect(lambda: self._changed_elsewhere(None))
        articles.failed.connect(lambda title, message: ask.error(w, title, message))
        articles.opened.connect(lambda *_a: claims.select(None))
        claims.currentChanged.connect(lambda claim, _s: inspector.show_claim(claim))
        claims.currentChanged.connect(lambda *_a: self.update_actions())
        claims.created.connect(self._created)
        inspector.editRequested.connect(claims.edit)
        inspector.tagsRequested.connect(claims.set_tags)
        inspector.addEvidenceRequested.connect(claims.add_evidence)
        inspector.editEvidenceRequested.connect(claims.edit_evidence)
        inspector.removeEvidenceRequested.connect(claims.remove_evidence)
        w.view.selectionChanged.connect(self.update_actions)
        w.view.cursorPositionChanged.connect(self.update_actions)
        w.suggestions.changed.connect(self._show_suggestions)
        inspector.statementTyped.connect(similar.statement_typed)
        similar.resultsChanged.connect(w.similar_panel.show_results)
        similar.searching.connect(w.similar_panel.set_searching)
        claims.currentChanged.connect(
            lambda claim, _s: w.similar_panel.set_claim_shown(
                claim is not None, context.db.readonly
            )
        )
        w.similar_panel.openRequested.connect(self.show_claim)
        w.similar_panel.sameClaimRequested.connect(self._same_claim)
        panel.openRequested.connect(self.show_claim)
        panel.claimSelected.connect(lambda claim_id: claims.select(claim_id, scroll=False))
        panel.exportRequested.connect(self.export)
        w.tabs.currentChanged.connect(w.layouts.switch)
        w.tabs.currentChanged.connect(
            lambda i: w.review.set_visible(i == REVIEW_TAB, claims.claim_id)
        )
        context.taxonomyChanged.connect(inspector.set_taxonomy)
        for controller in (edits, claims, w.database, w.transfer, w.suggestions, similar, w.groups):
            controller.message.connect(lambda text: w.statusBar().showMessage(text, 8000))

    # -- following the controllers ----------------------------------------------------------

    def database_opened(self) -> None:
        """Show the database just opened: its name, its state, its last article."""
        w = self._window
        db, context = w.context.db, w.context
        w.inspector.set_taxonomy(context.taxonomy)
        w.inspector.set_read_only(db.readonly)
        w.inspector.set_tag_names(context.services.claims.tag_names())
        w.read_only_banner.show_text(
            self.tr(
                "This database is open read-only: you can read and export, but changes cannot "
                "be saved."
            )
        )
        w.read_only_banner.setVisible(db.readonly)
        w.read_only_banner.setAccessibleName(self.tr("Read-only database"))
        w.warning_bar.hide()
        w.setWindowTitle(
            self.tr("%1 [read-only] — ClaimTracker").replace("%1", db.name)
            if db.readonly
            else self.tr("%1 — ClaimTracker").replace("%1", db.name)
        )
        w.db_label.setText(db.name + (self.tr(" (read-only)") if db.readonly else ""))
        w.recent_menu.clear()
        for path in context.settings.recent_databases():
            action = QAction(menu_text(path), w.recent_menu)
            action.triggered.connect(lambda _c=False, p=path: w.database.open_recent(p))
            w.recent_menu.addAction(action)
        w.recent_menu.setEnabled(bool(w.recent_menu.actions()))
        self._unsaved(0)
        w.review.setup()
        w.articles.reset_library()
        w.articles.open_last_or_first()
        self.update_actions()

    def _changed(self, change: Change) -> None:
        w = self._window
        if change.scales:
            w.context.scales_changed()  # every view shows the new names and colours
        w.articles.apply(change)
        w.claims.apply(change)
        w.review.apply(change)
        if change.claims or change.touched:
            w.inspector.set_tag_names(w.context.services.claims.tag_names())
        w.database.own_change_seen()
        self.update_actions()

    def _changed_elsewhere(self, claim_ids: frozenset[int] | None = None) -> None:
        """Show what other windows, processes or analysts saved (typed text is saved first):
        the claims the server named, or everything when it did not say."""
        w = self._window
        w.inspector.flush()
        w.articles.reload_library()
        if claim_ids is None:
            w.context.scales_changed()
            w.articles.refresh()  # its text too, if another version became current
            w.claims.reload()
        else:
            change = Change(touched=claim_ids, article_records=w.articles.open_record())
            w.articles.apply(change)
            w.claims.apply(change)
        w.review.changed_elsewhere(claim_ids)
        w.suggestions.reload()

    def _damaged(self, error: str) -> None:
        self._window.warning_bar.show_text(
            self.tr("%1 Restore a backup with File › Restore from Backup….").replace("%1", error)
        )

    def _created(self, _claim_id: int) -> None:
        view = self._window.view
        cursor = view.textCursor()
        cursor.clearSelection()  # let the new highlight show instead of the selection
        view.setTextCursor(cursor)
        self._window.inspector.focus_statement()

    def _show_suggestions(self) -> None:
        w = self._window
        w.view.set_suggestions(w.suggestions.marks(), w.suggestions.tooltip)
        self.update_actions()

    def _unsaved(self, count: int) -> None:
        w = self._window
        w.unsaved_label.setText(self.tr("⚠ %n edit(s) not saved — Retry", "", count))
        w.unsaved_label.setVisible(bool(count))
        w.registry["actionRetrySave"].setEnabled(bool(count))

    def update_actions(self) -> None:
        """Enable each action where it can act (a selection, a claim, a writable database)."""
        w = self._window
        if not isValid(w.view) or not isValid(w.context.undo_stack):
            return  # the window is being taken apart; its undo stack says goodbye
        a = w.registry
        writable = not w.context.db.readonly
        selected = w.view.textCursor().hasSelection()
        article, claim = w.articles.article_id is not None, w.claims.claim_id is not None
        suggested = w.suggestions.at(w.view.caret()) is not None  # Ctrl+Enter takes it
        a["actionNewClaim"].setEnabled(writable and article and (selected or suggested))
        a["actionDismissSuggestion"].setVisible(suggested)
        a["actionDismissSuggestion"].setEnabled(writable and suggested)
        a["actionLinkClaim"].setEnabled(writable and selected and claim)
        a["actionLinkToClaim"].setEnabled(writable and selected and article)
        a["actionDeleteClaim"].setEnabled(writable and claim)
        a["actionAddEvidence"].setEnabled(writable and claim)
        a["actionImport"].setEnabled(writable)
        a["actionPasteArticle"].setEnabled(writable)
        stack, busy = w.context.undo_stack, w.edits.is_busy()
        a["actionUndo"].setEnabled(stack.canUndo() and not busy)
        a["actionRedo"].setEnabled(stack.canRedo() and not busy)
        undo, redo = stack.undoText(), stack.redoText()
        a["actionUndo"].setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        a["actionRedo"].setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    # -- the window's commands --------------------------------------------------------------

    def show_claim(self, claim_id: int) -> None:
        """Show a claim in its article, its highlight selected and scrolled into view."""
        w = self._window
        claim = w.context.services.claims.get(claim_id)
        placed = [h for h in claim.highlights if h.state != "orphaned"] or claim.highlights
        here = [h for h in placed if h.article_id == w.articles.article_id]
        target = (here or placed)[0]
        if target.article_id != w.articles.article_id:
            w.articles.open(target.article_id)
        w.tabs.setCurrentIndex(ARTICLE_TAB)
        w.claims.select(claim_id, scroll=False)
        if target.state != "orphaned":
            w.view.select_range(target.start, target.end)
        else:
            w.statusBar().showMessage(
                self.tr("This claim's quote is no longer found in the article."), 8000
            )
        w.view.setFocus()

    def _same_claim(self, existing_id: int) -> None:
        self._window.inspector.flush()  # typed text is saved first: the version is the stored one
        self._window.similar.same_claim(existing_id)

    def group_similar(self) -> None:
        """Group the selected claims of the review list, or else the listed ones."""
        w = self._window
        w.tabs.setCurrentIndex(REVIEW_TAB)  # what is grouped is in sight (and queried)
        panel = w.review_panel
        selected = panel.selected_ids()
        if len(selected) > 1:
            w.groups.group(selected, selected=True)
        else:
            w.groups.group(panel.model.claim_ids(), selected=False)

    def undo(self) -> None:
        self._window.inspector.flush()  # typed text is saved (and undoable) before the undo
        self._window.edits.undo()

    def export(self) -> None:
        w = self._window
        model = w.review_panel.model
        w.transfer.export_dialog(
            model.claim_filter, model.sort_key(), w.review_panel.selected_ids()
        )

    def restore(self) -> None:
        self._window.inspector.flush()
        self._window.database.restore_dialog()

    def find(self) -> None:
        """Search where the analyst is: the review list, the open article, or the library."""
        w = self._window
        if w.tabs.currentIndex() == REVIEW_TAB:
            w.review_panel.focus_search()
            return
        if w.articles.info is not None and not w.library.isAncestorOf(w.focusWidget()):
            w.article_panel.find_bar.open()
            return
        w.library_dock.show()
        w.library.filter.setFocus()
        w.library.filter.selectAll()

    def colour_by(self, value: str) -> None:
        w = self._window
        w.context.settings.colour_by = value
        w.article_panel.refresh_colours()
        w.claims_list.viewport().update()

    def preferences(self) -> None:
        from claimtracker.ui.preferences import PreferencesDialog

        w = self._window
        settings = w.context.settings
        dialog = PreferencesDialog(
            settings.analyst,
            settings.organisation,
            settings.organisation_url,
            settings.backups_to_keep,
            settings.language,
            w,
        )
        if ask.run_dialog(dialog):
            settings.language = dialog.language.currentData()
            settings.organisation = dialog.organisation.text()
            settings.organisation_url = dialog.organisation_url.text()
            settings.backups_to_keep = dialog.backups.value()
            w.context.set_analyst(dialog.analyst.text())  # the undo history stays

    def shortcuts(self) -> None:
        from claimtracker.ui.help.shortcuts import ShortcutsDialog

        ask.run_dialog(ShortcutsDialog(self._window.registry, self._window))

    def about(self) -> None:
        from claimtracker import __version__

        ask.information(
            self._window,
            self.tr("About ClaimTracker"),
            self.tr("ClaimTracker %1\nTrack factual claims in news articles.").replace(
                "%1", __version__
            ),
        )
