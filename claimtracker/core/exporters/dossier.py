"""The fact-check dossier: a printable account of claims for an editor (content and HTML).

:func:`build` turns an export (:func:`~claimtracker.core.exporters.interchange.export_data`)
into plain records: statement, claimant, date, status, verdict, rationale, every quote with
its article, outlet and URL, the evidence with its source's reliability and its credibility,
and the claim's history in brief. :func:`to_html` lays them out for print, one claim per page,
in the subset of HTML that ``QTextDocument`` renders; every value is escaped (data is text,
never markup). Rendering the HTML to PDF happens outside the core
(:mod:`claimtracker.render.pdf`). Headings, words and the default vocabularies are in the
dossier's language, translated in the window's translation files
(:mod:`claimtracker.core.translations`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any

from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, SOURCE_KINDS, STANCES, term_label
from claimtracker.core.translations import translate

HISTORY_SHOWN = 8  # most recent changes listed per claim; older ones are counted
MAX_CLAIMS = 2_000  # a dossier is for reading: beyond this, a report (XLSX) serves better

DOSSIER = "Dossier"  # translation context of the dossier's headings and words
WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Dossier", "Fact-check dossier"),
    "claims": QT_TRANSLATE_NOOP("Dossier", "claims"),
    "claim": QT_TRANSLATE_NOOP("Dossier", "claim"),  # one
    "generated": QT_TRANSLATE_NOOP("Dossier", "Prepared"),
    "by": QT_TRANSLATE_NOOP("Dossier", "by"),
    "claimant": QT_TRANSLATE_NOOP("Dossier", "Claimant"),
    "date": QT_TRANSLATE_NOOP("Dossier", "Date of the claim"),
    "status": QT_TRANSLATE_NOOP("Dossier", "Status"),
    "verdict": QT_TRANSLATE_NOOP("Dossier", "Verdict"),
    "none": QT_TRANSLATE_NOOP("Dossier", "none yet"),
    "rationale": QT_TRANSLATE_NOOP("Dossier", "Rationale"),
    "tags": QT_TRANSLATE_NOOP("Dossier", "Tags"),
    "published": QT_TRANSLATE_NOOP("Dossier", "Fact-check published at"),
    "quotes": QT_TRANSLATE_NOOP("Dossier", "Where it was said"),
    "evidence": QT_TRANSLATE_NOOP("Dossier", "Evidence"),
    "source": QT_TRANSLATE_NOOP("Dossier", "Source"),
    "stance": QT_TRANSLATE_NOOP("Dossier", "Stance"),
    "reliability": QT_TRANSLATE_NOOP("Dossier", "Source reliability"),
    "credibility": QT_TRANSLATE_NOOP("Dossier", "Credibility"),
    "history": QT_TRANSLATE_NOOP("Dossier", "History"),
    "earlier": QT_TRANSLATE_NOOP("Dossier", "earlier changes"),
    "earlier_one": QT_TRANSLATE_NOOP("Dossier", "earlier change"),
    "created": QT_TRANSLATE_NOOP("Dossier", "created"),
    "set": QT_TRANSLATE_NOOP("Dossier", "set"),
    "no_quotes": QT_TRANSLATE_NOOP("Dossier", "No passage recorded."),
    "no_evidence": QT_TRANSLATE_NOOP("Dossier", "No evidence recorded."),
    "orphaned": QT_TRANSLATE_NOOP("Dossier", "passage no longer found in the article"),
}
# A claim's fields as its history names them (others are shown by their key).
FIELDS: dict[str, str] = {
    "statement": QT_TRANSLATE_NOOP("Dossier", "statement"),
    "claimant": QT_TRANSLATE_NOOP("Dossier", "claimant"),
    "claim_date": QT_TRANSLATE_NOOP("Dossier", "date of the claim"),
    "status": QT_TRANSLATE_NOOP("Dossier", "status"),
    "verdict": QT_TRANSLATE_NOOP("Dossier", "verdict"),
    "rationale": QT_TRANSLATE_NOOP("Dossier", "rationale"),
    "review_url": QT_TRANSLATE_NOOP("Dossier", "fact-check published at"),
    "tags": QT_TRANSLATE_NOOP("Dossier", "tags"),
}


@dataclass(frozen=True)
class Quote:
    text: str
    article: str
    outlet: str
    url: str
    published: str
    orphaned: bool = False


@dataclass(frozen=True)
class EvidenceItem:
    source: str
    url: str
    kind: str
    stance: str
    reliability: str  # "B (Usually reliable)"
    credibility: str  # "2 (Probably true)", or ""
    excerpt: str
    note: str


@dataclass(frozen=True)
class Change:
    at: str  # "2024-03-05 14:02" (UTC)
    actor: str
    action: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class DossierClaim:
    uuid: str
    statement: str
    claimant: str
    claim_date: str
    status: str
    verdict: str
    verdict_colour: str
    rationale: str
    tags: list[str]
    review_url: str
    quotes: list[Quote]
    evidence: list[EvidenceItem]
    history: list[Change]
    earlier_changes: int = 0


@dataclass(frozen=True)
class Dossier:
    title: str
    organisation: str
    prepared: str
    language: str
    claims: list[DossierClaim] = field(default_factory=list)


def labels(language: str) -> dict[str, str]:
    """The dossier's headings and words in ``language`` (English where it has none)."""
    return {key: translate(language, DOSSIER, text) for key, text in WORDS.items()}


def build(
    data: dict[str, Any],
    *,
    organisation: str = "",
    language: str = "en",
    prepared: datetime | None = None,
) -> Dossier:
    """The dossier's content for the claims of an export, in their order."""
    words = labels(language)

    def say(value: str) -> str:
        return term_label(language, value)

    # Labels as the reader reads them: a default one translated, a newsroom's own unchanged.
    statuses = {s["key"]: {**s, "label": say(s["label"])} for s in data["statuses"]}
    verdicts = {v["key"]: {**v, "label": say(v["label"])} for v in data["verdicts"]}
    articles = {a["uuid"]: a for a in data["articles"]}
    sources = {s["uuid"]: s for s in data["sources"]}
    term = {("claim", "status"): statuses, ("claim", "verdict"): verdicts}
    log: dict[str, list[dict[str, Any]]] = {}
    for entry in data.get("change_log", []):
        log.setdefault(entry["entity_uuid"], []).append(entry)
    claims = []
    for c in data["claims"]:
        quotes = []
        for h in sorted(c["highlights"], key=lambda h: (h["article"], h["start"])):
            article = articles.get(h["article"], {})
            quotes.append(
                Quote(
                    text=h["exact"],
                    article=article.get("title") or "",
                    outlet=article.get("outlet") or "",
                    url=article.get("url") or "",
                    published=(article.get("published_at") or "")[:10],
                    orphaned=h.get("state") == "orphaned",
                )
            )
        evidence = []
        for e in c["evidence"]:
            source = sources.get(e["source"], {})
            grade = source.get("reliability") or "F"
            credibility = e.get("credibility")
            evidence.append(
                EvidenceItem(
                    source=source.get("name") or "",
                    url=source.get("url") or "",
                    kind=say(SOURCE_KINDS.get(source.get("kind") or "", source.get("kind") or "")),
                    stance=say(STANCES.get(e["stance"], e["stance"])),
                    reliability=f"{grade} ({say(RELIABILITY.get(grade, ''))})",
                    credibility=(
                        f"{credibility} ({say(CREDIBILITY.get(credibility, ''))})"
                        if credibility
                        else ""
                    ),
                    excerpt=e.get("excerpt") or "",
                    note=e.get("note") or "",
                )
            )
        changes = []
        for entry in log.get(c["uuid"], []):
            names = term.get((entry["entity"], entry["field"] or ""), {})
            old, new = entry["old_value"] or "", entry["new_value"] or ""
            changes.append(
                Change(
                    at=(entry["at"] or "")[:16].replace("T", " "),
                    actor=entry["actor"],
                    action=words["created"] if entry["action"] == "create" else words["set"],
                    field=_field(language, entry["field"] or ""),
                    old=names.get(old, {}).get("label", _listed(old)),
                    new=names.get(new, {}).get("label", _listed(new)),
                )
            )
        verdict = verdicts.get(c["verdict"] or "")
        status = statuses.get(c["status"])
        claims.append(
            DossierClaim(
                uuid=c["uuid"],
                statement=c["statement"],
                claimant=c["claimant"],
                claim_date=c["claim_date"] or "",
                status=status["label"] if status else c["status"],
                verdict=verdict["label"] if verdict else "",
                verdict_colour=verdict["colour"] if verdict else "#999999",
                rationale=c["rationale"],
                tags=list(c["tags"]),
                review_url=c.get("review_url") or "",
                quotes=quotes,
                evidence=evidence,
                history=changes[-HISTORY_SHOWN:],
                earlier_changes=max(0, len(changes) - HISTORY_SHOWN),
            )
        )
    when = prepared or datetime.now().astimezone()
    return Dossier(
        title=words["title"],
        organisation=organisation,
        prepared=when.strftime("%Y-%m-%d %H:%M"),
        language=language,
        claims=claims,
    )


def _field(language: str, key: str) -> str:
    """A claim's field in its history, in ``language``."""
    return translate(language, DOSSIER, FIELDS[key]) if key in FIELDS else key


def _listed(value: str) -> str:
    """A logged list (JSON, e.g. tags) as plain words."""
    if value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return ", ".join(str(i) for i in items)
    return value


# -- HTML ----------------------------------------------------------------------------------

# QTextDocument gives headings fixed sizes, so titles are styled paragraphs.
_STYLE = """
body { font-size: 10pt; color: #1a1a1a; }
p { margin-top: 0; margin-bottom: 4pt; }
.meta { color: #555555; font-size: 8.5pt; }
.number { color: #555555; font-size: 9pt; margin-top: 0; margin-bottom: 2pt; }
.statement { font-size: 14pt; font-weight: bold; margin-bottom: 8pt; }
.section { font-size: 11pt; font-weight: bold; color: #333333; margin-top: 12pt; }
.where { color: #555555; font-size: 8.5pt; margin-bottom: 6pt; }
.small { font-size: 8.5pt; color: #444444; margin-bottom: 1pt; }
th { text-align: left; font-size: 8.5pt; color: #555555; font-weight: normal; }
"""


def _text(value: str) -> str:
    """Data as HTML text: escaped, line breaks kept."""
    return escape(value or "", quote=True).replace("\n", "<br>")


def _on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (#RRGGBB)."""
    try:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def to_html(dossier: Dossier) -> str:
    """The dossier as one HTML document, each claim starting on a new page."""
    words = labels(dossier.language)
    count = len(dossier.claims)
    by = f" {words['by']} {_text(dossier.organisation)}" if dossier.organisation else ""
    parts = [
        f"<html><head><meta charset='utf-8'><title>{_text(dossier.title)}</title>"
        f"<style>{_STYLE}</style></head><body>",
        f"<p class='meta'>{_text(dossier.title)} · {count} "
        f"{words['claim' if count == 1 else 'claims']} · "
        f"{words['generated']} {_text(dossier.prepared)}{by}</p>",
    ]
    for number, claim in enumerate(dossier.claims, start=1):
        parts.append(_claim_html(claim, number, count, words, first=number == 1))
    parts.append("</body></html>")
    return "".join(parts)


def _claim_html(
    claim: DossierClaim, number: int, count: int, words: dict[str, str], *, first: bool
) -> str:
    out = []
    brk = "" if first else " style='page-break-before: always;'"
    out.append(f"<p class='number'{brk}>{number} / {count}</p>")
    out.append(f"<p class='statement'>{_text(claim.statement)}</p>")
    verdict = claim.verdict or words["none"]
    colour = claim.verdict_colour if claim.verdict else "#dddddd"
    rows = [
        (words["claimant"], _text(claim.claimant) or "—"),
        (words["date"], _text(claim.claim_date) or "—"),
        (words["status"], _text(claim.status)),
        (
            words["verdict"],
            f"<span style='background-color: {escape(colour)}; color: {_on(colour)};'>"
            f"&nbsp;{_text(verdict)}&nbsp;</span>",
        ),
    ]
    if claim.tags:
        rows.append((words["tags"], _text(", ".join(claim.tags))))
    if claim.review_url:
        rows.append((words["published"], _text(claim.review_url)))
    out.append("<table cellspacing='0' cellpadding='2'>")
    out += [f"<tr><th width='140'>{k}</th><td>{v}</td></tr>" for k, v in rows]
    out.append("</table>")
    if claim.rationale:
        out.append(f"<p class='section'>{words['rationale']}</p><p>{_text(claim.rationale)}</p>")
    out.append(f"<p class='section'>{words['quotes']}</p>")
    if not claim.quotes:
        out.append(f"<p class='small'>{words['no_quotes']}</p>")
    for q in claim.quotes:
        where = " · ".join(_text(v) for v in (q.article, q.outlet, q.published) if v)
        if q.url:
            where += f"<br>{_text(q.url)}"
        if q.orphaned:
            where += f"<br><i>{words['orphaned']}</i>"
        out.append(f"<p class='quote'>“{_text(q.text)}”</p><p class='where'>{where}</p>")
    out.append(f"<p class='section'>{words['evidence']}</p>")
    if not claim.evidence:
        out.append(f"<p class='small'>{words['no_evidence']}</p>")
    else:
        out.append(
            "<table cellspacing='0' cellpadding='3' width='100%'><tr>"
            # Room for a stance and a grade's longest word ("Respalda", "(Probablemente").
            f"<th width='38%'>{words['source']}</th><th width='14%'>{words['stance']}</th>"
            f"<th width='24%'>{words['reliability']}</th>"
            f"<th width='24%'>{words['credibility']}</th></tr>"
        )
        for e in claim.evidence:
            source = _text(e.source)
            if e.url and e.url != e.source:
                source += f"<br><span class='small'>{_text(e.url)}</span>"
            if e.kind:
                source += f"<br><span class='small'>{_text(e.kind)}</span>"
            if e.excerpt:
                source += f"<br><i>“{_text(e.excerpt)}”</i>"
            if e.note:
                source += f"<br><span class='small'>{_text(e.note)}</span>"
            out.append(
                f"<tr><td>{source}</td><td>{_text(e.stance)}</td>"
                f"<td>{_text(e.reliability)}</td><td>{_text(e.credibility) or '—'}</td></tr>"
            )
        out.append("</table>")
    if claim.history:
        out.append(f"<p class='section'>{words['history']}</p>")
        if claim.earlier_changes:
            earlier = words["earlier_one" if claim.earlier_changes == 1 else "earlier"]
            out.append(f"<p class='small'>… {claim.earlier_changes} {earlier}</p>")
        for h in claim.history:
            change = f"{_text(h.field)}: {_text(_brief(h.old))} → {_text(_brief(h.new))}"
            if h.action == words["created"] or not h.old:
                change = f"{_text(h.field)}: {_text(_brief(h.new))}"
            out.append(
                f"<p class='small'>{_text(h.at)} · {_text(h.actor)} {_text(h.action)} {change}</p>"
            )
    return "".join(out)


def _brief(value: str, limit: int = 80) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[: limit - 1] + "…"
