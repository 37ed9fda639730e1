"""The open article and the library: what is read from the database, and kept up to date.

After an edit the controller patches its rows from what the command returned (or re-reads just
the claims it names) and says which claims changed; views then repaint those alone. The
library's claim counts change the same way, without listing every article again. An article
whose own record changed (corrected metadata, a new text) is read again alone; when an
article comes or goes, the library reads again the rows it has listed (a page or a few), never
every article.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from claimtracker.core.anchoring import in_place
from claimtracker.core.commands import Change
from claimtracker.core.errors import ClaimTrackerError, UserError
from claimtracker.core.services.dto import ArticleClaim, ArticleInfo, Placement
from claimtracker.ui.context import AppContext
from claimtracker.ui.messages import message


class ArticleController(QObject):
    """One open article (or none) and the list of all articles."""

    opened = Signal(object, str)  # ArticleInfo or None, the article's text
    rowsReset = Signal()  # the claims of the article, all of them anew
    rowsChanged = Signal(object)  # ids of claims whose rows changed in place
    libraryReset = Signal()  # another database: the library lists its first page anew
    libraryChanged = Signal()  # articles came or went: the library reads its rows again
    libraryCountsChanged = Signal(object)  # {article id: claim count}
    libraryArticleChanged = Signal(object)  # ArticleInfo of a listed article, as now stored
    infoChanged = Signal(object)  # ArticleInfo: the open article's metadata changed
    textReplaced = Signal(str)  # the open article's current text is another one (a version)
    failed = Signal(str, str)  # title, message

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.info: ArticleInfo | None = None
        self.text = ""
        self._rows: dict[int, ArticleClaim] = {}
        self._order: list[int] = []
        self._gone: set[int] = set()  # articles seen deleted here (undo brings them back)

    @property
    def article_id(self) -> int | None:
        return self.info.id if self.info else None

    # -- reading ----------------------------------------------------------------------------

    def reset_library(self) -> None:
        """The library of the database just opened: its first page."""
        self._gone = set()
        self.libraryReset.emit()

    def reload_library(self) -> None:
        """Articles came or went (imported, deleted, changed elsewhere): the library reads
        the rows it has listed again."""
        self.libraryChanged.emit()

    def library_page(
        self,
        limit: int | None,
        *,
        after: int | None = None,
        through: int | None = None,
        words: str = "",
        text: bool = False,
    ) -> list[ArticleInfo]:
        """A page of the library (see ``ArticleService.page``)."""
        return self._context.services.articles.page(
            limit, after=after, through=through, words=words, text=text
        )

    def open(self, article_id: int) -> bool:
        """Show an article with its claims; False (and ``failed``) when it cannot be read."""
        services = self._context.services
        try:
            info, text, rows = services.articles.opening(article_id)
        except ClaimTrackerError as exc:
            self.failed.emit(self.tr("Cannot Open Article"), message(exc))
            return False
        self.info, self.text = info, text
        self._rows, self._order = {}, []  # nobody sees the last article's rows with this one
        self.opened.emit(info, text)
        self._show_rows(rows)
        return True

    def open_imported(self, article_id: int) -> None:
        """An article just imported: the library lists it, the reader shows it."""
        self.reload_library()
        self.open(article_id)

    def open_last_or_first(self) -> None:
        """The article open when this database was last used, else the newest one."""
        articles = self._context.services.articles
        last = self._context.settings.last_article(self._context_key())
        info: ArticleInfo | None = None
        if last is not None:
            try:
                info = articles.get(last)
            except UserError:
                info = None  # deleted since
        if info is None:
            newest = articles.page(1)
            info = newest[0] if newest else None
        if info is None:
            self.close_article()
        else:
            self.open(info.id)

    def remember(self) -> None:
        """Note the open article as this database's last one (read at the next start).

        Written when the window closes or another database opens, not on every opening:
        writing the settings file costs more than showing an article.
        """
        if self.info is not None:
            self._context.settings.set_last_article(self._context_key(), self.info.id)

    def close_article(self) -> None:
        self.info, self.text = None, ""
        self._rows, self._order = {}, []
        self.opened.emit(None, "")
        self.rowsReset.emit()

    def reload_rows(self) -> None:
        """Read the open article's claims again."""
        if self.info is not None:
            self._show_rows(self._context.services.claims.for_article(self.info.id))

    def _show_rows(self, rows: list[ArticleClaim]) -> None:
        """The open article's claims as read, a highlight not found where it says as such."""
        text, length = self.text, len(self.text)
        placed: dict[int, ArticleClaim] = {}
        for row in rows:  # one pass over 2,000 highlights: in_place() inlined
            for h in row.highlights:
                if not (0 <= h.start <= h.end <= length and text[h.start : h.end] == h.exact):
                    row = self._placed(row)
                    break
            placed[row.id] = row
        self._rows = placed
        self._order = list(placed)
        self.rowsReset.emit()

    def rows(self) -> list[ArticleClaim]:
        """The article's claims in the order they first appear."""
        return [self._rows[i] for i in self._order]

    def row(self, claim_id: int) -> ArticleClaim | None:
        return self._rows.get(claim_id)

    def highlights(self) -> list[Placement]:
        return [h for i in self._order for h in self._rows[i].highlights]

    def _placed(self, row: ArticleClaim) -> ArticleClaim:
        """A highlight whose stored offsets do not hold its quote is shown as not found
        (a damaged or hand-edited record must never point outside the text)."""
        text = self.text
        if all(in_place(text, h.start, h.end, h.exact) for h in row.highlights):
            return row
        highlights = tuple(
            h if in_place(text, h.start, h.end, h.exact) else h._replace(state="orphaned")
            for h in row.highlights
        )
        return row._replace(highlights=highlights)

    def _context_key(self) -> str:
        db = self._context.db
        return str(db.path) if db.path else db.name

    # -- keeping up -------------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        """Patch the rows from a saved change; re-read only what it does not carry."""
        reloaded = self._follow_articles(change.article_records)
        if self.info is not None and not reloaded:
            self._patch(change)
        if change.articles:
            self.libraryCountsChanged.emit(
                self._context.services.articles.claim_counts(change.articles)
            )

    def open_record(self) -> frozenset[int]:
        """The open article's id (none: empty), to be read again with a change."""
        return frozenset() if self.info is None else frozenset({self.info.id})

    def refresh(self) -> None:
        """Read the open article again (after changes saved elsewhere): its metadata, its
        text if another version became current, its claims; another one if it was deleted."""
        if self.info is None or not self._follow_articles({self.info.id}):
            self.reload_rows()

    def _follow_articles(self, article_ids: frozenset[int] | set[int]) -> bool:
        """Show articles whose own record changed; True when the open one was read anew
        (its rows with it)."""
        if not article_ids:
            return False
        services = self._context.services
        stored: dict[int, ArticleInfo | None] = {}
        for article_id in article_ids:
            try:
                stored[article_id] = services.articles.get(article_id)
            except UserError:
                stored[article_id] = None  # deleted
        gone = {i for i, info in stored.items() if info is None}
        back = {i for i, info in stored.items() if info is not None and i in self._gone}
        self._gone = (self._gone | gone) - back
        if gone or back:
            self.reload_library()
        else:
            for info in stored.values():
                if info is not None:
                    self.libraryArticleChanged.emit(info)
        open_id = self.article_id
        if open_id is not None and open_id in stored:
            info = stored[open_id]
            if info is None:
                self.open_last_or_first()
                return True
            return self._replace_open(info)
        if back:  # a deleted article brought back (undo): show it again
            return self.open(min(back))
        return False

    def _replace_open(self, info: ArticleInfo) -> bool:
        """The open article as now stored; its text and rows again if its text changed."""
        old, self.info = self.info, info
        if old is not None and (old.version, old.text_version) == (info.version, info.text_version):
            return False
        text = self._context.services.articles.text(info.id)
        self.infoChanged.emit(info)
        if text == self.text:
            return False
        self.text = text
        self.textReplaced.emit(text)
        self.reload_rows()
        return True

    def _patch(self, change: Change) -> None:
        assert self.info is not None
        article = self.info.id
        changed: set[int] = set()
        membership = False
        for claim in change.claims:
            row = ArticleClaim.of(claim, article)
            if row.highlights:
                membership |= claim.id not in self._rows or (
                    self._rows[claim.id].highlights != row.highlights
                )
                self._rows[claim.id] = self._placed(row)
                changed.add(claim.id)
            elif claim.id in self._rows:
                del self._rows[claim.id]
                membership = True
        for claim_id in change.removed & self._rows.keys():
            del self._rows[claim_id]
            membership = True
        unknown = (change.touched | change.created) - {c.id for c in change.claims}
        if unknown:
            fresh = {
                r.id: self._placed(r)
                for r in self._context.services.claims.for_article(article, unknown)
            }
            for claim_id in unknown:
                if claim_id in fresh:
                    membership |= claim_id not in self._rows or (
                        self._rows[claim_id].highlights != fresh[claim_id].highlights
                    )  # highlights that moved, or whose match was decided, are placed again
                    self._rows[claim_id] = fresh[claim_id]
                    changed.add(claim_id)
                elif claim_id in self._rows:
                    del self._rows[claim_id]
                    membership = True
        if membership:
            self._order = sorted(self._rows, key=self._first_start)
            self.rowsReset.emit()
        elif changed:
            self.rowsChanged.emit(changed)

    def _first_start(self, claim_id: int) -> tuple[int, int]:
        starts = [h.start for h in self._rows[claim_id].highlights]
        return (min(starts) if starts else 0, claim_id)
