"""Check-worthiness suggestions: every sentence scored from signals an editor can read."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimtracker.core.intel import language as languages
from claimtracker.core.intel import signals
from claimtracker.core.intel.sentences import CancelCheck, Cancelled, segment


@dataclass(frozen=True)
class Suggestion:
    """A sentence of an article with its score (0..1) and the reasons for it."""

    start: int
    end: int
    text: str
    score: float
    checkworthy: bool
    reasons: tuple[signals.Reason, ...]
    language: str | None = None

    @property
    def reason_texts(self) -> list[str]:
        """The reasons as the editor reads them ("+ figure: “1 millón”")."""
        return [str(r) for r in self.reasons]


def score_sentence(
    text: str, language: str | None = None
) -> tuple[float, list[signals.Reason], str]:
    """The score of one sentence (0..1), the reasons behind it, and its language.

    ``language`` is the article's; the sentence keeps it unless it is clearly in the other.
    """
    tokens = signals.tokenize(text)
    lang = languages.detect_words([t[0] for t in tokens], text, language) or "es"
    reasons = signals.find_in(text, tokens, lang)
    bias, _threshold = signals.settings()
    z = bias + sum(r.weight for r in reasons)
    return 1 / (1 + math.exp(-z)), reasons, lang


def suggest(
    text: str, language: str | None = None, cancel: CancelCheck | None = None
) -> list[Suggestion]:
    """Every sentence of ``text`` scored, in order of appearance.

    ``cancel`` is asked now and then; when it returns True, :class:`Cancelled` is raised.
    """
    _bias, threshold = signals.settings()
    out = []
    for count, sentence in enumerate(segment(text, language, cancel)):
        if cancel is not None and count % 256 == 0 and cancel():
            raise Cancelled("cancelled")
        score, reasons, lang = score_sentence(sentence.text, language)
        out.append(
            Suggestion(
                sentence.start,
                sentence.end,
                sentence.text,
                round(score, 3),
                score >= threshold,
                tuple(reasons),
                lang,
            )
        )
    return out
