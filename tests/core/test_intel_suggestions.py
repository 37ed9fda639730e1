"""Suggestions of an article: dismissals remembered, claimed sentences left out, undoable
"Dismiss" and "Same claim", and nothing heavy imported by the window's start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimtracker.core.commands import CreateClaim, DismissSuggestion, SameClaim
from claimtracker.core.db import open_database
from claimtracker.core.errors import UserError
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.core.services.suggestions import suggestion_at

TEXT = (
    "😀 Crónica desde Bruselas.\n\n"
    "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un millón "
    "de proyectiles a Rusia. ¿Qué hará ahora Europa? La inflación subió al 2,7 % en marzo, "
    "según el INE. Muchas gracias por leernos."
)
SHELLS = (
    "El secretario general de la OTAN afirmó que Corea del Norte ha enviado más de un millón "
    "de proyectiles a Rusia."
)
INFLATION = "La inflación subió al 2,7 % en marzo, según el INE."


def test_only_checkworthy_sentences_are_suggested(services, add_article):
    article = add_article(TEXT)
    found = services.suggestions.suggest(article)
    assert [s.text for s in found] == [SHELLS, INFLATION]
    assert all(TEXT[s.start : s.end] == s.text for s in found)
    everything = services.suggestions.suggest(article, include_all=True)
    assert len(everything) == 5
    assert not next(s for s in everything if s.text.startswith("¿")).checkworthy


def test_dismissed_sentences_stay_hidden_after_reopening_and_new_versions(
    services, add_article, db, db_path
):
    article = add_article(TEXT)
    shells = services.suggestions.suggest(article)[0]
    services.suggestions.dismiss(article, shells.start, shells.end)
    assert [s.text for s in services.suggestions.suggest(article)] == [INFLATION]
    reopened = open_database(db_path)
    try:
        again = Services(reopened, "tester")
        assert [s.text for s in again.suggestions.suggest(article)] == [INFLATION]
        (dismissed,) = again.suggestions.dismissed(article)
        assert dismissed.exact == SHELLS and dismissed.dismissed_by == "tester"
    finally:
        reopened.close()
    # A newer version moves the sentence; it stays dismissed.
    services.articles.replace_text(
        article,
        ImportedArticle(
            text="Nuevo párrafo al principio.\n\n" + TEXT,
            title="t",
            source_format="txt",
            original=b"",
        ),
    )
    assert [s.text for s in services.suggestions.suggest(article)] == [INFLATION]
    # In another article the same sentence is still suggested.
    other = add_article(TEXT, "Otro")
    assert [s.text for s in services.suggestions.suggest(other)] == [SHELLS, INFLATION]


def test_claimed_sentences_are_not_suggested_again(services, add_article):
    article = add_article(TEXT)
    services.claims.create_from_quote(article, "la inflación subió al 2,7 %".capitalize())
    assert [s.text for s in services.suggestions.suggest(article)] == [SHELLS]


def test_sentences_overlapping_any_claim_are_left_out_among_many_claims(services, add_article):
    """A long early highlight still hides a sentence after shorter ones that start later."""
    article = add_article(TEXT)
    shells = TEXT.index(SHELLS)
    services.claims.create(article, 0, 8)  # in the heading: no suggestion there
    services.claims.create(article, shells - 2, TEXT.index(INFLATION) + 3)  # reaches into both
    services.claims.create(article, shells + 5, shells + 20)
    services.claims.create(article, shells + 30, shells + 40)
    assert services.suggestions.suggest(article) == []
    other = add_article(TEXT + " Fin.", "Otro")
    question = TEXT.index("¿Qué")
    services.claims.create(other, 2, 24)  # the heading, long before
    services.claims.create(other, question, question + len("¿Qué hará ahora Europa?"))
    assert [s.text for s in services.suggestions.suggest(other)] == [SHELLS, INFLATION]


def test_dismiss_is_undoable_and_checks_its_input(services, add_article):
    article = add_article(TEXT)
    shells = services.suggestions.suggest(article)[0]
    command = DismissSuggestion(article, shells.start, shells.end)
    assert command.do(services).suggestions == {article}  # views know whose to show again
    assert len(services.suggestions.suggest(article)) == 1
    assert command.undo(services).suggestions == {article}
    assert len(services.suggestions.suggest(article)) == 2
    command.do(services)
    assert len(services.suggestions.suggest(article)) == 1
    with pytest.raises(UserError, match="outside the article"):
        services.suggestions.dismiss(article, 5, 10**6)
    with pytest.raises(UserError, match="no article with id 404"):
        services.suggestions.dismiss(404, 0, 1)
    with pytest.raises(UserError, match="no article with id 404"):
        services.suggestions.suggest(404)
    assert len(services.suggestions.dismissed(article)) == 1


def test_ctrl_enter_inside_a_suggestion_makes_it_a_claim(services, add_article):
    article = add_article(TEXT)
    found = services.suggestions.suggest(article)
    caret = TEXT.index("2,7 %")
    chosen = suggestion_at(found, caret)
    assert chosen is not None and chosen.text == INFLATION
    command = CreateClaim(article, chosen.start, chosen.end)
    command.do(services)
    assert command.claim is not None and command.claim.statement == INFLATION
    assert suggestion_at(found, 0) is None  # the heading is no suggestion


def test_same_claim_links_the_passage_to_the_existing_claim_and_undoes(services, add_article):
    first = add_article(TEXT, "Primero")
    existing = services.claims.create_from_quote(first, SHELLS)
    second = add_article("Pyongyang ha suministrado a Moscú más de 1.000.000 de obuses.", "Otro")
    new = services.claims.create_from_quote(
        second, "Pyongyang ha suministrado a Moscú más de 1.000.000 de obuses."
    )
    (similar,) = services.similar.find(new.id, limit=1)
    assert similar.id == existing.id
    command = SameClaim(new.id, existing.id)
    command.do(services)
    claim = services.claims.get(existing.id)
    assert sorted(h.article_id for h in claim.highlights) == [first, second]
    with pytest.raises(UserError, match=f"no claim with id {new.id}"):
        services.claims.get(new.id)
    command.undo(services)
    assert [h.article_id for h in services.claims.get(existing.id).highlights] == [first]
    assert services.claims.get(new.id).highlights[0].article_id == second
    command.do(services)
    assert len(services.claims.get(existing.id).highlights) == 2


def test_window_start_up_imports_none_of_the_language_packages(db_path, db):
    code = (
        "import sys\n"
        "from claimtracker.core.db import open_database\n"
        "from claimtracker.core.services import Services\n"
        "import claimtracker.core.commands, claimtracker.ui.main_window\n"
        f"Services(open_database({str(db_path)!r}), 'x')\n"
        "heavy = {'sentencex', 'simplemma', 'text_to_num', 'rapidfuzz'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"


def test_upgrading_an_older_database_adds_the_alias_list_and_keeps_articles(
    db_path, services, add_article, tmp_path
):
    from sqlalchemy import create_engine, inspect

    from tests.core.old_schema import downgrade

    article = add_article(TEXT)
    services.db.close()
    downgrade(db_path, "0002")
    engine = create_engine(f"sqlite:///{db_path}")
    assert "aliases" not in inspect(engine).get_table_names()
    engine.dispose()
    upgraded = open_database(db_path)
    try:
        again = Services(upgraded, "tester")
        assert "Kremlin" in [a.name for a in again.aliases.entries("russia")]
        assert [s.text for s in again.suggestions.suggest(article)] == [SHELLS, INFLATION]
    finally:
        upgraded.close()
