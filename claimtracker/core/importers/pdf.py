"""PDF articles: the text layer as a reader sees it, without the marks of the page layout.

Ligatures are spelt out (``ﬂ`` as ``fl``), words hyphenated at a line end are joined, page
numbers and running headers or footers (lines repeated at the top or bottom of the pages)
are dropped. The publication date is never taken from the file: its creation date is when the
PDF was made, not when the article was published.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.text import normalize_text

LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p[aá]gina|p[aá]g\.?|p\.|seite|pagina)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|de|von|di|sur)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
# A letter, a hyphen at the end of a line (or of a page), then a lower-case letter.
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n{1,2}(?=[^\W\d_])")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad\n")
_GENERIC_TITLE = re.compile(
    r"^(?:untitled|sin t[ií]tulo|document\d*|documento\d*)$|\.(?:docx?|odt|pdf|indd|tex)$",
    re.IGNORECASE,
)
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page may be layout


def _encrypted(name: str) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP("Core", "{name} is an encrypted PDF; remove the password and try again"),
        name=name,
    )


def _unreadable(name: str, exc: Exception) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP("Core", "{name} is not a readable PDF ({reason})"),
        name=name,
        reason=str(exc),
    )


def convert_pdf(data: bytes, *, name: str) -> ImportedArticle:
    """The text layer of a PDF, page by page; image-only and locked PDFs are refused."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise _encrypted(name)
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except ImportRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise _unreadable(name, exc) from exc
    except Exception as exc:  # pypdf raises assorted errors on hostile files
        if "crypt" in str(exc).lower() or "password" in str(exc).lower():
            raise _encrypted(name) from exc
        raise _unreadable(name, exc) from exc
    text = clean_pages(pages)
    if not text:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Core", "{name} has no text layer (scanned images only); run it through OCR first"
            ),
            name=name,
        )
    title = _document_title(meta.title if meta else None)
    return ImportedArticle(
        text=text,
        title=(title or text.splitlines()[0].strip() or name)[:200],
        source_format="pdf",
        original=data,
        author=(meta.author if meta and meta.author else None),
    )


def clean_pages(pages: list[str]) -> str:
    """The article text of the pages' text layers (see the module's description)."""
    lines = [normalize_text(page).translate(LIGATURES).strip("\n").split("\n") for page in pages]
    lines = [_drop_page_numbers(page) for page in lines]
    lines = _drop_running_lines(lines)
    text = "\n\n".join("\n".join(page).strip("\n") for page in lines if any(page))
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = _HYPHENATED.sub(lambda m: "" if _lower_follows(m) else m.group(), text)
    return text.strip()


def _lower_follows(match: re.Match[str]) -> bool:
    following = match.string[match.end() : match.end() + 1]
    return following.islower()


def _edges(page: list[str]) -> list[int]:
    """Indexes of the first and last few non-empty lines of a page."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def _drop_page_numbers(page: list[str]) -> list[str]:
    edges = set(_edges(page))
    return [
        line for i, line in enumerate(page) if not (i in edges and _PAGE_NUMBER.match(line.strip()))
    ]


def _running_key(line: str) -> str:
    # Headers often carry the page number ("El Diario · 3"): compare them without digits.
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Lines that recur at the top or bottom of most pages (running headers and footers)."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_running_key(page[i]) for i in _edges(page)})
    needed = max(2, math.ceil(len(pages) / 2))
    running = {key for key, n in counts.items() if n >= needed and key.strip("# ")}
    if not running:
        return pages
    cleaned = []
    for page in pages:
        edges = set(_edges(page))
        cleaned.append(
            [
                line
                for i, line in enumerate(page)
                if not (i in edges and _running_key(line) in running)
            ]
        )
    return cleaned


def _document_title(title: str | None) -> str | None:
    """The document's title property, unless it is a word processor's placeholder."""
    if not title:
        return None
    title = " ".join(title.split())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)
    if not title or _GENERIC_TITLE.search(title):
        return None
    return title
