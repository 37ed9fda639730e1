"""The fixed vocabularies and the default scales, shown in the language of the window.

Stored values are keys (``refutes``, ``B``, ``mostly_false``); what the analyst reads comes from
here. A status or verdict a newsroom renamed keeps its own label; one still carrying its
default English label is shown translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from claimtracker.core.taxonomy import CREDIBILITY, RELIABILITY, SOURCE_KINDS, STANCES
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Terms"

_LABELS = (
    # Source kinds
    QT_TRANSLATE_NOOP("Terms", "Official statement"),
    QT_TRANSLATE_NOOP("Terms", "News outlet"),
    QT_TRANSLATE_NOOP("Terms", "Social media"),
    QT_TRANSLATE_NOOP("Terms", "Document"),
    QT_TRANSLATE_NOOP("Terms", "Dataset"),
    QT_TRANSLATE_NOOP("Terms", "Eyewitness"),
    QT_TRANSLATE_NOOP("Terms", "Other"),
    # Admiralty reliability of sources
    QT_TRANSLATE_NOOP("Terms", "Completely reliable"),
    QT_TRANSLATE_NOOP("Terms", "Usually reliable"),
    QT_TRANSLATE_NOOP("Terms", "Fairly reliable"),
    QT_TRANSLATE_NOOP("Terms", "Not usually reliable"),
    QT_TRANSLATE_NOOP("Terms", "Unreliable"),
    QT_TRANSLATE_NOOP("Terms", "Reliability cannot be judged"),
    # Admiralty credibility of information
    QT_TRANSLATE_NOOP("Terms", "Confirmed by other sources"),
    QT_TRANSLATE_NOOP("Terms", "Probably true"),
    QT_TRANSLATE_NOOP("Terms", "Possibly true"),
    QT_TRANSLATE_NOOP("Terms", "Doubtful"),
    QT_TRANSLATE_NOOP("Terms", "Improbable"),
    QT_TRANSLATE_NOOP("Terms", "Truth cannot be judged"),
    # Stances
    QT_TRANSLATE_NOOP("Terms", "Supports"),
    QT_TRANSLATE_NOOP("Terms", "Refutes"),
    QT_TRANSLATE_NOOP("Terms", "Context"),
    # Default workflow statuses
    QT_TRANSLATE_NOOP("Terms", "Unstarted"),
    QT_TRANSLATE_NOOP("Terms", "In progress"),
    QT_TRANSLATE_NOOP("Terms", "Needs review"),
    QT_TRANSLATE_NOOP("Terms", "Done"),
    # Default verdicts
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


def label(english: str) -> str:
    """A vocabulary label in the window's language (labels of its own pass unchanged)."""
    return QCoreApplication.translate(CONTEXT, english) if english else english


def source_kind_label(key: str) -> str:
    return label(SOURCE_KINDS.get(key, key))


def reliability_label(key: str) -> str:
    return label(RELIABILITY.get(key, ""))


def credibility_label(key: int | None) -> str:
    return label(CREDIBILITY.get(key, "")) if key else ""


def stance_label(key: str) -> str:
    return label(STANCES.get(key, key))
