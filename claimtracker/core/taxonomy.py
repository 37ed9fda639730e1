"""Fixed vocabularies (source kinds, stances, Admiralty grades) and the shape of editable ones.

Workflow statuses and verdicts live in the database (seeded by the first migration with
Okabe-Ito colours, distinguishable for colour-blind readers) so that analysts can rename,
recolour and add them.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.translations import translate


@dataclass(frozen=True)
class Term:
    """One entry of a taxonomy: stable key, label shown to the analyst, colour."""

    key: str
    label: str
    colour: str
    rating: int | None = None  # ClaimReview ratingValue, for verdicts on the True..False scale
    position: int = 0
    retired: bool = False  # kept readable on its claims, no longer offered
    default: bool = False  # the status new claims start in


DEFAULT_STATUS = "unstarted"  # the default status of a new database (the newsroom may change it)

TERMS = "Terms"
"""Translation context of the vocabularies and the default scales (shared with the window)."""

# The default scales as the first migration names them. The database holds the labels; a
# label still as it was is shown in the reader's language (a newsroom's own is not).
DEFAULT_STATUS_LABELS = (
    QT_TRANSLATE_NOOP("Terms", "Unstarted"),
    QT_TRANSLATE_NOOP("Terms", "In progress"),
    QT_TRANSLATE_NOOP("Terms", "Needs review"),
    QT_TRANSLATE_NOOP("Terms", "Done"),
)
DEFAULT_VERDICT_LABELS = (
    QT_TRANSLATE_NOOP("Terms", "True"),
    QT_TRANSLATE_NOOP("Terms", "Mostly true"),
    QT_TRANSLATE_NOOP("Terms", "Mixed"),
    QT_TRANSLATE_NOOP("Terms", "Misleading"),
    QT_TRANSLATE_NOOP("Terms", "Mostly false"),
    QT_TRANSLATE_NOOP("Terms", "False"),
    QT_TRANSLATE_NOOP("Terms", "Fabricated"),
    QT_TRANSLATE_NOOP("Terms", "Unproven"),
    QT_TRANSLATE_NOOP("Terms", "Not checkable"),
    QT_TRANSLATE_NOOP("Terms", "Satire"),
)

SOURCE_KINDS: dict[str, str] = {
    "official_statement": QT_TRANSLATE_NOOP("Terms", "Official statement"),
    "news_outlet": QT_TRANSLATE_NOOP("Terms", "News outlet"),
    "social_media": QT_TRANSLATE_NOOP("Terms", "Social media"),
    "document": QT_TRANSLATE_NOOP("Terms", "Document"),
    "dataset": QT_TRANSLATE_NOOP("Terms", "Dataset"),
    "eyewitness": QT_TRANSLATE_NOOP("Terms", "Eyewitness"),
    "other": QT_TRANSLATE_NOOP("Terms", "Other"),
}

RELIABILITY: dict[str, str] = {
    "A": QT_TRANSLATE_NOOP("Terms", "Completely reliable"),
    "B": QT_TRANSLATE_NOOP("Terms", "Usually reliable"),
    "C": QT_TRANSLATE_NOOP("Terms", "Fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Terms", "Not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Terms", "Unreliable"),
    "F": QT_TRANSLATE_NOOP("Terms", "Reliability cannot be judged"),
}

CREDIBILITY: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Terms", "Confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Terms", "Probably true"),
    3: QT_TRANSLATE_NOOP("Terms", "Possibly true"),
    4: QT_TRANSLATE_NOOP("Terms", "Doubtful"),
    5: QT_TRANSLATE_NOOP("Terms", "Improbable"),
    6: QT_TRANSLATE_NOOP("Terms", "Truth cannot be judged"),
}

STANCES: dict[str, str] = {
    "supports": QT_TRANSLATE_NOOP("Terms", "Supports"),
    "refutes": QT_TRANSLATE_NOOP("Terms", "Refutes"),
    "context": QT_TRANSLATE_NOOP("Terms", "Context"),
}


def term_label(language: str, label: str) -> str:
    """A vocabulary or scale label in ``language``: a default one translated, one a newsroom
    gave itself unchanged (the window's rule, :mod:`claimtracker.ui.terms`)."""
    return translate(language, TERMS, label)


def resolve_key(terms: list[Term], value: str) -> str | None:
    """Key of the term whose key or label equals ``value`` (case-insensitive), if any."""
    wanted = value.strip().casefold().replace(" ", "_").replace("-", "_")
    for term in terms:
        if wanted in (term.key, term.label.casefold().replace(" ", "_")):
            return term.key
    return None


def term_key(label: str) -> str:
    """A stable key made from a label: ``"Needs legal review"`` -> ``needs_legal_review``."""
    words = "".join(ch if ch.isalnum() else " " for ch in label.casefold()).split()
    return "_".join(words)[:40] or "term"
