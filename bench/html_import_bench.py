"""HTML import through the extraction worker process against extraction in the same process.

    python -m bench.html_import_bench [--repeat 7] [--json FILE] [--quick]

The worker (started once, kept between files) costs a pickled round trip per file; starting
it costs an interpreter and trafilatura's import once. Both are printed: per file, ours
(``convert_html``, worker already running) against the bare in-process extraction, and the
start-up once. Target (this benchmark's own; issue 9 asks for the worker): <= 1.5x the in-process
extraction.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from bench.common import Report, bench_parser, is_quick, parse, side_by_side
from claimtracker.core.importers import html, worker

PARAGRAPH = (
    "<p>El ministro de Economía dijo este martes que la inflación bajó al 2,1 % en marzo, "
    "según el instituto de estadística, y que seguirá bajando durante el año próximo.</p>"
)


def page(paragraphs: int) -> bytes:
    body = PARAGRAPH * paragraphs
    return (
        "<html lang='es'><head><title>Nota</title></head><body><nav>Inicio</nav>"
        f"<article><h1>Nota</h1>{body}</article><footer>Pie</footer></body></html>"
    ).encode()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(bench_parser(__doc__.splitlines()[0], repeat=7), argv)
    report = Report()
    report.header("HTML import, per file (worker running) against in-process extraction")
    worker.shutdown()
    started = time.perf_counter()
    html.convert_html(page(1), name="warm.html")
    startup_ms = (time.perf_counter() - started) * 1000
    for paragraphs in (10, 100) if is_quick() else (10, 100, 1000):
        data = page(paragraphs)
        markup = data.decode()
        html.extract(markup)  # imports and caches in this process too
        ours, base = side_by_side(
            lambda d=data: html.convert_html(d, name="p.html"),
            lambda m=markup: html.extract(m),
            args.repeat,
        )
        report.add(f"{len(data) // 1024 or 1} KB page", ours, base, "<= 1.5x")
        print(f"  worker overhead per file: {ours.median - base.median:.1f} ms")
    print(f"worker start-up (once per session, first HTML file): {startup_ms:.0f} ms")
    worker.shutdown()
    report.summary()
    report.dump(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
