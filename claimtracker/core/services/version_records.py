"""Records of article versions: what the version service returns, and how a text and its
provenance move between the article row and its history rows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from claimtracker.core.anchoring import AnchorState
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.model import Article, ArticleVersion, Highlight, utcnow
from claimtracker.core.services.dto import HighlightInfo

STATES = tuple(s.value for s in AnchorState)


def sha256_text(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text, used to recognise the same text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes | None) -> str | None:
    """Hex SHA-256 of original bytes as received, None without bytes."""
    return hashlib.sha256(data).hexdigest() if data is not None else None


def aware(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) time as an aware UTC time."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def naive_utc(moment: datetime | None) -> datetime | None:
    """A time as stored: UTC without a zone."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class VersionInfo:
    """One text of an article and where it came from."""

    article_id: int
    number: int
    current: bool
    text_sha256: str
    sha256: str | None  # of the original bytes as received (a fetched page, a file)
    imported_at: datetime  # when this text was stored (UTC)
    retrieved_at: datetime | None  # when it was fetched (UTC), for a web page
    source_format: str
    source_name: str | None  # file name, or the page's address
    source_url: str | None  # the address the bytes came from, after redirects
    redirects: tuple[str, ...] = ()  # addresses that redirected there, the requested first
    characters: int = 0


@dataclass(frozen=True)
class Reanchored:
    """A highlight before and after a new version; ``score`` 1.0 for an exact match."""

    before: HighlightInfo
    after: HighlightInfo
    score: float

    @property
    def state(self) -> str:
        return self.after.state


@dataclass(frozen=True)
class VersionReport:
    """What storing a newer text did: its number, and where each highlight ended up."""

    article_id: int
    changed: bool  # False: the text was the same, no version was made
    version: int  # number of the current text afterwards
    previous_version: int
    text_sha256: str
    previous_sha256: str
    highlights: tuple[Reanchored, ...] = ()
    bytes_changed: bool = False  # for an unchanged text: were the bytes received different?
    counts: dict[str, int] = field(default_factory=dict)  # per state, all four present

    @property
    def affected_claims(self) -> tuple[int, ...]:
        """Claims with a highlight that did not stay exactly in place, for the analyst."""
        return tuple(sorted({r.after.claim_id for r in self.highlights if r.state != "anchored"}))

    @property
    def to_review(self) -> tuple[Reanchored, ...]:
        """Fuzzy matches to accept or reject, and orphans, in text order."""
        found = [r for r in self.highlights if r.state in ("fuzzy", "orphaned")]
        return tuple(sorted(found, key=lambda r: (r.state != "fuzzy", r.after.start)))

    @property
    def claims(self) -> frozenset[int]:
        """Every claim whose highlight changed."""
        return frozenset(r.after.claim_id for r in self.highlights if r.before != r.after)


@dataclass(frozen=True)
class Resolution:
    """Highlights before and after the analyst accepted or rejected fuzzy matches."""

    before: tuple[HighlightInfo, ...]
    after: tuple[HighlightInfo, ...]

    @property
    def claims(self) -> frozenset[int]:
        return frozenset(h.claim_id for h in self.after)


def archived_row(article: Article) -> ArticleVersion:
    """The article's current text and provenance as a row of its history."""
    return ArticleVersion(
        article_id=article.id,
        version=article.text_version,
        text=article.text,
        text_sha256=article.text_sha256,
        source_format=article.source_format,
        original=article.original,
        original_sha256=article.original_sha256,
        source_name=article.source_name,
        source_url=article.source_url,
        redirects=article.redirects,
        retrieved_at=article.retrieved_at,
        encoding=article.encoding,
        replaced_at=utcnow(),
    )


def set_text(article: Article, imported: ImportedArticle, digest: str) -> None:
    article.text = imported.text
    article.text_sha256 = digest
    article.original = imported.original
    article.original_sha256 = sha256_bytes(imported.original)
    article.source_format = imported.source_format
    article.source_name = imported.source_name
    article.encoding = imported.encoding
    article.source_url = imported.source_url
    article.redirects = json.dumps(imported.redirects) if imported.redirects else None
    article.retrieved_at = naive_utc(imported.retrieved_at)


def restore_text(article: Article, archived: ArticleVersion) -> None:
    article.text = archived.text
    article.text_sha256 = archived.text_sha256
    article.original = archived.original
    article.original_sha256 = archived.original_sha256
    article.source_format = archived.source_format
    article.source_name = archived.source_name
    article.encoding = archived.encoding
    article.source_url = archived.source_url
    article.redirects = archived.redirects
    article.retrieved_at = archived.retrieved_at


def put_highlight(row: Highlight, h: HighlightInfo) -> None:
    row.start, row.end, row.exact, row.prefix, row.suffix = (
        h.start,
        h.end,
        h.exact,
        h.prefix,
        h.suffix,
    )
    row.state, row.current_exact = h.state, h.current_exact


def urls(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()
