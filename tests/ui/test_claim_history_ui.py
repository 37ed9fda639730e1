"""The History dock: the selected claim's change log in the analyst's words, newest first,
and only what is new read after an edit of that claim."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services.claims import ClaimService

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo. Fin de la nota.\n"
QUOTE = "la inflación bajó al dos por ciento"


@pytest.fixture
def claim_window(services, add_article, db_path, open_window):
    article = add_article(TEXT, "Nota")
    claim = services.claims.create_from_quote(article, QUOTE, claimant="Ministro").id
    services.claims.update(claim, verdict="mostly_true")
    edited = TEXT.replace("dos por ciento", "tres por ciento")
    services.versions.add_version(article, ImportedArticle(edited, "Nota", "txt", b"v2"))
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.article_changes.history_dock.raise_()  # its tab chosen: in sight
    return window, claim


def lines(window) -> list[tuple[str, str, str]]:
    """(what, values, when and who) of each entry, as the list draws them."""
    return window.article_changes.history.shown()


def test_history_of_the_selected_claim_newest_first(claim_window, qtmodeltester):
    window, claim = claim_window
    window.claims.select(claim)
    panel = window.article_changes.history
    qtmodeltester.check(panel.model)
    shown = lines(window)
    whats = [w for w, _values, _when in shown]
    values = {w: v for w, v, _when in shown}
    assert whats[0] == "New version: Wording of the quote"  # the newest
    assert "New version: Place of the quote" in whats
    assert "Changed: Verdict" in whats
    assert whats[-1].startswith("Created with: ")
    assert values["Changed: Verdict"] == "— → Mostly true"  # labels, not keys
    assert all(when.endswith(" · tester") for _w, _v, when in shown)  # who
    place = values["New version: Place of the quote"]
    assert "wording changed, in version 2" in place
    wording = values["New version: Wording of the quote"]
    assert wording == f"{QUOTE} → {QUOTE.replace('dos', 'tres')}"
    tip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "tres por ciento" in tip and "<p" in tip  # plain text shown through an escaped tip
    assert panel.heading.text().startswith(f"Claim {claim}: ")
    window.claims.select(None)
    assert panel.model.rowCount() == 0


def test_an_edit_adds_its_entry_on_top_reading_only_what_is_new(claim_window, monkeypatch, qtbot):
    window, claim = claim_window
    window.claims.select(claim)
    panel = window.article_changes.history
    before = panel.model.rowCount()
    calls = []
    original = ClaimService.history

    def spy(self, claim_id, after=None):
        calls.append(after)
        return original(self, claim_id, after)

    monkeypatch.setattr(ClaimService, "history", spy)
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData("false"))
    combo.activated.emit(combo.currentIndex())
    assert panel.model.rowCount() == before + 1
    what, change, _when = lines(window)[0]
    assert (what, change) == ("Changed: Verdict", "Mostly true → False")
    assert calls and all(after is not None for after in calls)  # never everything again

    window.registry["actionUndo"].trigger()  # undo is a change of its own, logged too
    assert panel.model.rowCount() == before + 2
    assert lines(window)[0][1] == "False → Mostly true"
    assert all(after is not None for after in calls)


def test_behind_the_inspector_the_history_reads_nothing_until_its_tab_is_chosen(
    claim_window, monkeypatch
):
    window, claim = claim_window
    window.inspector_dock.raise_()  # the History tab behind the Claim tab
    calls = []
    original = ClaimService.history
    monkeypatch.setattr(
        ClaimService, "history", lambda self, *a: calls.append(a) or original(self, *a)
    )
    window.claims.select(claim)
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData("false"))
    combo.activated.emit(combo.currentIndex())
    assert calls == []  # every edit of a claim would otherwise read its history
    window.article_changes.history_dock.raise_()
    assert len(calls) == 1
    assert lines(window)[0][:2] == ("Changed: Verdict", "Mostly true → False")
