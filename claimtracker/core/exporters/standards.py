"""The field's two open formats: schema.org ClaimReview and W3C Web Annotation (JSON-LD)."""

from __future__ import annotations

from typing import Any

from claimtracker.core.exporters.interchange import export_data

SCHEMA_CONTEXT = "https://schema.org"
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
BEST_RATING, WORST_RATING = 5, 1


def claim_review(
    data: dict[str, Any], organisation: str, organisation_url: str | None = None
) -> list[dict[str, Any]]:
    """A ClaimReview for each claim with a verdict, from an export (``export_data``)."""
    verdicts = {v["key"]: v for v in data["verdicts"]}
    articles = {a["uuid"]: a for a in data["articles"]}
    reviews = []
    for c in data["claims"]:
        verdict = verdicts.get(c["verdict"] or "")
        if verdict is None:
            continue
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict["label"]}
        if verdict.get("rating") is not None:
            rating.update(
                ratingValue=verdict["rating"], bestRating=BEST_RATING, worstRating=WORST_RATING
            )
        appearances = []
        for h in c["highlights"]:
            article = articles.get(h["article"])
            if article is None:
                continue
            work: dict[str, Any] = {"@type": "CreativeWork", "headline": article["title"]}
            if article.get("url"):
                work["url"] = article["url"]
            else:
                work["@id"] = f"urn:uuid:{article['uuid']}"
            if article.get("published_at"):
                work["datePublished"] = article["published_at"]
            if work not in appearances:
                appearances.append(work)
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
        if c["claimant"]:
            item["author"] = {"@type": "Person", "name": c["claimant"]}
        if c["claim_date"]:
            item["datePublished"] = c["claim_date"]
        author: dict[str, Any] = {"@type": "Organization", "name": organisation}
        if organisation_url:
            author["url"] = organisation_url
        review: dict[str, Any] = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "@id": f"urn:uuid:{c['uuid']}",
            "claimReviewed": c["statement"],
            "reviewRating": rating,
            "itemReviewed": item,
            "datePublished": c["updated_at"][:10],
            "author": author,
        }
        if c.get("review_url"):
            review["url"] = c["review_url"]
        elif organisation_url:
            review["url"] = f"{organisation_url.rstrip('/')}/claims/{c['uuid']}"
        if c["rationale"]:
            review["reviewBody"] = c["rationale"]
        reviews.append(review)
    return reviews


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
            items.append(
                {
                    "@context": ANNOTATION_CONTEXT,
                    "id": f"urn:uuid:{h['uuid']}",
                    "type": "Annotation",
                    "motivation": "assessing" if c["verdict"] else "highlighting",
                    "created": h["created_at"],
                    "modified": c["updated_at"],
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
    return {
        "@context": ANNOTATION_CONTEXT,
        "type": "AnnotationCollection",
        "label": "ClaimTracker highlights",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
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
