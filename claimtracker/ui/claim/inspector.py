"""The claim inspector: every field of the current claim, saved as soon as it is edited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.core.services.dto import ClaimInfo
from claimtracker.ui import icons
from claimtracker.ui.claim.evidence_model import evidence_model
from claimtracker.ui.formatting import date_pattern, local_time
from claimtracker.ui.palette import Taxonomy
from claimtracker.ui.records import ID_ROLE
from claimtracker.ui.terms import label
from claimtracker.ui.widgets.naming import named

TYPING_PAUSE_MS = 800
"""Text typed into a box is saved after this pause, or at once when the box loses focus."""

CHANGED_QUOTE_STYLE = "border: 0 solid #D55E00; border-left-width: 3px; padding-left: 6px;"
"""An orange bar beside the words a newer version of the article has for a quote."""

NO_DATE = QDate(1900, 1, 1)
"""The date box's minimum, shown as empty: the claim has no date."""


class TagCompleter(QCompleter):
    """Completes the last of several comma-separated tag names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_names(self, names: list[str]) -> None:
        self.model().setStringList(sorted(names, key=str.casefold))  # type: ignore[attr-defined]

    def pathFromIndex(self, index) -> str:
        box = self.widget()
        done = box.text().rsplit(",", 1) if isinstance(box, QLineEdit) else [""]
        head = done[0] + ", " if len(done) > 1 else ""
        return head + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


def _plain_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # claim data is text, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClaimInspector(QWidget):
    """Shows one claim and turns each edit into a request the claim controller carries out."""

    editRequested = Signal(int, str, object)  # claim id, field, new value
    tagsRequested = Signal(int, list)  # claim id, tag names
    addEvidenceRequested = Signal()
    editEvidenceRequested = Signal(int)  # evidence id
    removeEvidenceRequested = Signal(int)  # evidence id
    statementTyped = Signal(str)  # the statement as it is being typed (before it is saved)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimInspector")
        self.setAccessibleName(self.tr("Claim inspector"))
        self._claim: ClaimInfo | None = None
        self._loading = False
        self._read_only = False
        self._taxonomy = Taxonomy([], [])

        self.heading = _plain_label("claimHeading")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.stamp = _plain_label("claimStamp")
        self.quote = _plain_label("claimQuote")
        self.quote.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        # A quote whose words changed in a newer version of its article, or are gone from it.
        self.wording = _plain_label("claimWording")
        self.wording.setAccessibleName(self.tr("Changed quotes"))
        self.wording.setStyleSheet(CHANGED_QUOTE_STYLE)

        self.statement = self._text_box("statementEdit", self.tr("Statement"), 3)
        self.claimant = self._line(
            "claimantEdit", self.tr("Claimant"), self.tr("Who makes the claim")
        )
        self.claim_date = named(QDateEdit(), "claimDateEdit")
        self.claim_date.setAccessibleName(self.tr("Claim date"))
        self.claim_date.setCalendarPopup(True)
        self.claim_date.setDisplayFormat(date_pattern())
        self.claim_date.setMinimumDate(NO_DATE)
        self.claim_date.setSpecialValueText(self.tr("no date"))
        self.status = named(QComboBox(), "statusCombo")
        self.status.setAccessibleName(self.tr("Workflow status"))
        self.verdict = named(QComboBox(), "verdictCombo")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.rationale = self._text_box("rationaleEdit", self.tr("Rationale"), 4)
        self.review_url = self._line(
            "reviewUrlEdit", self.tr("Published at"), self.tr("URL of the published fact-check")
        )
        self.review_url.setToolTip(
            self.tr("Where the fact-check was published; ClaimReview exports need it")
        )
        self.tags = self._line(
            "tagsEdit", self.tr("Tags"), self.tr("Comma-separated; new tags are created")
        )
        self.tag_completer = TagCompleter(self)
        self.tags.setCompleter(self.tag_completer)

        self.evidence_model = evidence_model(self)
        self.evidence = named(QTableView(), "evidenceList")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setModel(self.evidence_model)
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.verticalHeader().hide()
        header = self.evidence.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.evidence.setWordWrap(False)
        self.evidence.setMinimumHeight(90)
        self.evidence.doubleClicked.connect(
            lambda _i: self._emit_evidence(self.editEvidenceRequested)
        )
        self.add_evidence = self._button(
            "addEvidenceButton", icons.ADD_EVIDENCE, self.tr("Add evidence…")
        )
        self.edit_evidence = self._button(
            "editEvidenceButton", icons.EDIT_EVIDENCE, self.tr("Edit the selected evidence…")
        )
        self.remove_evidence = self._button(
            "removeEvidenceButton", icons.REMOVE_EVIDENCE, self.tr("Remove the selected evidence")
        )
        self.add_evidence.clicked.connect(self.addEvidenceRequested)
        self.edit_evidence.clicked.connect(lambda: self._emit_evidence(self.editEvidenceRequested))
        self.remove_evidence.clicked.connect(
            lambda: self._emit_evidence(self.removeEvidenceRequested)
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Statement"), self.statement)
        form.addRow(self.tr("Clai&mant"), self.claimant)
        form.addRow(self.tr("Claim &date"), self.claim_date)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("&Verdict"), self.verdict)
        form.addRow(self.tr("&Rationale"), self.rationale)
        form.addRow(self.tr("&Published at"), self.review_url)
        form.addRow(self.tr("Ta&gs"), self.tags)
        buttons = QHBoxLayout()
        evidence_title = QLabel(self.tr("Evidence"))
        evidence_title.setFont(bold)
        buttons.addWidget(evidence_title)
        buttons.addStretch()
        for b in (self.add_evidence, self.edit_evidence, self.remove_evidence):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stamp)
        layout.addWidget(self.quote)
        layout.addWidget(self.wording)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.evidence, 1)
        self._layout = layout

        self._timers: dict[str, QTimer] = {}
        for name, box in (("statement", self.statement), ("rationale", self.rationale)):
            timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
            timer.timeout.connect(lambda n=name: self._save_text(n))
            box.textChanged.connect(lambda t=timer: None if self._loading else t.start())
            box.installEventFilter(self)
            self._timers[name] = timer
        self.statement.textChanged.connect(self._statement_typed)
        self.claimant.editingFinished.connect(lambda: self._save("claimant", self.claimant.text()))
        self.review_url.editingFinished.connect(
            lambda: self._save("review_url", self.review_url.text())
        )
        self.claim_date.editingFinished.connect(self._save_date)
        self.tags.editingFinished.connect(self._save_tags)
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.verdict.activated.connect(lambda _i: self._save("verdict", self.verdict.currentData()))
        self.show_claim(None)

    # -- building ---------------------------------------------------------------------------

    def _text_box(self, name: str, label: str, lines: int) -> QPlainTextEdit:
        box = named(QPlainTextEdit(), name)
        box.setAccessibleName(label)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
        return box

    def _line(self, name: str, label: str, placeholder: str) -> QLineEdit:
        line = named(QLineEdit(), name)
        line.setAccessibleName(label)
        line.setPlaceholderText(placeholder)
        return line

    def _button(self, name: str, icon_name: str, tip: str) -> QToolButton:
        button = named(QToolButton(), name)
        button.setIcon(icons.icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(tip.rstrip("…"))
        return button

    def add_section(self, widget: QWidget, stretch: int = 0) -> None:
        """A section of another feature, below the evidence."""
        self._layout.addWidget(widget, stretch)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self._taxonomy = taxonomy
        self._offer(None)
        self.show_claim(self._claim)

    def _offer(self, claim: ClaimInfo | None) -> None:
        """The terms offered: retired ones only where the shown claim still holds them."""
        held = {claim.status, claim.verdict} if claim else set()
        loading, self._loading = self._loading, True
        self.status.clear()
        for term in self._taxonomy.statuses:
            if not term.retired or term.key in held:
                self.status.addItem(label(term.label), term.key)
        self.verdict.clear()
        self.verdict.addItem(self.tr("— none —"), None)
        for term in self._taxonomy.verdicts:
            if not term.retired or term.key in held:
                self.verdict.addItem(label(term.label), term.key)
        self._loading = loading

    def _offered(self) -> int:
        """How many items the status and verdict boxes hold without retired terms."""
        taxonomy = self._taxonomy
        active = [t for t in (*taxonomy.statuses, *taxonomy.verdicts) if not t.retired]
        return len(active) + 1  # and "none" for the verdict

    def set_tag_names(self, names: list[str]) -> None:
        self.tag_completer.set_names(names)

    # -- showing ----------------------------------------------------------------------------

    def claim(self) -> ClaimInfo | None:
        return self._claim

    def set_read_only(self, read_only: bool) -> None:
        """Show claims without letting them be edited (a database that cannot be written)."""
        self._read_only = read_only
        self.show_claim(self._claim)

    def show_claim(self, claim: ClaimInfo | None) -> None:
        """Show a claim (None: nothing selected); boxes being typed in keep their cursor."""
        same = claim is not None and self._claim is not None and claim.id == self._claim.id
        if not same:
            self.flush()
        self._claim = claim
        self._loading = True
        try:
            enabled = claim is not None and not self._read_only
            for w in (
                self.statement,
                self.claimant,
                self.claim_date,
                self.status,
                self.verdict,
                self.rationale,
                self.tags,
                self.evidence,
                self.review_url,
                self.add_evidence,
                self.edit_evidence,
                self.remove_evidence,
            ):
                w.setEnabled(enabled)
            if claim is None:
                self.heading.setText(self.tr("No claim selected"))
                self.stamp.setText("")
                self.quote.setText(
                    self.tr(
                        "Select a sentence in the article and press Ctrl+Enter to make it a claim."
                    )
                )
                for box in (self.statement, self.rationale):
                    box.setPlainText("")
                for line in (self.claimant, self.tags, self.review_url):
                    line.setText("")
                self.claim_date.setDate(NO_DATE)
                self.evidence_model.set_rows([])
                self.wording.hide()
                return
            self.heading.setText(self.tr("Claim %1").replace("%1", str(claim.id)))
            self.stamp.setText(
                self.tr("updated %1 by %2")
                .replace("%1", local_time(claim.updated_at))
                .replace("%2", claim.updated_by)
            )
            # The quotes are shown as they are: they often carry quotation marks of their own.
            self.quote.setText(" · ".join(h.exact for h in claim.highlights))
            changed = self._changed_wording(claim)
            self.wording.setText(changed)
            self.wording.setVisible(bool(changed))
            _set_plain(self.statement, claim.statement)
            _set_plain(self.rationale, claim.rationale)
            _set_line(self.claimant, claim.claimant)
            _set_line(self.tags, ", ".join(claim.tags))
            self.review_url.setEnabled(enabled)
            _set_line(self.review_url, claim.review_url or "")
            day = claim.claim_date
            self.claim_date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            if self.status.findData(claim.status) < 0 or self.verdict.findData(claim.verdict) < 0:
                self._offer(claim)  # a retired term this claim still holds
            elif self.status.count() + self.verdict.count() != self._offered():
                self._offer(claim)  # the last claim's retired term is not offered here
            self.status.setCurrentIndex(max(0, self.status.findData(claim.status)))
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(claim.verdict)))
            self.evidence_model.set_rows(claim.evidence)
        finally:
            self._loading = False

    def _changed_wording(self, claim: ClaimInfo) -> str:
        """Quotes a newer version of their article changed (the words there now, awaiting
        review, beside the quote as recorded shown above) or no longer has."""
        notes = []
        for h in claim.highlights:
            if h.state == "fuzzy" and h.current_exact is not None:
                notes.append(self.tr("Now in the article: %1").replace("%1", h.current_exact))
            elif h.state == "orphaned":
                notes.append(self.tr("No longer found in the article: %1").replace("%1", h.exact))
        return "\n\n".join(notes)

    def focus_statement(self) -> None:
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statement.selectAll()

    def flush(self) -> None:
        """Save text still waiting for the typing pause (before switching claims or closing)."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._save_text(name)

    # -- saving -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for name, box in (("statement", self.statement), ("rationale", self.rationale)):
                if watched is box and self._timers[name].isActive():
                    self._timers[name].stop()
                    self._save_text(name)
        return super().eventFilter(watched, event)

    def _statement_typed(self) -> None:
        if not self._loading:
            self.statementTyped.emit(self.statement.toPlainText())

    def _save_text(self, name: str) -> None:
        box = self.statement if name == "statement" else self.rationale
        self._save(name, box.toPlainText())

    def _save(self, field: str, value: object) -> None:
        if self._loading or self._claim is None:
            return
        if isinstance(value, str):
            value = value.strip()
        if getattr(self._claim, field) != value:
            self.editRequested.emit(self._claim.id, field, value)

    def _save_date(self) -> None:
        chosen = self.claim_date.date()
        value = None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        self._save("claim_date", value)

    def _save_tags(self) -> None:
        if self._loading or self._claim is None:
            return
        names = list(dict.fromkeys(n.strip() for n in self.tags.text().split(",") if n.strip()))
        if sorted({n.casefold() for n in names}) != sorted(t.casefold() for t in self._claim.tags):
            self.tagsRequested.emit(self._claim.id, names)

    def _emit_evidence(self, signal) -> None:
        index = self.evidence.currentIndex()
        if index.isValid():
            signal.emit(index.data(ID_ROLE))


def _set_plain(box: QPlainTextEdit, text: str) -> None:
    if box.toPlainText().strip() != text:
        box.setPlainText(text)


def _set_line(line: QLineEdit, text: str) -> None:
    if line.text().strip() != text:
        line.setText(text)
        line.setCursorPosition(0)  # a long name shows its beginning in a narrow inspector
