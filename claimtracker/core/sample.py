"""The sample article with a few annotated claims, added to a new default database."""

from __future__ import annotations

import json
from pathlib import Path

from claimtracker.core.services import Services
from claimtracker.core.services.dto import ArticleInfo


def add_sample(services: Services, article_file: Path, claims_file: Path) -> ArticleInfo:
    """Import the sample article and record its claims, sources and evidence."""
    article = services.articles.import_file(article_file)
    for spec in json.loads(claims_file.read_text(encoding="utf-8")):
        claim = services.claims.create_from_quote(
            article.id,
            spec["quote"],
            statement=spec.get("statement"),
            claimant=spec.get("claimant", ""),
            status=spec.get("status"),
            verdict=spec.get("verdict"),
            tags=spec.get("tags", ()),
        )
        for src in spec.get("sources", ()):
            source = services.sources.create(
                src["name"], src.get("url"), src.get("kind", "other"), src.get("reliability", "F")
            )
            services.claims.add_evidence(
                claim.id,
                source.id,
                stance=src.get("stance", "context"),
                credibility=src.get("credibility"),
                excerpt=src.get("excerpt", ""),
            )
    return services.articles.get(article.id)
