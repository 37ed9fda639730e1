"""The schema revision for article versions: existing data upgraded, and the JSON round trip
carrying versions, fuzzy wording and review URLs."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import text

from claimtracker.core.db import create_database, open_database
from claimtracker.core.exporters import interchange
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.services import Services
from claimtracker.core.services.merge import Merger
from tests.core.old_schema import downgrade

ORIGINAL = "El ministro dijo que la inflación bajó al 2,1 % en marzo, según el INE."
EDITED = "El ministro dijo que la inflación bajó al 2,4 % en marzo, según el INE."
QUOTE = "la inflación bajó al 2,1 % en marzo"


def test_existing_databases_are_upgraded_with_their_history(db_path, services):
    article = services.articles.add_text(ORIGINAL, "Nota").id
    claim = services.claims.create_from_quote(article, QUOTE)
    services.versions.add_version(article, ImportedArticle(EDITED, "Nota", "paste", b"v2"))
    services.db.close()
    downgrade(db_path, "0004")
    database = open_database(db_path)
    upgraded = Services(database, "t")
    info = upgraded.articles.get(article)
    assert info.text_version == 2  # the old ``version`` counted the texts
    versions = upgraded.versions.versions(article)
    assert [v.sha256 for v in versions] == [
        hashlib.sha256(ORIGINAL.encode()).hexdigest(),
        hashlib.sha256(b"v2").hexdigest(),
    ]
    with database.read() as s:
        unlinked = s.execute(
            text(
                "SELECT count(*) FROM change_log WHERE entity = 'highlight' AND claim_uuid IS NULL"
            )
        ).scalar()
    assert unlinked == 0
    assert [e.entity for e in upgraded.claims.history(claim.id)][:2] == ["claim", "claim"]
    database.close()


def test_json_round_trip_keeps_versions_fuzzy_wording_and_review_url(services, tmp_path):
    article = services.articles.add_text(ORIGINAL, "Nota").id
    claim = services.claims.create_from_quote(article, QUOTE)
    services.claims.update(claim.id, review_url="https://verifica.example/ipc")
    services.versions.add_version(
        article, ImportedArticle(EDITED, "Nota", "html", b"<p>v2</p>", source_url="https://x.es/n")
    )
    data = json.loads(json.dumps(interchange.export_data(services.db)))
    target = create_database(tmp_path / "b.db")
    Merger(target, "bea").merge(data)
    theirs = Services(target, "bea")
    (h,) = theirs.claims.get(claim.id).highlights
    assert (h.state, h.exact) == ("fuzzy", QUOTE)
    assert h.current_exact == QUOTE.replace("2,1", "2,4")
    assert theirs.claims.get(claim.id).review_url == "https://verifica.example/ipc"
    assert [(v.number, v.sha256) for v in theirs.versions.versions(article)] == [
        (v.number, v.sha256) for v in services.versions.versions(article)
    ]
    assert theirs.versions.versions(article)[-1].source_url == "https://x.es/n"
    assert [e.action for e in theirs.claims.history(claim.id)] == [
        e.action for e in services.claims.history(claim.id)
    ]
    assert interchange.export_data(target)["claims"] == data["claims"]
    target.close()


def test_exports_use_the_review_url_and_the_wording_positions_select(services):
    from claimtracker.core.exporters import standards

    article = services.articles.add_text(ORIGINAL, "Nota").id
    claim = services.claims.create_from_quote(article, QUOTE, verdict="false")
    services.claims.update(claim.id, review_url="https://verifica.example/ipc")
    services.versions.add_version(article, ImportedArticle(EDITED, "Nota", "paste", b"v2"))
    data = interchange.export_data(services.db)
    (review,) = standards.claim_review(data, "Verifica", "https://verifica.example")
    assert review["url"] == "https://verifica.example/ipc"
    (annotation,) = standards.web_annotations(data)["first"]["items"]
    quote, position = annotation["target"]["selector"]
    assert EDITED[position["start"] : position["end"]] == quote["exact"]
