"""HTML articles: main text and metadata through trafilatura; never rendered by Qt."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from claimtracker.core.errors import QT_TRANSLATE_NOOP, Note
from claimtracker.core.importers import ImportedArticle, parse_date, worker
from claimtracker.core.importers.decoding import declared_charset, decode_bytes
from claimtracker.core.importers.html_text import body_text, outlet_name, publication_date
from claimtracker.core.text import normalize_text

_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


EXTRACTION_SECONDS = 30.0
"""Longest an extraction may take; pathological markup is refused instead of waited on."""


def extract(markup: str) -> dict[str, str | None]:
    """Main text and metadata of a page (run in the worker process; plain values back).

    ``fallback`` holds the whole page's text when no main text was recognised.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    found: dict[str, str | None] = {
        key: getattr(document, key, None)
        for key in ("text", "title", "author", "sitename", "url", "language", "date")
    }
    # Paragraphs kept apart, and the date from the page's metadata only (html_text).
    body = getattr(document, "body", None)
    found["paragraphs"] = body_text(body) if body is not None else None
    published = publication_date(markup)
    found["published"] = published.isoformat() if published else None
    found["fallback"] = None
    if not (found["text"] or "").strip():
        found["fallback"] = trafilatura.html2txt(markup) or ""
    return found


EXTRACTOR: Callable[[str], dict[str, str | None]] = extract
"""What :func:`convert_html` runs in the worker (a test substitutes a page that never ends)."""


def convert_html(data: bytes, *, name: str, charset: str | None = None) -> ImportedArticle:
    """Extract an article's main text (navigation, scripts, ads and footers dropped).

    The extraction runs in a child process that is killed after :data:`EXTRACTION_SECONDS`.
    ``charset`` (from a server's Content-Type header) takes precedence over the page's own.
    """
    decoded = decode_bytes(data, charset or declared_charset(data), name=name)
    # lxml refuses str input that still carries an encoding declaration.
    markup = _XML_DECLARATION.sub("", decoded.text)
    found = worker.run_limited(
        EXTRACTOR, markup, seconds=EXTRACTION_SECONDS, name=name, preload=("trafilatura",)
    )
    body = found.get("paragraphs") or found["text"] or ""
    warnings = []
    if found["fallback"] is not None:
        body = found["fallback"]
        warnings.append(
            Note(
                QT_TRANSLATE_NOOP("Core", "main text not recognised; the whole page text was kept")
            )
        )
    note = decoded.note()
    if note is not None:
        warnings.append(note)
    lang = _LANG.search(markup[:4096])
    return ImportedArticle(
        text=normalize_text(body).strip("\n"),
        title=(found["title"] or name).strip(),
        source_format="html",
        original=data,
        encoding=decoded.encoding,
        encoding_certain=decoded.certain,
        author=found["author"],
        outlet=outlet_name(found["sitename"], markup),
        url=found["url"],
        language=found["language"] or (lang.group(1) if lang else None),
        published_at=parse_date(found.get("published")),
        warnings=warnings,
    )
