"""HTML articles: main text and metadata through trafilatura; never rendered by Qt."""

from __future__ import annotations

import logging
import re

from claimtracker.core.importers import ImportedArticle, parse_date
from claimtracker.core.importers.decoding import declared_charset, decode_bytes
from claimtracker.core.text import normalize_text

_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def convert_html(data: bytes, *, name: str) -> ImportedArticle:
    """Extract an article's main text (navigation, scripts, ads and footers dropped)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    decoded = decode_bytes(data, declared_charset(data), name=name)
    # lxml refuses str input that still carries an encoding declaration.
    markup = _XML_DECLARATION.sub("", decoded.text)
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    body = getattr(document, "text", None) or ""
    warnings = []
    if not body.strip():
        body = trafilatura.html2txt(markup) or ""
        warnings.append("main text not recognised; the whole page text was kept")
    if not decoded.certain:
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
