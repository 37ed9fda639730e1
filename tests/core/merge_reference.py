"""The merge as it was before it wrote in bulk: the ORM, one claim at a time.

Kept only as the reference the bulk merge (:mod:`claimtracker.core.services.merge`) is
compared with in test_merge_equivalence.py: both must leave the same rows behind. It checks
nothing of the file beyond its schema (the files it is given are valid).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimtracker.core.anchoring import AnchorState, TextSelector, in_place, reanchor
from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, InvalidExport
from claimtracker.core.exporters.interchange_schema import (
    ArticleRecord,
    ChangeLogRecord,
    ClaimRecord,
    EvidenceRecord,
    ExportFile,
    HighlightRecord,
    SourceRecord,
)
from claimtracker.core.exporters.validation import check_offsets, tag_key
from claimtracker.core.model import (
    Article,
    ArticleVersion,
    ChangeLogEntry,
    Claim,
    Evidence,
    Highlight,
    Source,
    Tag,
    Verdict,
    WorkflowStatus,
    new_uuid,
)
from claimtracker.core.services import changelog
from claimtracker.core.services.claims import get_or_create_tag
from claimtracker.core.services.version_records import sha256_bytes

CHUNK = 500
"""UUIDs per ``IN (...)`` query, well below every backend's limit on parameters."""


@dataclass(frozen=True)
class StoredArticle:
    id: int
    text_sha256: str
    title: str


@dataclass
class Lookup:
    """The stored records an export touches, by UUID."""

    articles: dict[str, StoredArticle]
    texts: dict[str, str]
    """For every article a highlight refers to, the text it will be placed in: ours when
    both sides have the article, theirs when only the file has it."""
    sources: dict[str, Source]
    claims: dict[str, Claim]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def look_up(session: Session, export: ExportFile) -> Lookup:
    """Fetch what the export refers to; :class:`InvalidExport` for the first dangling reference."""
    in_file = {a.uuid: a for a in export.articles}
    referenced = {h.article for c in export.claims for h in c.highlights}
    articles: dict[str, StoredArticle] = {}
    for chunk in _chunks(in_file.keys() | referenced):
        for uuid, id_, digest, title in session.execute(
            select(Article.uuid, Article.id, Article.text_sha256, Article.title).where(
                Article.uuid.in_(chunk)
            )
        ):
            articles[uuid] = StoredArticle(id_, digest, title)
    texts = {
        uuid: a.text
        for uuid, a in in_file.items()
        if uuid not in articles or articles[uuid].text_sha256 == a.text_sha256
    }
    for chunk in _chunks(u for u in articles if u not in texts):
        rows = session.execute(select(Article.uuid, Article.text).where(Article.uuid.in_(chunk)))
        texts.update({uuid: text for uuid, text in rows})
    sources: dict[str, Source] = {}
    wanted = {s.uuid for s in export.sources} | {
        e.source for c in export.claims for e in c.evidence
    }
    for chunk in _chunks(wanted):
        sources.update(
            (s.uuid, s) for s in session.scalars(select(Source).where(Source.uuid.in_(chunk)))
        )
    claims: dict[str, Claim] = {}
    for chunk in _chunks(c.uuid for c in export.claims):
        query = (
            select(Claim)
            .where(Claim.uuid.in_(chunk))
            .options(
                selectinload(Claim.tags),
                selectinload(Claim.highlights),
                selectinload(Claim.evidence),
            )
        )
        claims.update((c.uuid, c) for c in session.scalars(query))
    lookup = Lookup(articles, texts, sources, claims)
    _check_references(session, export, lookup)
    return lookup


def _owners(
    session: Session, kind: type[Highlight] | type[Evidence], uuids: set[str]
) -> dict[str, str]:
    """UUID of the claim each stored highlight (or evidence) of ``uuids`` belongs to."""
    owners: dict[str, str] = {}
    for chunk in _chunks(uuids):
        query = (
            select(kind.uuid, Claim.uuid)
            .join(Claim, kind.claim_id == Claim.id)
            .where(kind.uuid.in_(chunk))
        )
        owners.update({uuid: claim for uuid, claim in session.execute(query)})
    return owners


def _check_references(session: Session, export: ExportFile, lookup: Lookup) -> None:
    statuses = set(session.scalars(select(WorkflowStatus.key))) | {s.key for s in export.statuses}
    verdicts = set(session.scalars(select(Verdict.key))) | {v.key for v in export.verdicts}
    in_file = {a.uuid for a in export.articles}
    file_sources = {s.uuid for s in export.sources}
    highlight_owner = _owners(
        session, Highlight, {h.uuid for c in export.claims for h in c.highlights}
    )
    evidence_owner = _owners(session, Evidence, {e.uuid for c in export.claims for e in c.evidence})
    for i, claim in enumerate(export.claims):
        where = f"claims[{i}]"
        if claim.status not in statuses:
            raise InvalidExport(
                f"unknown status {claim.status!r} (neither in the file nor in this database)",
                f"{where}.status",
            )
        if claim.verdict is not None and claim.verdict not in verdicts:
            raise InvalidExport(
                f"unknown verdict {claim.verdict!r} (neither in the file nor in this database)",
                f"{where}.verdict",
            )
        for j, h in enumerate(claim.highlights):
            at = f"{where}.highlights[{j}]"
            if h.article not in lookup.texts:
                raise InvalidExport(
                    "no article with this UUID in the file or in this database", f"{at}.article"
                )
            if h.article not in in_file:
                check_offsets(h, lookup.texts[h.article], at)
            owner = highlight_owner.get(h.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    f"already a highlight of another claim in this database ({owner})",
                    f"{at}.uuid",
                )
        for j, e in enumerate(claim.evidence):
            at = f"{where}.evidence[{j}]"
            if e.source not in file_sources and e.source not in lookup.sources:
                raise InvalidExport(
                    "no source with this UUID in the file or in this database", f"{at}.source"
                )
            owner = evidence_owner.get(e.uuid, claim.uuid)
            if owner != claim.uuid:
                raise InvalidExport(
                    f"already evidence of another claim in this database ({owner})", f"{at}.uuid"
                )


CONFLICT_TAG = "merge conflict"


@dataclass
class MergeReport:
    """What a merge added, updated, re-anchored and could not reconcile."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    reanchored: list[dict[str, Any]] = field(default_factory=list)

    def count(self, kind: str, what: str = "added") -> None:
        bucket = self.added if what == "added" else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1


def _log_key(entry: ChangeLogEntry | ChangeLogRecord) -> tuple:
    return (
        entry.at.isoformat(),
        entry.actor,
        entry.action,
        entry.entity_uuid,
        entry.field,
        entry.old_value,
        entry.new_value,
    )


class Merger:
    """One merge of an export into a database, in one transaction."""

    _found: Lookup

    def __init__(self, db: Database, actor: str, source_name: str | None = None) -> None:
        self.db = db
        self.actor = actor
        self.source_name = source_name

    def merge(self, data: Any) -> MergeReport:
        """Merge an export (as read from JSON); :class:`InvalidExport` if any of it is wrong."""
        try:
            export = ExportFile.model_validate(data)
        except InvalidExport as exc:
            raise exc.from_file(self.source_name) from None
        report = MergeReport()
        with self.db.write() as session:
            try:
                self._found = look_up(session, export)
            except InvalidExport as exc:
                raise exc.from_file(self.source_name) from None
            self._merge(session, export, report)
        return report

    def _merge(self, session: Session, export: ExportFile, report: MergeReport) -> None:
        local_log = {_log_key(e) for e in session.scalars(select(ChangeLogEntry))}
        incoming_log = [(_log_key(e), e) for e in export.change_log]
        self._incoming_log: dict[str, set[tuple]] = {}
        for key, entry in incoming_log:
            self._incoming_log.setdefault(entry.entity_uuid, set()).add(key)
        self._local_by_uuid: dict[str, set[tuple]] = {}
        for key in local_log:
            self._local_by_uuid.setdefault(key[3], set()).add(key)
        self._tags: dict[str, Tag] = {}
        self._moved: list[tuple[str, str, str, str]] = []
        self._terms(session, export)
        for tag in export.tags:
            self._tag(session, tag.name).colour = tag.colour
        sources = {s.uuid: self._source(session, s, report) for s in export.sources}
        sources.update((u, s) for u, s in self._found.sources.items() if u not in sources)
        articles = {a.uuid: self._article(session, a, report) for a in export.articles}
        articles.update((u, a.id) for u, a in self._found.articles.items() if u not in articles)
        session.flush()
        for claim in export.claims:
            self._claim(session, claim, articles, sources, report)
        owners = {h.uuid: c.uuid for c in export.claims for h in c.highlights}
        owners.update((e.uuid, c.uuid) for c in export.claims for e in c.evidence)
        for key, entry in incoming_log:
            if key not in local_log:
                session.add(
                    ChangeLogEntry(
                        at=entry.at,
                        actor=entry.actor,
                        action=entry.action,
                        entity=entry.entity,
                        entity_uuid=entry.entity_uuid,
                        field=entry.field,
                        old_value=entry.old_value,
                        new_value=entry.new_value,
                        claim_uuid=self._claim_of(entry, owners),
                    )
                )
                local_log.add(key)
                report.count("change log entries")
        # After their history, so that a highlight's log reads in the order things happened.
        for claim_uuid, uuid, old, new in self._moved:
            changelog.record(
                session,
                self.actor,
                "update",
                "highlight",
                uuid,
                "anchor",
                old,
                new,
                claim_uuid=claim_uuid,
            )

    @staticmethod
    def _claim_of(entry: ChangeLogRecord, owners: dict[str, str]) -> str | None:
        """The claim a log entry belongs to; exports from before it was recorded lack it, and
        get it from the file as a database upgrade fills it in from the rows."""
        if "claim_uuid" in entry.model_fields_set:
            return entry.claim_uuid
        if entry.entity == "claim":
            return entry.entity_uuid
        return owners.get(entry.entity_uuid) if entry.entity in ("highlight", "evidence") else None

    # -- records ----------------------------------------------------------------------------

    def _terms(self, session: Session, export: ExportFile) -> None:
        have = set(session.scalars(select(WorkflowStatus.key)))
        for s in export.statuses:
            if s.key not in have:
                session.add(
                    WorkflowStatus(
                        key=s.key,
                        label=s.label,
                        colour=s.colour,
                        position=s.position,
                        retired=s.retired,
                    )
                )
        have = set(session.scalars(select(Verdict.key)))
        for v in export.verdicts:
            if v.key not in have:
                session.add(
                    Verdict(
                        key=v.key,
                        label=v.label,
                        colour=v.colour,
                        position=v.position,
                        rating=v.rating,
                        retired=v.retired,
                    )
                )

    def _tag(self, session: Session, name: str) -> Tag:
        key = tag_key(name)
        if key not in self._tags:
            self._tags[key] = get_or_create_tag(session, name)
        return self._tags[key]

    def _relation(self, uuids: list[str]) -> str:
        """How the two histories of these records relate.

        ``same``; ``ours`` (ours contains theirs); ``theirs`` (theirs contains ours); ``both``.
        """
        ours: set[tuple] = set()
        theirs: set[tuple] = set()
        for uuid in uuids:
            ours |= self._local_by_uuid.get(uuid, set())
            theirs |= self._incoming_log.get(uuid, set())
        if theirs <= ours:
            return "same" if ours == theirs else "ours"
        return "theirs" if ours <= theirs else "both"

    def _source(self, session: Session, s: SourceRecord, report: MergeReport) -> Source:
        fields = {
            "name": s.name,
            "url": s.url,
            "kind": s.kind,
            "reliability": s.reliability,
            "archived_url": s.archived_url,
            "accessed_at": s.accessed_at,
            "notes": s.notes,
        }
        source = self._found.sources.get(s.uuid)
        if source is None:
            source = Source(uuid=s.uuid, **fields)
            session.add(source)
            report.count("sources")
        elif any(getattr(source, k) != v for k, v in fields.items()) and (
            self._relation([s.uuid]) == "theirs"
        ):
            for k, v in fields.items():
                setattr(source, k, v)
            report.count("sources", "updated")
        return source

    def _article(self, session: Session, a: ArticleRecord, report: MergeReport) -> int:
        stored = self._found.articles.get(a.uuid)
        if stored is not None:
            if stored.text_sha256 != a.text_sha256:
                report.conflicts.append(
                    {
                        "kind": "article",
                        "uuid": a.uuid,
                        "title": stored.title,
                        "detail": QT_TRANSLATE_NOOP(
                            "Core", "the article text differs; the local text was kept"
                        ),
                    }
                )
            return stored.id
        article = Article(
            uuid=a.uuid,
            title=a.title,
            outlet=a.outlet,
            author=a.author,
            url=a.url,
            language=a.language,
            published_at=a.published_at,
            retrieved_at=a.retrieved_at,
            imported_at=a.imported_at,
            text=a.text,
            text_sha256=a.text_sha256,
            source_format=a.source_format,
            source_name=a.source_name,
            encoding=a.encoding,
            original=a.original,
            notes=a.notes,
            version=a.version,
            text_version=a.current_text,
            original_sha256=a.original_sha256 or sha256_bytes(a.original),
            source_url=a.source_url,
            redirects=a.redirects,
        )
        session.add(article)
        session.flush()
        for v in a.versions:
            session.add(
                ArticleVersion(
                    article_id=article.id,
                    version=v.version,
                    text=v.text,
                    text_sha256=v.text_sha256,
                    source_format=v.source_format,
                    original=v.original,
                    replaced_at=v.replaced_at,
                    original_sha256=v.original_sha256 or sha256_bytes(v.original),
                    source_name=v.source_name,
                    source_url=v.source_url,
                    redirects=v.redirects,
                    retrieved_at=v.retrieved_at,
                    encoding=v.encoding,
                )
            )
        report.count("articles")
        return article.id

    def _claim(
        self,
        session: Session,
        c: ClaimRecord,
        articles: dict[str, int],
        sources: dict[str, Source],
        report: MergeReport,
    ) -> None:
        claim = self._found.claims.get(c.uuid)
        if claim is None:
            self._insert_claim(session, c, articles, sources, c.uuid, True, report)
            report.count("claims")
            return
        fields = self._fields(c)
        differs = (
            any(getattr(claim, k) != v for k, v in fields.items())
            or sorted(t.name.casefold() for t in claim.tags) != sorted(t.casefold() for t in c.tags)
            or {h.uuid for h in claim.highlights} != {h.uuid for h in c.highlights}
            or {e.uuid for e in claim.evidence} != {e.uuid for e in c.evidence}
        )
        if not differs:
            return
        related = [c.uuid, *(h.uuid for h in c.highlights), *(e.uuid for e in c.evidence)]
        relation = self._relation(related)
        if relation in ("same", "ours"):
            return  # ours already has everything theirs has
        if relation == "theirs":
            for k, v in fields.items():
                setattr(claim, k, v)
            claim.updated_at = c.updated_at or claim.updated_at
            claim.updated_by = c.updated_by
            claim.tags = [self._tag(session, n) for n in c.tags]
            have_h = {h.uuid for h in claim.highlights}
            for h in c.highlights:
                if h.uuid not in have_h:
                    session.add(self._highlight(session, h, claim, articles, True, report))
            have_e = {e.uuid for e in claim.evidence}
            for e in c.evidence:
                if e.uuid not in have_e:
                    session.add(self._evidence(e, claim, sources, keep_id=True))
            report.count("claims", "updated")
            return
        copy_uuid = new_uuid()
        copy = self._insert_claim(session, c, articles, sources, copy_uuid, False, report)
        copy.tags = [*copy.tags, self._tag(session, CONFLICT_TAG)]
        note = f"Their version of claim {c.uuid}, from {self.source_name or 'an export'}."
        copy.rationale = f"{note}\n\n{copy.rationale}".strip()
        changelog.record(
            session, self.actor, "create", "claim", copy_uuid, "merge_conflict_of", None, c.uuid
        )
        report.conflicts.append(
            {
                "kind": "claim",
                "uuid": c.uuid,
                "statement": claim.statement,
                "their_copy": copy_uuid,
                "fields": sorted(k for k, v in fields.items() if getattr(claim, k) != v),
            }
        )

    @staticmethod
    def _fields(c: ClaimRecord) -> dict[str, Any]:
        return {
            "statement": c.statement,
            "claimant": c.claimant,
            "claim_date": c.claim_date,
            "status": c.status,
            "verdict": c.verdict,
            "rationale": c.rationale,
            "review_url": c.review_url,
        }

    def _insert_claim(
        self,
        session: Session,
        c: ClaimRecord,
        articles: dict[str, int],
        sources: dict[str, Source],
        uuid: str,
        keep_ids: bool,
        report: MergeReport,
    ) -> Claim:
        claim = Claim(
            uuid=uuid,
            created_at=c.created_at,
            created_by=c.created_by,
            updated_at=c.updated_at,
            updated_by=c.updated_by,
            **self._fields(c),
        )
        claim.tags = [self._tag(session, n) for n in c.tags]
        session.add(claim)
        for h in c.highlights:
            session.add(self._highlight(session, h, claim, articles, keep_ids, report))
        for e in c.evidence:
            session.add(self._evidence(e, claim, sources, keep_ids))
        return claim

    def _highlight(
        self,
        session: Session,
        h: HighlightRecord,
        claim: Claim,
        articles: dict[str, int],
        keep_id: bool,
        report: MergeReport,
    ) -> Highlight:
        """The highlight as stored here: re-anchored where its quote is not at its offsets.

        A fuzzy match not yet reviewed stands on its new wording (``current_exact``); a
        re-anchor keeps the quote as recorded and, when fuzzy, puts the wording beside it.
        """
        uuid = h.uuid if keep_id else new_uuid()
        selector = TextSelector(h.start, h.end, h.exact, h.prefix, h.suffix)
        state, current = h.state, h.current_exact
        shown = current if state == AnchorState.FUZZY and current else h.exact
        text = self._found.texts[h.article]
        if state != AnchorState.ORPHANED and not in_place(text, h.start, h.end, shown):
            anchor = reanchor(text, selector)
            state, found = anchor.state.value, anchor.selector
            if anchor.state == AnchorState.FUZZY:
                selector = replace(selector, start=found.start, end=found.end)
                current = found.exact
            else:
                selector, current = found, None
            self._moved.append(
                (
                    claim.uuid,
                    uuid,
                    f"{h.start}-{h.end} {h.state}",
                    f"{selector.start}-{selector.end} {state}",
                )
            )
            report.reanchored.append(
                {
                    "claim": claim.uuid,
                    "highlight": uuid,
                    "article": h.article,
                    "quote": h.exact,
                    "was": [h.start, h.end],
                    "now": [selector.start, selector.end],
                    "state": state,
                }
            )
        return Highlight(
            uuid=uuid,
            article_id=articles[h.article],
            claim=claim,
            start=selector.start,
            end=selector.end,
            exact=selector.exact,
            prefix=selector.prefix,
            suffix=selector.suffix,
            state=state,
            current_exact=current,
            created_at=h.created_at,
        )

    @staticmethod
    def _evidence(
        e: EvidenceRecord, claim: Claim, sources: dict[str, Source], keep_id: bool
    ) -> Evidence:
        return Evidence(
            uuid=e.uuid if keep_id else new_uuid(),
            claim=claim,
            source=sources[e.source],
            stance=e.stance,
            credibility=e.credibility,
            excerpt=e.excerpt,
            note=e.note,
        )
