"""Use cases for claims: create from a selection or a quote, edit, tag, evidence, list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from claimtracker.core.anchoring import (
    count_occurrences,
    find_occurrence,
    make_selector,
    trim_range,
)
from claimtracker.core.chunks import chunks
from claimtracker.core.db import Database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ConflictError, Moment, UserError, no_article
from claimtracker.core.model import (
    Article,
    Claim,
    Evidence,
    Highlight,
    Source,
    Tag,
    utcnow,
)
from claimtracker.core.services import changelog
from claimtracker.core.services.article_claims import article_claims
from claimtracker.core.services.convert import claim_info, evidence_info, highlight_info
from claimtracker.core.services.dto import (
    ArticleClaim,
    ChangeInfo,
    ClaimInfo,
    EvidenceChange,
    EvidenceInfo,
    HighlightInfo,
)
from claimtracker.core.services.query import ClaimFilter, claim_ids
from claimtracker.core.services.sources import (
    apply_source_changes,
    find_or_create_source,
    validate_source_fields,
)
from claimtracker.core.services.terms import default_status, resolve_status, resolve_verdict
from claimtracker.core.taxonomy import CREDIBILITY, STANCES
from claimtracker.core.text import normalize_text

CLAIM_FIELDS = (
    "statement",
    "claimant",
    "claim_date",
    "status",
    "verdict",
    "rationale",
    "review_url",
)
EVIDENCE_FIELDS = ("stance", "credibility", "excerpt", "note")

_LOAD_ALL = (
    selectinload(Claim.tags),
    selectinload(Claim.highlights),
    selectinload(Claim.evidence).selectinload(Evidence.source),
)


def get_or_create_tag(session: Session, name: str) -> Tag:
    """The tag with this name regardless of case, created if new."""
    return get_or_create_tags(session, [name])[0]


def get_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags with these names regardless of case, each once and in the order given, new
    ones created; looked up together (a claim may carry hundreds of tags, and one query each
    kept its edits' transactions long)."""
    wanted: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("Core", "a tag needs a name"))
        wanted.setdefault(name.casefold(), name)
    keys = list(wanted)
    found: dict[str, Tag] = {}
    for chunk in chunks(keys):
        found.update((t.key, t) for t in session.scalars(select(Tag).where(Tag.key.in_(chunk))))
    new = [Tag(name=name, key=key) for key, name in wanted.items() if key not in found]
    if new:
        session.add_all(new)
        session.flush()
        found.update((t.key, t) for t in new)
    return [found[key] for key in keys]


class ClaimService:
    """Claims of one database; every method is one transaction and logs what it changes."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    # -- creating ---------------------------------------------------------------------------

    def create(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        claim_id: int | None = None,
        statement: str | None = None,
        claimant: str = "",
        status: str | None = None,
        verdict: str | None = None,
        tags: Iterable[str] = (),
        sources: Iterable[str] = (),
    ) -> ClaimInfo:
        """Claim for ``text[start:end]`` (code points, whitespace at the ends trimmed).

        With ``claim_id`` the range becomes another appearance of that existing claim.
        """
        with self.db.write() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise no_article(article_id)
            text = article.text
            if not 0 <= start <= end <= len(text):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "range {start}..{end} is outside the article (0..{length})"
                    ),
                    start=start,
                    end=end,
                    length=len(text),
                )
            start, end = trim_range(text, start, end)
            if start >= end:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "the selection is empty or only whitespace")
                )
            if claim_id is not None:
                claim = self._claim(session, claim_id, lock=True)
                self._touch(claim)  # a new appearance is a change of the claim
            else:
                claim = Claim(
                    statement=" ".join((statement or text[start:end]).split()),
                    claimant=claimant.strip(),
                    status=(
                        resolve_status(session, status, active=True)
                        if status
                        else default_status(session)
                    ),
                    verdict=resolve_verdict(session, verdict, active=True) if verdict else None,
                    created_by=self.actor,
                    updated_by=self.actor,
                )
                session.add(claim)
                session.flush()
                for key in ("statement", "claimant", "status", "verdict"):
                    value = getattr(claim, key)
                    if value:
                        changelog.record(
                            session, self.actor, "create", "claim", claim.uuid, key, None, value
                        )
            selector = make_selector(text, start, end)
            highlight = Highlight(
                article_id=article.id,
                claim=claim,
                start=selector.start,
                end=selector.end,
                exact=selector.exact,
                prefix=selector.prefix,
                suffix=selector.suffix,
            )
            session.add(highlight)
            session.flush()
            changelog.record(
                session,
                self.actor,
                "create",
                "highlight",
                highlight.uuid,
                "range",
                None,
                f"article {article.id} {start}-{end}",
            )
            for name in tags:
                self._add_tag(session, claim, name)
            for url in sources:
                self._add_evidence(session, claim, find_or_create_source(session, self.actor, url))
            session.flush()  # the version counter moves on flush; report the stored one
            return claim_info(self._claim(session, claim.id))

    def create_from_quote(
        self, article_id: int, quote: str, occurrence: int = 1, **fields
    ) -> ClaimInfo:
        """Claim for the ``occurrence``-th appearance (1-based) of ``quote`` in the article."""
        with self.db.read() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise no_article(article_id)
            text = article.text
        quote = normalize_text(quote)
        found = find_occurrence(text, quote, occurrence)
        if found is None:
            count = count_occurrences(text, quote)
            if count and occurrence > count:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "the quote appears {count} time(s) in article {id}, not {occurrence}",
                    ),
                    count=count,
                    id=str(article_id),
                    occurrence=occurrence,
                )
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "quote not found in article {id}"), id=str(article_id)
            )
        return self.create(article_id, *found, **fields)

    # -- reading ----------------------------------------------------------------------------

    def get(self, claim_id: int) -> ClaimInfo:
        with self.db.read() as session:
            return claim_info(self._claim(session, claim_id))

    def find(
        self, claim_filter: ClaimFilter | None = None, sort: str = "id", descending: bool = False
    ) -> list[ClaimInfo]:
        """Claims matching the filter in the requested order, with tags, highlights, evidence.

        The same query as the review list's (``query.claim_ids``), so both agree.
        """
        statement = claim_ids(
            claim_filter or ClaimFilter(), sort, descending, self.db.engine.dialect.name
        )
        with self.db.read() as session:
            ids = list(session.scalars(statement))
            claims = {}
            for chunk in chunks(ids):
                for claim in session.scalars(
                    select(Claim).where(Claim.id.in_(chunk)).options(*_LOAD_ALL)
                ):
                    claims[claim.id] = claim_info(claim)
            return [claims[i] for i in ids if i in claims]

    def history(self, claim_id: int, after: int | None = None) -> list[ChangeInfo]:
        """What happened to the claim, its highlights (re-anchoring included) and evidence:
        oldest first, times in UTC; ``after`` (an entry's id): only what was logged since."""
        with self.db.read() as session:
            claim = self._claim(session, claim_id)
            parts = [h.uuid for h in claim.highlights] + [e.uuid for e in claim.evidence]
            return changelog.claim_history(session, claim.uuid, parts, after)

    def for_article(
        self, article_id: int, claim_ids: Iterable[int] | None = None
    ) -> list[ArticleClaim]:
        """The claims appearing in an article with their highlights there, in order of their
        first appearance (``claim_ids`` narrows it to some claims)."""
        with self.db.read() as session:
            return article_claims(session.connection(), article_id, claim_ids)

    def tag_names(self) -> list[str]:
        """Every tag name, for completion."""
        with self.db.read() as session:
            return sorted(session.scalars(select(Tag.name)), key=str.casefold)

    def highlights_for_article(self, article_id: int) -> list[HighlightInfo]:
        with self.db.read() as session:
            rows = session.scalars(
                select(Highlight)
                .where(Highlight.article_id == article_id)
                .order_by(Highlight.start)
            )
            return [highlight_info(h) for h in rows]

    # -- editing ----------------------------------------------------------------------------

    def update(
        self,
        claim_id: int,
        *,
        expected_version: int | None = None,
        expected_values: dict[str, object] | None = None,
        add_tags: Iterable[str] = (),
        remove_tags: Iterable[str] = (),
        **changes: object,
    ) -> ClaimInfo:
        """Change claim fields (and add or remove tags, in the same transaction), refusing
        (:class:`ConflictError`) when the stored claim is not at ``expected_version`` or its
        fields do not hold ``expected_values``."""
        unknown = set(changes) - set(CLAIM_FIELDS)
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "unknown claim field(s): {names}"),
                names=", ".join(sorted(unknown)),
            )
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True, expected_version=expected_version)
            stored = {k: getattr(claim, k) for k in changes}
            _check(claim, stored, changes, expected_version, expected_values)
            values = self._validated(session, changes)
            changed = False
            for key, value in values.items():
                old = getattr(claim, key)
                if old != value:
                    setattr(claim, key, value)
                    changelog.record(
                        session, self.actor, "update", "claim", claim.uuid, key, old, value
                    )
                    changed = True
            if changed:
                self._touch(claim)
            for name in add_tags:
                self._add_tag(session, claim, name)
            unwanted = {" ".join(n.split()).casefold() for n in remove_tags}
            if unwanted & {t.key for t in claim.tags}:
                old_tags = sorted(t.name for t in claim.tags)
                claim.tags = [t for t in claim.tags if t.key not in unwanted]
                new_tags = sorted(t.name for t in claim.tags)
                changelog.record(
                    session, self.actor, "update", "claim", claim.uuid, "tags", old_tags, new_tags
                )
                self._touch(claim)
            session.flush()
            return claim_info(claim)

    def set_tags(
        self,
        claim_id: int,
        names: Iterable[str],
        *,
        expected_version: int | None = None,
        expected_tags: Iterable[str] | None = None,
    ) -> ClaimInfo:
        """Replace the claim's tags (names matched regardless of case, new ones created);
        refused when the claim is not at ``expected_version`` or has not ``expected_tags``."""
        names = list(names)
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True, expected_version=expected_version)
            old = sorted(t.name for t in claim.tags)
            expected: dict[str, object] | None = (
                None if expected_tags is None else {"tags": _tag_set(expected_tags)}
            )
            _check(claim, {"tags": _tag_set(old)}, {"tags": names}, expected_version, expected, old)
            claim.tags = get_or_create_tags(session, names)
            new = sorted(t.name for t in claim.tags)
            if old != new:
                changelog.record(
                    session, self.actor, "update", "claim", claim.uuid, "tags", old, new
                )
                self._touch(claim)
            session.flush()
            return claim_info(claim)

    def add_tag(self, claim_id: int, name: str) -> ClaimInfo:
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True)
            self._add_tag(session, claim, name)
            session.flush()
            return claim_info(claim)

    def remove_tag(self, claim_id: int, name: str) -> ClaimInfo:
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True)
            old = sorted(t.name for t in claim.tags)
            claim.tags = [t for t in claim.tags if t.key != name.strip().casefold()]
            new = sorted(t.name for t in claim.tags)
            if old != new:
                changelog.record(
                    session, self.actor, "update", "claim", claim.uuid, "tags", old, new
                )
                self._touch(claim)
            session.flush()
            return claim_info(claim)

    def delete(
        self,
        claim_id: int,
        *,
        expected_version: int | None = None,
        expected_state: ClaimInfo | None = None,
    ) -> ClaimInfo:
        """Delete a claim with its highlights and evidence; returns what was deleted.

        Refused when the claim is not at ``expected_version``, or differs from
        ``expected_state`` in anything but its version and update stamp.
        """
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True, expected_version=expected_version)
            snapshot = claim_info(claim)
            _check(claim, {}, {}, expected_version)
            if expected_state is not None and content(snapshot) != content(expected_state):
                raise _conflict(claim, {}, {})
            changelog.record(
                session, self.actor, "delete", "claim", claim.uuid, None, snapshot.statement, None
            )
            session.delete(claim)
            return snapshot

    def restore(self, snapshot: ClaimInfo) -> ClaimInfo:
        """Bring back a deleted claim exactly as it was: ids, UUIDs, highlights, evidence, tags."""
        with self.db.write() as session:
            claim_id = self._restore(session, snapshot)
            return claim_info(self._claim(session, claim_id))

    def restore_into(self, session: Session, snapshot: ClaimInfo) -> int:
        """:meth:`restore` inside the caller's transaction (undoing an article's deletion)."""
        return self._restore(session, snapshot)

    def restore_many(self, snapshots: Iterable[ClaimInfo]) -> list[int]:
        """Bring back many deleted claims in one transaction; returns the claims left out
        because they exist again (restored elsewhere)."""
        skipped = []
        with self.db.write() as session:
            for snapshot in snapshots:
                if session.get(Claim, snapshot.id) is not None:
                    skipped.append(snapshot.id)
                else:
                    self._restore(session, snapshot)
        return skipped

    def delete_many(
        self,
        claim_ids: Iterable[int],
        *,
        expected: dict[int, int] | None = None,
        expected_states: dict[int, ClaimInfo] | None = None,
    ) -> tuple[list[ClaimInfo], list[int]]:
        """Delete many claims in one transaction; returns what was deleted (for undo) and the
        claims left alone because they are not at their ``expected`` version or differ from
        their ``expected_states``."""
        ids = list(claim_ids)
        with self.db.write() as session:
            deleted: list[ClaimInfo] = []
            skipped: list[int] = []
            for claim in session.scalars(
                select(Claim).where(Claim.id.in_(ids)).options(*_LOAD_ALL)
            ):
                snapshot = claim_info(claim)
                if (expected and expected.get(claim.id, claim.version) != claim.version) or (
                    expected_states
                    and claim.id in expected_states
                    and content(expected_states[claim.id]) != content(snapshot)
                ):
                    skipped.append(claim.id)
                    continue
                deleted.append(snapshot)
                changelog.record(
                    session, self.actor, "delete", "claim", claim.uuid, None, claim.statement, None
                )
                session.delete(claim)
            return deleted, skipped

    def _restore(self, session: Session, snapshot: ClaimInfo) -> int:
        if session.get(Claim, snapshot.id) is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Core", "claim {id} exists already: it was restored elsewhere"),
                id=str(snapshot.id),
            )
        claim = Claim(
            id=snapshot.id,
            uuid=snapshot.uuid,
            statement=snapshot.statement,
            claimant=snapshot.claimant,
            claim_date=snapshot.claim_date,
            status=snapshot.status,
            verdict=snapshot.verdict,
            rationale=snapshot.rationale,
            review_url=snapshot.review_url,
            created_at=snapshot.created_at,
            created_by=snapshot.created_by,
            updated_at=snapshot.updated_at,
            updated_by=snapshot.updated_by,
        )
        session.add(claim)
        claim.tags = get_or_create_tags(session, snapshot.tags)
        session.flush()
        changelog.record(
            session, self.actor, "restore", "claim", claim.uuid, None, None, snapshot.statement
        )
        # Past the snapshot's version, so a window still holding the snapshot reloads
        # (the ORM would start a new row at version 1).
        session.execute(
            update(Claim).where(Claim.id == claim.id).values(version=snapshot.version + 1),
            execution_options={"synchronize_session": False},
        )
        for h in snapshot.highlights:
            session.add(_highlight_row(h))
        for e in snapshot.evidence:
            session.add(_evidence_row(e))
        session.flush()
        session.expire(claim)
        return claim.id

    def remove_highlight(self, highlight_id: int) -> HighlightInfo:
        """Remove one appearance of a claim (the claim itself stays)."""
        with self.db.write() as session:
            highlight = session.get(Highlight, highlight_id)
            if highlight is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "no highlight with id {id}"), id=str(highlight_id)
                )
            others = session.scalar(
                select(func.count(Highlight.id)).where(
                    Highlight.claim_id == highlight.claim_id, Highlight.id != highlight.id
                )
            )
            if not others:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Core", "a claim keeps at least one appearance; delete the claim instead"
                    )
                )
            snapshot = highlight_info(highlight)
            changelog.record(
                session,
                self.actor,
                "delete",
                "highlight",
                highlight.uuid,
                "range",
                f"article {highlight.article_id} {highlight.start}-{highlight.end}",
                None,
            )
            session.delete(highlight)
            return snapshot

    def restore_highlight(self, snapshot: HighlightInfo) -> HighlightInfo:
        """Bring back a removed highlight with its id and UUID."""
        with self.db.write() as session:
            self._claim(session, snapshot.claim_id, lock=True)
            row = _highlight_row(snapshot)
            session.add(row)
            session.flush()
            changelog.record(
                session,
                self.actor,
                "restore",
                "highlight",
                row.uuid,
                "range",
                None,
                f"article {row.article_id} {row.start}-{row.end}",
            )
            return highlight_info(row)

    def restore_evidence(
        self, snapshot: EvidenceInfo, *, expected_version: int | None = None
    ) -> EvidenceChange:
        """Bring back removed evidence with its id and UUID (its source must still exist)."""
        with self.db.write() as session:
            claim = self._claim(
                session, snapshot.claim_id, lock=True, expected_version=expected_version
            )
            _check(claim, {}, {}, expected_version)
            if session.get(Evidence, snapshot.id) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Core", "this evidence exists already: it was restored elsewhere"
                    )
                )
            row = _evidence_row(snapshot)
            session.add(row)
            session.flush()
            changelog.record(
                session,
                self.actor,
                "restore",
                "evidence",
                row.uuid,
                "source",
                None,
                snapshot.source.uuid,
            )
            return self._evidence_change(session, claim, row)

    # -- evidence ---------------------------------------------------------------------------

    def add_evidence(
        self,
        claim_id: int,
        source_id: int,
        *,
        stance: str = "context",
        credibility: int | None = None,
        excerpt: str = "",
        note: str = "",
        expected_version: int | None = None,
    ) -> EvidenceChange:
        """Link a source to a claim with a stance and an information-credibility grade."""
        with self.db.write() as session:
            claim = self._claim(session, claim_id, lock=True, expected_version=expected_version)
            _check(claim, {}, {}, expected_version)
            source = session.get(Source, source_id)
            if source is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Core", "no source with id {id}"), id=str(source_id)
                )
            evidence = self._add_evidence(
                session,
                claim,
                source,
                stance=stance,
                credibility=credibility,
                excerpt=excerpt,
                note=note,
            )
            return self._evidence_change(session, claim, evidence)

    def update_evidence(
        self,
        evidence_id: int,
        *,
        expected_version: int | None = None,
        expected_values: dict[str, object] | None = None,
        source_changes: dict[str, object] | None = None,
        source_expected: dict[str, object] | None = None,
        **changes: object,
    ) -> EvidenceChange:
        """Change evidence fields and, in the same transaction, fields of its source.

        The claim's ``expected_version`` or the evidence's ``expected_values`` guard the
        evidence; sources are shared between claims and have no version, so
        ``source_expected`` (the values the analyst saw) guards them.
        """
        unknown = set(changes) - set(EVIDENCE_FIELDS)
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "unknown evidence field(s): {names}"),
                names=", ".join(sorted(unknown)),
            )
        _check_evidence(changes)
        source_changes = source_changes or {}
        validate_source_fields(source_changes)
        with self.db.write() as session:
            evidence = self._evidence(session, evidence_id, expected_version)
            claim = evidence.claim
            stored = {k: getattr(evidence, k) for k in changes}
            _check(claim, stored, changes, expected_version, expected_values)
            apply_source_changes(
                session, self.actor, evidence.source, source_changes, source_expected
            )
            for key, value in changes.items():
                old = getattr(evidence, key)
                if old != value:
                    setattr(evidence, key, value)
                    changelog.record(
                        session, self.actor, "update", "evidence", evidence.uuid, key, old, value
                    )
            return self._evidence_change(session, claim, evidence)

    def remove_evidence(
        self,
        evidence_id: int,
        *,
        expected_version: int | None = None,
        expected_values: dict[str, object] | None = None,
    ) -> EvidenceChange:
        """Unlink a source from its claim; returns the removed evidence (for undo)."""
        with self.db.write() as session:
            evidence = self._evidence(session, evidence_id, expected_version)
            claim = evidence.claim
            stored = {k: getattr(evidence, k) for k in expected_values or {}}
            _check(claim, stored, {}, expected_version, expected_values)
            snapshot = evidence_info(evidence)
            changelog.record(
                session,
                self.actor,
                "delete",
                "evidence",
                evidence.uuid,
                "source",
                evidence.source.uuid,
                None,
            )
            claim.evidence.remove(evidence)
            session.delete(evidence)
            self._touch(claim)
            session.flush()
            return EvidenceChange(snapshot, claim_info(claim))

    def _evidence_change(
        self, session: Session, claim: Claim, evidence: Evidence
    ) -> EvidenceChange:
        self._touch(claim)
        session.flush()
        session.refresh(evidence)
        session.expire(claim, ["evidence"])
        return EvidenceChange(evidence_info(evidence), claim_info(claim))

    # -- helpers ----------------------------------------------------------------------------

    def _touch(self, claim: Claim) -> None:
        claim.updated_at = utcnow()
        claim.updated_by = self.actor

    def _add_tag(self, session: Session, claim: Claim, name: str) -> None:
        tag = get_or_create_tag(session, name)
        if tag not in claim.tags:
            old = sorted(t.name for t in claim.tags)
            claim.tags.append(tag)
            changelog.record(
                session,
                self.actor,
                "update",
                "claim",
                claim.uuid,
                "tags",
                old,
                sorted(t.name for t in claim.tags),
            )
            self._touch(claim)

    def _add_evidence(self, session: Session, claim: Claim, source: Source, **fields) -> Evidence:
        fields.setdefault("stance", "context")
        _check_evidence(fields)
        evidence = Evidence(claim=claim, source=source, **fields)
        session.add(evidence)
        session.flush()
        changelog.record(
            session, self.actor, "create", "evidence", evidence.uuid, "source", None, source.uuid
        )
        return evidence

    @staticmethod
    def _validated(session: Session, changes: dict[str, object]) -> dict[str, object]:
        values = dict(changes)
        if "status" in values:
            values["status"] = resolve_status(session, str(values["status"]))
        if values.get("verdict"):
            values["verdict"] = resolve_verdict(session, str(values["verdict"]))
        elif "verdict" in values:
            values["verdict"] = None
        for key in ("statement", "claimant", "rationale"):
            if key in values:
                values[key] = str(values[key] or "").strip()
        if "statement" in values and not values["statement"]:
            raise UserError(QT_TRANSLATE_NOOP("Core", "a claim needs a statement"))
        if "claim_date" in values and not isinstance(values["claim_date"], date | None):
            raise UserError(QT_TRANSLATE_NOOP("Core", "claim_date must be a date"))
        if "review_url" in values:
            values["review_url"] = _review_url(values["review_url"])
        return values

    @staticmethod
    def _claim(
        session: Session,
        claim_id: int,
        *,
        lock: bool = False,
        expected_version: int | None = None,
    ) -> Claim:
        """The claim with its tags, highlights and evidence.

        ``lock`` (an edit) takes the claim's row lock first on a server database, as the
        write's ``BEGIN IMMEDIATE`` does for the whole file on SQLite: edits of one claim wait
        in turn and check its version after the wait, so that a longer edit (many tags) is
        not overtaken forever by shorter ones. ``FOR NO KEY UPDATE`` lets others still add
        highlights or evidence pointing at the claim (their foreign-key checks). An edit
        based on another version than ``expected_version`` ends its transaction at once,
        releasing the lock to the next edit, and the claim is returned as stored for the
        caller's check, which refuses the edit (what the refusal reports is read as needed).
        """
        if lock and session.get_bind().dialect.name != "sqlite":
            version = session.scalar(
                select(Claim.version).where(Claim.id == claim_id).with_for_update(key_share=True)
            )
            if None not in (version, expected_version) and version != expected_version:
                session.rollback()
                stale = session.get(Claim, claim_id)
                if stale is not None:
                    return stale
        claim = session.get(Claim, claim_id, options=_LOAD_ALL)
        if claim is None:
            raise UserError(QT_TRANSLATE_NOOP("Core", "no claim with id {id}"), id=str(claim_id))
        return claim

    @classmethod
    def _evidence(
        cls, session: Session, evidence_id: int, expected_version: int | None = None
    ) -> Evidence:
        """Evidence about to be edited, read after its claim is locked (see :meth:`_claim`)."""
        claim_id = session.scalar(select(Evidence.claim_id).where(Evidence.id == evidence_id))
        evidence = None
        if claim_id is not None:
            cls._claim(session, claim_id, lock=True, expected_version=expected_version)
            evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "no evidence with id {id}"), id=str(evidence_id)
            )
        return evidence


def _check(
    claim: Claim,
    stored: dict[str, object],
    mine: dict[str, object],
    expected_version: int | None = None,
    expected_values: dict[str, object] | None = None,
    theirs: object = None,
) -> None:
    """Refuse a change based on another state of the claim than the one stored.

    ``stored`` holds the current values of what the change touches, ``mine`` what it would
    write; ``theirs`` (default: ``stored``) is what the conflict reports as the stored value.
    """
    if expected_version is not None and claim.version != expected_version:
        raise _conflict(claim, stored if theirs is None else theirs, mine)
    if expected_values is not None and {k: stored.get(k) for k in expected_values} != dict(
        expected_values
    ):
        raise _conflict(claim, stored if theirs is None else theirs, mine)


def _conflict(claim: Claim, theirs: object, mine: dict[str, object]) -> ConflictError:
    if not isinstance(theirs, dict):
        theirs = {k: theirs for k in mine}
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Core", "claim {claim} was changed by {who} at {when} while you were editing it"
        ),
        theirs=theirs,
        mine=dict(mine),
        version=claim.version,
        claim=claim.id,
        who=claim.updated_by or "someone",
        when=Moment(claim.updated_at),
    )


def _review_url(value: object) -> str | None:
    """A published fact-check's address (http or https), or None to clear it."""
    url = str(value or "").strip()
    if not url:
        return None
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Core", "not a web address: {value!r} (give the full https://… address)"
            ),
            value=url,
        )
    return url


def _tag_set(names: Iterable[str]) -> list[str]:
    return sorted({" ".join(n.split()).casefold() for n in names})


def content(claim: ClaimInfo) -> tuple:
    """Everything an analyst can see of a claim, without its version and update stamp."""
    return (
        claim.statement,
        claim.claimant,
        claim.claim_date,
        claim.status,
        claim.verdict,
        claim.rationale,
        claim.review_url,
        _tag_set(claim.tags),
        [
            (h.id, h.article_id, h.start, h.end, h.exact, h.state, h.current_exact)
            for h in claim.highlights
        ],
        [(e.id, e.source.id, e.stance, e.credibility, e.excerpt, e.note) for e in claim.evidence],
    )


def _check_evidence(fields: dict[str, object]) -> None:
    if "stance" in fields and fields["stance"] not in STANCES:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "stance must be one of {known}"), known=", ".join(STANCES)
        )
    credibility = fields.get("credibility")
    if credibility is not None and credibility not in CREDIBILITY:
        raise UserError(QT_TRANSLATE_NOOP("Core", "credibility must be a whole number from 1 to 6"))


def _highlight_row(h: HighlightInfo) -> Highlight:
    return Highlight(
        id=h.id,
        uuid=h.uuid,
        article_id=h.article_id,
        claim_id=h.claim_id,
        start=h.start,
        end=h.end,
        exact=h.exact,
        prefix=h.prefix,
        suffix=h.suffix,
        state=h.state,
        current_exact=h.current_exact,
    )


def _evidence_row(e: EvidenceInfo) -> Evidence:
    return Evidence(
        id=e.id,
        uuid=e.uuid,
        claim_id=e.claim_id,
        source_id=e.source.id,
        stance=e.stance,
        credibility=e.credibility,
        excerpt=e.excerpt,
        note=e.note,
    )
