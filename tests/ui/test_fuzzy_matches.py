"""A fuzzy match awaiting review is painted on its new wording, not shown as lost."""

from __future__ import annotations

from claimtracker.core.importers import ImportedArticle

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo. Fin de la nota.\n"
QUOTE = "la inflación bajó al dos por ciento"
EDITED = TEXT.replace("dos por ciento", "tres por ciento")


def test_a_fuzzy_match_is_painted_on_its_new_wording(services, add_article, db_path, open_window):
    article = add_article(TEXT, "Nota")
    claim = services.claims.create_from_quote(article, QUOTE)
    services.versions.add_version(article, ImportedArticle(EDITED, "Nota", "paste", b"v2"))
    (h,) = services.claims.get(claim.id).highlights
    assert (h.state, h.exact, h.current_exact) == ("fuzzy", QUOTE, QUOTE.replace("dos", "tres"))
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    assert [p.state for p in window.articles.row(claim.id).highlights] == ["fuzzy"]
    assert {m.key for m, _rect in window.view.visible_highlights()} == {claim.id}
    window.claims.select(claim.id)
    combo = window.inspector.status
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())  # the row is patched from the saved claim
    assert window.articles.row(claim.id).status == "done"
    assert [p.state for p in window.articles.row(claim.id).highlights] == ["fuzzy"]
    assert {m.key for m, _rect in window.view.visible_highlights()} == {claim.id}
