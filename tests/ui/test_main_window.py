"""The annotation workspace, driven through its real widgets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.ui.launch import build_window
from claimtracker.ui.main_window import MainWindow
from claimtracker.ui.records import ID_ROLE
from tests.conftest import DATA

TEXT = (
    "Reacciones 😀👍🏽👩\u200d👩\u200d👧 🇰🇵 y 東京の記者 «citas».\n"
    "El secretario general dijo que Corea del Norte ha enviado “más de un millón de proyectiles” "
    "a Rusia.\n"
    "La portavoz\u00a0respondió que no puede confirmar la cifra.\n"
)
QUOTE = "Corea del Norte ha enviado “más de un millón de proyectiles” a Rusia."


def add(services: Services, text: str = TEXT, title: str = "Municiones") -> int:
    return services.articles.add_text(text, title).id


def select_utf16(window: MainWindow, start: int, end: int) -> None:
    """Select by Qt positions (UTF-16 units), as a mouse or keyboard selection does."""
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def stored_claims(path):
    db = open_database(path)
    try:
        return Services(db, "t").claims.find()
    finally:
        db.close()


def assert_painted(view, mark) -> None:
    """The highlight's colour is really on screen: the pixels under it differ from the
    background of the text beside it."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rects = [rect for m, rect in view.visible_highlights() if m == mark]
    assert rects, "the highlight is not on screen"
    inside = image.pixelColor(rects[0].toRect().topLeft() + QPoint(1, 1))
    background = view.viewport().palette().base().color()
    assert inside != background


def test_automation_names(window):
    assert not window.read_only_banner.isVisibleTo(window)
    for name in (
        "articleList",
        "articleView",
        "claimInspector",
        "articleClaims",
        "statementEdit",
        "claimantEdit",
        "statusCombo",
        "verdictCombo",
    ):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in ("actionImport", "actionNewClaim", "actionDeleteClaim", "actionUndo", "actionRedo"):
        assert window.findChild(type(window.registry[name]), name) is window.registry[name]


def test_view_shows_exactly_the_stored_text(services, open_window, db_path):
    article = add(services)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    assert window.view.toPlainText() == TEXT.replace("\u00a0", " ")  # Qt shows NBSP as space
    assert window.view.document().characterCount() == utf16(TEXT) + 1


def test_selection_after_emoji_and_cjk_creates_a_claim_at_code_point_offsets(
    services, open_window, db_path, qtbot
):
    article = add(services)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    start = TEXT.index(QUOTE)
    assert utf16(TEXT[:start]) > start  # the astral characters before it matter
    # Select with surrounding spaces, which are trimmed.
    select_utf16(window, utf16(TEXT[: start - 1]), utf16(TEXT[: start + len(QUOTE)]) + 0)
    window.registry["actionNewClaim"].trigger()
    (claim,) = stored_claims(db_path)
    (h,) = claim.highlights
    assert (h.start, h.end) == (start, start + len(QUOTE))
    assert TEXT[h.start : h.end] == QUOTE
    assert claim.statement == QUOTE
    assert window.inspector.statement.toPlainText() == QUOTE
    assert window.focusWidget() is window.inspector.statement
    window.close()

    reopened = open_window(db_path)
    reopened.articles.open(article)
    (mark,) = reopened.view.highlights()
    assert TEXT[mark.start : mark.end] == QUOTE
    assert reopened.view.to_qt(mark.start) == utf16(TEXT[:start])
    assert_painted(reopened.view, mark)


def test_keyboard_selection_and_shortcut(services, open_window, db_path, qtbot):
    article = add(services)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    view = window.view
    view.setFocus()
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    view.setTextCursor(cursor)
    for _ in range(4):
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (claim,) = stored_claims(db_path)
    assert claim.highlights[0].exact == "El secretario general dijo"


def test_undo_redo_create_edit_delete(services, open_window, db_path, qtbot):
    article = add(services)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    start = utf16(TEXT[: TEXT.index(QUOTE)])
    select_utf16(window, start, start + utf16(QUOTE))
    window.registry["actionNewClaim"].trigger()
    claim_id = window.claims.claim_id

    # Edit: type into the statement box; it is saved when the focus leaves it.
    statement = window.inspector.statement
    statement.selectAll()
    qtbot.keyClicks(statement, "Corea del Norte envia municion a Rusia")
    window.inspector.claimant.setFocus()
    qtbot.waitUntil(lambda: stored_claims(db_path)[0].statement.startswith("Corea del Norte envia"))
    window.inspector.status.setCurrentIndex(window.inspector.status.findData("in_progress"))
    window.inspector.status.activated.emit(window.inspector.status.currentIndex())
    assert stored_claims(db_path)[0].status == "in_progress"

    undo, redo = window.registry["actionUndo"], window.registry["actionRedo"]
    undo.trigger()
    assert stored_claims(db_path)[0].status == "unstarted"
    undo.trigger()
    assert stored_claims(db_path)[0].statement == QUOTE
    assert window.inspector.statement.toPlainText() == QUOTE
    undo.trigger()
    assert stored_claims(db_path) == []
    assert window.claims_list.claims_model.rowCount() == 0
    assert window.view.highlights() == []
    redo.trigger()
    redo.trigger()
    redo.trigger()
    (claim,) = stored_claims(db_path)
    assert (claim.id, claim.status) == (claim_id, "in_progress")
    assert claim.statement == "Corea del Norte envia municion a Rusia"

    window.claims.select(claim_id)
    window.claims_list.setFocus()
    qtbot.keyClick(window.claims_list, Qt.Key.Key_Delete)
    assert stored_claims(db_path) == []
    undo.trigger()
    (restored,) = stored_claims(db_path)
    assert restored.version > claim.version
    assert replace(restored, version=claim.version) == claim
    assert len(window.view.highlights()) == 1


def test_delete_key_in_a_text_box_deletes_text_not_the_claim(services, open_window, db_path, qtbot):
    article = add(services)
    services.claims.create_from_quote(article, QUOTE)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(stored_claims(db_path)[0].id)
    window.inspector.claimant.setFocus()
    qtbot.keyClicks(window.inspector.claimant, "OTAN")
    qtbot.keyClick(window.inspector.claimant, Qt.Key.Key_Home)
    qtbot.keyClick(window.inspector.claimant, Qt.Key.Key_Delete)
    assert window.inspector.claimant.text() == "TAN"
    assert len(stored_claims(db_path)) == 1


def test_clicking_a_highlight_selects_its_claim_and_choosing_a_claim_scrolls_to_it(
    services, open_window, db_path, qtbot
):
    article = add(services, TEXT + "\n" * 80 + "Al final: la cifra no está confirmada.\n")
    first = services.claims.create_from_quote(article, QUOTE)
    last = services.claims.create_from_quote(article, "la cifra no está confirmada")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(first.highlights[0].start + 3))
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.claims.claim_id == first.id
    assert window.inspector.claim().id == first.id

    row = window.claims_list.claims_model.row_of(last.id)
    window.claims_list.setCurrentIndex(window.claims_list.claims_model.index(row, 0))
    assert window.claims.claim_id == last.id
    assert not view.textCursor().hasSelection()  # the highlight itself stays visible
    assert view.textCursor().position() == view.to_qt(last.highlights[0].start)
    assert view.verticalScrollBar().value() > 0
    assert view.cursorRect().top() >= 0
    assert view.cursorRect().bottom() <= view.viewport().height()


def test_tooltip_and_overlapping_highlights(services, open_window, db_path):
    article = add(services)
    services.claims.create_from_quote(article, QUOTE, claimant="Secretario general")
    services.claims.create_from_quote(article, "más de un millón")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    texts = [TEXT[m.start : m.end] for m in window.view.highlights()]
    assert sorted(texts) == sorted([QUOTE, "más de un millón"])
    (overlap,) = window.view.overlap_marks()
    assert TEXT[overlap.start : overlap.end] == "más de un millón"
    claim_id = stored_claims(db_path)[0].id
    assert "Claimant: Secretario general" in window.article_panel._tooltip(claim_id)


def test_link_selection_as_second_appearance(services, open_window, db_path):
    article = add(services)
    claim = services.claims.create_from_quote(article, QUOTE)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(claim.id)
    phrase = "no puede confirmar la cifra"
    start = utf16(TEXT[: TEXT.index(phrase)])
    select_utf16(window, start, start + len(phrase))
    window.registry["actionLinkClaim"].trigger()
    (stored,) = stored_claims(db_path)
    assert [h.exact for h in stored.highlights] == [QUOTE, phrase]
    window.registry["actionUndo"].trigger()
    assert [h.exact for h in stored_claims(db_path)[0].highlights] == [QUOTE]


def test_tags_and_verdict_are_saved(services, open_window, db_path, qtbot):
    article = add(services)
    claim = services.claims.create_from_quote(article, QUOTE, tags=["Rusia"])
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(claim.id)
    tags = window.inspector.tags
    tags.setFocus()
    tags.setText("Rusia, munición")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert stored_claims(db_path)[0].tags == ["munición", "Rusia"]
    verdict = window.inspector.verdict
    verdict.setCurrentIndex(verdict.findData("mostly_false"))
    verdict.activated.emit(verdict.currentIndex())
    assert stored_claims(db_path)[0].verdict == "mostly_false"
    window.registry["actionUndo"].trigger()
    window.registry["actionUndo"].trigger()
    assert stored_claims(db_path)[0].tags == ["Rusia"]


def test_a_long_claimant_shows_its_beginning(services, open_window, db_path):
    article = add(services)
    name = "Portavoz de la Casa Blanca para asuntos de seguridad nacional y defensa"
    claim = services.claims.create_from_quote(article, QUOTE, claimant=name)
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    assert window.inspector.claimant.text() == name
    assert window.inspector.claimant.cursorPosition() == 0  # not its last words only


def test_evidence_add_edit_remove(services, open_window, db_path, dialogs):
    article = add(services)
    claim = services.claims.create_from_quote(article, QUOTE)
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(claim.id)

    def fill_new(dialog):
        dialog.name.setText("Rueda de prensa de la OTAN")
        dialog.url.setText("https://nato.example/press")
        dialog.kind.setCurrentIndex(dialog.kind.findData("official_statement"))
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
        dialog.stance.setCurrentIndex(dialog.stance.findData("supports"))
        dialog.credibility.setCurrentIndex(dialog.credibility.findData(3))
        dialog.excerpt.setPlainText("más de un millón")
        return True

    dialogs.answer("run_dialog", fill_new)
    window.inspector.add_evidence.click()
    (ev,) = stored_claims(db_path)[0].evidence
    assert (ev.source.name, ev.source.kind, ev.source.reliability) == (
        "Rueda de prensa de la OTAN",
        "official_statement",
        "B",
    )
    assert (ev.stance, ev.credibility, ev.excerpt) == ("supports", 3, "más de un millón")
    assert window.inspector.evidence_model.rowCount() == 1

    def regrade(dialog):
        assert not dialog.source_combo.isEnabled()
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("C"))
        dialog.stance.setCurrentIndex(dialog.stance.findData("refutes"))
        return True

    dialogs.answer("run_dialog", regrade)
    window.inspector.evidence.setCurrentIndex(window.inspector.evidence_model.index(0, 0))
    window.inspector.edit_evidence.click()
    (ev,) = stored_claims(db_path)[0].evidence
    assert (ev.stance, ev.source.reliability) == ("refutes", "C")

    window.inspector.evidence.setCurrentIndex(window.inspector.evidence_model.index(0, 0))
    window.inspector.remove_evidence.click()
    assert stored_claims(db_path)[0].evidence == []
    window.registry["actionUndo"].trigger()
    assert stored_claims(db_path)[0].evidence[0].id == ev.id

    def reuse(dialog):
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(ev.source.id))
        assert dialog.name.text() == "Rueda de prensa de la OTAN"
        return True

    dialogs.answer("run_dialog", reuse)
    window.inspector.add_evidence.click()
    evidence = stored_claims(db_path)[0].evidence
    assert len(evidence) == 2 and {e.source.id for e in evidence} == {ev.source.id}


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(window.view.geometry().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    return event


def test_import_by_drag_and_drop(window, qtbot, db_path):
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        drop(window, [DATA / "es_cp1252.html", DATA / "es_curly.txt"])
    titles = [a.title for a in window.library.model.rows()]
    assert "Corea del Norte envía munición a Rusia" in titles
    assert len(titles) == 2
    assert window.articles.article_id == window.library.model.rows()[0].id


def test_failed_file_is_reported_and_the_others_import(window, qtbot, tmp_path, dialogs):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.pdf").write_bytes(b"%PDF-1.4 broken")
    dialogs.answer("error", None)
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        window.transfer.import_files(
            [tmp_path / "empty.txt", DATA / "es_curly.txt", tmp_path / "binary.pdf"]
        )
    assert [a.title for a in window.library.model.rows()] == [
        "La ministra dijo que “la inflación bajó al 2,1 % en marzo”."
    ]
    (message,) = dialogs.messages("error")
    assert "2 files could not be imported" in message[2]
    assert "empty.txt is empty" in message[2] and "binary.pdf" in message[2]


def test_cancel_stops_a_long_import(window, qtbot, tmp_path):
    paths = []
    for i in range(40):
        path = tmp_path / f"nota{i:02}.txt"
        path.write_text(f"Nota número {i}: el ministro dijo algo distinto cada vez ({i}).\n")
        paths.append(path)
    job = window.transfer.import_files(paths)
    job.cancel()
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000) as blocker:
        pass
    imported, failures, cancelled = blocker.args
    assert cancelled and failures == []
    assert len(imported) < 40
    assert len(window.library.model.rows()) == len(imported)


def test_import_menu_uses_the_file_dialog(window, qtbot, dialogs):
    dialogs.answer("open_article_files", [str(DATA / "emoji_cjk_crlf.txt")])
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        window.registry["actionImport"].trigger()
    assert window.view.toPlainText().startswith("Reacciones 😀")


def test_paste_new_article(window, dialogs):
    def fill(dialog):
        dialog.title.setText("Pegado")
        dialog.text.setPlainText("Texto pegado\r\ncon CRLF y acentos: inflación.")
        return True

    dialogs.answer("run_dialog", fill)
    window.registry["actionPasteArticle"].trigger()
    assert window.view.toPlainText() == "Texto pegado\ncon CRLF y acentos: inflación."
    assert window.library.model.rows()[0].title == "Pegado"


def test_library_filter(services, open_window, db_path, qtbot):
    add(services, "Uno sobre Rusia.", "Rusia y Corea")
    add(services, "Otro sobre inflación.", "Inflación en España")
    services.db.close()
    window = open_window(db_path)
    qtbot.keyClicks(window.library.filter, "inflac")
    assert [a.title for a in window.library.model.rows()] == ["Inflación en España"]
    window.library.list.setCurrentIndex(window.library.model.index(0, 0))
    assert window.article_panel.title.text().count("Inflación en España") == 1


def test_new_open_and_recent_databases(window, dialogs, tmp_path, settings):
    target = tmp_path / "second.db"
    dialogs.answer("new_database_file", str(target))
    window.registry["actionNewDatabase"].trigger()
    assert target.exists()
    assert window.windowTitle() == "second.db — ClaimTracker"
    assert window.library.model.rowCount() == 0
    assert settings.recent_databases()[0] == str(target)
    (tmp_path / "notes.txt").write_text("not a database")
    dialogs.answer("open_database_file", str(tmp_path / "notes.txt"))
    dialogs.answer("error", None)
    window.registry["actionOpenDatabase"].trigger()
    (err,) = dialogs.messages("error")
    assert "not a ClaimTracker database" in err[2]
    assert window.windowTitle() == "second.db — ClaimTracker"
    assert [a.text() for a in window.recent_menu.actions()][:2] == [
        str(target),
        str(window.context.db.path.parent / "claims.db"),
    ]


def test_window_state_and_last_article_are_remembered(services, open_window, db_path, settings):
    first = add(services, "Primero.", "Primero")
    second = add(services, "Segundo.", "Segundo")
    services.db.close()
    window = open_window(db_path)
    window.articles.open(first)
    window.resize(760, 580)
    window.close()
    again = open_window(db_path)
    assert again.articles.article_id == first != second
    assert (again.width(), again.height()) == (760, 580)


def test_analyst_name_is_recorded(services, open_window, db_path, dialogs, settings):
    article = add(services)
    services.db.close()
    window = open_window(db_path)

    def rename(dialog):
        dialog.analyst.setText("Lucía")
        dialog.backups.setValue(3)
        return True

    dialogs.answer("run_dialog", rename)
    window.registry["actionPreferences"].trigger()
    assert settings.analyst == "Lucía"
    assert settings.backups_to_keep == 3
    window.articles.open(article)
    start = utf16(TEXT[: TEXT.index(QUOTE)])
    select_utf16(window, start, start + utf16(QUOTE))
    window.registry["actionNewClaim"].trigger()
    assert stored_claims(db_path)[0].created_by == "Lucía"


def test_read_only_database_disables_editing(services, qtbot, db_path, settings):
    article = add(services)
    services.claims.create_from_quote(article, QUOTE)
    services.db.close()
    window = build_window(open_database(db_path, readonly=True), settings)
    qtbot.addWidget(window)
    window.claims.select(stored_claims(db_path)[0].id)
    select_utf16(window, 0, 5)
    assert "[read-only]" in window.windowTitle()
    assert window.read_only_banner.isVisibleTo(window)
    assert window.inspector.claim() is not None
    assert not window.inspector.statement.isEnabled()
    assert not window.inspector.status.isEnabled()
    for name in ("actionNewClaim", "actionDeleteClaim", "actionImport", "actionAddEvidence"):
        assert not window.registry[name].isEnabled(), name


def test_models_pass_the_model_tester(services, open_window, db_path, qtmodeltester):
    article = add(services)
    claim = services.claims.create_from_quote(article, QUOTE)
    source = services.sources.create("INE", "https://ine.example", "dataset", "A")
    services.claims.add_evidence(claim.id, source.id)
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    qtmodeltester.check(window.library.model)
    qtmodeltester.check(window.claims_list.claims_model)
    qtmodeltester.check(window.inspector.evidence_model)
    assert window.claims_list.claims_model.index(0, 0).data(ID_ROLE) == claim.id


def test_tag_completion_offers_existing_tags(services, open_window, db_path, qtbot):
    article = add(services)
    services.claims.create_from_quote(article, QUOTE, tags=["Corea del Norte", "Rusia"])
    claim = services.claims.create_from_quote(article, "no puede confirmar la cifra")
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    completer = window.inspector.tag_completer
    assert completer.model().stringList() == ["Corea del Norte", "Rusia"]
    tags = window.inspector.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "Rusia, cor")
    # Only the last name is completed; the names before it are kept.
    assert completer.currentCompletion() == "Rusia, Corea del Norte"


def test_claim_date_is_chosen_in_a_date_box_and_can_be_cleared(
    services, open_window, db_path, qtbot
):
    from claimtracker.ui.claim.inspector import NO_DATE

    article = add(services)
    claim = services.claims.create_from_quote(article, QUOTE)
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    box = window.inspector.claim_date
    assert box.calendarPopup()
    assert box.text() == window.inspector.tr("no date")
    box.setFocus()
    box.setDate(QDate(2024, 3, 12))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert stored_claims(db_path)[0].claim_date.isoformat() == "2024-03-12"
    box.setDate(NO_DATE)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert stored_claims(db_path)[0].claim_date is None


def test_hovering_a_highlight_shows_the_claim_summary(services, open_window, db_path, qtbot):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    article = add(services)
    services.claims.create_from_quote(
        article, QUOTE, claimant="Secretario general", verdict="unproven"
    )
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(TEXT.index(QUOTE) + 5))
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Claimant: Secretario general" in QToolTip.text()
    assert "Verdict: Unproven" in QToolTip.text()


def test_context_menu_offers_new_claim(window):
    names = [a.objectName() for a in window.view._context_actions]
    assert names == [
        "actionNewClaim",
        "actionLinkClaim",
        "actionLinkToClaim",
        "actionDismissSuggestion",
    ]
