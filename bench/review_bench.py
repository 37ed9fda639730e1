"""Review list at 100,000 claims: the core's queries against naive ones, side by side.

    python -m bench.review_bench [--db postgresql+psycopg://...] [--repeat 7] [--json FILE]
                                 [--quick]

Times what the list waits for from the core: the ids of the first page and their rows
(``ReviewService.page`` + ``rows``), then the count and summary shown after it. Painting is the
window's part and is timed by the window's own benchmark. Ours and the baseline run
alternately, the same number of times; medians are reported with the 95th percentile.

- every sort column, against the same order computed in the query (no stored sort key);
- every filter, against reading every matching id first (the list before pages);
- searches for words from rare to everywhere, in claims only and with article text, against
  LIKE '%word%' over the same fields (first page, newest first);
- the summary (counts by status and verdict) and the count, against a summary that runs the
  filter once per breakdown;
- the article library at 10,000 articles: its first page (what the window lists at once) and a
  page 9,000 articles down (read by key), against the same page read by hand-written SQL (by
  OFFSET for the deep one); and, for comparison, every article listed, against a raw listing.

Both sides of a first-page row read the same rows for their ids. Targets: first page of any
sort or filter <= 50 ms; of a search <= 20 ms (SQLite) or <= 50 ms (PostgreSQL); counting
every match >= 20x faster than LIKE for words in under 10% of claims; a page of the library
<= 50 ms (issue 15: the library listed in <= 50 ms; the whole listing has no target, the window
no longer waits for it); the summary after the first page <= 200 ms.

With ``--db URL`` the same data is loaded into that (empty) PostgreSQL database once
(``bench/pg_load.py``) and measured there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from sqlalchemy import func, select, text

from bench.common import Report, bench_parser, large_database, parse, side_by_side
from claimtracker.core.db import Database, open_database
from claimtracker.core.model import Claim
from claimtracker.core.services import Services
from claimtracker.core.services.articles import PAGE_SIZE
from claimtracker.core.services.query import SORT_KEYS, ClaimFilter, conditions

FIRST_ARTICLE = (
    "(SELECT lower(a.{col}) FROM highlights h JOIN articles a ON a.id = h.article_id "
    "WHERE h.claim_id = c.id ORDER BY h.id LIMIT 1)"
)
NAIVE_KEYS = {
    "id": "c.id",
    "statement": "{nocase}(c.statement)",
    "claimant": "{nocase}(c.claimant)",
    "article": "coalesce(" + FIRST_ARTICLE.format(col="title") + ", '')",
    "outlet": "coalesce(" + FIRST_ARTICLE.format(col="outlet") + ", '')",
    "status": "(SELECT position FROM workflow_statuses WHERE key = c.status)",
    "verdict": "coalesce((SELECT position FROM verdicts WHERE key = c.verdict), 999)",
    "tags": "coalesce((SELECT min(t.key) FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.claim_id = c.id), '')",
    "sources": "(SELECT count(*) FROM evidence e WHERE e.claim_id = c.id)",
    "reliability": "coalesce((SELECT min(s.reliability) FROM evidence e JOIN sources s "
    "ON s.id = e.source_id WHERE e.claim_id = c.id), 'Z')",
    "updated_at": "c.updated_at",
    "updated_by": "{nocase}(c.updated_by)",
}

LIKE_CLAIMS = """
c.statement {like} :q OR c.claimant {like} :q OR c.rationale {like} :q
   OR c.id IN (SELECT claim_id FROM highlights WHERE exact {like} :q)
   OR c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
               WHERE t.name {like} :q)
"""
LIKE_ARTICLES = """
   OR c.id IN (SELECT h.claim_id FROM highlights h JOIN articles a ON a.id = h.article_id
               WHERE a.title {like} :q OR a.text {like} :q)
"""
LIBRARY = """
SELECT a.id, a.uuid, a.title, a.outlet, a.author, a.url, a.language, a.published_at,
       a.imported_at, a.source_format, coalesce(n.claims, 0), a.version
FROM articles a LEFT JOIN (SELECT article_id, count(DISTINCT claim_id) AS claims
                           FROM highlights GROUP BY article_id) n ON n.article_id = a.id
ORDER BY a.imported_at DESC, a.id DESC
"""

LIBRARY_PAGE = """
SELECT a.id, a.uuid, a.title, a.outlet, a.author, a.url, a.language, a.published_at,
       a.imported_at, a.source_format,
       (SELECT count(DISTINCT h.claim_id) FROM highlights h WHERE h.article_id = a.id),
       a.version, a.text_version, a.retrieved_at
FROM articles a ORDER BY a.imported_at DESC, a.id DESC LIMIT :limit OFFSET :offset
"""
DEEP = 9_000  # articles above the deep page

FILTERS = {
    "status": ClaimFilter(status="done"),
    "verdict": ClaimFilter(verdict="false"),
    "claimant": ClaimFilter(claimant="ministra"),
    "tag": ClaimFilter(tag="munición"),
    "outlet": ClaimFilter(outlet="Global Wire"),
    "article": ClaimFilter(article_id=5),
    "orphaned highlights": ClaimFilter(orphaned_only=True),
    "last update in a month": None,  # filled in from the data
    "status + tag": ClaimFilter(status="done", tag="munición"),
}
WORDS = ("Lerdraler", "Lerselpeville", "inflación", "Pyongyang")


class Raw:
    """The baselines' connection: plain sqlite3, or a plain connection to the server."""

    def __init__(self, db: Database) -> None:
        self.sqlite = db.is_sqlite
        if self.sqlite:
            self.conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
        else:
            self.conn = db.engine.connect()

    def rows(self, sql: str, params: dict | None = None) -> list:
        if self.sqlite:
            return self.conn.execute(sql, params or {}).fetchall()
        return self.conn.execute(text(sql), params or {}).all()

    @property
    def nocase(self) -> str:
        return "" if self.sqlite else "lower"

    def collate(self, expression: str) -> str:
        if self.sqlite and expression.startswith("(c."):
            return f"{expression} COLLATE NOCASE"
        return expression

    def close(self) -> None:
        self.conn.close()


def first_page(services: Services, f: ClaimFilter, sort: str, descending: bool) -> Callable:
    def run() -> None:
        services.review.rows(services.review.page(f, sort, descending, 0, 100))

    return run


def sorts(report: Report, services: Services, raw: Raw, repeat: int) -> None:
    report.header("\nSorts: first page (ids + rows) vs the key computed in the query")
    for key in SORT_KEYS:
        expression = raw.collate(NAIVE_KEYS[key].format(nocase=raw.nocase))
        naive = f"SELECT c.id FROM claims c ORDER BY {expression}, c.id LIMIT 100"
        for descending in (False, True):
            if descending and key not in ("article", "tags", "reliability", "updated_at"):
                continue  # both directions for a few; the rest ascending
            sql = naive.replace(", c.id LIMIT", " DESC, c.id DESC LIMIT") if descending else naive
            ours, base = side_by_side(
                first_page(services, ClaimFilter(), key, descending),
                lambda s=sql: services.review.rows([r[0] for r in raw.rows(s)]),
                repeat,
            )
            label = f"sort by {key}{' (descending)' if descending else ''}"
            report.add(label, ours, base, "<= 50 ms")


def filters(report: Report, services: Services, repeat: int) -> None:
    report.header("\nFilters: first page (ids + rows) vs every matching id read first")
    for name, f in FILTERS.items():
        assert f is not None

        def whole_list(f: ClaimFilter = f) -> None:
            ids = services.review.ids(f)
            services.review.rows(ids[:100])

        ours, base = side_by_side(first_page(services, f, "updated_at", True), whole_list, repeat)
        hits = services.review.count(f)
        report.add(f"filter {name} ({hits:,} claims)", ours, base, "<= 50 ms")


def searches(report: Report, services: Services, raw: Raw, repeat: int) -> None:
    limit = "<= 20 ms" if raw.sqlite else "<= 50 ms"
    report.header(
        "\nSearch: first page (ids + rows, newest first), and every match counted, "
        "vs LIKE over the same fields"
    )
    total = services.review.count(ClaimFilter())
    like = "LIKE" if raw.sqlite else "ILIKE"
    for word in WORDS:
        for articles in (False, True):
            f = ClaimFilter(search=word, search_articles=articles)
            hits = services.review.count(f)
            where = (LIKE_CLAIMS + (LIKE_ARTICLES if articles else "")).format(like=like)
            page_sql = (
                f"SELECT c.id FROM claims c WHERE {where} "
                "ORDER BY c.updated_at DESC, c.id DESC LIMIT 100"
            )
            count_sql = f"SELECT count(*) FROM claims c WHERE {where}"
            params = {"q": f"%{word}%"}

            def like_page(sql: str = page_sql, params: dict = params) -> None:
                services.review.rows([r[0] for r in raw.rows(sql, params)])

            share = hits / max(1, total)
            where_ = "claims + article text" if articles else "claims"
            label = f"search {word!r} in {where_} ({share:.0%}, {hits:,})"
            ours, base = side_by_side(
                first_page(services, f, "updated_at", True), like_page, repeat
            )
            report.add(f"{label}: first page", ours, base, limit)
            ours, base = side_by_side(
                lambda f=f: services.review.count(f),
                lambda s=count_sql, p=params: raw.rows(s, p),
                repeat,
            )
            report.add(f"{label}: count", ours, base, ">= 20x" if share < 0.10 else "<= 100 ms")


def summaries(report: Report, services: Services, repeat: int) -> None:
    report.header("\nAfter the first page: summary (one statement) vs one statement per count")
    dialect = services.db.engine.dialect.name

    def per_breakdown(f: ClaimFilter) -> None:
        where = conditions(f, dialect)
        with services.db.read() as session:
            for column in (Claim.status, Claim.verdict):
                session.execute(select(column, func.count()).where(*where).group_by(column)).all()

    for label, f in (
        ("all claims", ClaimFilter()),
        ("status filter", FILTERS["status"]),
        ("search 'inflación' with article text", ClaimFilter(search="inflación")),
        ("search 'Pyongyang' with article text", ClaimFilter(search="Pyongyang")),
    ):
        ours, base = side_by_side(
            lambda f=f: services.review.summary(f), lambda f=f: per_breakdown(f), repeat
        )
        report.add(f"summary, {label}", ours, base, "<= 200 ms")


def library(report: Report, services: Services, raw: Raw, repeat: int) -> None:
    report.header("\nArticle library")
    articles = services.articles
    listing = [a.id for a in articles.all()]
    count, deep = len(listing), min(DEEP, len(listing) - 1)
    ours, base = side_by_side(
        lambda: articles.page(PAGE_SIZE),
        lambda: raw.rows(LIBRARY_PAGE, {"limit": PAGE_SIZE, "offset": 0}),
        repeat,
    )
    report.add(f"library of {count:,} articles: first page of {PAGE_SIZE}", ours, base, "<= 50 ms")
    ours, base = side_by_side(
        lambda: articles.page(PAGE_SIZE, after=listing[deep - 1]),
        lambda: raw.rows(LIBRARY_PAGE, {"limit": PAGE_SIZE, "offset": deep}),
        repeat,
    )
    report.add(f"library: the page {deep:,} articles down", ours, base, "<= 50 ms")
    ours, base = side_by_side(articles.all, lambda: raw.rows(LIBRARY), repeat)
    report.add(f"library: all {count:,} articles (for comparison)", ours, base, "-")


def month_filter(services: Services) -> ClaimFilter:
    with services.db.read() as session:
        newest = session.execute(select(func.max(Claim.updated_at))).scalar()
    from datetime import timedelta

    return ClaimFilter(updated_from=(newest - timedelta(days=30)).date())


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0], repeat=7)
    parser.add_argument("--db", help="a postgresql:// URL (default: the cached SQLite file)")
    args = parse(parser, argv)
    path = large_database()
    if args.db:
        from bench.pg_load import load

        load(args.db, path)
        db = open_database(args.db)
    else:
        db = open_database(path, readonly=True)
    services = Services(db, "bench")
    FILTERS["last update in a month"] = month_filter(services)
    raw = Raw(db)
    report = Report()
    print(f"Review list, {db.name} ({args.repeat} runs of each)")
    try:
        sorts(report, services, raw, args.repeat)
        filters(report, services, args.repeat)
        searches(report, services, raw, args.repeat)
        summaries(report, services, args.repeat)
        library(report, services, raw, args.repeat)
    finally:
        raw.close()
        db.close()
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
