"""Times stored in UTC are shown in the analyst's zone; dates are entered the local way."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale
from sqlalchemy import update

from claimtracker.core.model import Claim
from claimtracker.ui.formatting import local_time


@pytest.fixture
def madrid(monkeypatch, qapp):
    """The analyst is in Madrid and reads 24-hour times (``es_ES``)."""
    from claimtracker.ui.launch import prepare_application

    prepare_application()  # the interface language is set up first, as at start-up
    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(previous)
    monkeypatch.undo()
    time.tzset()


def test_a_time_stored_in_utc_is_shown_in_local_time(
    madrid, services, add_article, db_path, open_window
):
    article = add_article("El ministro dijo que la inflación bajó.", "Nota")
    claim = services.claims.create_from_quote(article, "la inflación bajó")
    with services.db.write() as session:  # an edit at 23:32 UTC, 00:32 the next day in Madrid
        session.execute(
            update(Claim)
            .where(Claim.id == claim.id)
            .values(updated_at=datetime(2024, 1, 14, 23, 32))
        )
    services.db.close()
    window = open_window(db_path)
    window.claims.select(claim.id)
    stamp = window.inspector.stamp.text()
    assert "15/1/2024 0:32" in stamp and "23:32" not in stamp
    window.registry["actionShowReview"].trigger()
    shown = window.review_panel.model.index(0, 9).data()
    assert shown == "15/1/2024 0:32"
    assert local_time(datetime(2024, 7, 1, 22, 0)) == "2/7/2024 0:00"  # summer time: UTC+2


def test_spanish_dates_are_typed_day_first(qtbot):
    from claimtracker.ui.claim.inspector import ClaimInspector

    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        inspector = ClaimInspector()
        qtbot.addWidget(inspector)
        box = inspector.claim_date
        assert box.displayFormat().startswith("d")  # day first, as in 18/06/2024
        parsed = QLocale().toDate("18/06/2024", box.displayFormat())
        assert parsed == QDate(2024, 6, 18)
        box.setDate(parsed)
        assert box.text() == "18/6/2024"
        assert date(parsed.year(), parsed.month(), parsed.day()) == date(2024, 6, 18)
    finally:
        QLocale.setDefault(previous)
