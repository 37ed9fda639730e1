"""One export pipeline: every format reports progress while it works, and cancels cleanly."""

from __future__ import annotations

import io
import json

import pytest

from claimtracker.core.errors import UserError
from claimtracker.core.exporters import jsonfile
from claimtracker.core.exporters.pipeline import ExportCancelled, ExportRequest, export
from claimtracker.core.services.query import ClaimFilter

FORMATS = ["csv", "xlsx", "pdf", "json", "claimreview", "w3c"]
CLAIMS = 450


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """A database with 450 claims with a verdict and a published fact-check, in two
    articles (made once: it is slow)."""
    from sqlalchemy import update

    from claimtracker.core.db import create_database
    from claimtracker.core.model import Claim
    from claimtracker.core.services import Services

    path = tmp_path_factory.mktemp("many") / "many.db"
    db = create_database(path)
    services = Services(db, "tester")
    words = " ".join(f"palabra{i}" for i in range(CLAIMS))
    for title in ("Uno", "Dos"):
        article = services.articles.add_text(f"{title}: {words}.", title).id
        for i in range(CLAIMS // 2):
            services.claims.create_from_quote(
                article, f"palabra{i + (CLAIMS // 2 if title == 'Dos' else 0)}", verdict="false"
            )
    # Each claim says where its fact-check was published, so ClaimReview has one to write.
    with db.write() as session:
        session.execute(update(Claim).values(review_url="https://verifica.example/" + Claim.uuid))
    yield db
    db.close()


def request(fmt: str) -> ExportRequest:
    return ExportRequest(format=fmt, organisation="Verifica")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reports_progress_while_it_works(many, tmp_path, fmt):
    calls: list[tuple[int, int]] = []
    count = export(many, request(fmt), tmp_path / "out", lambda d, t: calls.append((d, t)) or True)
    assert count == CLAIMS
    assert calls[0][0] == 0  # before anything was written
    assert calls[-1][0] == calls[-1][1] > 0  # the end
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    during = [(d, t) for d, t in calls if 0 < d < t]
    assert len(during) >= 2, calls  # not only at the start and the end


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stop_at", ["start", "middle"])
def test_a_cancelled_export_leaves_no_file(many, tmp_path, fmt, stop_at):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return stop_at == "middle" and not 0 < done < total

    with pytest.raises(ExportCancelled):
        export(many, request(fmt), tmp_path / "out", progress)
    assert list(tmp_path.iterdir()) == []
    assert calls


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(many, tmp_path, fmt):
    old = tmp_path / "out"
    old.write_text("el informe de ayer")

    def progress(done: int, total: int) -> bool:
        if total // 2 < done < total:  # while writing: the disk fills up
            raise OSError(28, "No space left on device")
        return True

    with pytest.raises(UserError, match="disk is full"):
        export(many, request(fmt), old, progress)
    assert old.read_text() == "el informe de ayer"
    assert list(tmp_path.iterdir()) == [old]


def test_a_bad_request_is_refused_before_any_file_exists(many, tmp_path):
    for bad, message in [
        (ExportRequest(format="docx"), "unknown export format"),
        (ExportRequest(columns=["id", "nope"]), "unknown column"),
        (ExportRequest(delimiter="|"), "delimiter"),
        (ExportRequest(format="claimreview"), "organisation"),
    ]:
        with pytest.raises(UserError, match=message):
            export(many, bad, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_selection_and_filter_narrow_the_export(many, tmp_path):
    chosen = ExportRequest(format="json", claim_ids=[1, 2, 3])
    assert export(many, chosen, tmp_path / "a.json") == 3
    assert len(json.loads((tmp_path / "a.json").read_text())["articles"]) == 1
    assert export(many, ExportRequest(format="csv", claim_ids=[5]), tmp_path / "b.csv") == 1


def test_the_request_round_trips_through_plain_values():
    original = ExportRequest(
        format="csv",
        columns=["id", "quote"],
        per_highlight=True,
        delimiter=";",
        claim_filter=ClaimFilter(tag="rusia", updated_to=__import__("datetime").date(2024, 3, 1)),
        claim_ids=[4, 5],
        sort="updated_at",
        descending=True,
    )
    saved = json.loads(json.dumps(original.to_dict()))  # what settings can hold
    assert ExportRequest.from_dict({**saved, "scope": "selection"}) == original
    assert original.unit == "highlights" and ExportRequest(format="json").unit == "claims"


@pytest.mark.parametrize(
    "document, lists",
    [
        (
            {"a": 1, "items": [{"x": "ñ\n😀", "y": [1, {"z": None}]}, [], "s"], "b": []},
            [("items",)],
        ),
        ([{"claim": "uno"}, {"claim": "dos", "tags": ["a", "b"]}], [()]),
        ({"first": {"items": []}, "total": 0}, [("first", "items")]),
        ({"articles": [{"t": "x"}], "claims": [1, 2], "log": [3]}, [("articles",), ("claims",)]),
    ],
)
def test_streamed_json_is_what_json_dump_writes(document, lists):
    out = io.StringIO()
    seen = []
    jsonfile.dump(document, out, lists, seen.append)
    assert out.getvalue() == json.dumps(document, ensure_ascii=False, indent=1)
    assert seen == list(range(1, jsonfile.count_items(document, lists) + 1))
