"""How alike two claims are, from what they say rather than how they word it.

A claim becomes a set of content words: lemmas (simplemma, Spanish and English, shipped
dictionaries) with synonyms folded together, figures in canonical form ("1 millón" ->
1000000, "27 por ciento" -> 27%), and alias groups ("Moscú", "el Kremlin" -> russia). The
score mixes the weighted overlap of those sets with rapidfuzz's token-set ratio of the same
words, and is cut when both claims state figures and none of them agree: "inflation 2.7%"
is not "inflation 27%".
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimtracker.core.intel import numbers
from claimtracker.core.intel.aliases import AliasTable, fold
from claimtracker.core.intel.language import detect
from claimtracker.core.intel.lexicon import load, stop_words

_WORDS = re.compile(r"[^\W\d_]+|\d+(?:\.\d+)?%?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")

# How much a shared item counts, by kind: names and figures say more than common words.
WEIGHTS = {"figure": 2.0, "concept": 2.0, "word": 1.0}
FIGURE_MISMATCH = 0.55
OVERLAP_SHARE = 0.75


@dataclass(frozen=True)
class Features:
    """What a claim says, ready to compare."""

    language: str
    words: frozenset[str]
    figures: frozenset[str]
    concepts: frozenset[str]

    @property
    def items(self) -> dict[str, str]:
        """Every item with its kind (figure, concept or word)."""
        out = {w: "word" for w in self.words}
        out.update({f"#{f}": "figure" for f in self.figures})
        out.update({f"@{c}": "concept" for c in self.concepts})
        return out

    def text(self) -> str:
        """The items as one string, for fuzzy matching."""
        return " ".join(sorted(self.items))


def features(text: str, aliases: AliasTable, language: str | None = None) -> Features:
    """The features of one claim statement."""
    lang = detect(text, language) or "es"
    rest, figures, concepts = _split(text, aliases, lang)
    words = set()
    for token in _WORDS.findall(rest):
        if _FIGURE.fullmatch(token):
            if _is_year(token):
                words.add(token)
            continue
        folded = fold(token)
        if folded in _stops() or len(folded) < 2:
            continue
        words.add(_synonym(fold(_lemma(token.casefold(), lang))))
    return Features(lang, frozenset(words), frozenset(figures), frozenset(concepts))


def _split(text: str, aliases: AliasTable, lang: str) -> tuple[str, set[str], set[str]]:
    """The text without its figures and alias names, its figures, and its alias groups."""
    canonical = numbers.canonical(text, lang)
    concepts = set()
    pieces = []
    cursor = 0
    for match in aliases.find(canonical):
        concepts.add(match.concept)
        pieces.append(canonical[cursor : match.start])
        cursor = match.end
    pieces.append(canonical[cursor:])
    rest = " ".join(pieces)
    figures = {f for f in _FIGURE.findall(rest) if not _is_year(f)}
    return rest, figures, concepts


def similarity(a: Features, b: Features) -> float:
    """0..1: how nearly ``a`` and ``b`` state the same claim."""
    from rapidfuzz import fuzz

    items_a, items_b = a.items, b.items
    if not items_a or not items_b:
        return 0.0
    shared = items_a.keys() & items_b.keys()
    weight_a = sum(WEIGHTS[k] for k in items_a.values())
    weight_b = sum(WEIGHTS[k] for k in items_b.values())
    overlap = sum(WEIGHTS[items_a[k]] for k in shared) / math.sqrt(weight_a * weight_b)
    fuzzy = fuzz.token_set_ratio(a.text(), b.text()) / 100
    score = OVERLAP_SHARE * overlap + (1 - OVERLAP_SHARE) * fuzzy
    if a.figures and b.figures and not (a.figures & b.figures):
        score *= FIGURE_MISMATCH
    return min(1.0, score)


def lemma_prefixes(
    text: str, aliases: AliasTable, language: str | None
) -> dict[str, list[tuple[str, bool]]]:
    """For each content word of ``text``: the forms to look it up by in a full-text index.

    A form is a prefix (True) shared by the word and its lemma ("envió", "enviar" -> "envi")
    or the whole word (False) when that prefix would be too short; the word's synonyms add
    their own prefixes. Keyed by the synonym group.
    """
    lang = detect(text, language) or "es"
    rest, _figures, _concepts = _split(text, aliases, lang)
    stops = _stops()
    out: dict[str, list[tuple[str, bool]]] = {}
    for token in re.findall(r"[^\W\d_]+", rest):
        folded = fold(token)
        if folded in stops or len(folded) < 3:
            continue
        lemma = fold(_lemma(token.casefold(), lang))
        group = _synonym(lemma)
        forms = out.setdefault(group, [])
        forms.append(_prefix_form(folded, lemma))
        for other in _group_members().get(group, ()):
            forms.append(_prefix_form(other, other))
    return {g: _shortest(f) for g, f in out.items()}


def _shortest(forms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The forms without those another prefix of the list already finds."""
    prefixes = [f for f, is_prefix in forms if is_prefix]
    kept = []
    for form, is_prefix in dict.fromkeys(forms):
        if any(p != form and form.startswith(p) for p in prefixes):
            continue
        kept.append((form, is_prefix))
    return kept


def _prefix_form(word: str, lemma: str) -> tuple[str, bool]:
    common = len(os.path.commonprefix([word, lemma]))
    if lemma == word and len(word) > 5:
        common = len(word) - 2  # leave room for endings: "proyectil" finds "proyectiles"
    if " " in word or common < 4:
        return word, False
    return word[:common], True


@cache
def _group_members() -> dict[str, tuple[str, ...]]:
    members: dict[str, list[str]] = {}
    for word, head in _synonyms().items():
        members.setdefault(head, []).append(word)
    return {k: tuple(v) for k, v in members.items()}


def shared_items(a: Features, b: Features) -> list[str]:
    """What two claims have in common, for showing why they were matched."""
    return sorted(a.items.keys() & b.items.keys())


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


_PARTICIPLE = re.compile(r"^(\w{3,})(ad|id)(o|a|os|as)$")


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    from simplemma import is_known, lemmatize

    lemma = lemmatize(word, lang=lang)
    if lemma == word and lang == "es":
        # simplemma reads some participles as adjectives ("enviado"): try the verb.
        match = _PARTICIPLE.match(word)
        if match:
            stem, vowel = match.group(1), match.group(2)[0]
            for ending in ("ar",) if vowel == "a" else ("er", "ir"):
                if is_known(stem + ending, lang=lang):
                    return stem + ending
    return lemma


@cache
def _stops() -> frozenset[str]:
    return frozenset(fold(w) for lang in ("es", "en") for w in stop_words(lang))


@cache
def _synonyms() -> dict[str, str]:
    mapping = {}
    for group in load("synonyms.toml")["groups"]:
        head = fold(group[0])
        for word in group:
            mapping[fold(word)] = head
    return mapping


def _synonym(lemma: str) -> str:
    return _synonyms().get(lemma, lemma)
