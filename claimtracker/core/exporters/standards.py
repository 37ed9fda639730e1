"""The field's two open formats: schema.org ClaimReview and W3C Web Annotation (JSON-LD)."""

from __future__ import annotations

import re
import tomllib
import uuid
from datetime import UTC, datetime
from functools import cache
from typing import Any

from claimtracker.core.errors import QT_TRANSLATE_NOOP, Note
from claimtracker.core.exporters.interchange import export_data
from claimtracker.core.taxonomy import term_label
from claimtracker.resources import resource_path

SCHEMA_CONTEXT = "https://schema.org"
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
BEST_RATING, WORST_RATING = 5, 1


def claim_review(
    data: dict[str, Any],
    organisation: str,
    organisation_url: str | None = None,
    *,
    language: str = "en",
    warnings: list[Note] | None = None,
) -> list[dict[str, Any]]:
    """A ClaimReview for each claim with a verdict and a published fact-check, from an export.

    ``url`` is the claim's ``review_url`` (its "Published at" field): a claim without one
    gets no ClaimReview (one is never made up), and ``warnings`` says which were left out.
    ``inLanguage`` is the language of the claim's first article, else ``language``; the
    verdict's name (``alternateName``) is in ``language`` (a default label translated, a
    newsroom's own as it is).
    """
    verdicts = {v["key"]: v for v in data["verdicts"]}
    articles = {a["uuid"]: a for a in data["articles"]}
    verdict_dates = _verdict_dates(data.get("change_log", []))
    reviews = []
    unpublished: list[str] = []
    for c in data["claims"]:
        verdict = verdicts.get(c["verdict"] or "")
        if verdict is None:
            continue
        url = (c.get("review_url") or "").strip()
        if not url:
            unpublished.append(c["statement"])
            continue
        name = term_label(language, verdict["label"])
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
        if verdict.get("rating") is not None:
            rating.update(
                ratingValue=verdict["rating"], bestRating=BEST_RATING, worstRating=WORST_RATING
            )
        seen = [articles[h["article"]] for h in c["highlights"] if h["article"] in articles]
        appearances = []
        for article in seen:
            if not article.get("url"):
                continue  # an appearance is a place a reader can go to
            work: dict[str, Any] = {
                "@type": "CreativeWork",
                "url": article["url"],
                "headline": article["title"],
            }
            if article.get("published_at"):
                work["datePublished"] = article["published_at"][:10]
            if article.get("language"):
                work["inLanguage"] = article["language"]
            if work not in appearances:
                appearances.append(work)
        item: dict[str, Any] = {"@type": "Claim"}
        if appearances:
            item["appearance"] = appearances
        if c["claimant"]:
            item["author"] = {
                "@type": c.get("claimant_type") or claimant_type(c["claimant"]),
                "name": c["claimant"],
            }
        said = c["claim_date"] or min(
            (a["published_at"][:10] for a in seen if a.get("published_at")), default=None
        )
        if said:
            item["datePublished"] = said
        author: dict[str, Any] = {"@type": "Organization", "name": organisation}
        if organisation_url:
            author["url"] = organisation_url
        review: dict[str, Any] = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "@id": f"urn:uuid:{c['uuid']}",
            "url": url,
            "claimReviewed": c["statement"],
            "reviewRating": rating,
            "itemReviewed": item,
            "datePublished": _review_date(c, verdict_dates),
            "inLanguage": next((a["language"] for a in seen if a.get("language")), language),
            "author": author,
        }
        if c["rationale"]:
            review["reviewBody"] = c["rationale"]
        reviews.append(review)
    if unpublished and warnings is not None:
        warnings.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{count} claim(s) with a verdict have no “Published at” URL and were left out "
                    "of the ClaimReview: {claims}",
                )
                if len(unpublished) <= 3
                else QT_TRANSLATE_NOOP(
                    "Core",
                    "{count} claim(s) with a verdict have no “Published at” URL and were left out "
                    "of the ClaimReview: {claims} and {more} more",
                ),
                count=len(unpublished),
                claims="; ".join(_short(s) for s in unpublished[:3]),
                more=len(unpublished) - 3,
            )
        )
    return reviews


@cache
def _claimant_words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    with resource_path("exports", "claimants.toml").open("rb") as fh:
        words = tomllib.load(fh)

    def pattern(names: list[str], flags: int = 0) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)

    return (
        frozenset(words["roles"]),
        pattern(words["organisations"], re.IGNORECASE),
        pattern(words["acronyms"]),
    )


def claimant_type(name: str) -> str:
    """``Organization`` or ``Person`` for a claimant's name, by a simple rule.

    A name that starts with a role ("Portavoz del Gobierno", "Secretary of State") is the
    person holding it; otherwise one naming an institution ("Ministerio de Sanidad", "White
    House", "Partido Popular") is an organisation; anything else is a person. The words are
    in ``resources/exports/claimants.toml``.
    """
    roles, organisation, acronym = _claimant_words()
    first = name.split()[0].strip(".,;:()\"'\u201c\u201d").casefold() if name.split() else ""
    if not first or first in roles:
        return "Person"
    if organisation.search(name) or acronym.search(name):
        return "Organization"
    return "Person"


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return f"\u201c{text}\u201d"


def _verdict_dates(log: list[dict[str, Any]]) -> dict[str, str]:
    """When each claim's verdict was last set (change log order), by claim UUID."""
    dates: dict[str, str] = {}
    for entry in log:
        is_verdict = entry.get("entity") == "claim" and entry.get("field") == "verdict"
        if is_verdict and entry.get("at") and entry.get("new_value"):
            dates[entry["entity_uuid"]] = entry["at"]
    return dates


def _review_date(claim: dict[str, Any], verdict_dates: dict[str, str]) -> str:
    """The fact-check's date: when it was published, else when its verdict was set, else
    the claim's last change (never the time of the export)."""
    when = (
        claim.get("review_published_at") or verdict_dates.get(claim["uuid"]) or claim["updated_at"]
    )
    return str(when)[:10]


def utc_time(value: str | None) -> str | None:
    """An ISO 8601 time as UTC with ``Z``, to the second (stored times are UTC)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"


def web_annotations(data: dict[str, Any]) -> dict[str, Any]:
    """An AnnotationCollection with one Annotation per highlight, from an export."""
    articles = {a["uuid"]: a for a in data["articles"]}
    statuses = {s["key"]: s["label"] for s in data["statuses"]}
    verdicts = {v["key"]: v["label"] for v in data["verdicts"]}
    items = []
    for c in data["claims"]:
        body: list[dict[str, Any]] = [
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": c["statement"],
                "format": "text/plain",
            },
            {
                "type": "TextualBody",
                "purpose": "classifying",
                "value": f"status: {statuses.get(c['status'], c['status'])}",
            },
        ]
        if c["verdict"]:
            body.append(
                {
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "value": verdicts.get(c["verdict"], c["verdict"]),
                }
            )
        body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in c["tags"]]
        for h in c["highlights"]:
            article = articles.get(h["article"])
            source = (article or {}).get("url") or f"urn:uuid:{h['article']}"
            created = utc_time(h["created_at"] or c["created_at"])
            # A claim's last change can predate a passage linked to it later (or come from
            # a clock set back): modified is never before created.
            modified = max(utc_time(c["updated_at"]) or "", created or "") or None
            items.append(
                {
                    "@context": ANNOTATION_CONTEXT,
                    "id": f"urn:uuid:{h['uuid']}",
                    "type": "Annotation",
                    "motivation": "assessing" if c["verdict"] else "highlighting",
                    "created": created,
                    "modified": modified,
                    "creator": {"type": "Person", "name": c["created_by"]},
                    "body": body,
                    "target": {
                        "source": source,
                        "selector": [
                            _quote_selector(h),
                            # Positions count Unicode code points, as the model requires.
                            {"type": "TextPositionSelector", "start": h["start"], "end": h["end"]},
                        ],
                    },
                }
            )
    collection = f"urn:uuid:{uuid.uuid4()}"  # the model requires an IRI for each
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": "ClaimTracker highlights",
        "total": len(items),
        "first": {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": 0,
            "items": items,
        },
    }


def _quote_selector(h: dict[str, Any]) -> dict[str, Any]:
    """The quote the positions select: after a fuzzy re-anchor not yet reviewed, the text's
    new wording (the context recorded belongs to the old one, so it is left out)."""
    if h.get("current_exact"):
        return {"type": "TextQuoteSelector", "exact": h["current_exact"]}
    return {
        "type": "TextQuoteSelector",
        "exact": h["exact"],
        "prefix": h["prefix"],
        "suffix": h["suffix"],
    }


__all__ = ["claim_review", "web_annotations", "export_data"]
