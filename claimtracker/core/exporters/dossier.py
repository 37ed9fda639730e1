"""The fact-check dossier: a printable account of claims for an editor (content and HTML).

:func:`build` turns an export (:func:`~claimtracker.core.exporters.interchange.export_data`)
into plain records: statement, claimant, date, status, verdict, rationale, every quote with
its article, outlet and URL, the evidence with its source's reliability and its credibility,
and the claim's history in brief. :func:`to_html` lays them out for print, one claim per page,
in the subset of HTML that ``QTextDocument`` renders; every value is escaped (data is text,
never markup). Rendering the HTML to PDF happens outside the core
(:mod:`claimtracker.render.pdf`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any

from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, SOURCE_KINDS, STANCES

HISTORY_SHOWN = 8  # most recent changes listed per claim; older ones are counted
MAX_CLAIMS = 2_000  # a dossier is for reading: beyond this, a report (XLSX) serves better

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Fact-check dossier",
        "claims": "claims",
        "generated": "Prepared",
        "by": "by",
        "claimant": "Claimant",
        "date": "Date of the claim",
        "status": "Status",
        "verdict": "Verdict",
        "none": "none yet",
        "rationale": "Rationale",
        "tags": "Tags",
        "published": "Published at",
        "quotes": "Where it was said",
        "evidence": "Evidence",
        "source": "Source",
        "stance": "Stance",
        "reliability": "Source reliability",
        "credibility": "Credibility",
        "history": "History",
        "earlier": "earlier changes",
        "created": "created",
        "set": "set",
        "no_quotes": "No passage recorded.",
        "no_evidence": "No evidence recorded.",
        "orphaned": "passage no longer found in the article",
    },
    "es": {
        "title": "Dosier de verificación",
        "claims": "afirmaciones",
        "generated": "Preparado",
        "by": "por",
        "claimant": "Autor",
        "date": "Fecha de la afirmación",
        "status": "Estado",
        "verdict": "Veredicto",
        "none": "sin veredicto",
        "rationale": "Justificación",
        "tags": "Etiquetas",
        "published": "Publicado en",
        "quotes": "Dónde se dijo",
        "evidence": "Pruebas",
        "source": "Fuente",
        "stance": "Postura",
        "reliability": "Fiabilidad de la fuente",
        "credibility": "Credibilidad",
        "history": "Historial",
        "earlier": "cambios anteriores",
        "created": "creó",
        "set": "cambió",
        "no_quotes": "No hay pasajes registrados.",
        "no_evidence": "No hay pruebas registradas.",
        "orphaned": "el pasaje ya no se encuentra en el artículo",
    },
}


# The fixed vocabularies and history fields in Spanish (English comes from the taxonomy).
SPANISH: dict[str, str] = {
    "Supports": "Apoya",
    "Refutes": "Refuta",
    "Context": "Contexto",
    "Official statement": "Declaración oficial",
    "News outlet": "Medio de comunicación",
    "Social media": "Redes sociales",
    "Document": "Documento",
    "Dataset": "Datos",
    "Eyewitness": "Testigo",
    "Other": "Otra",
    "Completely reliable": "Totalmente fiable",
    "Usually reliable": "Normalmente fiable",
    "Fairly reliable": "Bastante fiable",
    "Not usually reliable": "No suele ser fiable",
    "Unreliable": "No fiable",
    "Reliability cannot be judged": "Fiabilidad no evaluable",
    "Confirmed by other sources": "Confirmada por otras fuentes",
    "Probably true": "Probablemente cierta",
    "Possibly true": "Posiblemente cierta",
    "Doubtful": "Dudosa",
    "Improbable": "Improbable",
    "Truth cannot be judged": "Veracidad no evaluable",
    "statement": "afirmación",
    "claimant": "autor",
    "claim_date": "fecha",
    "status": "estado",
    "verdict": "veredicto",
    "rationale": "justificación",
    "tags": "etiquetas",
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
    """The dossier's headings in ``language`` (English unless Spanish is asked for)."""
    return LABELS.get((language or "en").split("-")[0].casefold(), LABELS["en"])


def build(
    data: dict[str, Any],
    *,
    organisation: str = "",
    language: str = "en",
    prepared: datetime | None = None,
) -> Dossier:
    """The dossier's content for the claims of an export, in their order."""
    words = labels(language)
    spanish = words is LABELS["es"]

    def say(value: str) -> str:
        return SPANISH.get(value, value) if spanish else value

    statuses = {s["key"]: s for s in data["statuses"]}
    verdicts = {v["key"]: v for v in data["verdicts"]}
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
                    field=say(entry["field"] or ""),
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
        f"<p class='meta'>{_text(dossier.title)} · {count} {words['claims']} · "
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
            f"<th width='46%'>{words['source']}</th><th width='12%'>{words['stance']}</th>"
            f"<th width='21%'>{words['reliability']}</th>"
            f"<th width='21%'>{words['credibility']}</th></tr>"
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
            out.append(f"<p class='small'>… {claim.earlier_changes} {words['earlier']}</p>")
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
