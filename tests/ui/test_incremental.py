"""After an edit the window patches what it shows: nothing is read again that the edit
did not change, and only the changed claim's highlight is repainted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from claimtracker.core.services.articles import ArticleService
from claimtracker.core.services.claims import ClaimService

TEXT = (
    "El ministro dijo que la inflación bajó. La OTAN negó el envío de tropas. "
    "La portavoz confirmó la cifra. Fin de la nota.\n"
)


@pytest.fixture
def three(services, add_article, db_path, open_window):
    article = add_article(TEXT, "Nota")
    claims = [
        services.claims.create_from_quote(article, quote)
        for quote in ("la inflación bajó", "La OTAN negó", "confirmó la cifra")
    ]
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    window.claims.select(claims[1].id)
    return window, claims


class Reads:
    """Counts the queries that list an article's claims or the whole library."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[str] = []
        for owner, name in (
            (ClaimService, "for_article"),
            (ClaimService, "find"),
            (ArticleService, "all"),
            (ArticleService, "page"),
        ):
            original = getattr(owner, name)

            def spy(*args, _name=name, _original=original, **kwargs):
                self.calls.append(_name)
                return _original(*args, **kwargs)

            monkeypatch.setattr(owner, name, spy)


def test_a_status_edit_patches_one_row_and_repaints_one_highlight(three, monkeypatch, qtbot):
    window, claims = three
    reads = Reads(monkeypatch)
    resets, changed, library = [], [], []
    window.articles.rowsReset.connect(lambda: resets.append(1))
    window.articles.rowsChanged.connect(changed.append)
    window.articles.libraryReset.connect(lambda: library.append("reset"))
    window.articles.libraryChanged.connect(lambda: library.append("changed"))
    painted: list[QRect] = []
    view = window.view
    original_update = view.viewport().update

    def record(*args):
        painted.extend(a for a in args if isinstance(a, QRect))
        if args and not isinstance(args[0], QRect):  # a region
            painted.append(args[0].boundingRect())
        return original_update(*args)

    monkeypatch.setattr(view.viewport(), "update", record)

    combo = window.inspector.status
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())

    assert window.articles.row(claims[1].id).status == "done"
    assert reads.calls == []  # patched from what the save returned, nothing listed again
    assert resets == [] and library == []
    assert changed == [{claims[1].id}]
    edited = [r for m, r in view.visible_highlights() if m.key == claims[1].id][0]
    others = [r for m, r in view.visible_highlights() if m.key != claims[1].id]
    assert painted and all(rect.intersects(edited.toAlignedRect()) for rect in painted)
    assert not any(rect.contains(other.toAlignedRect()) for rect in painted for other in others)


def test_a_new_claim_updates_the_library_count_without_listing_it_again(three, monkeypatch, qtbot):
    window, _claims = three
    reads = Reads(monkeypatch)
    counts = []
    window.articles.libraryCountsChanged.connect(counts.append)
    start = TEXT.index("Fin de la nota")
    window.claims.create(window.articles.article_id, (start, start + 14))
    assert reads.calls == []
    assert counts == [{window.articles.article_id: 4}]
    assert window.library.model.rows()[0].claim_count == 4
    assert len(window.view.highlights()) == 4
