"""Fixed vocabularies (source kinds, stances, Admiralty grades) and the shape of editable ones.

Workflow statuses and verdicts live in the database (seeded by the first migration with
Okabe-Ito colours, distinguishable for colour-blind readers) so that analysts can rename,
recolour and add them.
"""

from __future__ import annotations

from dataclasses import dataclass


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

SOURCE_KINDS: dict[str, str] = {
    "official_statement": "Official statement",
    "news_outlet": "News outlet",
    "social_media": "Social media",
    "document": "Document",
    "dataset": "Dataset",
    "eyewitness": "Eyewitness",
    "other": "Other",
}

RELIABILITY: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}

CREDIBILITY: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}

STANCES: dict[str, str] = {
    "supports": "Supports",
    "refutes": "Refutes",
    "context": "Context",
}


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
