"""Claims that may say the same as a text, found through the full-text index, for re-ranking.

On SQLite the words of the text (as prefixes of their lemmas, so "envió" finds "enviado"),
their synonyms, its figures and the other names of its alias groups are looked up in the
FTS5 index of claim statements. How many claims contain each term comes from an
``fts5vocab`` view; the rarest terms are queried first and terms are added until a budget
of rows is spent, so a query never reads most of a 100,000-claim index. Each claim scores the
inverse document frequency of the term groups it contains; the best are returned.

PostgreSQL has no FTS5: there the same terms become one ``to_tsquery('simple', …)`` over
``to_tsvector('simple', statement)``, ranked by ``ts_rank``, without an index (a scan of the
claims; accents must then match as written).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from claimtracker.core.intel.aliases import AliasTable, fold
from claimtracker.core.intel.similarity import Features
from claimtracker.core.search import CLAIMS_FTS, index_text

VOCAB = "claims_fts_vocab"
BUDGET = 12_000  # rows read from the index for one query, at most (about)
MAX_GROUPS = 8
COMMON = 0.2  # a term in more than this share of all claims says nothing
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """One FTS5 query: a word, a prefix (``envi*``) or a phrase, in a group of alternatives."""

    query: str
    group: str
    words: tuple[str, ...]
    prefix: bool = False


def terms_for(statement: str, found: Features, aliases: AliasTable) -> list[Term]:
    """The terms to look up for a statement with these features."""
    from claimtracker.core.intel.similarity import lemma_prefixes

    out: list[Term] = []
    seen: set[str] = set()

    def add(group: str, words: tuple[str, ...], prefix: bool = False) -> None:
        words = tuple(w for w in words if w)
        if not words:
            return
        if prefix:
            query = f"{words[0]}*"
        elif len(words) == 1:
            query = f'"{words[0]}"'
        else:
            query = '"' + " ".join(words) + '"'
        if query not in seen:
            seen.add(query)
            out.append(Term(query, group, words, prefix))

    for group, forms in lemma_prefixes(statement, aliases, found.language).items():
        for form, is_prefix in forms:
            add(f"w:{group}", (form,), prefix=is_prefix)
    for figure in found.figures:
        digits = figure.rstrip("%")
        add(f"f:{figure}", (digits.replace(".", " "),) if "." in digits else (digits,))
        whole = digits.split(".")[0]
        if len(whole) > 3:
            grouped = f"{int(whole):,}".split(",")
            add(f"f:{figure}", tuple(grouped))
    for concept in found.concepts:
        for name in aliases.names(concept):
            add(f"c:{concept}", tuple(_WORDS.findall(fold(index_text(name)))))
    return out


class FrequencyCache:
    """How many statements contain each term, remembered while the claims barely change.

    The counts only choose which terms to query, so counts a few percent stale do no harm;
    they are read again once the number of claims moved by more than 2 %.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.total = 0
        self._counts: dict[str, int] = {}

    def get(self, session: Session, term: Term, total: int) -> int:
        if abs(total - self.total) > 0.02 * max(self.total, 1):
            self._counts.clear()
            self.total = total
        count = self._counts.get(term.query)
        if count is None:
            if len(self._counts) >= self.size:
                self._counts.clear()
            count = self._counts[term.query] = _document_frequency(session, term)
        return count


def sqlite_candidates(
    session: Session, terms: list[Term], limit: int, cache: FrequencyCache | None = None
) -> list[int]:
    """The ids of up to ``limit`` claims sharing the most (and rarest) term groups.

    A group (a word with its synonyms, a figure in its spellings, an alias group with its
    names) is chosen as a whole: the rarest groups first, until the rows they would read
    pass the budget.
    """
    if not terms:
        return []
    session.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCAB} "
            f"USING fts5vocab(main, {CLAIMS_FTS}, 'col')"
        )
    )
    total = session.execute(text("SELECT max(id) FROM claims")).scalar() or 0
    if not total:
        return []
    cache = cache or FrequencyCache()
    groups: dict[str, list[tuple[int, Term]]] = {}
    for term in terms:
        df = cache.get(session, term, total)
        if df:
            groups.setdefault(term.group, []).append((df, term))
    sized = sorted((sum(df for df, _t in members), g) for g, members in groups.items())
    chosen: list[tuple[int, str]] = []
    spent = 0
    for df, group in sized:
        if df > max(COMMON * total, 50):
            break
        if len(chosen) >= MAX_GROUPS or (len(chosen) >= 2 and spent + df > BUDGET):
            break
        chosen.append((df, group))
        spent += df
    if not chosen:
        return []
    # One statement: each group's claims (its terms OR'ed in one MATCH, so a claim counts
    # once per group) weighted by the group's rarity, summed and ranked inside SQLite.
    parts: list[str] = []
    params: dict[str, object] = {"n": limit}
    for k, (df, group) in enumerate(chosen):
        alternatives = " OR ".join(term.query for _df, term in groups[group])
        parts.append(
            f"SELECT rowid AS id, :w{k} AS w FROM {CLAIMS_FTS} WHERE {CLAIMS_FTS} MATCH :q{k}"
        )
        params[f"q{k}"] = f"statement : ({alternatives})"
        params[f"w{k}"] = math.log(1 + total / df)
    return list(
        session.execute(
            text(
                f"SELECT id FROM ({' UNION ALL '.join(parts)}) "
                "GROUP BY id ORDER BY sum(w) DESC, id DESC LIMIT :n"
            ),
            params,
        ).scalars()
    )


def _document_frequency(session: Session, term: Term) -> int:
    """How many statements contain the term (for a phrase: its rarest word, an upper bound)."""
    counts = []
    for i, word in enumerate(term.words):
        if term.prefix and i == 0:
            upper = word[:-1] + chr(ord(word[-1]) + 1)
            value = session.execute(
                text(
                    f"SELECT sum(doc) FROM temp.{VOCAB} "
                    "WHERE col = 'statement' AND term >= :lo AND term < :hi"
                ),
                {"lo": word, "hi": upper},
            ).scalar()
        else:
            value = session.execute(
                text(f"SELECT doc FROM temp.{VOCAB} WHERE col = 'statement' AND term = :t"),
                {"t": word},
            ).scalar()
        counts.append(int(value or 0))
    return min(counts) if counts else 0


def postgres_candidates(session: Session, terms: list[Term], limit: int) -> list[int]:
    """The same terms as one ``to_tsquery`` over the statements, ranked by ``ts_rank``."""
    parts = []
    for term in terms:
        words = [re.sub(r"[^\w]", "", w) for w in term.words]
        words = [w for w in words if w]
        if not words:
            continue
        if term.prefix:
            parts.append(f"{words[0]}:*")
        else:
            parts.append("(" + " <-> ".join(words) + ")")
    if not parts:
        return []
    query = " | ".join(parts)
    # Lower case and without accents, as the query words are (no extension needed).
    folded = f"translate(lower(statement), '{_ACCENTED}', '{_PLAIN}')"
    return list(
        session.execute(
            text(
                f"SELECT id FROM claims WHERE to_tsvector('simple', {folded}) "
                "@@ to_tsquery('simple', :q) "
                f"ORDER BY ts_rank(to_tsvector('simple', {folded}), to_tsquery('simple', :q)) "
                "DESC, id LIMIT :n"
            ),
            {"q": query, "n": limit},
        ).scalars()
    )


_ACCENTED = "áàâäãéèêëíìîïóòôöõúùûüñç"
_PLAIN = "aaaaaeeeeiiiiooooouuuunc"
