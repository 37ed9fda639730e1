"""ClaimReview and W3C Web Annotation, validated against the fields their specs require."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

import pytest

from claimtracker.core.exporters import interchange, standards
from claimtracker.core.exporters.pipeline import ExportRequest, export
from tests.core.test_interchange import filled  # noqa: F401  (fixture)

UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
# W3C Web Annotation Data Model, section 3.3.5.
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
    "tagging",
}  # fmt: skip


def is_iri(value: object) -> bool:
    return isinstance(value, str) and bool(urlparse(value).scheme) and " " not in value


def is_url(value: object) -> bool:
    parts = urlparse(value) if isinstance(value, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def check_claim_review(review: dict) -> None:
    """Google's ClaimReview structured data: required claimReviewed, reviewRating (with
    alternateName) and url; recommended author, datePublished, itemReviewed (a Claim with
    author, datePublished, appearance)."""
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert is_url(review["url"])
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"].strip()
    if "ratingValue" in rating:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"]["@type"] in ("Organization", "Person") and review["author"]["name"]
    date.fromisoformat(review["datePublished"])
    assert re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", review["inLanguage"])
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    if "author" in item:
        assert item["author"]["@type"] in ("Organization", "Person") and item["author"]["name"]
    if "datePublished" in item:
        date.fromisoformat(item["datePublished"])
    for work in item.get("appearance", []):
        assert work["@type"] == "CreativeWork" and is_url(work["url"])


def check_annotation(annotation: dict) -> None:
    """W3C Web Annotation Data Model: @context, an IRI id, type Annotation, one or more
    targets; times in UTC with Z; selectors with their required fields."""
    assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert is_iri(annotation["id"]) and annotation["type"] == "Annotation"
    assert annotation["motivation"] in MOTIVATIONS
    assert UTC_TIME.match(annotation["created"]) and UTC_TIME.match(annotation["modified"])
    assert annotation["modified"] >= annotation["created"]
    assert annotation["creator"]["type"] == "Person" and annotation["creator"]["name"]
    for body in annotation["body"]:
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body.get("purpose", "describing") in MOTIVATIONS
    target = annotation["target"]
    assert is_iri(target["source"])
    for selector in target["selector"]:
        if selector["type"] == "TextQuoteSelector":
            assert isinstance(selector["exact"], str) and selector["exact"]
        else:
            assert selector["type"] == "TextPositionSelector"
            assert 0 <= selector["start"] <= selector["end"]


def published(data: dict, url: str = "https://verifica.example/chequeos/") -> dict:
    """The export with a "Published at" URL on each claim (the field the claim carries)."""
    for claim in data["claims"]:
        claim["review_url"] = f"{url}{claim['uuid'][:8]}"
    return data


def test_claim_review_follows_googles_required_fields(db, filled):  # noqa: F811
    data = published(interchange.export_data(db))
    data["articles"][0].update(
        url="https://diario.example/nota", language="es", published_at="2024-03-01"
    )
    reviews = standards.claim_review(data, "Verifica", "https://verifica.example", language="en")
    assert len(reviews) == 2  # only claims with a verdict
    for review in reviews:
        check_claim_review(review)
    by_claim = {r["claimReviewed"]: r for r in reviews}
    review = by_claim["La inflación bajó al 2,1 % 😀"]
    claim = next(c for c in data["claims"] if c["statement"] == review["claimReviewed"])
    assert review["url"] == claim["review_url"]  # the published fact-check, not made up
    assert review["inLanguage"] == "es"  # the article's language
    assert review["reviewRating"]["ratingValue"] == 1
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "@ministro"}
    assert item["datePublished"] == "2024-03-05"  # the claim's date
    assert item["appearance"] == [
        {
            "@type": "CreativeWork",
            "url": "https://diario.example/nota",
            "headline": "Inflación, “cifras” y más",
            "datePublished": "2024-03-01",
            "inLanguage": "es",
        }
    ]
    other = by_claim["=SUMA(A1:A9) no es una cifra"]
    assert other["itemReviewed"]["datePublished"] == "2024-03-01"  # the article's date
    assert other["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}


def test_review_date_comes_from_the_publication_not_the_export(db, filled):  # noqa: F811
    data = published(interchange.export_data(db))
    data["exported_at"] = "2031-01-01T00:00:00+00:00"
    first, second = data["claims"][0], data["claims"][1]
    first["review_published_at"] = "2024-04-02"
    for entry in data["change_log"]:
        if entry["entity_uuid"] == second["uuid"] and entry["field"] == "verdict":
            entry["at"] = "2024-05-06T10:00:00"
    second["updated_at"] = "2030-01-01T00:00:00"
    by_uuid = {r["@id"]: r for r in standards.claim_review(data, "Verifica")}
    assert by_uuid[f"urn:uuid:{first['uuid']}"]["datePublished"] == "2024-04-02"
    assert by_uuid[f"urn:uuid:{second['uuid']}"]["datePublished"] == "2024-05-06"


def test_claims_without_a_published_url_are_left_out_with_a_warning(db, filled):  # noqa: F811
    data = interchange.export_data(db)
    data["claims"][0]["review_url"] = "https://verifica.example/a"
    warnings: list[str] = []
    reviews = standards.claim_review(data, "Verifica", warnings=warnings)
    assert [r["url"] for r in reviews] == ["https://verifica.example/a"]
    assert warnings == [
        "1 claim(s) with a verdict have no “Published at” URL and were left out of the "
        "ClaimReview: “=SUMA(A1:A9) no es una cifra”"
    ]
    for review in reviews:
        assert "appearance" not in review["itemReviewed"]  # the article has no URL
        assert review["inLanguage"] == "en"  # no article language: the report's


def test_the_export_command_warns_and_invents_no_url(db, filled, tmp_path):  # noqa: F811
    warnings: list[str] = []
    out = tmp_path / "cr.json"
    request = ExportRequest(format="claimreview", organisation="Verifica")
    assert export(db, request, out, warnings=warnings) == 0
    assert out.read_text(encoding="utf-8").strip() == "[]"
    assert warnings and "2 claim(s)" in warnings[0]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Pedro Sánchez", "Person"),
        ("Secretario general de la OTAN", "Person"),
        ("La portavoz del Gobierno", "Person"),
        ("Kim Jong Un", "Person"),
        ("Ministerio de Sanidad", "Organization"),
        ("Partido Popular", "Organization"),
        ("White House", "Organization"),
        ("OTAN", "Organization"),
        ("Unión Europea", "Organization"),
    ],
)
def test_claimant_is_a_person_or_an_organisation(name, kind):
    assert standards.claimant_type(name) == kind


def test_web_annotations_follow_the_data_model_in_utc(db, filled):  # noqa: F811
    data = interchange.export_data(db)
    claim = data["claims"][0]
    claim["updated_at"] = "2020-01-01T00:00:00"  # before its highlight was made
    claim["highlights"][0]["created_at"] = "2024-03-05T12:30:00.123456+02:00"
    collection = standards.web_annotations(data)
    assert is_iri(collection["id"]) and collection["type"] == "AnnotationCollection"
    page = collection["first"]
    assert is_iri(page["id"]) and page["type"] == "AnnotationPage"
    assert page["partOf"] == collection["id"] and collection["total"] == len(page["items"])
    for annotation in page["items"]:
        check_annotation(annotation)
    first = next(
        a for a in page["items"] if a["id"] == f"urn:uuid:{claim['highlights'][0]['uuid']}"
    )
    assert first["created"] == "2024-03-05T10:30:00Z"  # converted to UTC
    assert first["modified"] == first["created"]  # never before it
