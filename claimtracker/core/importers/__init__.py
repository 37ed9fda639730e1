"""Article importers: a file's bytes in, normalised plain text and metadata out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused, Note

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest article file accepted; news articles are far smaller, and larger files stall."""

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


@dataclass
class ImportedArticle:
    """What an importer found: the text offsets will refer to, and what it knows about it."""

    text: str
    title: str
    source_format: str
    original: bytes
    encoding: str | None = None
    encoding_certain: bool = True
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published_at: date | None = None
    source_name: str | None = None
    warnings: list[Note] = field(default_factory=list)
    # Set for a fetched page: where its bytes came from (after the redirects), and when.
    source_url: str | None = None
    redirects: list[str] = field(default_factory=list)
    retrieved_at: datetime | None = None


def read_article_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> ImportedArticle:
    """Read and convert one article file, refusing empty, binary, oversized or unknown files."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{name}: unsupported file type (supported: {known})"),
            name=path.name,
            known=known,
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Core", "{name} is {size} MB; the limit is {limit} MB"),
                name=path.name,
                size=f"{size / 1048576:.1f}",
                limit=f"{max_bytes / 1048576:.0f}",
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("Core", "{path}: no such file"), path=path) from exc
    except IsADirectoryError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder, not a file"), path=path
        ) from exc
    except OSError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return convert_bytes(data, fmt, name=path.name)


def convert_bytes(
    data: bytes, fmt: str, *, name: str = "text", charset: str | None = None
) -> ImportedArticle:
    """Convert raw bytes of the given format (``txt``, ``md``, ``html``, ``docx``, ``pdf``).

    ``charset`` is the one a web server declared for an HTML page (it overrides the page's
    own declaration).
    """
    if not data.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Core", "{name} is empty"), name=name)
    if fmt == "docx":
        from claimtracker.core.importers.office import convert_docx

        article = convert_docx(data, name=name)
    elif fmt == "pdf":
        from claimtracker.core.importers.pdf import convert_pdf

        article = convert_pdf(data, name=name)
    elif fmt == "html":
        from claimtracker.core.importers.html import convert_html

        article = convert_html(data, name=name, charset=charset)
    else:
        from claimtracker.core.importers.plain import convert_plain

        article = convert_plain(data, fmt, name=name)
    if not article.text.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Core", "{name}: no article text found"), name=name)
    article.source_name = name
    return article


def parse_date(value: str | None) -> date | None:
    """A date from the start of an ISO 8601 string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
