"""Opening long articles and editing claims in the window, to the painted view.

    python -m bench.edit_bench [--edits 200] [--json results.json]

Side by side in one run, interleaved and repeated equally:
- opening an article of ~300 KB with 2,000 highlights, and one of ~1 MB with 2,000
  highlights, until the view is painted, against a bare ``QPlainTextEdit.setPlainText`` of
  the same text painted in a widget of the same size (target <= 3x);
- a status edit and a statement edit of a claim of the 300 KB article, from the widget's
  signal to the repainted view, against a raw ``sqlite3`` UPDATE of the same column and the
  same repaint (targets: p95 <= 30 ms, p99 <= 50 ms);
- the same status edit on the review tab at 100,000 claims, to the repainted list
  (target: p95 <= 50 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from bench.common import CACHE, large_database  # noqa: E402

SENTENCES = (
    "El secretario general de la OTAN afirmó que Corea del Norte envió {n} proyectiles.",
    "La portavoz de la Casa Blanca dijo que no podía confirmar la cifra de {n} obuses.",
    "Según el ministerio, la inflación bajó al {n},1 % en marzo, la cifra más baja en años.",
    "El Kremlin negó haber recibido munición de Pyongyang durante {n} meses.",
    "Los analistas calculan que el suministro cubre {n} días de combate en el frente.",
)


def article_text(size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(SENTENCES).format(n=rng.randint(2, 99_999))
        parts.append(sentence + ("\n\n" if rng.random() < 0.2 else " "))
        length += len(parts[-1])
    return "".join(parts)


def article_database(highlights: int = 2000) -> tuple[Path, int, int]:
    """A database with the two long articles, made once in bench/.cache/."""
    path = CACHE / f"edit-{highlights}.db"
    if path.exists():
        return path, 1, 2
    from claimtracker.core.db import create_database
    from claimtracker.core.services import Services

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"generating {path.name} (once)…", flush=True)
    db = create_database(partial)
    services = Services(db, "bench")
    for seed, size in ((1, 300_000), (2, 1_000_000)):
        text = article_text(size, seed)
        article = services.articles.add_text(text, f"Artículo largo {seed}").id
        stride = len(text) // highlights
        for i in range(highlights):
            start = i * stride
            services.claims.create(article, start, start + min(60, stride - 1))
    db.close()
    partial.rename(path)
    return path, 1, 2


def painted(widget) -> None:
    """Let queued work run, then paint the widget now (what the analyst waits for)."""
    QApplication.processEvents()
    widget.repaint()


def interleaved(
    ours: Callable[[], None], baseline: Callable[[], None], repeat: int
) -> tuple[list[float], list[float]]:
    mine, theirs = [], []
    for _ in range(repeat):
        for fn, times in ((ours, mine), (baseline, theirs)):
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
    return mine, theirs


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Results:
    """Rows in the benchmarks' JSON format, printed as they come with their target."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, name: str, ours: float, baseline: float, target: str, met: bool) -> None:
        row = {
            "name": name,
            "ours_ms": round(ours, 2),
            "baseline_ms": round(baseline, 2),
            "ratio": round(ours / baseline, 2) if baseline else None,
            "target": target,
            "met": met,
        }
        self.rows.append(row)
        print(
            f"{name:<52} {ours:8.1f} ms  {baseline:8.1f} ms  {row['ratio']:>6}x  "
            f"{target:<22} {'met' if met else 'NOT met'}",
            flush=True,
        )


def bench_open(results: Results, window, path: Path, article_ids: tuple[int, int]) -> None:
    bare = QPlainTextEdit()
    bare.resize(window.view.size())
    bare.setFont(window.view.font())
    bare.show()
    for article_id, label in zip(article_ids, ("300 KB", "1 MB"), strict=True):
        text = window.context.services.articles.text(article_id)

        def ours(article_id: int = article_id) -> None:
            window.articles.open(article_id)
            painted(window.view.viewport())

        def baseline(text: str = text) -> None:
            bare.setPlainText(text)
            painted(bare.viewport())

        other = article_ids[1] if article_id == article_ids[0] else article_ids[0]
        mine, theirs = [], []
        for _ in range(7):  # open another article in between, so each open is a fresh one
            window.articles.open(other)
            bare.setPlainText("")
            m, t = interleaved(ours, baseline, 1)
            mine += m
            theirs += t
        ours_ms, base_ms = statistics.median(mine), statistics.median(theirs)
        results.add(
            f"open a {label} article, 2,000 highlights, to painted",
            ours_ms,
            base_ms,
            "<= 3x a bare text view",
            ours_ms <= 3 * base_ms,
        )
    bare.close()


def bench_edits(results: Results, window, path: Path, article_id: int, edits: int) -> None:
    window.articles.open(article_id)
    rows = window.articles.rows()
    claim = rows[len(rows) // 2]
    window.claims.select(claim.id)
    painted(window.view.viewport())
    combo = window.inspector.status
    keys = [combo.itemData(i) for i in range(combo.count())]
    raw = sqlite3.connect(path, isolation_level=None)
    state = {"n": 0}

    def status_edit() -> None:
        state["n"] += 1
        combo.setCurrentIndex(combo.findData(keys[state["n"] % len(keys)]))
        combo.activated.emit(combo.currentIndex())
        painted(window.view.viewport())

    def statement_edit() -> None:
        state["n"] += 1
        box = window.inspector.statement
        box.setPlainText(f"Declaración revisada número {state['n']}")
        window.inspector.flush()
        painted(window.view.viewport())

    def raw_update(column: str) -> Callable[[], None]:
        def update() -> None:
            state["n"] += 1
            value = keys[state["n"] % len(keys)] if column == "status" else f"texto {state['n']}"
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(f"UPDATE claims SET {column} = ? WHERE id = ?", (value, claim.id))
            raw.execute("COMMIT")
            painted(window.view.viewport())

        return update

    for name, ours, column in (
        ("status", status_edit, "status"),
        ("statement", statement_edit, "statement"),
    ):
        mine, theirs = interleaved(ours, raw_update(column), edits)
        for p, limit in ((95, 30), (99, 50)):
            mine_p, theirs_p = percentile(mine, p), percentile(theirs, p)
            results.add(
                f"{name} edit in the article view, p{p} of {edits}",
                mine_p,
                theirs_p,
                f"p{p} <= {limit} ms",
                mine_p <= limit,
            )
    raw.close()


def bench_review(results: Results, settings_file: Path, edits: int) -> None:
    from claimtracker.app import create_main_window
    from claimtracker.ui.settings import AppSettings

    path = large_database()
    window = create_main_window(
        path, AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    )
    window.resize(1400, 900)
    window.show()
    window.registry["actionShowReview"].trigger()
    table = window.review_panel.table
    table.selectRow(5)
    painted(table.viewport())
    combo = window.inspector.status
    keys = [combo.itemData(i) for i in range(combo.count())]
    claim_id = window.review_panel.current_claim_id()
    raw = sqlite3.connect(path, isolation_level=None)
    state = {"n": 0}

    def ours() -> None:
        state["n"] += 1
        combo.setCurrentIndex(combo.findData(keys[state["n"] % len(keys)]))
        combo.activated.emit(combo.currentIndex())
        painted(table.viewport())

    def baseline() -> None:
        state["n"] += 1
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "UPDATE claims SET status = ? WHERE id = ?", (keys[state["n"] % len(keys)], claim_id)
        )
        raw.execute("COMMIT")
        painted(table.viewport())

    mine, theirs = interleaved(ours, baseline, edits)
    mine_p, theirs_p = percentile(mine, 95), percentile(theirs, 95)
    results.add(
        f"status edit on the review tab at 100,000 claims, p95 of {edits}",
        mine_p,
        theirs_p,
        "p95 <= 50 ms",
        mine_p <= 50,
    )
    raw.close()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    app = QApplication([])
    from claimtracker.app import create_main_window
    from claimtracker.ui.settings import AppSettings

    results = Results()
    print(f"{'measure':<52} {'ours':>11}  {'baseline':>11}  {'ratio':>7}  target")
    with tempfile.TemporaryDirectory() as folder:
        source, first, second = article_database()
        path = Path(folder) / "edit.db"
        path.write_bytes(source.read_bytes())  # edits must not change the cached copy
        settings = AppSettings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = create_main_window(path, settings)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        bench_open(results, window, path, (first, second))
        bench_edits(results, window, path, first, args.edits)
        window.close()
        bench_review(results, Path(folder) / "review.ini", args.edits)
    if args.json:
        Path(args.json).write_text(json.dumps(results.rows, indent=2, ensure_ascii=False))
    return 0 if all(row["met"] for row in results.rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
