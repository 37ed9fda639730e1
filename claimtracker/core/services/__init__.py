"""Use cases; each method owns its transaction and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass

from claimtracker.core.db import Database
from claimtracker.core.services.aliases import AliasService
from claimtracker.core.services.articles import ArticleService
from claimtracker.core.services.charts import ChartService
from claimtracker.core.services.claims import ClaimService
from claimtracker.core.services.matches import MatchService
from claimtracker.core.services.review import ReviewService
from claimtracker.core.services.scales import ScaleService
from claimtracker.core.services.similar import SimilarityService
from claimtracker.core.services.sources import SourceService
from claimtracker.core.services.suggestions import SuggestionService
from claimtracker.core.services.terms import TermService
from claimtracker.core.services.versions import ArticleVersionService


@dataclass
class Services:
    """All services of one open database, acting as one analyst."""

    db: Database
    actor: str

    def __post_init__(self) -> None:
        self.articles = ArticleService(self.db, self.actor)
        self.claims = ClaimService(self.db, self.actor)
        self.sources = SourceService(self.db, self.actor)
        self.terms = TermService(self.db)
        self.review = ReviewService(self.db, self.actor)
        self.scales = ScaleService(self.db, self.actor)
        self.matches = MatchService(self.db)
        self.charts = ChartService(self.db)
        self.aliases = AliasService(self.db)
        self.suggestions = SuggestionService(self.db, self.actor)
        self.similar = SimilarityService(self.db, self.aliases)
        self.versions = ArticleVersionService(self.db, self.actor)
