"""Merging another analyst's JSON export into this database, by UUID.

Nothing is duplicated: records already here are matched by UUID. For a claim both databases
have, the change logs decide: when one side's history contains the other's, the newer side
wins; when both changed it, both versions are kept (ours in place, theirs as a copy tagged
"merge conflict") and the conflict is listed.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claimtracker.core.db import Database
from claimtracker.core.model import (
    Article,
    ArticleVersion,
    ChangeLogEntry,
    Claim,
    Evidence,
    Highlight,
    Source,
    Verdict,
    WorkflowStatus,
    new_uuid,
)
from claimtracker.core.services import changelog
from claimtracker.core.services.claims import get_or_create_tag

CONFLICT_TAG = "merge conflict"
CLAIM_FIELDS = ("statement", "claimant", "claim_date", "status", "verdict", "rationale")


@dataclass
class MergeReport:
    """What a merge added, updated and could not reconcile."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def count(self, kind: str, what: str = "added") -> None:
        bucket = self.added if what == "added" else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _bytes(value: str | None) -> bytes | None:
    return base64.b64decode(value) if value is not None else None


def _log_key(entry: dict[str, Any]) -> tuple:
    at = entry["at"]
    at = at.isoformat() if isinstance(at, datetime) else str(at)
    return (
        at,
        entry["actor"],
        entry["action"],
        entry["entity_uuid"],
        entry["field"],
        entry["old_value"],
        entry["new_value"],
    )


class Merger:
    """One merge of an export into a database, in one transaction."""

    def __init__(self, db: Database, actor: str, source_name: str = "an export") -> None:
        self.db = db
        self.actor = actor
        self.source_name = source_name

    def merge(self, data: dict[str, Any]) -> MergeReport:
        report = MergeReport()
        with self.db.write() as session:
            local_log = {
                _log_key(
                    {
                        "at": e.at,
                        "actor": e.actor,
                        "action": e.action,
                        "entity_uuid": e.entity_uuid,
                        "field": e.field,
                        "old_value": e.old_value,
                        "new_value": e.new_value,
                    }
                )
                for e in session.scalars(select(ChangeLogEntry))
            }
            incoming_log = [(_log_key(e), e) for e in data.get("change_log", [])]
            self._local_log = local_log
            self._incoming_log: dict[str, set[tuple]] = {}
            for key, entry in incoming_log:
                self._incoming_log.setdefault(entry["entity_uuid"], set()).add(key)
            self._local_by_uuid: dict[str, set[tuple]] = {}
            for key in local_log:
                self._local_by_uuid.setdefault(key[3], set()).add(key)
            self._terms(session, data)
            for tag in data.get("tags", []):
                get_or_create_tag(session, tag["name"]).colour = tag.get("colour", "#999999")
            sources = {s["uuid"]: self._source(session, s, report) for s in data.get("sources", [])}
            articles = {
                a["uuid"]: self._article(session, a, report) for a in data.get("articles", [])
            }
            session.flush()
            for claim in data.get("claims", []):
                self._claim(session, claim, articles, sources, report)
            for key, entry in incoming_log:
                if key not in local_log:
                    session.add(
                        ChangeLogEntry(
                            at=_datetime(entry["at"]),
                            actor=entry["actor"],
                            action=entry["action"],
                            entity=entry["entity"],
                            entity_uuid=entry["entity_uuid"],
                            field=entry["field"],
                            old_value=entry["old_value"],
                            new_value=entry["new_value"],
                        )
                    )
                    local_log.add(key)
                    report.count("change log entries")
        return report

    # -- records ----------------------------------------------------------------------------

    def _terms(self, session: Session, data: dict[str, Any]) -> None:
        have = set(session.scalars(select(WorkflowStatus.key)))
        for s in data.get("statuses", []):
            if s["key"] not in have:
                session.add(
                    WorkflowStatus(
                        key=s["key"],
                        label=s["label"],
                        colour=s["colour"],
                        position=s["position"],
                        retired=bool(s.get("retired", False)),
                    )
                )
        have = set(session.scalars(select(Verdict.key)))
        for v in data.get("verdicts", []):
            if v["key"] not in have:
                session.add(
                    Verdict(
                        key=v["key"],
                        label=v["label"],
                        colour=v["colour"],
                        position=v["position"],
                        rating=v.get("rating"),
                        retired=bool(v.get("retired", False)),
                    )
                )

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

    def _source(self, session: Session, s: dict[str, Any], report: MergeReport) -> int:
        fields = {
            "name": s["name"],
            "url": s["url"],
            "kind": s["kind"],
            "reliability": s["reliability"],
            "archived_url": s.get("archived_url"),
            "accessed_at": _date(s.get("accessed_at")),
            "notes": s.get("notes", ""),
        }
        source = session.scalar(select(Source).where(Source.uuid == s["uuid"]))
        if source is None:
            source = Source(uuid=s["uuid"], **fields)
            session.add(source)
            session.flush()
            report.count("sources")
        elif any(getattr(source, k) != v for k, v in fields.items()) and (
            self._relation([s["uuid"]]) == "theirs"
        ):
            for k, v in fields.items():
                setattr(source, k, v)
            report.count("sources", "updated")
        return source.id

    def _article(self, session: Session, a: dict[str, Any], report: MergeReport) -> int:
        article = session.scalar(select(Article).where(Article.uuid == a["uuid"]))
        if article is None:
            article = Article(
                uuid=a["uuid"],
                title=a["title"],
                outlet=a["outlet"],
                author=a["author"],
                url=a["url"],
                language=a["language"],
                published_at=_date(a["published_at"]),
                retrieved_at=_datetime(a.get("retrieved_at")),
                imported_at=_datetime(a["imported_at"]),
                text=a["text"],
                text_sha256=a["text_sha256"],
                source_format=a["source_format"],
                source_name=a.get("source_name"),
                encoding=a.get("encoding"),
                original=_bytes(a.get("original")),
                notes=a.get("notes", ""),
                version=a.get("version", 1),
            )
            session.add(article)
            session.flush()
            for v in a.get("versions", []):
                session.add(
                    ArticleVersion(
                        article_id=article.id,
                        version=v["version"],
                        text=v["text"],
                        text_sha256=v["text_sha256"],
                        source_format=v["source_format"],
                        original=_bytes(v.get("original")),
                        replaced_at=_datetime(v["replaced_at"]),
                    )
                )
            report.count("articles")
        elif article.text_sha256 != a["text_sha256"]:
            report.conflicts.append(
                {
                    "kind": "article",
                    "uuid": a["uuid"],
                    "title": article.title,
                    "detail": "the article text differs; the local text was kept",
                }
            )
        return article.id

    def _claim(
        self,
        session: Session,
        c: dict[str, Any],
        articles: dict[str, int],
        sources: dict[str, int],
        report: MergeReport,
    ) -> None:
        claim = session.scalar(
            select(Claim)
            .where(Claim.uuid == c["uuid"])
            .options(
                selectinload(Claim.tags),
                selectinload(Claim.highlights),
                selectinload(Claim.evidence),
            )
        )
        if claim is None:
            self._insert_claim(session, c, articles, sources, c["uuid"], keep_ids=True)
            report.count("claims")
            return
        fields = self._fields(c)
        differs = (
            any(getattr(claim, k) != v for k, v in fields.items())
            or sorted(t.name.casefold() for t in claim.tags)
            != sorted(t.casefold() for t in c["tags"])
            or {h.uuid for h in claim.highlights} != {h["uuid"] for h in c["highlights"]}
            or {e.uuid for e in claim.evidence} != {e["uuid"] for e in c["evidence"]}
        )
        if not differs:
            return
        related = [
            c["uuid"],
            *(h["uuid"] for h in c["highlights"]),
            *(e["uuid"] for e in c["evidence"]),
        ]
        relation = self._relation(related)
        if relation in ("same", "ours"):
            return  # ours already has everything theirs has
        if relation == "theirs":
            for k, v in fields.items():
                setattr(claim, k, v)
            claim.updated_at = _datetime(c["updated_at"]) or claim.updated_at
            claim.updated_by = c["updated_by"]
            claim.tags = [get_or_create_tag(session, n) for n in c["tags"]]
            have_h = {h.uuid for h in claim.highlights}
            for h in c["highlights"]:
                if h["uuid"] not in have_h and h["article"] in articles:
                    session.add(self._highlight(h, claim.id, articles, keep_id=True))
            have_e = {e.uuid for e in claim.evidence}
            for e in c["evidence"]:
                if e["uuid"] not in have_e and e["source"] in sources:
                    session.add(self._evidence(e, claim.id, sources, keep_id=True))
            report.count("claims", "updated")
            return
        copy_uuid = new_uuid()
        copy = self._insert_claim(session, c, articles, sources, copy_uuid, keep_ids=False)
        copy.tags = [*copy.tags, get_or_create_tag(session, CONFLICT_TAG)]
        note = f"Their version of claim {c['uuid']}, from {self.source_name}."
        copy.rationale = f"{note}\n\n{copy.rationale}".strip()
        changelog.record(
            session, self.actor, "create", "claim", copy_uuid, "merge_conflict_of", None, c["uuid"]
        )
        report.conflicts.append(
            {
                "kind": "claim",
                "uuid": c["uuid"],
                "statement": claim.statement,
                "their_copy": copy_uuid,
                "fields": sorted(k for k, v in fields.items() if getattr(claim, k) != v),
            }
        )

    @staticmethod
    def _fields(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "statement": c["statement"],
            "claimant": c["claimant"],
            "claim_date": _date(c["claim_date"]),
            "status": c["status"],
            "verdict": c["verdict"],
            "rationale": c["rationale"],
        }

    def _insert_claim(
        self,
        session: Session,
        c: dict[str, Any],
        articles: dict[str, int],
        sources: dict[str, int],
        uuid: str,
        keep_ids: bool,
    ) -> Claim:
        claim = Claim(
            uuid=uuid,
            created_at=_datetime(c["created_at"]),
            created_by=c["created_by"],
            updated_at=_datetime(c["updated_at"]),
            updated_by=c["updated_by"],
            **self._fields(c),
        )
        claim.tags = [get_or_create_tag(session, n) for n in c["tags"]]
        session.add(claim)
        session.flush()
        for h in c["highlights"]:
            if h["article"] in articles:
                session.add(self._highlight(h, claim.id, articles, keep_ids))
        for e in c["evidence"]:
            if e["source"] in sources:
                session.add(self._evidence(e, claim.id, sources, keep_ids))
        session.flush()
        return claim

    @staticmethod
    def _highlight(
        h: dict[str, Any], claim_id: int, articles: dict[str, int], keep_id: bool
    ) -> Highlight:
        return Highlight(
            uuid=h["uuid"] if keep_id else new_uuid(),
            article_id=articles[h["article"]],
            claim_id=claim_id,
            start=h["start"],
            end=h["end"],
            exact=h["exact"],
            prefix=h["prefix"],
            suffix=h["suffix"],
            state=h["state"],
            created_at=_datetime(h["created_at"]),
        )

    @staticmethod
    def _evidence(
        e: dict[str, Any], claim_id: int, sources: dict[str, int], keep_id: bool
    ) -> Evidence:
        return Evidence(
            uuid=e["uuid"] if keep_id else new_uuid(),
            claim_id=claim_id,
            source_id=sources[e["source"]],
            stance=e["stance"],
            credibility=e["credibility"],
            excerpt=e["excerpt"],
            note=e["note"],
        )
