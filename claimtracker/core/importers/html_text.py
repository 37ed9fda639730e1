"""From an HTML extraction to an article: readable paragraphs, the outlet, the publication date.

Kept apart from the extraction itself (:mod:`claimtracker.core.importers.html`): these
functions only read what trafilatura returned, or the page's metadata.
"""

from __future__ import annotations

import html
import re
from datetime import date

from claimtracker.core.importers import parse_date

# trafilatura's XML: block elements that start a paragraph of their own.
_BLOCKS = {"p", "head", "quote", "list", "table", "code", "div", "section"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
# "Headline | Outlet", "Headline - Outlet", "Headline — Outlet", "Headline · Outlet".
_TITLE_SUFFIX = re.compile(r"^(?P<headline>.+?)\s+[|\-–—·:]\s+(?P<outlet>[^|\-–—·:]+?)\s*$")
_MAX_OUTLET_WORDS = 5


def body_text(body) -> str:
    """Text of trafilatura's extracted body: paragraphs, headings, quotes, lists and tables
    separated by blank lines; line breaks inside a paragraph, list items and table rows kept
    on lines of their own."""
    blocks: list[str] = []
    _collect(body, blocks)
    return "\n\n".join(b for b in blocks if b.strip())


def _collect(element, blocks: list[str]) -> None:
    if element.text and element.text.strip():
        blocks.append(_clean(element.text))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            blocks.append("\n".join(_list_lines(child, 0)))
        elif tag == "table":
            blocks.append("\n".join(_table_lines(child)))
        elif tag in _BLOCKS and any(_is_block(c) for c in child):
            _collect(child, blocks)
        else:
            blocks.append(_clean(_inline(child)))
        if child.tail and child.tail.strip():
            blocks.append(_clean(child.tail))


def _is_block(element) -> bool:
    return isinstance(element.tag, str) and element.tag in _BLOCKS


def _inline(element) -> str:
    """Text of an element and its inline children; ``<lb/>`` is a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _list_lines(element, depth: int) -> list[str]:
    lines = []
    for item in element:
        if item.tag != "item":
            continue
        nested = [c for c in item if c.tag == "list"]
        own = [item.text or ""] + [
            ("\n" if c.tag == "lb" else _inline(c)) + (c.tail or "")
            for c in item
            if c.tag != "list"
        ]
        text = _clean("".join(own))
        if text:
            lines.append("  " * depth + "- " + text)
        for sub in nested:
            lines += _list_lines(sub, depth + 1)
    return lines


def _table_lines(element) -> list[str]:
    rows = []
    for row in element.iter("row"):
        cells = [" ".join(_inline(cell).split()) for cell in row if cell.tag == "cell"]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _clean(text: str) -> str:
    """Spaces collapsed within each line, empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def outlet_name(site_name: str | None, markup: str) -> str | None:
    """The publication: ``og:site_name`` (as the extraction found it), else the short
    "| Outlet" suffix of the page's ``<title>``."""
    if site_name and site_name.strip():
        return " ".join(site_name.split())
    title = page_title(markup)
    match = _TITLE_SUFFIX.match(title or "")
    if match is None:
        return None
    outlet = match.group("outlet").strip()
    words = outlet.split()
    # A suffix as long as the headline is the rest of a headline, not a name.
    if not words or len(words) > _MAX_OUTLET_WORDS or len(outlet) >= len(match.group("headline")):
        return None
    return outlet


def page_title(markup: str) -> str | None:
    """The text of the page's ``<title>``, entities decoded."""
    match = _TITLE.search(markup[:65536])
    if match is None:
        return None
    return " ".join(html.unescape(match.group(1)).split()) or None


def publication_date(markup: str) -> date | None:
    """The date the page says it was published, from its metadata only.

    Never a date found in the running text of the template (a copyright year, "updated
    3 January"), never the time of the download: no date is better than a wrong one.
    """
    from htmldate import find_date

    found = find_date(markup, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return parse_date(found)
