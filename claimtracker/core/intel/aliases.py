"""Names that stand for the same thing ("Pyongyang" ~ "Corea del Norte" ~ "North Korea").

Each database keeps its own editable list (table ``aliases``), seeded from the shipped
default ``resources/intel/aliases.tsv``. Names are compared without case or accents, word
by word; a short name written in capitals ("US", "UN", "UE") matches only in capitals, so
the English pronoun "us" is not the United States.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from claimtracker.resources import resource_path

DEFAULT_FILE = ("intel", "aliases.tsv")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class AliasEntry:
    """One name of a group (``concept``)."""

    concept: str
    name: str


@dataclass(frozen=True)
class AliasMatch:
    """A name of the alias list found in a text: its group and code-point span."""

    concept: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Casefolded, without accents: how names and words are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def alias_key(name: str) -> str:
    """The form a name is stored and looked up under: its folded words."""
    return " ".join(_WORDS.findall(fold(name)))


def concept_key(concept: str) -> str:
    """A group name as stored: lower case, words joined by hyphens."""
    return "-".join(_WORDS.findall(fold(concept)))


def _capitals_only(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def default_aliases() -> list[AliasEntry]:
    """The shipped default list, without duplicates."""
    seen: set[tuple[str, str]] = set()
    entries = []
    for line in resource_path(*DEFAULT_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, _tab, name = line.partition("\t")
        concept, name = concept_key(concept), " ".join(name.split())
        if concept and name and (concept, alias_key(name)) not in seen:
            seen.add((concept, alias_key(name)))
            entries.append(AliasEntry(concept, name))
    return entries


class AliasTable:
    """Finds the names of an alias list in text, longest first."""

    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self._names: dict[str, list[str]] = {}
        for entry in entries:
            words = tuple(alias_key(entry.name).split())
            if not words:
                continue
            self._by_first.setdefault(words[0], []).append(
                (words, entry.concept, _capitals_only(entry.name))
            )
            self._names.setdefault(entry.concept, []).append(entry.name)
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def __len__(self) -> int:
        return sum(len(v) for v in self._names.values())

    def names(self, concept: str) -> list[str]:
        """Every name of a group."""
        return list(self._names.get(concept, []))

    def find(self, text: str) -> list[AliasMatch]:
        """The names of the list in ``text``, left to right, never overlapping."""
        tokens = [(fold(m.group()), m) for m in _WORDS.finditer(text)]
        words = [t[0] for t in tokens]
        found = []
        i = 0
        while i < len(tokens):
            hit = None
            for phrase, concept, capitals in self._by_first.get(words[i], ()):
                n = len(phrase)
                if tuple(words[i : i + n]) != phrase:
                    continue
                if capitals and not all(m.group().isupper() for _w, m in tokens[i : i + n]):
                    continue
                hit = (n, concept)
                break
            if hit is None:
                i += 1
                continue
            n, concept = hit
            start, end = tokens[i][1].start(), tokens[i + n - 1][1].end()
            found.append(AliasMatch(concept, start, end, text[start:end]))
            i += n
        return found
