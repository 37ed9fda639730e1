"""HTML articles: main text and metadata through trafilatura; never rendered by Qt."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import TypeVar

from claimtracker.core.errors import ImportRefused
from claimtracker.core.importers import ImportedArticle, parse_date
from claimtracker.core.importers.decoding import declared_charset, decode_bytes
from claimtracker.core.text import normalize_text

_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
T = TypeVar("T")


EXTRACTION_SECONDS = 30.0
"""Longest an extraction may take; pathological markup is refused instead of waited on."""


def within_time_limit(work: Callable[[], T], name: str, seconds: float | None = None) -> T:
    """Run ``work`` in a helper thread and give up on it after the time limit.

    A thread cannot be stopped, so one that overruns is left to finish on its own (a daemon,
    its result ignored); the import is refused at once and the caller goes on.
    """
    limit = EXTRACTION_SECONDS if seconds is None else seconds
    result: list = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # handed over to the calling thread
            failure.append(exc)

    worker = threading.Thread(target=run, name=f"extract {name}", daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        raise ImportRefused(f"{name}: the page is too complex to extract within {limit:.0f} s")
    if failure:
        raise failure[0]
    return result[0]


def convert_html(data: bytes, *, name: str) -> ImportedArticle:
    """Extract an article's main text (navigation, scripts, ads and footers dropped)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    decoded = decode_bytes(data, declared_charset(data), name=name)
    # lxml refuses str input that still carries an encoding declaration.
    markup = _XML_DECLARATION.sub("", decoded.text)
    document = within_time_limit(
        lambda: trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        ),
        name,
    )
    body = getattr(document, "text", None) or ""
    warnings = []
    if not body.strip():
        body = within_time_limit(lambda: trafilatura.html2txt(markup), name) or ""
        warnings.append("main text not recognised; the whole page text was kept")
    if decoded.warning:
        warnings.append(decoded.warning)
    elif not decoded.certain:
        warnings.append(f"encoding guessed as {decoded.encoding}")
    lang = _LANG.search(markup[:4096])
    return ImportedArticle(
        text=normalize_text(body).strip("\n"),
        title=(getattr(document, "title", None) or name).strip(),
        source_format="html",
        original=data,
        encoding=decoded.encoding,
        encoding_certain=decoded.certain,
        author=getattr(document, "author", None),
        outlet=getattr(document, "sitename", None),
        url=getattr(document, "url", None),
        language=(getattr(document, "language", None) or (lang.group(1) if lang else None)),
        published_at=parse_date(getattr(document, "date", None)),
        warnings=warnings,
    )
