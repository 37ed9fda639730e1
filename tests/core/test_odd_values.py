"""Odd filter values (end of the calendar, ids beyond 64 bits, NUL) filter; they never fail."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.app import main
from claimtracker.core.services.query import ClaimFilter

ODD_FILTERS = {
    "last day of the calendar": (ClaimFilter(updated_to=date.max), 1),
    "from the last day": (ClaimFilter(updated_from=date.max), 0),
    "first day of the calendar": (ClaimFilter(updated_from=date.min, updated_to=date.max), 1),
    "id beyond 64 bits": (ClaimFilter(article_id=99999999999999999999999), 0),
    "negative id beyond 64 bits": (ClaimFilter(article_id=-(2**64)), 0),
    "NUL in a search": (ClaimFilter(search="infla\0ción"), 1),
    "NUL in a claims-only search": (ClaimFilter(search="infla\0", search_articles=False), 1),
    "only NUL: an empty search": (ClaimFilter(search="\0"), 1),
    "NUL in the claimant": (ClaimFilter(claimant="minis\0tro"), 1),
    "NUL in the tag and outlet": (ClaimFilter(tag="\0", outlet="\0"), 1),
}


@pytest.fixture
def one_claim(services, add_article):
    article = add_article("El ministro dijo que la inflación bajó al dos por ciento.")
    services.claims.create_from_quote(article, "la inflación bajó", claimant="El ministro")
    return services


@pytest.mark.parametrize("name", ODD_FILTERS)
def test_the_query_service_takes_odd_values(one_claim, name):
    """The review list's path (core/services/query.py through the review service)."""
    claim_filter, expected = ODD_FILTERS[name]
    assert len(one_claim.review.ids(claim_filter, "id")) == expected
    assert one_claim.review.summary(claim_filter).total == expected


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["--updated-to", "9999-12-31"], 1),
        (["--updated-from", "9999-12-31"], 0),
        (["--updated-from", "0001-01-01", "--updated-to", "9999-12-31"], 1),
        (["--article", "99999999999999999999999"], 0),
        (["--search", "infla\0ción"], 1),
        (["--search", "infla\0", "--claims-only"], 1),
    ],
)
def test_claims_and_export_take_odd_values(one_claim, db_path, tmp_path, capsys, argv, expected):
    code = main(["claims", "--format", "csv", *argv, "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert len(out.strip().splitlines()) == 1 + expected
    code = main(
        [
            "export",
            "--format",
            "json",
            "--out",
            str(tmp_path / "x.json"),
            *argv,
            "--db",
            str(db_path),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and err == f"{expected} claims written to {tmp_path / 'x.json'}\n"


def test_a_huge_id_elsewhere_is_one_line(one_claim, db_path, capsys):
    code = main(
        [
            "claim",
            "add",
            "--article",
            "99999999999999999999999",
            "--quote",
            "x",
            "--db",
            str(db_path),
        ]
    )
    _, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "out of range" in err
