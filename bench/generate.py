"""Build a realistic investigation database for the benchmarks (not part of the test run).

    python bench/generate.py bench/.cache/large.db --articles 10000 --claims 100000

Spanish and English articles made from sentence templates, ten claims per article on real
sentences of its text, tags, sources and evidence, statuses, verdicts and update times spread
over a year. The schema is the program's own (created and upgraded by it); rows are inserted
with executemany for speed, then the full-text index and the sort keys are built.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from claimtracker.core import search, sortkeys
from claimtracker.core.anchoring import make_selector
from claimtracker.core.db import create_database
from claimtracker.core.services.articles import sha256

PLACES_ES = [
    "Corea del Norte",
    "Rusia",
    "Ucrania",
    "Bruselas",
    "Washington",
    "Pekín",
    "Kiev",
    "Moscú",
    "Pyongyang",
    "Madrid",
    "Bogotá",
    "Caracas",
    "Ciudad de México",
]
PLACES_EN = [
    "North Korea",
    "Russia",
    "Ukraine",
    "Brussels",
    "Washington",
    "Beijing",
    "Kyiv",
    "Moscow",
    "Pyongyang",
    "London",
    "Berlin",
    "Tokyo",
    "Seoul",
]
WHO_ES = [
    "El secretario general de la OTAN",
    "Una portavoz de la Casa Blanca",
    "El portavoz del Kremlin",
    "La ministra de Defensa",
    "Un analista independiente",
    "El presidente del Gobierno",
    "Un diplomático europeo",
    "La agencia estatal",
]
WHO_EN = [
    "The NATO secretary general",
    "A White House spokesperson",
    "The Kremlin spokesman",
    "The defence minister",
    "An independent analyst",
    "The prime minister",
    "A European diplomat",
    "The state news agency",
]
TEMPLATES_ES = [
    "{who} afirmó que {a} ha enviado más de {n} proyectiles de artillería a {b}.",
    "{who} aseguró que la inflación en {a} bajó al {p} % en {m}.",
    "Según {who}, los envíos desde {a} se han multiplicado por {k} en {n2} meses.",
    "{who} negó cualquier intercambio de armamento entre {a} y {b}.",
    "{who} declaró que {a} no puede confirmar la cifra de {n} soldados en {b}.",
    "Las imágenes de satélite muestran un aumento del tráfico ferroviario entre {a} y {b}.",
    "{who} dijo que el paro en {a} está en mínimos históricos, con un {p} %.",
    "{who} calificó de pura invención las acusaciones de {a} sobre {b}.",
]
TEMPLATES_EN = [
    "{who} said that {a} has shipped more than {n} artillery shells to {b}.",
    "{who} claimed inflation in {a} fell to {p}% in {m}.",
    "According to {who}, shipments from {a} have grown {k}-fold in {n2} months.",
    "{who} denied any exchange of weapons between {a} and {b}.",
    "{who} stated that {a} cannot confirm the figure of {n} troops in {b}.",
    "Satellite images show increased rail traffic between {a} and {b}.",
    "{who} said unemployment in {a} is at a record low of {p}%.",
    "{who} called the accusations by {a} about {b} a pure fabrication.",
]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June"]
TAGS = [
    "munición",
    "Rusia",
    "Corea del Norte",
    "Ucrania",
    "OTAN",
    "economía",
    "inflación",
    "empleo",
    "sanciones",
    "satélite",
    "ferrocarril",
    "diplomacia",
    "elecciones",
    "salud",
    "migración",
    "energía",
    "gas",
    "petróleo",
    "China",
    "EE. UU.",
    "UE",
    "desinformación",
    "redes sociales",
    "defensa",
    "armas",
    "frontera",
    "ONU",
    "derechos humanos",
    "clima",
    "tecnología",
    "ciberataque",
    "propaganda",
    "cifras",
    "encuestas",
    "justicia",
    "corrupción",
    "educación",
    "vivienda",
    "transporte",
    "agricultura",
]
OUTLETS = [
    "Diario de Ejemplo",
    "El Observador",
    "La Gaceta Digital",
    "Noticias Hoy",
    "The Daily Example",
    "World Report",
    "Global Wire",
    "Agencia Ficticia",
]
ANALYSTS = ["lucia", "marco", "ana", "tom", "yuki", "omar", "sofia", "li"]
STATUSES = ["unstarted", "in_progress", "needs_review", "done"]
VERDICTS = [
    "true",
    "mostly_true",
    "mixed",
    "misleading",
    "mostly_false",
    "false",
    "fabricated",
    "unproven",
    "not_checkable",
    "satire",
]


FIRST = [
    "Ana",
    "Luis",
    "Marta",
    "Jorge",
    "Lucía",
    "Tomás",
    "Elena",
    "Omar",
    "Sofía",
    "Iván",
    "Grace",
    "Peter",
    "Yuki",
    "Chen",
    "Amina",
    "Raúl",
    "Nadia",
    "Pablo",
    "Irene",
    "Kofi",
]
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ta",
    "sel",
    "bor",
    "vin",
    "dra",
    "lu",
    "nez",
    "pe",
    "tov",
    "an",
    "ski",
    "ga",
    "ri",
    "mo",
    "ler",
    "zu",
    "ha",
]


def vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    """Many people and towns, so that a name is as rare in the corpus as in real news."""

    def word(parts: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    people = sorted({f"{rng.choice(FIRST)} {word(3)}" for _ in range(1500)})
    towns = sorted(
        {word(rng.randint(2, 3)) + rng.choice(["", "grad", "ville", "pur"]) for _ in range(800)}
    )
    return people, towns


def sentence(
    rng: random.Random, spanish: bool, towns: list[str], cast: list[str]
) -> tuple[str, str]:
    """A sentence and who says it (empty when nobody does)."""
    templates, places, who, months = (
        (TEMPLATES_ES, PLACES_ES, WHO_ES, MONTHS_ES)
        if spanish
        else (TEMPLATES_EN, PLACES_EN, WHO_EN, MONTHS_EN)
    )
    a, b = rng.sample(places, 2)
    if rng.random() < 0.4:
        a = rng.choice(towns)
    template = rng.choice(templates)
    speaker = rng.choice(who) if rng.random() < 0.5 else rng.choice(cast)
    text = template.format(
        who=speaker,
        a=a,
        b=b,
        n=f"{rng.randint(2, 900) * 1000:,}".replace(",", "."),
        p=f"{rng.randint(1, 99) / 10}",
        m=rng.choice(months),
        k=rng.randint(2, 12),
        n2=rng.randint(2, 24),
    )
    return text, speaker if "{who}" in template else ""


def generate(path: Path, articles: int, claims: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    create_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    now = datetime(2026, 11, 1)
    per_article = max(1, claims // articles)
    sources = [
        (
            i + 1,
            str(uuid.UUID(int=rng.getrandbits(128))),
            f"Fuente {i + 1}",
            f"https://source{i + 1}.example.org/item",
            rng.choice(
                ["official_statement", "news_outlet", "social_media", "document", "dataset"]
            ),
            rng.choice("ABCDEF"),
            "",
        )
        for i in range(2000)
    ]
    conn.executemany(
        "INSERT INTO sources (id, uuid, name, url, kind, reliability, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        sources,
    )
    tag_rows = [(i + 1, name, name.casefold(), "#999999") for i, name in enumerate(TAGS)]
    conn.executemany("INSERT INTO tags (id, name, key, colour) VALUES (?, ?, ?, ?)", tag_rows)
    claim_id = 0
    article_rows, claim_rows, highlight_rows, tag_links, evidence_rows = [], [], [], [], []
    people, towns = vocabulary(rng)
    for article_id in range(1, articles + 1):
        spanish = rng.random() < 0.6
        cast = rng.sample(people, 3)
        said = [sentence(rng, spanish, towns, cast) for _ in range(rng.randint(15, 30))]
        sentences = [text for text, _speaker in said]
        text = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
        title = sentences[0][:90]
        published = now - timedelta(days=rng.randint(0, 700))
        article_rows.append(
            (
                article_id,
                str(uuid.UUID(int=rng.getrandbits(128))),
                title,
                rng.choice(OUTLETS),
                "Redacción",
                f"https://news.example.org/{article_id}",
                "es" if spanish else "en",
                published.date().isoformat(),
                published.isoformat(sep=" "),
                text,
                sha256(text),
                "txt",
                "",
                1,
            )
        )
        for s, speaker in rng.sample(said, min(per_article, len(said))):
            if claim_id >= claims:
                break
            claim_id += 1
            start = text.index(s)
            sel = make_selector(text, start, start + len(s))
            updated = now - timedelta(minutes=rng.randint(0, 525600))
            verdict = rng.choice(VERDICTS) if rng.random() < 0.6 else None
            claim_rows.append(
                (
                    claim_id,
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    s,
                    speaker,
                    rng.choice(STATUSES),
                    verdict,
                    "",
                    updated.isoformat(sep=" "),
                    rng.choice(ANALYSTS),
                    updated.isoformat(sep=" "),
                    rng.choice(ANALYSTS),
                    1,
                )
            )
            highlight_rows.append(
                (
                    claim_id,
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    article_id,
                    claim_id,
                    sel.start,
                    sel.end,
                    sel.exact,
                    sel.prefix,
                    sel.suffix,
                    "anchored",
                    updated.isoformat(sep=" "),
                )
            )
            for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(1, 3)):
                tag_links.append((claim_id, tag))
            for source in rng.sample(range(1, 2001), rng.randint(0, 3)):
                evidence_rows.append(
                    (
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        claim_id,
                        source,
                        rng.choice(["supports", "refutes", "context"]),
                        rng.randint(1, 6),
                        "",
                        "",
                    )
                )
    conn.executemany(
        "INSERT INTO articles (id, uuid, title, outlet, author, url, language, published_at, "
        "imported_at, text, text_sha256, source_format, notes, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        article_rows,
    )
    conn.executemany(
        "INSERT INTO claims (id, uuid, statement, claimant, status, verdict, rationale, "
        "created_at, created_by, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claim_rows,
    )
    conn.executemany(
        'INSERT INTO highlights (id, uuid, article_id, claim_id, start, "end", exact, prefix, '
        "suffix, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        highlight_rows,
    )
    conn.executemany("INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, ?)", tag_links)
    conn.executemany(
        "INSERT INTO evidence (uuid, claim_id, source_id, stance, credibility, excerpt, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        evidence_rows,
    )
    conn.commit()
    conn.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        search.reindex_claims(connection, range(1, claim_id + 1))
        search.reindex_articles(connection, range(1, articles + 1))
        sortkeys.refresh(connection, None)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(args.out, args.articles, args.claims)
    print(
        f"{args.out}: {args.articles} articles, {args.claims} claims "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
