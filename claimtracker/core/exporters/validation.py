"""Checking an export before a merge: its schema, then what a schema cannot say.

Refusals are :class:`~claimtracker.core.errors.InvalidExport` naming the JSON path of the
first problem, e.g. ``claims[0].highlights[0].start: beyond the article text (1234 > 1200)``.
The file is checked a record at a time (:func:`check_export`), keeping only the facts the
merge needs of it all at once (UUIDs, article texts, the identities of log entries).
What must be looked up in the target database is checked by
:mod:`claimtracker.core.services.merge_lookup`.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from claimtracker.core.anchoring import AnchorState
from claimtracker.core.errors import QT_TRANSLATE_NOOP, InvalidExport, Note
from claimtracker.core.exporters.interchange_schema import (
    PATTERNS,
    SECTIONS,
    TEMPLATE,
    ArticleRecord,
    ChangeLogRecord,
    ClaimRecord,
    ExportHead,
    HighlightRecord,
    SourceRecord,
    StatusTerm,
    TagEntry,
    VerdictTerm,
)

if TYPE_CHECKING:
    from claimtracker.core.exporters.interchange_read import ExportDocument

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def json_path(loc: Sequence[int | str]) -> str:
    """``("claims", 0, "tags")`` -> ``claims[0].tags``; ``$`` for the whole document."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            path += f".{part}" if path else part
        else:
            path += "[" + repr(part) + "]"
    return path or "$"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe(error: ErrorDetails) -> Note:
    """One plain phrase for one pydantic error, with the offending value when it helps."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if TEMPLATE in ctx:  # refused by the schema's own checks, which name their message
        fields = {k: v for k, v in ctx.items() if k != TEMPLATE}
        if kind in ("newer", "too_large"):
            return Note(ctx[TEMPLATE], **fields)
        return Note(
            QT_TRANSLATE_NOOP("Core", "{problem} (got {value})"),
            problem=Note(ctx[TEMPLATE], **fields),
            value=_shown(value),
        )
    if kind == "missing":
        return Note(QT_TRANSLATE_NOOP("Core", "missing"))
    if kind == "extra_forbidden":
        return Note(QT_TRANSLATE_NOOP("Core", "unknown field"))
    if kind == "string_too_short":
        return Note(QT_TRANSLATE_NOOP("Core", "empty"))
    if kind == "string_too_long":
        return Note(
            QT_TRANSLATE_NOOP("Core", "too long ({length:,} characters; the limit is {limit:,})"),
            length=len(value),
            limit=ctx["max_length"],
        )
    if kind == "too_long":
        return Note(
            QT_TRANSLATE_NOOP("Core", "too many entries ({count:,}; the limit is {limit:,})"),
            count=ctx["actual_length"],
            limit=ctx["max_length"],
        )
    if kind == "greater_than_equal":
        if ctx["ge"] == 0:
            return Note(
                QT_TRANSLATE_NOOP("Core", "must not be negative (got {value})"),
                value=_shown(value),
            )
        return Note(
            QT_TRANSLATE_NOOP("Core", "must be at least {least:,} (got {value})"),
            least=ctx["ge"],
            value=_shown(value),
        )
    if kind == "less_than_equal":
        return Note(
            QT_TRANSLATE_NOOP("Core", "must be at most {most:,} (got {value})"),
            most=ctx["le"],
            value=_shown(value),
        )
    if kind == "string_pattern_mismatch":
        return Note(
            QT_TRANSLATE_NOOP("Core", "{problem} (got {value})"),
            problem=Note(PATTERNS[ctx["pattern"]]),
            value=_shown(value),
        )
    if kind in ("model_type", "dict_type"):
        return Note(
            QT_TRANSLATE_NOOP("Core", "should be an object (got {value})"), value=_shown(value)
        )
    # Pydantic's own words for the rest ("should be a valid integer"): passed on in English.
    message = error["msg"]
    if message.startswith("Input should be "):
        message = "should be " + message.removeprefix("Input should be ")
    return Note(
        QT_TRANSLATE_NOOP("Core", "{problem} (got {value})"), problem=message, value=_shown(value)
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a tree of records is built.

    Validation makes hundreds of thousands of objects and no reference cycles; the collector
    would walk them again and again (at 20,000 claims, three times validation's own time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


LOG_KEY = ("at", "actor", "action", "entity_uuid", "field", "old_value", "new_value")
"""What identifies a change-log entry: its time, who, what and the values."""


def log_digest(entry: Any) -> bytes:
    """The identity of a change-log entry (:data:`LOG_KEY`), in 16 bytes: two databases'
    logs are compared by these without holding every entry's values."""
    key = (entry.at.isoformat(), *(getattr(entry, k) for k in LOG_KEY[1:]))
    return hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass
class ExportFacts:
    """What the merge needs of a checked export all at once; the records themselves are
    read again, one at a time, when they are merged."""

    statuses: list[StatusTerm] = field(default_factory=list)
    verdicts: list[VerdictTerm] = field(default_factory=list)
    tags: list[TagEntry] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    """UUIDs of the file's sources."""
    hashes: dict[str, str] = field(default_factory=dict)
    """``text_sha256`` of each of the file's articles, by UUID."""
    texts: dict[str, str] = field(default_factory=dict)
    """The text of each of the file's articles, by UUID."""
    claims: list[str] = field(default_factory=list)
    """UUIDs of the file's claims, in order."""
    highlights: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each highlight UUID is (claim index, highlight index)."""
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    referenced_articles: set[str] = field(default_factory=set)
    referenced_sources: set[str] = field(default_factory=set)
    log: dict[str, set[bytes]] = field(default_factory=dict)
    """:func:`log_digest` of the file's change-log entries, by the UUID they are about."""

    def owner(self, uuid: str) -> str | None:
        """UUID of the file's claim a highlight or evidence UUID belongs to."""
        place = self.highlights.get(uuid) or self.evidence.get(uuid)
        return self.claims[place[0]] if place is not None else None


def check_export(document: ExportDocument) -> ExportFacts:
    """Check a whole export, record by record; :class:`InvalidExport` names its first problem.

    Problems are ranked as when the file was checked at once: the schema of the members and
    records in the order of :class:`ExportFile` (unknown members last), then consistency.
    """
    return _Checker().run(document)


class _Checker:
    """One pass over an export: each record against its model, facts gathered on the way,
    and the first problem of each kind of consistency kept (raised once the schema passed)."""

    def __init__(self) -> None:
        self.facts = ExportFacts()
        self.problems: dict[int, InvalidExport] = {}
        self.seen: dict[str, dict[Any, int]] = {}

    def run(self, document: ExportDocument) -> ExportFacts:
        head_errors: list[ErrorDetails] = []
        try:
            ExportHead.model_validate(document.head())
        except ValidationError as exc:
            head_errors = exc.errors(include_url=False)
        if head_errors and not head_errors[0]["loc"]:
            raise _refusal(head_errors[0])
        for name in ExportHead.model_fields:
            mine = [e for e in head_errors if e["loc"][0] == name]
            if mine:
                raise _refusal(mine[0])
            if name in SECTIONS:
                for i, record in enumerate(document.records(name)):
                    self._record(name, i, record)
        if head_errors:
            raise _refusal(head_errors[0])  # members the format does not have
        if self.problems:
            raise self.problems[min(self.problems)]
        return self.facts

    def _record(self, section: str, i: int, data: Any) -> None:
        try:
            record = SECTIONS[section].model_validate(data)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise InvalidExport(describe(first), json_path((section, i, *first["loc"]))) from None
        getattr(self, f"_{section}")(i, record)

    def _problem(self, rank: int, where: str, template: str, **fields: Any) -> None:
        self.problems.setdefault(rank, InvalidExport(template, where, **fields))

    def _unique(self, rank: int, where: str, i: int, value: object, field: str) -> None:
        """As :func:`_unique` over a whole list, one value at a time."""
        seen = self.seen.setdefault(where, {})
        if value in seen:
            suffix = f".{field}" if field else ""
            self._problem(
                rank,
                f"{where}[{i}]{suffix}",
                QT_TRANSLATE_NOOP("Core", "duplicate of {first} ({value})"),
                first=f"{where}[{seen[value]}]{suffix}",
                value=_shown(value),
            )
        else:
            seen[value] = i

    def _statuses(self, i: int, s: StatusTerm) -> None:
        self._unique(1, "statuses", i, s.key, "key")
        self.facts.statuses.append(s)

    def _verdicts(self, i: int, v: VerdictTerm) -> None:
        self._unique(2, "verdicts", i, v.key, "key")
        self.facts.verdicts.append(v)

    def _tags(self, i: int, t: TagEntry) -> None:
        self._unique(3, "tags", i, tag_key(t.name), "name")
        self.facts.tags.append(t)

    def _sources(self, i: int, s: SourceRecord) -> None:
        self._unique(4, "sources", i, s.uuid, "uuid")
        self.facts.sources.add(s.uuid)

    def _articles(self, i: int, article: ArticleRecord) -> None:
        self._unique(5, "articles", i, article.uuid, "uuid")
        try:
            check_article(article, f"articles[{i}]")
        except InvalidExport as exc:
            self.problems.setdefault(6, exc)
        if article.uuid not in self.facts.texts:
            self.facts.texts[article.uuid] = article.text
            self.facts.hashes[article.uuid] = article.text_sha256

    def _claims(self, i: int, claim: ClaimRecord) -> None:
        self._unique(7, "claims", i, claim.uuid, "uuid")
        facts = self.facts
        facts.claims.append(claim.uuid)
        where = f"claims[{i}]"
        for j, name in enumerate(claim.tags):
            self._unique(8, f"{where}.tags", j, tag_key(name), "")
        self.seen.pop(f"{where}.tags", None)
        for j, h in enumerate(claim.highlights):
            at = f"{where}.highlights[{j}]"
            self._first_use(facts.highlights, h.uuid, (i, j), "highlights", at)
            facts.referenced_articles.add(h.article)
            try:
                check_offsets(h, facts.texts.get(h.article), at)
            except InvalidExport as exc:
                self.problems.setdefault(8, exc)
            if h.current_exact is not None and h.state != AnchorState.FUZZY:
                self._problem(
                    8,
                    f"{at}.current_exact",
                    QT_TRANSLATE_NOOP(
                        "Core", "new wording beside a match that is not fuzzy ({state})"
                    ),
                    state=h.state,
                )
        for j, e in enumerate(claim.evidence):
            self._first_use(facts.evidence, e.uuid, (i, j), "evidence", f"{where}.evidence[{j}]")
            facts.referenced_sources.add(e.source)

    def _first_use(
        self,
        seen: dict[str, tuple[int, int]],
        uuid: str,
        place: tuple[int, int],
        kind: str,
        at: str,
    ) -> None:
        first = seen.setdefault(uuid, place)
        if first != place:
            self._problem(
                8,
                f"{at}.uuid",
                QT_TRANSLATE_NOOP("Core", "duplicate of {first} ({value})"),
                first=f"claims[{first[0]}].{kind}[{first[1]}].uuid",
                value=repr(uuid),
            )

    def _change_log(self, _i: int, entry: ChangeLogRecord) -> None:
        self.facts.log.setdefault(entry.entity_uuid, set()).add(log_digest(entry))


def _refusal(error: ErrorDetails) -> InvalidExport:
    return InvalidExport(describe(error), json_path(error["loc"]))


def check_article(article: ArticleRecord, where: str) -> None:
    """True hashes, and earlier texts that are older than the current one."""
    _hash_matches(f"{where}.text_sha256", article.text, article.text_sha256)
    _original_matches(where, article.original, article.original_sha256)
    _unique(f"{where}.versions", (v.version for v in article.versions), "version")
    current = article.current_text
    # Numbers read from the file are shown as the file writes them (like its JSON paths),
    # never grouped by the window's locale: they are given as text.
    if article.text_version is not None and current > article.version:
        raise InvalidExport(
            QT_TRANSLATE_NOOP("Core", "ahead of the article's version ({text} > {article})"),
            f"{where}.text_version",
            text=str(current),
            article=str(article.version),
        )
    for j, v in enumerate(article.versions):
        if v.version >= current:
            raise InvalidExport(
                QT_TRANSLATE_NOOP("Core", "not older than the article ({version} >= {current})"),
                f"{where}.versions[{j}].version",
                version=str(v.version),
                current=str(current),
            )
        _hash_matches(f"{where}.versions[{j}].text_sha256", v.text, v.text_sha256)
        _original_matches(f"{where}.versions[{j}]", v.original, v.original_sha256)


def check_offsets(h: HighlightRecord, text: str | None, where: str) -> None:
    """``start < end``, and for a placed highlight ``end <= len(text)`` (code points).

    An orphaned highlight keeps the position it had in an older text, so only its order is
    checked; a ``text`` of None means the article's text is not known yet.
    """
    if h.state == AnchorState.ORPHANED:
        text = None
    if text is not None and h.start > len(text):
        raise _beyond(f"{where}.start", h.start, text)
    if h.end <= h.start:
        raise InvalidExport(
            QT_TRANSLATE_NOOP("Core", "must be after start ({end} <= {start})"),
            f"{where}.end",
            end=str(h.end),
            start=str(h.start),
        )
    if text is not None and h.end > len(text):
        raise _beyond(f"{where}.end", h.end, text)


def _beyond(where: str, offset: int, text: str) -> InvalidExport:
    return InvalidExport(
        QT_TRANSLATE_NOOP("Core", "beyond the article text ({offset} > {length})"),
        where,
        offset=str(offset),
        length=str(len(text)),
    )


def tag_key(name: str) -> str:
    """The identity of a tag name, as the database sees it (spacing and case ignored)."""
    return " ".join(name.split()).casefold()


def _unique(where: str, values: Iterable[object], field: str) -> None:
    seen: dict[object, int] = {}
    suffix = f".{field}" if field else ""
    for i, value in enumerate(values):
        if value in seen:
            raise InvalidExport(
                QT_TRANSLATE_NOOP("Core", "duplicate of {first} ({value})"),
                f"{where}[{i}]{suffix}",
                first=f"{where}[{seen[value]}]{suffix}",
                value=_shown(value),
            )
        seen[value] = i


def _hash_matches(where: str, text: str, digest: str) -> None:
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise InvalidExport(QT_TRANSLATE_NOOP("Core", "does not match the text"), where)


def _original_matches(where: str, original: bytes | None, digest: str | None) -> None:
    """The hash of the bytes received, when both travel, must be theirs."""
    if (
        original is not None
        and digest is not None
        and hashlib.sha256(original).hexdigest() != digest
    ):
        raise InvalidExport(
            QT_TRANSLATE_NOOP("Core", "does not match the original"), f"{where}.original_sha256"
        )
