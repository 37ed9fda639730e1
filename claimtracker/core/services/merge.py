"""Merging another analyst's JSON export into this database, by UUID.

The whole export is checked first (its schema, then what it refers to in this database);
a refusal names the JSON path of the first problem and writes nothing. Nothing is
duplicated: records already here are matched by UUID. For a claim both databases have, the
change logs decide: when one side's history contains the other's, the newer side wins; when
both changed it, both versions are kept (ours in place, theirs as a copy tagged "merge
conflict") and the conflict is listed. A highlight whose quote is not at its offsets in the
text it is placed in is re-anchored (exact, nearest, fuzzy, orphaned) and listed.

At scale (100,000 claims), the file is read a record at a time
(:mod:`~claimtracker.core.exporters.interchange_read`), what it names is looked up in bulk
(:mod:`~claimtracker.core.services.merge_lookup`), and new rows are written in batches of
``INSERT`` statements; claims already here, which may be updated, go through the ORM.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimtracker.core import derived
from claimtracker.core.anchoring import AnchorState, TextSelector, in_place, reanchor
from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, InvalidExport
from claimtracker.core.exporters.interchange_read import ExportDocument
from claimtracker.core.exporters.interchange_schema import (
    ArticleRecord,
    ChangeLogRecord,
    ClaimRecord,
    EvidenceRecord,
    HighlightRecord,
    SourceRecord,
)
from claimtracker.core.exporters.validation import (
    LOG_KEY,
    ExportFacts,
    check_export,
    collector_paused,
    log_digest,
    tag_key,
)
from claimtracker.core.model import (
    ChangeLogEntry,
    Claim,
    Tag,
    Verdict,
    WorkflowStatus,
    claim_tags,
    new_uuid,
)
from claimtracker.core.services.changelog import as_text
from claimtracker.core.services.merge_lookup import CHUNK, check_references, chunks, look_up
from claimtracker.core.services.merge_rows import (
    ARTICLES,
    CLAIMS,
    EVIDENCE,
    HIGHLIGHTS,
    LOG,
    SOURCES,
    VERSIONS,
    Rows,
    insert_ids,
    insert_rows,
)
from claimtracker.core.services.version_records import sha256_bytes

CONFLICT_TAG = "merge conflict"
ARTICLE_BATCH = 50
"""New articles per ``INSERT``: their texts and original bytes can be large."""


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


class Merger:
    """One merge of an export into a database, in one transaction."""

    def __init__(self, db: Database, actor: str, source_name: str | None = None) -> None:
        self.db = db
        self.actor = actor
        self.source_name = source_name

    def merge(self, data: Any) -> MergeReport:
        """Merge an export (as read by :func:`~claimtracker.core.exporters.interchange.
        read_export`, or as parsed JSON); :class:`InvalidExport` if any of it is wrong."""
        document = ExportDocument.from_data(data)
        report = MergeReport()
        try:
            with collector_paused():
                facts = check_export(document)
            with self.db.write() as session:
                _Merge(self, session, document, facts, report).run()
        except InvalidExport as exc:
            raise exc.from_file(self.source_name) from None
        return report


class _Merge:
    """The writing half of a merge, in one transaction."""

    def __init__(
        self,
        merger: Merger,
        session: Session,
        document: ExportDocument,
        facts: ExportFacts,
        report: MergeReport,
    ) -> None:
        self.merger = merger
        self.actor = merger.actor
        self.session = session
        self.document = document
        self.facts = facts
        self.report = report
        self.found = look_up(session, facts)
        self.local, self.known = self._local_log()
        self.tags = {t.key: t for t in session.scalars(select(Tag))}
        self.sources: dict[str, int] = {}
        self.articles: dict[str, int] = {}
        self.moved: list[dict[str, Any]] = []

    def run(self) -> None:
        self._terms()
        for tag in self.facts.tags:
            stored = self._tag(tag.name)
            if stored.colour != tag.colour:
                stored.colour = tag.colour
        self._sources()
        self._articles()
        self.session.flush()
        batch: list[tuple[int, ClaimRecord]] = []
        for i, data in enumerate(self.document.records("claims")):
            batch.append((i, ClaimRecord.model_validate(data)))
            if len(batch) == CHUNK:
                self._claims(batch)
                batch = []
        self._claims(batch)
        self._change_log()
        # After their history, so that a highlight's log reads in the order things happened.
        insert_rows(self.session, LOG, self.moved)

    def _local_log(self) -> tuple[dict[str, set[bytes]], set[bytes]]:
        """The identities of our log entries about the records the file names (by UUID),
        and all of them together."""
        facts = self.facts
        uuids = facts.log.keys() | facts.sources | facts.highlights.keys()
        uuids |= facts.evidence.keys() | set(facts.claims)
        entities = list(self.session.scalars(select(ChangeLogEntry.entity).distinct()))
        by_uuid: dict[str, set[bytes]] = {}
        if not entities:
            return by_uuid, set()
        columns = [getattr(ChangeLogEntry, k) for k in LOG_KEY]
        for chunk in chunks(uuids):
            rows = self.session.execute(
                select(*columns).where(
                    ChangeLogEntry.entity.in_(entities), ChangeLogEntry.entity_uuid.in_(chunk)
                )
            )
            for row in rows:
                by_uuid.setdefault(row.entity_uuid, set()).add(log_digest(row))
        return by_uuid, set().union(*by_uuid.values())

    def _relation(self, uuids: Iterable[str]) -> str:
        """How the two histories of these records relate.

        ``same``; ``ours`` (ours contains theirs); ``theirs`` (theirs contains ours); ``both``.
        """
        ours: set[bytes] = set()
        theirs: set[bytes] = set()
        for uuid in uuids:
            ours |= self.local.get(uuid, set())
            theirs |= self.facts.log.get(uuid, set())
        if theirs <= ours:
            return "same" if ours == theirs else "ours"
        return "theirs" if ours <= theirs else "both"

    # -- terms, tags, sources, articles ----------------------------------------------------

    def _terms(self) -> None:
        have = set(self.session.scalars(select(WorkflowStatus.key)))
        for s in self.facts.statuses:
            if s.key not in have:
                self.session.add(
                    WorkflowStatus(
                        key=s.key,
                        label=s.label,
                        colour=s.colour,
                        position=s.position,
                        retired=s.retired,
                    )
                )
        have = set(self.session.scalars(select(Verdict.key)))
        for v in self.facts.verdicts:
            if v.key not in have:
                self.session.add(
                    Verdict(
                        key=v.key,
                        label=v.label,
                        colour=v.colour,
                        position=v.position,
                        rating=v.rating,
                        retired=v.retired,
                    )
                )

    def _tag(self, name: str) -> Tag:
        """The tag with this name regardless of case and spacing, created if new (its id is
        given at the next flush, in the order tags are met)."""
        key = tag_key(name)
        tag = self.tags.get(key)
        if tag is None:
            tag = Tag(name=" ".join(name.split()), key=key)
            self.session.add(tag)
            self.tags[key] = tag
        return tag

    def _sources(self) -> None:
        new: list[dict[str, Any]] = []
        for data in self.document.records("sources"):
            s = SourceRecord.model_validate(data)
            fields = {
                "name": s.name,
                "url": s.url,
                "kind": s.kind,
                "reliability": s.reliability,
                "archived_url": s.archived_url,
                "accessed_at": s.accessed_at,
                "notes": s.notes,
            }
            source = self.found.sources.get(s.uuid)
            if source is None:
                new.append({"uuid": s.uuid, **fields})
                self.report.count("sources")
            elif any(getattr(source, k) != v for k, v in fields.items()) and (
                self._relation([s.uuid]) == "theirs"
            ):
                for k, v in fields.items():
                    setattr(source, k, v)
                self.report.count("sources", "updated")
        self.session.flush()  # ours first, as the terms and tags before them
        self.sources = {uuid: s.id for uuid, s in self.found.sources.items()}
        self.sources.update(insert_ids(self.session, SOURCES, new))

    def _articles(self) -> None:
        batch: list[ArticleRecord] = []
        for data in self.document.records("articles"):
            a = ArticleRecord.model_validate(data)
            stored = self.found.articles.get(a.uuid)
            if stored is None:
                batch.append(a)
                if len(batch) == ARTICLE_BATCH:
                    self._insert_articles(batch)
                    batch = []
                continue
            if stored.text_sha256 != a.text_sha256:
                self.report.conflicts.append(
                    {
                        "kind": "article",
                        "uuid": a.uuid,
                        "title": stored.title,
                        "detail": QT_TRANSLATE_NOOP(
                            "Core", "the article text differs; the local text was kept"
                        ),
                    }
                )
            self.articles[a.uuid] = stored.id
        self._insert_articles(batch)
        for uuid, stored in self.found.articles.items():
            self.articles.setdefault(uuid, stored.id)

    def _insert_articles(self, batch: list[ArticleRecord]) -> None:
        rows = [
            {
                "uuid": a.uuid,
                "title": a.title,
                "outlet": a.outlet,
                "author": a.author,
                "url": a.url,
                "language": a.language,
                "published_at": a.published_at,
                "retrieved_at": a.retrieved_at,
                "imported_at": a.imported_at,
                "text": a.text,
                "text_sha256": a.text_sha256,
                "source_format": a.source_format,
                "source_name": a.source_name,
                "encoding": a.encoding,
                "original": a.original,
                "notes": a.notes,
                "version": a.version,
                "text_version": a.current_text,
                "original_sha256": a.original_sha256 or sha256_bytes(a.original),
                "source_url": a.source_url,
                "redirects": a.redirects,
            }
            for a in batch
        ]
        ids = insert_ids(self.session, ARTICLES, rows)
        versions = [
            {
                "article_id": ids[a.uuid],
                "version": v.version,
                "text": v.text,
                "text_sha256": v.text_sha256,
                "source_format": v.source_format,
                "original": v.original,
                "replaced_at": v.replaced_at,
                "original_sha256": v.original_sha256 or sha256_bytes(v.original),
                "source_name": v.source_name,
                "source_url": v.source_url,
                "redirects": v.redirects,
                "retrieved_at": v.retrieved_at,
                "encoding": v.encoding,
            }
            for a in batch
            for v in a.versions
        ]
        insert_rows(self.session, VERSIONS, versions)
        derived.articles_changed(self.session, ids.values())
        self.articles.update(ids)
        for _ in batch:
            self.report.count("articles")

    # -- claims ----------------------------------------------------------------------------

    def _claims(self, batch: list[tuple[int, ClaimRecord]]) -> None:
        """One batch of claims: references checked, then new rows inserted together."""
        if not batch:
            return
        check_references(self.session, batch, self.found, self.facts)
        query = (
            select(Claim)
            .where(Claim.uuid.in_([c.uuid for _, c in batch]))
            .options(
                selectinload(Claim.tags),
                selectinload(Claim.highlights),
                selectinload(Claim.evidence),
            )
        )
        stored = {claim.uuid: claim for claim in self.session.scalars(query)}
        rows = Rows()
        for _, c in batch:
            claim = stored.get(c.uuid)
            if claim is None:
                self._new_claim(rows, c, c.uuid, True)
                self.report.count("claims")
            else:
                self._stored_claim(rows, c, claim)
        self.session.flush()  # updated claims, and new tags get their ids
        ids = {claim.uuid: claim.id for claim in stored.values()}
        ids.update(insert_ids(self.session, CLAIMS, rows.claims))
        for part, table in ((rows.highlights, HIGHLIGHTS), (rows.evidence, EVIDENCE)):
            for claim_uuid, row in part:
                row["claim_id"] = ids[claim_uuid]
            insert_rows(self.session, table, [row for _, row in part])
        insert_rows(
            self.session,
            claim_tags,
            [{"claim_id": ids[claim_uuid], "tag_id": tag.id} for claim_uuid, tag in rows.tags],
        )
        insert_rows(self.session, LOG, rows.log)
        touched = {u for u, _ in rows.highlights} | {u for u, _ in rows.evidence}
        touched |= {row["uuid"] for row in rows.claims}
        derived.claims_changed(self.session, (ids[u] for u in touched))

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

    def _stored_claim(self, rows: Rows, c: ClaimRecord, claim: Claim) -> None:
        """A claim both sides have: theirs wins when its history contains ours; when both
        changed it, theirs is kept beside ours as a copy."""
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
            claim.tags = [self._tag(n) for n in c.tags]
            have_h = {h.uuid for h in claim.highlights}
            for h in c.highlights:
                if h.uuid not in have_h:
                    rows.highlights.append((claim.uuid, self._highlight(h, claim.uuid, True)))
            have_e = {e.uuid for e in claim.evidence}
            for e in c.evidence:
                if e.uuid not in have_e:
                    rows.evidence.append((claim.uuid, self._evidence(e, True)))
            self.report.count("claims", "updated")
            return
        copy_uuid = new_uuid()
        note = f"Their version of claim {c.uuid}, from {self.merger.source_name or 'an export'}."
        copy = self._new_claim(rows, c, copy_uuid, False)
        copy["rationale"] = f"{note}\n\n{copy['rationale']}".strip()
        conflict = self._tag(CONFLICT_TAG)
        if tag_key(CONFLICT_TAG) not in {tag_key(n) for n in c.tags}:
            rows.tags.append((copy_uuid, conflict))
        rows.log.append(
            self._entry("create", "claim", copy_uuid, "merge_conflict_of", None, c.uuid, copy_uuid)
        )
        self.report.conflicts.append(
            {
                "kind": "claim",
                "uuid": c.uuid,
                "statement": claim.statement,
                "their_copy": copy_uuid,
                "fields": sorted(k for k, v in fields.items() if getattr(claim, k) != v),
            }
        )

    def _new_claim(self, rows: Rows, c: ClaimRecord, uuid: str, keep_ids: bool) -> dict:
        row = {
            "uuid": uuid,
            "created_at": c.created_at,
            "created_by": c.created_by,
            "updated_at": c.updated_at,
            "updated_by": c.updated_by,
            **self._fields(c),
        }
        rows.claims.append(row)
        rows.tags += [(uuid, self._tag(n)) for n in c.tags]
        rows.highlights += [(uuid, self._highlight(h, uuid, keep_ids)) for h in c.highlights]
        rows.evidence += [(uuid, self._evidence(e, keep_ids)) for e in c.evidence]
        return row

    def _highlight(self, h: HighlightRecord, claim_uuid: str, keep_id: bool) -> dict[str, Any]:
        """The highlight as stored here: re-anchored where its quote is not at its offsets.

        A fuzzy match not yet reviewed stands on its new wording (``current_exact``); a
        re-anchor keeps the quote as recorded and, when fuzzy, puts the wording beside it.
        """
        uuid = h.uuid if keep_id else new_uuid()
        selector = TextSelector(h.start, h.end, h.exact, h.prefix, h.suffix)
        state, current = h.state, h.current_exact
        shown = current if state == AnchorState.FUZZY and current else h.exact
        text = self.found.texts[h.article]
        if state != AnchorState.ORPHANED and not in_place(text, h.start, h.end, shown):
            anchor = reanchor(text, selector)
            state, found = anchor.state.value, anchor.selector
            if anchor.state == AnchorState.FUZZY:
                selector = replace(selector, start=found.start, end=found.end)
                current = found.exact
            else:
                selector, current = found, None
            self.moved.append(
                self._entry(
                    "update",
                    "highlight",
                    uuid,
                    "anchor",
                    f"{h.start}-{h.end} {h.state}",
                    f"{selector.start}-{selector.end} {state}",
                    claim_uuid,
                )
            )
            self.report.reanchored.append(
                {
                    "claim": claim_uuid,
                    "highlight": uuid,
                    "article": h.article,
                    "quote": h.exact,
                    "was": [h.start, h.end],
                    "now": [selector.start, selector.end],
                    "state": state,
                }
            )
        return {
            "uuid": uuid,
            "article_id": self.articles[h.article],
            "claim_id": None,
            "start": selector.start,
            "end": selector.end,
            "exact": selector.exact,
            "prefix": selector.prefix,
            "suffix": selector.suffix,
            "state": state,
            "current_exact": current,
            "created_at": h.created_at,
        }

    def _evidence(self, e: EvidenceRecord, keep_id: bool) -> dict[str, Any]:
        return {
            "uuid": e.uuid if keep_id else new_uuid(),
            "claim_id": None,
            "source_id": self.sources[e.source],
            "stance": e.stance,
            "credibility": e.credibility,
            "excerpt": e.excerpt,
            "note": e.note,
        }

    # -- the change log --------------------------------------------------------------------

    def _entry(
        self,
        action: str,
        entity: str,
        uuid: str,
        field_name: str,
        old: object,
        new: object,
        claim_uuid: str,
    ) -> dict[str, Any]:
        """A log entry of this merge (as :func:`~claimtracker.core.services.changelog.record`
        writes one)."""
        return {
            "actor": self.actor,
            "db_role": self.session.info.get("db_role"),
            "action": action,
            "entity": entity,
            "entity_uuid": uuid,
            "field": field_name,
            "old_value": as_text(old),
            "new_value": as_text(new),
            "claim_uuid": claim_uuid,
        }

    def _change_log(self) -> None:
        """Their entries that ours lacks, in their order."""
        rows: list[dict[str, Any]] = []
        for data in self.document.records("change_log"):
            entry = ChangeLogRecord.model_validate(data)
            digest = log_digest(entry)
            if digest in self.known:
                continue
            self.known.add(digest)
            rows.append(
                {
                    "at": entry.at,
                    "actor": entry.actor,
                    "action": entry.action,
                    "entity": entry.entity,
                    "entity_uuid": entry.entity_uuid,
                    "field": entry.field,
                    "old_value": entry.old_value,
                    "new_value": entry.new_value,
                    "claim_uuid": self._claim_of(entry),
                }
            )
            self.report.count("change log entries")
            if len(rows) == CHUNK:
                insert_rows(self.session, LOG, rows)
                rows = []
        insert_rows(self.session, LOG, rows)

    def _claim_of(self, entry: ChangeLogRecord) -> str | None:
        """The claim a log entry belongs to; exports from before it was recorded lack it, and
        get it from the file as a database upgrade fills it in from the rows."""
        if "claim_uuid" in entry.model_fields_set:
            return entry.claim_uuid
        if entry.entity == "claim":
            return entry.entity_uuid
        if entry.entity in ("highlight", "evidence"):
            return self.facts.owner(entry.entity_uuid)
        return None
