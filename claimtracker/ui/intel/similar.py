"""Similar claims of the current claim, looked for off the GUI thread as its statement is typed.

A search runs when another claim becomes current, and ~400 ms after the analyst stops typing
its statement. One search runs at a time (the similarity service answers one query at a
time); a request made meanwhile waits and only the newest is run. "Same claim" turns the
current claim into another appearance of the chosen one, as one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from claimtracker.core.commands import Change, SameClaim
from claimtracker.core.services.dto import ClaimInfo
from claimtracker.core.services.similar import SimilarClaim
from claimtracker.ui.claim.controller import ClaimController
from claimtracker.ui.context import AppContext
from claimtracker.ui.dialogs import ask
from claimtracker.ui.editing.controller import EditController
from claimtracker.ui.jobs import Job

TYPING_PAUSE_MS = 400
LIMIT = 5

Request = tuple[int | None, str]  # the claim asked about and its statement


class SimilarClaimsController(QObject):
    """``resultsChanged(list[SimilarClaim])`` for the current claim; ``searching(bool)``."""

    resultsChanged = Signal(list)
    searching = Signal(bool)
    message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        edits: EditController,
        claims: ClaimController,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._edits = edits
        self._claims = claims
        self._window = window
        self._request: Request = (None, "")
        self._results: list[SimilarClaim] = []
        self._job: Job | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        claims.currentChanged.connect(lambda claim, _scroll: self.follow(claim))
        edits.claimsChanged.connect(self.apply)
        context.databaseChanged.connect(lambda: self.follow(None))

    def results(self) -> list[SimilarClaim]:
        return list(self._results)

    def is_busy(self) -> bool:
        """True while a search runs or waits for the typing pause."""
        return self._job is not None or self._timer.isActive()

    # -- what to look for -------------------------------------------------------------------

    def follow(self, claim: ClaimInfo | None) -> None:
        """Another current claim (or a new version of it): search for its statement now."""
        if claim is None:
            self._timer.stop()
            self._request = (None, "")
            self._set_results([])
            return
        request = (claim.id, claim.statement)
        if request == self._request:
            return  # the same claim saved again (a tag, a verdict): same statement, same answer
        typed = claim.id == self._request[0]
        self._request = request
        if typed and self._timer.isActive():
            return  # the statement being typed was saved; its search is on the way
        if not typed:
            self._timer.stop()
            self._set_results([])  # another claim's list must not offer "Same"
        self.search()

    def statement_typed(self, text: str) -> None:
        """The analyst is typing the current claim's statement: search after a pause."""
        claim_id = self._claims.claim_id
        if claim_id is None:
            return
        self._request = (claim_id, text)
        self._timer.start()
        self.searching.emit(True)

    def apply(self, change: Change) -> None:
        """Claims listed here changed, or claims came or went: the ranking may change."""
        if self._request[0] is None:
            return
        listed = {r.id for r in self._results}
        if change.created or change.removed or (listed & change.ids):
            self._timer.start()

    # -- searching --------------------------------------------------------------------------

    def search(self) -> None:
        """Look for the claims similar to the current request (off the GUI thread)."""
        self._timer.stop()
        claim_id, text = request = self._request
        if claim_id is None or not text.strip():
            self._set_results([])
            return
        if self._job is not None:
            return  # one at a time: the newest request runs when this one is done
        service = self._context.services.similar

        def work(_progress) -> list[SimilarClaim]:
            return service.find(text, LIMIT, exclude=(claim_id,))

        self._job = self._context.jobs.start(
            work,
            title=self.tr("Similar Claims"),
            label="",
            parent=self._window,
            show_progress=False,
            name="similarJob",
        )
        self._job.done.connect(lambda result, error, _c: self._found(request, result, error))
        self.searching.emit(True)

    def _found(self, request: Request, result: list[SimilarClaim] | None, error: str) -> None:
        self._job = None
        if request != self._request:
            if request[0] == self._request[0] and result is not None:
                self._set_results(result)  # close enough while the next one runs
            if not self._timer.isActive():
                self.search()
            return
        if error:
            self.message.emit(self.tr("Similar claims not available: %1").replace("%1", error))
        self._set_results(result or [])

    def _set_results(self, results: list[SimilarClaim]) -> None:
        self._results = list(results)
        self.resultsChanged.emit(self.results())
        if not self.is_busy():
            self.searching.emit(False)

    # -- same claim -------------------------------------------------------------------------

    def same_claim(self, existing_id: int) -> bool:
        """The current claim states the same as ``existing_id``: its passages become that
        claim's appearances and the current claim goes (asked first; undoable)."""
        claim = self._claims.claim
        if claim is None or claim.id == existing_id:
            return False
        existing = next((r for r in self._results if r.id == existing_id), None)
        statement = existing.statement if existing else ""
        question = (
            self.tr(
                "Claim %1 states the same as claim %2:\n“%3”\n\nIts passages become "
                "appearances of claim %2, and claim %1 is deleted with its own statement, "
                "claimant, verdict, tags and evidence. Undo brings it back."
            )
            .replace("%1", str(claim.id))
            .replace("%2", str(existing_id))
            .replace("%3", statement)
        )
        if not ask.confirm(self._window, self.tr("Same Claim"), question):
            return False
        command = SameClaim(claim.id, existing_id, claim.version, text=self.tr("Same claim"))
        if not self._edits.run(command):
            return False
        self._claims.select(existing_id, scroll=False)
        self.message.emit(
            self.tr("The passage is now an appearance of claim %1.").replace("%1", str(existing_id))
        )
        return True
