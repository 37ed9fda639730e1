"""Plain text and Markdown articles: text kept as written, metadata from front matter."""

from __future__ import annotations

import re

from claimtracker.core.importers import ImportedArticle, parse_date
from claimtracker.core.importers.decoding import decode_bytes
from claimtracker.core.text import normalize_text

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n+", re.S)
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_FIELDS = {
    "title": "title",
    "author": "author",
    "outlet": "outlet",
    "source": "outlet",
    "url": "url",
    "lang": "language",
    "language": "language",
    "date": "published_at",
}


def convert_plain(data: bytes, fmt: str, *, name: str) -> ImportedArticle:
    """A ``.txt`` or ``.md`` file; Markdown front matter (``key: value`` lines) gives metadata."""
    decoded = decode_bytes(data, name=name)
    text = normalize_text(decoded.text)
    meta: dict[str, str] = {}
    if fmt == "md":
        match = _FRONT_MATTER.match(text)
        if match:
            meta = _parse_front_matter(match.group(1))
            text = text[match.end() :]
    article = ImportedArticle(
        text=text,
        title=meta.get("title") or _first_title(text, fmt) or name,
        source_format=fmt,
        original=data,
        encoding=decoded.encoding,
        encoding_certain=decoded.certain,
        author=meta.get("author"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        language=meta.get("language"),
        published_at=parse_date(meta.get("published_at")),
    )
    if not decoded.certain:
        article.warnings.append(f"encoding guessed as {decoded.encoding}")
    return article


def _parse_front_matter(block: str) -> dict[str, str]:
    meta = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        field = _FIELDS.get(key.strip().lower())
        if sep and field:
            meta[field] = value.strip().strip("\"'")
    return meta


def _first_title(text: str, fmt: str) -> str | None:
    if fmt == "md":
        heading = _HEADING.search(text)
        if heading:
            return heading.group(1)[:200]
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None
