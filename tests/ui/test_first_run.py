"""First run: the default database is created with the sample article and its claims."""

from __future__ import annotations

import pytest

from claimtracker.core.errors import UserError
from claimtracker.core.locations import default_database_path
from claimtracker.core.services import Services
from claimtracker.ui.launch import build_window, open_or_create_default


def test_first_run_creates_the_default_database_with_the_sample(qtbot, settings):
    assert not default_database_path().exists()
    db = open_or_create_default(None, "Lucía")
    assert default_database_path().exists()
    services = Services(db, "t")
    (article,) = services.articles.all()
    assert article.language == "es" and article.claim_count == 4
    claims = services.claims.find()
    text = services.articles.text(article.id)
    for claim in claims:
        for h in claim.highlights:
            assert text[h.start : h.end] == h.exact
    assert {c.status for c in claims} == {"unstarted", "in_progress", "needs_review", "done"}
    assert sum(len(c.evidence) for c in claims) == 2
    window = build_window(db, settings)
    qtbot.addWidget(window)
    assert window.articles.article_id == article.id
    assert window.claims_list.claims_model.rowCount() == 4
    window.close()

    again = open_or_create_default(None, "Lucía")
    assert len(Services(again, "t").articles.all()) == 1
    again.close()


def test_a_named_database_must_exist(tmp_path):
    with pytest.raises(UserError, match="no such database file"):
        open_or_create_default(str(tmp_path / "typo.db"), "x")
    assert list(tmp_path.iterdir()) == []


def test_the_first_start_asks_who_the_analyst_is(settings, dialogs, monkeypatch):
    from claimtracker.ui.launch import ask_who_the_analyst_is

    monkeypatch.delenv("CLAIMTRACKER_ANALYST")
    login = settings.analyst
    asked = []
    dialogs.answer("text_input", lambda *args, **kw: asked.append(kw.get("text")) or "Lucía")
    ask_who_the_analyst_is(settings)
    assert asked == [login]  # prefilled with the login name
    assert settings.analyst == "Lucía" and settings.analyst_chosen
    ask_who_the_analyst_is(settings)  # known now: not asked again
    assert len(asked) == 1
