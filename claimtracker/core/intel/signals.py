"""The signals of check-worthiness found in one sentence, each with the words that fired it.

What each signal looks for is data (``resources/intel/checkworthiness.toml``); the rules
here only say how a kind of signal is found: a phrase of its lexicon, a figure, a named role
with its organisation, a capitalised name inside the sentence, a question, a sentence too
short to state anything, a Spanish verb in the future.

Phrases are looked up word by word in one index per language (a dictionary from first word
to phrases), so a sentence is read once whatever the size of the lexicons: a regular
expression per lexicon cost three times as much on a 1 MB article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from claimtracker.core.errors import QT_TRANSLATE_NOOP
from claimtracker.core.intel.lexicon import load

TOKENS = re.compile(r"\w+|%")
_CAP = r"[A-ZÁÉÍÓÚÑÜ]"
_NAME = rf"{_CAP}[\w'’-]*"
_JOIN = r"(?:\s+(?:de(?:l| la| las| los)?|of(?: the)?|y|and)\s+|\s+)"
_NAMES = re.compile(rf"(?<![\w.]){_NAME}(?:{_JOIN}{_NAME})*")
_ORGANISATION = re.compile(
    rf"\s+(?:de(?:l| la| los| las)?|of(?: the)?)\s+{_NAME}(?:{_JOIN}{_NAME})*"
)
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ]{2,}$")
_YEAR = re.compile(r"(?<![\w.,])(?:1[89]\d\d|20\d\d)(?![\w.,]\d)")
_DIGIT_FIGURE = re.compile(r"(?<![\w.,:])\d+(?:[.,]\d+)*(?:\s?%)?(?![\w:])")
_QUESTION = re.compile(r"(?:^[\s«“\"'(]*¿)|(?:\?[\s»”\"')]*$)")
_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
_NUMBER_JOINS = frozenset({"de", "y", "and", "of", "a"})
_NUMBER_ARTICLES = frozenset({"un", "una", "a", "one", "medio"})

# The labels of the signals in checkworthiness.toml, marked so that the window can show them
# in its language (context "Signals"); a test checks that every label there is here.
LABELS = (
    QT_TRANSLATE_NOOP("Signals", "figure"),
    QT_TRANSLATE_NOOP("Signals", "percentage"),
    QT_TRANSLATE_NOOP("Signals", "date"),
    QT_TRANSLATE_NOOP("Signals", "named role"),
    QT_TRANSLATE_NOOP("Signals", "named"),
    QT_TRANSLATE_NOOP("Signals", "attribution"),
    QT_TRANSLATE_NOOP("Signals", "comparison"),
    QT_TRANSLATE_NOOP("Signals", "denial"),
    QT_TRANSLATE_NOOP("Signals", "causal claim"),
    QT_TRANSLATE_NOOP("Signals", "question"),
    QT_TRANSLATE_NOOP("Signals", "too short to check"),
    QT_TRANSLATE_NOOP("Signals", "opinion"),
    QT_TRANSLATE_NOOP("Signals", "courtesy"),
    QT_TRANSLATE_NOOP("Signals", "prediction or hedge"),
    QT_TRANSLATE_NOOP("Signals", "future tense"),
    QT_TRANSLATE_NOOP("Signals", "call to action"),
    QT_TRANSLATE_NOOP("Signals", "boilerplate"),
)


@dataclass(frozen=True)
class Reason:
    """One signal found in a sentence: its label, the words that fired it, its weight."""

    signal: str
    label: str
    evidence: str
    weight: float

    def __str__(self) -> str:
        return self.shown()

    def shown(self, label: str | None = None) -> str:
        """The reason as the editor reads it ("+ figure: “1 millón”"), with ``label`` (the
        label's translation) in place of the English one if given."""
        sign = "+" if self.weight > 0 else "\u2212"
        label = label or self.label
        if self.evidence:
            return f"{sign} {label}: \u201c{self.evidence}\u201d"
        return f"{sign} {label}"


@dataclass
class _Lexicon:
    """Every phrase of one language: by first word, and the wildcard beginnings/endings."""

    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Signal:
    key: str
    label: str
    weight: float


def find(sentence: str, language: str) -> list[Reason]:
    """The signals of ``sentence`` (in ``"es"`` or ``"en"``), strongest first."""
    return find_in(sentence, tokenize(sentence), language)


def tokenize(sentence: str) -> list[tuple[str, int, int]]:
    """The words of ``sentence`` (and ``%``) as ``(casefolded word, start, end)``."""
    return [(m.group().casefold(), m.start(), m.end()) for m in TOKENS.finditer(sentence)]


def find_in(sentence: str, tokens: list[tuple[str, int, int]], language: str) -> list[Reason]:
    """:func:`find` for a sentence already cut into ``(casefolded word, start, end)``."""
    signals, lexicon, rules = _compiled(language)
    found: dict[str, str] = {}
    if "figure" in rules:  # digits are better evidence than number words
        digits = rules["figure"](sentence, tokens)
        if digits is not None:
            found["figure"] = digits
    words = [t[0] for t in tokens]
    for i, word in enumerate(words):
        for key, phrase in lexicon.phrases.get(word, ()):
            if key not in found and tuple(words[i : i + len(phrase)]) == phrase:
                found[key] = _evidence(key, sentence, tokens, i, len(phrase))
        for key, beginnings in lexicon.prefixes.items():
            if key not in found and word.startswith(beginnings):
                found[key] = sentence[tokens[i][1] : tokens[i][2]]
        for key, endings in lexicon.suffixes.items():
            if key not in found and len(word) > 4 and word.endswith(endings):
                found[key] = sentence[tokens[i][1] : tokens[i][2]]
    for key, rule in rules.items():
        if key not in found:
            evidence = rule(sentence, tokens)
            if evidence is not None:
                found[key] = evidence
    reasons = [
        Reason(s.key, s.label, " ".join(found[s.key].split()), s.weight)
        for s in signals
        if s.key in found
    ]
    reasons.sort(key=lambda r: -abs(r.weight))
    return reasons


def settings() -> tuple[float, float]:
    """The bias and the threshold of the score."""
    data = load("checkworthiness.toml")
    return float(data["bias"]), float(data["threshold"])


def _evidence(key: str, sentence: str, tokens: list[tuple[str, int, int]], i: int, n: int) -> str:
    """The words of a phrase match, widened where the signal says more than the phrase."""
    start, end = tokens[i][1], tokens[i + n - 1][2]
    if key == "role":
        if i > 0 and tokens[i - 1][0] in _ARTICLES:
            start = tokens[i - 1][1]
        more = _ORGANISATION.match(sentence, end)
        if more:
            end = more.end()
    elif key == "figure":
        if i > 0 and tokens[i - 1][0] in _NUMBER_ARTICLES:  # "un millón", "half a million"
            start = tokens[i - 1][1]
        numbers = _number_words()
        j = i + n
        while j < len(tokens) and (tokens[j][0] in numbers or tokens[j][0] in _NUMBER_JOINS):
            if tokens[j][0] in numbers:
                end = tokens[j][2]
            j += 1
    return sentence[start:end]


Rule = Callable[[str, list[tuple[str, int, int]]], str | None]


def _digit_figure(sentence: str, _tokens) -> str | None:
    for match in _DIGIT_FIGURE.finditer(sentence):
        if not _YEAR.fullmatch(match.group()):
            return match.group()
    return None


def _year(sentence: str, _tokens) -> str | None:
    match = _YEAR.search(sentence)
    return match.group() if match else None


def _question(sentence: str, _tokens) -> str | None:
    return "" if _QUESTION.search(sentence) else None


def _named(sentence: str, _tokens) -> str | None:
    """The first capitalised name that does not merely start the sentence, or an acronym."""
    first = re.search(r"\w", sentence)
    start = first.start() if first else 0
    for match in _NAMES.finditer(sentence):
        text = match.group()
        if match.start() == start:
            # The sentence's first word is capitalised anyway: only what follows it counts.
            rest = text.split(None, 1)
            if _ACRONYM.match(rest[0]):
                return rest[0]
            if len(rest) < 2 or not rest[1][:1].isupper():
                continue
            text = rest[1]
        if len(text) >= 2:
            return text
    return None


def _short(limit: int) -> Rule:
    def rule(_sentence: str, tokens) -> str | None:
        return "" if sum(1 for t in tokens if t[0] != "%") < limit else None

    return rule


@cache
def _number_words() -> frozenset[str]:
    spec = load("checkworthiness.toml")["signals"]["figure"]
    return frozenset(
        w.casefold() for lang in ("es", "en") for w in spec.get(lang, []) if "*" not in w
    )


@cache
def _compiled(language: str) -> tuple[list[_Signal], _Lexicon, dict[str, Rule]]:
    specs = load("checkworthiness.toml")["signals"]
    signals = [_Signal(k, v["label"], float(v["weight"])) for k, v in specs.items()]
    lexicon = _Lexicon()
    prefixes: dict[str, list[str]] = {}
    suffixes: dict[str, list[str]] = {}
    for key, spec in specs.items():
        for phrase in spec.get(language, []):
            if phrase.endswith("*"):
                prefixes.setdefault(key, []).append(phrase[:-1].casefold())
            elif phrase.startswith("*"):
                suffixes.setdefault(key, []).append(phrase[1:].casefold())
            else:
                words = tuple(w.casefold() for w in TOKENS.findall(phrase))
                if words:
                    lexicon.phrases.setdefault(words[0], []).append((key, words))
        suffixes.setdefault(key, []).extend(spec.get(f"{language}_endings", []))
    for candidates in lexicon.phrases.values():
        candidates.sort(key=lambda c: -len(c[1]))  # the longest phrase is the evidence
    lexicon.prefixes = {k: tuple(v) for k, v in prefixes.items() if v}
    lexicon.suffixes = {k: tuple(v) for k, v in suffixes.items() if v}
    rules: dict[str, Rule] = {"named": _named}
    if "figure" in specs:
        rules["figure"] = _digit_figure
    if "date" in specs:
        rules["date"] = _year
    if "question" in specs:
        rules["question"] = _question
    if "short" in specs:
        rules["short"] = _short(int(specs["short"].get("words", 5)))
    return signals, lexicon, rules
