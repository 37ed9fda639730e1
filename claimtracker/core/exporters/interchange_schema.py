"""The declared schema of the ClaimTracker JSON interchange format, and its size limits.

:mod:`claimtracker.core.exporters.interchange` writes this format and
:mod:`claimtracker.core.services.merge` reads it after
:func:`claimtracker.core.exporters.validation.check_export` has checked the whole file
against these models: :class:`ExportFile` is the whole; a file is checked as its
:class:`ExportHead` (the members, with each list's length) and then record by record against
the model of its list (:data:`SECTIONS`), so that a large file is never held parsed.
Fields the merge has always treated as optional have defaults; every other field is
required. Types are strict: ``"5"`` is not a number and ``"abc"`` not a list.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainValidator
from pydantic_core import PydanticCustomError, from_json

from claimtracker.core.anchoring import AnchorState
from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.importers import MAX_FILE_BYTES
from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, SOURCE_KINDS, STANCES

FORMAT = "claimtracker-export"
FORMAT_VERSION = 1

# Limits: generous for real investigations, finite for hostile files.
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
"""Largest export file read (about 600,000 claims with their articles); a merge holds the
file's bytes once, and parses its records one at a time."""
MAX_NESTING_DEPTH = 200
"""Deepest nesting the JSON parser (jiter) accepts; the format itself nests five levels."""
MAX_ARTICLE_CHARS = MAX_FILE_BYTES
"""Code points of an article text (imported files stop at 20 MB)."""
MAX_ORIGINAL_BYTES = MAX_FILE_BYTES
"""Bytes of an article's original file, as for imports."""
MAX_FREE_TEXT = 1_000_000
"""Code points of a statement, rationale, note, excerpt or change-log value."""
MAX_NAME = 8_192
"""Code points of a title, name, claimant, URL, analyst or quote context."""
MAX_ARTICLES = 100_000
MAX_SOURCES = 100_000
MAX_CLAIMS = 1_000_000
MAX_TAGS = 100_000
MAX_TERMS = 1_000
"""Workflow statuses, and verdicts."""
MAX_PER_CLAIM = 10_000
"""Highlights, evidence or tags of one claim."""
MAX_VERSIONS = 1_000
"""Earlier texts of one article."""
MAX_CHANGE_LOG = 10_000_000
MAX_REDIRECT_URLS = 100
"""Addresses that redirected to a fetched page (a fetch follows at most ten)."""

# Checked by pydantic's own (compiled) regular expressions: a merge checks thousands of UUIDs.
PATTERNS = {
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$": QT_TRANSLATE_NOOP(
        "Core", "not a lower-case UUID"
    ),
    r"^[0-9a-f]{64}$": QT_TRANSLATE_NOOP("Core", "not a lower-case hex SHA-256"),
    r"^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$": QT_TRANSLATE_NOOP(
        "Core", "not a #rrggbb colour"
    ),
}
"""Each pattern of the format, with what a value that does not match it is not."""
_UUID, _SHA256, _COLOUR = PATTERNS

TEMPLATE = "template"
"""Key of a refusal's context that holds its message template (marked for translation)."""


def refusal(kind: str, template: str, **fields: Any) -> PydanticCustomError:
    """A value refused by the schema; its ``template`` travels in the error's context, where
    :func:`~claimtracker.core.exporters.validation.describe` finds it with its fields."""
    return PydanticCustomError(kind, template, {**fields, TEMPLATE: template})


def one_of(choices: Iterable[Any]) -> AfterValidator:
    """Accept only these values (the keys of a taxonomy, the members of an enumeration)."""
    allowed = tuple(choices)
    expected = ", ".join(repr(getattr(c, "value", c)) for c in allowed)

    def check(value: Any) -> Any:
        if value not in allowed:
            raise refusal(
                "enum", QT_TRANSLATE_NOOP("Core", "should be one of {expected}"), expected=expected
            )
        return value

    return AfterValidator(check)


def _from_text(not_text: str, not_parsed: str, parse: Callable[[str], Any]) -> PlainValidator:
    """Dates travel as ISO 8601 text, read exactly as the merge has always read them."""

    def check(value: Any) -> Any:
        if not isinstance(value, str):
            raise refusal("type", not_text)
        try:
            return parse(value)
        except ValueError:
            raise refusal("parsing", not_parsed) from None

    return PlainValidator(check)


def _base64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise refusal("type", QT_TRANSLATE_NOOP("Core", "should be base64 text"))
    if len(value) > (MAX_ORIGINAL_BYTES + 2) // 3 * 4:
        raise refusal(
            "too_large",
            QT_TRANSLATE_NOOP("Core", "too large (the limit is {limit:,} bytes)"),
            limit=MAX_ORIGINAL_BYTES,
        )
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise refusal("parsing", QT_TRANSLATE_NOOP("Core", "not base64")) from None


def _web_address(value: str) -> str:
    """As the program takes them: http or https, with something after the scheme."""
    scheme, _, rest = value.partition("://")
    if scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise refusal("parsing", QT_TRANSLATE_NOOP("Core", "not a web address (http or https)"))
    return value


def _url_list(value: str) -> str:
    """Redirects travel as the JSON text they are stored as: a list of addresses."""
    try:
        urls = from_json(value)  # jiter, like the file: bounded nesting, no recursion error
    except ValueError:
        raise _not_addresses() from None
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise _not_addresses()
    if len(urls) > MAX_REDIRECT_URLS:
        raise refusal(
            "too_large",
            QT_TRANSLATE_NOOP("Core", "too many addresses ({count:,}; the limit is {limit:,})"),
            count=len(urls),
            limit=MAX_REDIRECT_URLS,
        )
    if any(len(u) > MAX_NAME for u in urls):
        raise refusal(
            "too_large",
            QT_TRANSLATE_NOOP("Core", "an address is too long (the limit is {limit:,} characters)"),
            limit=MAX_NAME,
        )
    return value


def _not_addresses() -> PydanticCustomError:
    return refusal("parsing", QT_TRANSLATE_NOOP("Core", "not a JSON list of addresses"))


def _tag_name(value: str) -> str:
    if not value.split():
        raise refusal("blank", QT_TRANSLATE_NOOP("Core", "a tag needs a name"))
    return value


def _not_newer(version: int) -> int:
    if version > FORMAT_VERSION:
        raise refusal(
            "newer",
            QT_TRANSLATE_NOOP(
                "Core",
                "written by a newer ClaimTracker (format {version}); update ClaimTracker to "
                "import it",
            ),
            version=version,
        )
    return version


Uuid = Annotated[str, Field(pattern=_UUID)]
Sha256 = Annotated[str, Field(pattern=_SHA256)]
Colour = Annotated[str, Field(pattern=_COLOUR)]
IsoDate = Annotated[
    date,
    _from_text(
        QT_TRANSLATE_NOOP("Core", "should be a date as text"),
        QT_TRANSLATE_NOOP("Core", "not a date"),
        date.fromisoformat,
    ),
]
IsoDateTime = Annotated[
    datetime,
    _from_text(
        QT_TRANSLATE_NOOP("Core", "should be a date and time as text"),
        QT_TRANSLATE_NOOP("Core", "not a date and time"),
        datetime.fromisoformat,
    ),
]
Original = Annotated[bytes, PlainValidator(_base64)]
Name = Annotated[str, Field(max_length=MAX_NAME)]
FreeText = Annotated[str, Field(max_length=MAX_FREE_TEXT)]
ArticleText = Annotated[str, Field(max_length=MAX_ARTICLE_CHARS)]
TermKey = Annotated[str, Field(min_length=1, max_length=40)]
TagName = Annotated[str, Field(max_length=MAX_NAME), AfterValidator(_tag_name)]
Offset = Annotated[int, Field(ge=0, le=MAX_ARTICLE_CHARS)]
WebAddress = Annotated[str, Field(max_length=MAX_NAME), AfterValidator(_web_address)]
Redirects = Annotated[str, Field(max_length=MAX_FREE_TEXT), AfterValidator(_url_list)]
Encoding = Annotated[str, Field(max_length=40)]
Version = Annotated[int, Field(ge=1, le=1_000_000)]


class Record(BaseModel):
    """Strict types, no unknown fields: a typo or a foreign file is refused, not ignored."""

    model_config = ConfigDict(strict=True, extra="forbid")


class StatusTerm(Record):
    key: TermKey
    label: Annotated[str, Field(min_length=1, max_length=80)]
    colour: Colour
    position: Annotated[int, Field(ge=0, le=1_000_000)]
    retired: bool = False
    default: bool = False  # the status new claims start in (statuses only)


class VerdictTerm(StatusTerm):
    rating: Annotated[int, Field(ge=1, le=5)] | None = None


class TagEntry(Record):
    name: TagName
    colour: Colour = "#999999"


class SourceRecord(Record):
    uuid: Uuid
    name: Name
    url: Name | None
    kind: Annotated[str, one_of(SOURCE_KINDS)]
    reliability: Annotated[str, one_of(RELIABILITY)]
    archived_url: Name | None = None
    accessed_at: IsoDate | None = None
    notes: FreeText = ""


class ArticleVersionRecord(Record):
    version: Version
    text: ArticleText
    text_sha256: Sha256
    source_format: Annotated[str, Field(max_length=16)]
    original: Original | None = None
    replaced_at: IsoDateTime
    # Provenance of that text; exports before article versions had it lack these.
    original_sha256: Sha256 | None = None
    source_name: Name | None = None
    source_url: WebAddress | None = None
    redirects: Redirects | None = None
    retrieved_at: IsoDateTime | None = None
    encoding: Encoding | None = None


class ArticleRecord(Record):
    uuid: Uuid
    title: Name
    outlet: Name | None
    author: Name | None
    url: Name | None
    language: Annotated[str, Field(max_length=16)] | None
    published_at: IsoDate | None
    retrieved_at: IsoDateTime | None = None
    imported_at: IsoDateTime
    text: ArticleText
    text_sha256: Sha256
    source_format: Annotated[str, Field(max_length=16)]
    source_name: Name | None = None
    encoding: Encoding | None = None
    original: Original | None = None
    notes: FreeText = ""
    version: Version = 1
    text_version: Version | None = None
    """Number of the current text; older exports lack it, their ``version`` counted texts."""
    original_sha256: Sha256 | None = None
    source_url: WebAddress | None = None
    redirects: Redirects | None = None
    versions: list[ArticleVersionRecord] = Field(default_factory=list, max_length=MAX_VERSIONS)

    @property
    def current_text(self) -> int:
        """Number of the current text, in exports from before and after article versions."""
        return self.version if self.text_version is None else self.text_version


class HighlightRecord(Record):
    uuid: Uuid
    article: Uuid
    start: Offset
    end: Offset
    exact: Annotated[str, Field(min_length=1, max_length=MAX_ARTICLE_CHARS)]
    prefix: Name
    suffix: Name
    state: Annotated[str, one_of(AnchorState)]
    current_exact: Annotated[str, Field(min_length=1, max_length=MAX_ARTICLE_CHARS)] | None = None
    """What the text says at start..end after a fuzzy re-anchor not yet reviewed."""
    created_at: IsoDateTime


class EvidenceRecord(Record):
    uuid: Uuid
    source: Uuid
    stance: Annotated[str, one_of(STANCES)]
    credibility: Annotated[int, one_of(CREDIBILITY)] | None
    excerpt: FreeText
    note: FreeText


class ClaimRecord(Record):
    uuid: Uuid
    statement: Annotated[str, Field(min_length=1, max_length=MAX_FREE_TEXT)]
    claimant: Name
    claim_date: IsoDate | None
    status: TermKey
    verdict: TermKey | None
    rationale: FreeText
    review_url: WebAddress | None = None
    created_at: IsoDateTime
    created_by: Name
    updated_at: IsoDateTime
    updated_by: Name
    tags: list[TagName] = Field(max_length=MAX_PER_CLAIM)
    highlights: list[HighlightRecord] = Field(max_length=MAX_PER_CLAIM)
    evidence: list[EvidenceRecord] = Field(max_length=MAX_PER_CLAIM)


class ChangeLogRecord(Record):
    at: IsoDateTime
    actor: Name
    action: Annotated[str, Field(min_length=1, max_length=16)]
    entity: Annotated[str, Field(min_length=1, max_length=32)]
    entity_uuid: Uuid
    field: Annotated[str, Field(max_length=64)] | None
    old_value: FreeText | None
    new_value: FreeText | None
    claim_uuid: Uuid | None = None
    """The claim an entry of a claim, highlight or evidence belongs to."""


class ExportFile(Record):
    """A whole export: taxonomies, tags, sources, articles, claims and the change log."""

    format: Literal["claimtracker-export"]
    version: Annotated[int, Field(ge=1), AfterValidator(_not_newer)]
    exported_at: IsoDateTime | None = None
    statuses: list[StatusTerm] = Field(default_factory=list, max_length=MAX_TERMS)
    verdicts: list[VerdictTerm] = Field(default_factory=list, max_length=MAX_TERMS)
    tags: list[TagEntry] = Field(default_factory=list, max_length=MAX_TAGS)
    sources: list[SourceRecord] = Field(default_factory=list, max_length=MAX_SOURCES)
    articles: list[ArticleRecord] = Field(default_factory=list, max_length=MAX_ARTICLES)
    claims: list[ClaimRecord] = Field(default_factory=list, max_length=MAX_CLAIMS)
    change_log: list[ChangeLogRecord] = Field(default_factory=list, max_length=MAX_CHANGE_LOG)


SECTIONS: dict[str, type[Record]] = {
    "statuses": StatusTerm,
    "verdicts": VerdictTerm,
    "tags": TagEntry,
    "sources": SourceRecord,
    "articles": ArticleRecord,
    "claims": ClaimRecord,
    "change_log": ChangeLogRecord,
}
"""The lists of an export, in the order of :class:`ExportFile`, with the model of a record."""


class ExportHead(Record):
    """:class:`ExportFile` with any records in its lists: their number and type are checked."""

    format: Literal["claimtracker-export"]
    version: Annotated[int, Field(ge=1), AfterValidator(_not_newer)]
    exported_at: IsoDateTime | None = None
    statuses: list[Any] = Field(default_factory=list, max_length=MAX_TERMS)
    verdicts: list[Any] = Field(default_factory=list, max_length=MAX_TERMS)
    tags: list[Any] = Field(default_factory=list, max_length=MAX_TAGS)
    sources: list[Any] = Field(default_factory=list, max_length=MAX_SOURCES)
    articles: list[Any] = Field(default_factory=list, max_length=MAX_ARTICLES)
    claims: list[Any] = Field(default_factory=list, max_length=MAX_CLAIMS)
    change_log: list[Any] = Field(default_factory=list, max_length=MAX_CHANGE_LOG)
