"""Claim › Scales…: statuses and verdicts edited in the window, each change undoable, and
every view showing the scales as they are after each step (and after undo and redo)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from claimtracker.core.db import open_database
from claimtracker.core.services import Services
from claimtracker.ui.scales.model import ScaleModel
from claimtracker.ui.scales.remove_dialog import RemoveTermDialog
from tests.ui.test_review import TEXT, column, review_window

QUOTES = ("La INFLACIÓN", "北朝鮮", "Tumangang")


def stored(db_path):
    db = open_database(db_path)
    try:
        services = Services(db, "t")
        return services.scales, {c: services.claims.get(c) for c in range(1, 4)}
    finally:
        db.close()


def window_with_claims(services, add_article, open_window, db_path, **fields):
    article = add_article(TEXT, "Mezcla")
    ids = [services.claims.create_from_quote(article, q, **fields).id for q in QUOTES]
    services.db.close()
    return review_window(open_window, db_path), article, ids


def in_scales(window, dialogs, steps):
    """Open Claim › Scales… and run ``steps(dialog)`` while it is open."""

    def run(dialog):
        steps(dialog)
        return False

    dialogs.answer("run_dialog", run)
    window.registry["actionScales"].trigger()


def labels(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def choose(editor, name):
    row = next(r for r in range(editor.model.rowCount()) if editor.model.entry(r).label == name)
    editor.choose_row(row)


def test_add_rename_recolour_reorder_with_undo(
    services, add_article, open_window, db_path, dialogs, qtbot
):
    window, _article, ids = window_with_claims(
        services, add_article, open_window, db_path, verdict="unproven"
    )
    review = window.review_panel
    seen = {}

    def steps(dialog):
        verdicts = dialog.verdicts
        dialogs.answer("text_input", "Sin contexto")
        verdicts.add_button.click()
        assert verdicts.chosen().label == "Sin contexto"
        seen["added"] = labels(window.inspector.verdict)[-1]
        seen["filter"] = labels(review.verdict)[-1]
        seen["menu"] = [a.text() for a in review.verdict_menu.actions()]
        choose(verdicts, "Unproven")
        dialogs.answer("text_input", "Sin probar")
        verdicts.rename_button.click()
        seen["cell"] = review.model.index(0, column("verdict")).data()
        dialogs.answer("choose_colour", "#112233")
        verdicts.colour_button.click()
        seen["colour"] = window.context.taxonomy.verdict_colour("unproven")
        choose(verdicts, "Mixed")
        verdicts.up_button.click()
        seen["order"] = labels(window.inspector.verdict)[1:4]  # after "— none —"
        # Ctrl+Z undoes while the dialog is open, and the dialog follows it.
        dialog.show()
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        qtbot.keyClick(verdicts.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["undone"] = [e.label for e in verdicts.model.entries()][1:4]

    in_scales(window, dialogs, steps)
    assert seen["added"] == "Sin contexto"
    assert seen["filter"] == "Sin contexto"
    assert "Sin contexto" in seen["menu"]
    assert seen["cell"] == "Sin probar"
    assert seen["colour"] == "#112233"
    assert seen["order"] == ["True", "Mixed", "Mostly true"]
    assert seen["undone"] == ["Mostly true", "Mixed", "Misleading"]
    scales, _claims = stored(db_path)
    assert [e.label for e in scales.terms("verdict")][:3] == ["True", "Mostly true", "Mixed"]
    assert scales.entry("verdict", "unproven").label == "Sin probar"
    # Undone after the dialog closed too, and the list shows the old name again.
    window.registry["actionUndo"].trigger()  # the colour
    window.registry["actionUndo"].trigger()  # the name
    assert review.model.index(0, column("verdict")).data() == "Unproven"
    window.registry["actionRedo"].trigger()
    assert review.model.index(0, column("verdict")).data() == "Sin probar"
    assert window.article_panel._style(ids[0]).colour != "#112233"


def test_default_status_and_claimreview_rating(
    services, add_article, open_window, db_path, dialogs, qtbot
):
    window, article, _ids = window_with_claims(services, add_article, open_window, db_path)

    def steps(dialog):
        choose(dialog.statuses, "In progress")
        dialog.statuses.default_button.click()
        assert dialog.statuses.model.entry(1).default
        assert dialog.statuses.model.index(1, 0).data() == "In progress (default)"
        choose(dialog.verdicts, "Misleading")
        rating = dialog.verdicts.rating
        rating.setCurrentIndex(rating.findData(2))
        rating.activated.emit(rating.currentIndex())

    in_scales(window, dialogs, steps)
    scales, _claims = stored(db_path)
    assert scales.entry("verdict", "misleading").rating == 2
    window.registry["actionShowArticle"].trigger()
    window.view.select_range(0, 5)
    window.registry["actionNewClaim"].trigger()
    assert window.claims.claim.status == "in_progress"
    window.registry["actionUndo"].trigger()  # the claim
    window.registry["actionUndo"].trigger()  # the rating
    scales, _claims = stored(db_path)
    assert scales.entry("verdict", "misleading").rating is None


def test_removing_terms_asks_about_their_claims(
    services, add_article, open_window, db_path, dialogs, qtbot
):
    window, _article, ids = window_with_claims(
        services, add_article, open_window, db_path, verdict="unproven"
    )

    def steps(dialog):
        verdicts = dialog.verdicts
        choose(verdicts, "Satire")  # no claim holds it: gone without a question
        verdicts.remove_button.click()
        assert "Satire" not in [e.label for e in verdicts.model.entries()]
        choose(verdicts, "Unproven")
        dialogs.answer("remove_term", ("move", "false"))
        verdicts.remove_button.click()
        (_parent, _title, message, targets) = dialogs.messages("remove_term")[0]
        assert message == "3 claims have the verdict “Unproven”. What should happen to them?"
        assert ("false", "False") in targets and ("unproven", "Unproven") not in targets

    in_scales(window, dialogs, steps)
    _scales, claims = stored(db_path)
    assert {c.verdict for c in claims.values()} == {"false"}
    assert window.review_panel.model.index(0, column("verdict")).data() == "False"
    window.registry["actionUndo"].trigger()
    _scales, claims = stored(db_path)
    assert {c.verdict for c in claims.values()} == {"unproven"}

    def keep(dialog):
        choose(dialog.verdicts, "Unproven")
        dialogs.answer("remove_term", ("keep", None))
        dialog.verdicts.remove_button.click()
        entry = next(e for e in dialog.verdicts.model.entries() if e.key == "unproven")
        assert entry.retired
        row = dialog.verdicts.model.row_of("unproven")
        assert dialog.verdicts.model.index(row, 0).data() == "Unproven (retired)"
        assert dialog.verdicts.reactivate_button.isVisibleTo(dialog)

    in_scales(window, dialogs, keep)
    _scales, claims = stored(db_path)
    assert {c.verdict for c in claims.values()} == {"unproven"}  # kept, readable
    review = window.review_panel
    assert review.model.index(0, column("verdict")).data() == "Unproven"
    assert "Unproven" not in [a.text() for a in review.verdict_menu.actions()]  # not offered
    window.claims.select(ids[0])
    assert "Unproven" in labels(window.inspector.verdict)  # the claim still shows it
    window.claims.select(None)
    window.inspector.set_taxonomy(window.context.taxonomy)
    assert "Unproven" not in labels(window.inspector.verdict)


def test_remove_dialog_offers_what_applies(qtbot):
    targets = [("false", "False"), ("mixed", "Mixed")]
    dialog = RemoveTermDialog(
        "Remove", "3 claims", targets, can_clear=True, can_keep=True, parent=None
    )
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("keep", None)
    dialog.target.setCurrentIndex(1)
    dialog.move_radio.setChecked(True)
    assert dialog.choice() == ("move", "mixed")
    dialog.clear_radio.setChecked(True)
    assert dialog.choice() == ("clear", None)
    statuses = RemoveTermDialog(
        "Remove", "2 claims", targets, can_clear=False, can_keep=False, parent=None
    )
    qtbot.addWidget(statuses)
    assert statuses.clear_radio.isHidden() and statuses.keep_radio.isHidden()
    assert statuses.choice() == ("move", "false")


def test_scale_model(qtmodeltester, services):
    model = ScaleModel("verdict")
    model.set_entries(services.scales.terms("verdict"))
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "5 (true)"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).name().upper() == (
        "#009E73"
    )


def test_scales_edited_by_another_program_show_up(
    services, add_article, open_window, db_path, qtbot
):
    window, _article, _ids = window_with_claims(
        services, add_article, open_window, db_path, verdict="unproven"
    )
    other = open_database(db_path)
    Services(other, "colleague").scales.rename("verdict", "unproven", "Sin probar")
    other.close()
    window.database.look_for_changes()
    assert window.review_panel.model.index(0, column("verdict")).data() == "Sin probar"
    assert "Sin probar" in labels(window.inspector.verdict)
