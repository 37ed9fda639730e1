"""The lexicons of ``resources/intel/``, read once and compiled into patterns."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from typing import Any

from claimtracker.resources import resource_path

LANGUAGES = ("es", "en")


@cache
def load(name: str) -> dict[str, Any]:
    """One TOML file of ``resources/intel/`` as a dictionary (read once per process)."""
    with resource_path("intel", name).open("rb") as fh:
        return tomllib.load(fh)


def alternation(phrases: Iterable[str]) -> str:
    """A regular expression matching any of ``phrases`` (no word boundaries), or "".

    A phrase ending in ``*`` matches any word it begins (``duplic*``: duplicó, duplicaron);
    spaces match any run of spaces. Longer phrases are tried first.
    """
    parts = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
        wildcard = phrase.endswith("*")
        body = r"\s+".join(re.escape(w) for w in phrase.rstrip("*").split())
        parts.append(body + (r"\w*" if wildcard else ""))
    return "|".join(parts)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``phrases`` as whole words.

    With no phrases the pattern never matches.
    """
    body = alternation(phrases)
    if not body:
        return re.compile("(?!)")
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


@cache
def stop_words(language: str) -> frozenset[str]:
    """Function words of ``language`` (casefolded), for language guessing and matching."""
    return frozenset(w.casefold() for w in load("stopwords.toml").get(language, []))
