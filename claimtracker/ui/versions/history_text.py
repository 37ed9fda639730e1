"""A change-log entry in the analyst's words: what changed, and the old and new values shown
the window's way (labels of statuses and verdicts, positions of quotes, no internal ids)."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QCoreApplication

from claimtracker.core.services.dto import ChangeInfo
from claimtracker.ui.formatting import local_time
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP
from claimtracker.ui.palette import Taxonomy

EVIDENCE = {
    "create": QT_TRANSLATE_NOOP("History", "Evidence added"),
    "delete": QT_TRANSLATE_NOOP("History", "Evidence removed"),
    "restore": QT_TRANSLATE_NOOP("History", "Evidence restored"),
}
ACTIONS: dict[object, str] = {
    ("create", "highlight"): QT_TRANSLATE_NOOP("History", "Added"),
    ("create", "claim"): QT_TRANSLATE_NOOP("History", "Created with"),
    "create": QT_TRANSLATE_NOOP("History", "Set"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Removed"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored"),
    "reanchor": QT_TRANSLATE_NOOP("History", "New version"),
    "accept": QT_TRANSLATE_NOOP("History", "New wording accepted"),
    "reject": QT_TRANSLATE_NOOP("History", "New wording rejected"),
    "undo": QT_TRANSLATE_NOOP("History", "Undone"),
    "revert": QT_TRANSLATE_NOOP("History", "Version undone"),
    "merge": QT_TRANSLATE_NOOP("History", "Merged"),
}
FIELDS = {
    "statement": QT_TRANSLATE_NOOP("History", "Statement"),
    "claimant": QT_TRANSLATE_NOOP("History", "Claimant"),
    "claim_date": QT_TRANSLATE_NOOP("History", "Claim date"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "verdict": QT_TRANSLATE_NOOP("History", "Verdict"),
    "rationale": QT_TRANSLATE_NOOP("History", "Rationale"),
    "tags": QT_TRANSLATE_NOOP("History", "Tags"),
    "review_url": QT_TRANSLATE_NOOP("History", "Published at"),
    "range": QT_TRANSLATE_NOOP("History", "Appearance in an article"),
    "anchor": QT_TRANSLATE_NOOP("History", "Place of the quote"),
    "current_exact": QT_TRANSLATE_NOOP("History", "Wording of the quote"),
    "exact": QT_TRANSLATE_NOOP("History", "Quote"),
    "state": QT_TRANSLATE_NOOP("History", "Match"),
    "source": QT_TRANSLATE_NOOP("History", "Source"),
    "stance": QT_TRANSLATE_NOOP("History", "Stance"),
    "credibility": QT_TRANSLATE_NOOP("History", "Credibility"),
    "excerpt": QT_TRANSLATE_NOOP("History", "Excerpt"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
}
ENTITIES = {
    "claim": QT_TRANSLATE_NOOP("History", "Claim"),
    "highlight": QT_TRANSLATE_NOOP("History", "Quote"),
    "evidence": QT_TRANSLATE_NOOP("History", "Evidence"),
}
STATES = {
    "anchored": QT_TRANSLATE_NOOP("History", "in place"),
    "moved": QT_TRANSLATE_NOOP("History", "moved"),
    "fuzzy": QT_TRANSLATE_NOOP("History", "wording changed"),
    "orphaned": QT_TRANSLATE_NOOP("History", "not found"),
}
_ANCHOR = re.compile(r"^(\d+)-(\d+) (\w+)(?: in version (\d+))?$")
_RANGE = re.compile(r"^article (\d+) (\d+)-(\d+)$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def what(entry: ChangeInfo) -> str:
    """What happened: ``Changed: Verdict``, ``New version: Place of the quote``."""
    if entry.entity == "evidence" and entry.field in (None, "source") and entry.action in EVIDENCE:
        return _tr(EVIDENCE[entry.action])
    action = ACTIONS.get((entry.action, entry.entity)) or ACTIONS.get(entry.action)
    action_text = _tr(action) if action else entry.action
    if entry.field in FIELDS:
        subject = _tr(FIELDS[entry.field])
        if entry.entity == "evidence":
            subject = QCoreApplication.translate("History", "Evidence, %1").replace("%1", subject)
    elif entry.field is None and entry.entity in ENTITIES:
        subject = _tr(ENTITIES[entry.entity])
    else:
        subject = (entry.field or entry.entity).replace("_", " ")
    return (
        QCoreApplication.translate("History", "%1: %2")
        .replace("%1", action_text)
        .replace("%2", subject)
    )


def value(field: str | None, stored: str | None, taxonomy: Taxonomy) -> str:
    """A logged value as the window shows it ("—" for none)."""
    if stored is None or stored == "" or _UUID.match(stored):
        return "—"
    if field == "status":
        return taxonomy.status_label(stored)
    if field == "verdict":
        return taxonomy.verdict_label(stored)
    if field == "tags" and stored.startswith("["):
        try:
            return ", ".join(str(t) for t in json.loads(stored)) or "—"
        except ValueError:
            return stored
    if field in ("anchor", "state"):
        return _place(stored)
    if field == "range":
        found = _RANGE.match(stored)
        if found:
            return (
                QCoreApplication.translate("History", "article %1, characters %2–%3")
                .replace("%1", found.group(1))
                .replace("%2", found.group(2))
                .replace("%3", found.group(3))
            )
    return stored


def _place(stored: str) -> str:
    if stored in STATES:
        return _tr(STATES[stored])
    found = _ANCHOR.match(stored)
    if not found:
        return stored
    start, end, state, version = found.groups()
    state_text = _tr(STATES[state]) if state in STATES else state
    if version:
        return (
            QCoreApplication.translate("History", "characters %1–%2, %3, in version %4")
            .replace("%1", start)
            .replace("%2", end)
            .replace("%3", state_text)
            .replace("%4", version)
        )
    return (
        QCoreApplication.translate("History", "characters %1–%2, %3")
        .replace("%1", start)
        .replace("%2", end)
        .replace("%3", state_text)
    )


def change(entry: ChangeInfo, taxonomy: Taxonomy) -> str:
    """Old → new, or only the value set or removed."""
    old = value(entry.field, entry.old_value, taxonomy)
    new = value(entry.field, entry.new_value, taxonomy)
    if old == new == "—":  # nothing to show (a source named by its id)
        return ""
    if entry.old_value is None and entry.action in ("create", "restore"):
        return new
    if entry.new_value is None and entry.action == "delete":
        return old
    return QCoreApplication.translate("History", "%1 → %2").replace("%1", old).replace("%2", new)


def heading(entry: ChangeInfo) -> str:
    """When and who: the entry's first line."""
    return f"{local_time(entry.at)} · {entry.actor}"


def full_text(entry: ChangeInfo, taxonomy: Taxonomy) -> str:
    """Everything about an entry (its tooltip): when to the second, who, what, the values."""
    lines = (f"{local_time(entry.at, seconds=True)} · {entry.actor}", what(entry))
    return "\n".join((*lines, change(entry, taxonomy))).strip()
