"""Plain text and Markdown articles; Markdown is reduced to its readable text."""

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
HEADLINE_CHARS = 120
"""A first line up to this long, not ending like a sentence, is a plain-text file's title."""
TITLE_CHARS = 80
"""A title made from a longer first line is cut at a word near this length."""


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
        meta.setdefault("title", _first_title(text, fmt) or "")
        text = markdown_to_text(text)
    elif fmt == "txt":
        headline, text = split_headline(text)
        meta["title"] = headline or short_title(_first_title(text, fmt) or "")
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
    note = decoded.note()
    if note is not None:
        article.warnings.append(note)
    return article


def _parse_front_matter(block: str) -> dict[str, str]:
    meta = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        field = _FIELDS.get(key.strip().lower())
        if sep and field:
            meta[field] = value.strip().strip("\"'")
    return meta


def split_headline(text: str) -> tuple[str | None, str]:
    """The first line as a title, and the text after it, when that line reads as a headline:
    short, not ending in a full stop, and followed by more text. Otherwise ``(None, text)``:
    a first sentence stays in the article, where it can be highlighted."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, text
    line = lines[first].strip()
    rest = "\n".join(lines[first + 1 :]).lstrip("\n")
    sentence = line.endswith(".") and not line.endswith("...")
    if len(line) > HEADLINE_CHARS or sentence or not rest.strip():
        return None, text
    return line, rest


def short_title(line: str) -> str:
    """``line`` as a title: whole when short, else cut at a word and marked with an ellipsis."""
    line = " ".join(line.split())
    if len(line) <= TITLE_CHARS:
        return line
    cut = line[: TITLE_CHARS + 1].rsplit(" ", 1)[0] or line[:TITLE_CHARS]
    return cut.rstrip(" ,;:-–—") + "…"


def _first_title(text: str, fmt: str) -> str | None:
    if fmt == "md":
        heading = _HEADING.search(text)
        if heading:
            return heading.group(1)[:200]
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def markdown_to_text(source: str) -> str:
    """The text a reader sees: markup gone, paragraphs apart, list items one per line."""
    from markdown_it import MarkdownIt

    blocks: list[tuple[str, bool]] = []  # text, and whether it is a list item
    lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
    prefix = ""
    for token in MarkdownIt("commonmark").parse(source):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            lists.append([int(start or 1)] if token.type == "ordered_list_open" else [])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            blocks.append(("", False))  # a list ends: the next block starts a paragraph
        elif token.type == "list_item_open" and lists:
            indent = "  " * (len(lists) - 1)
            if lists[-1]:
                prefix = f"{indent}{lists[-1][0]}. "
                lists[-1][0] += 1
            else:
                prefix = f"{indent}• "
        elif token.type == "inline":
            blocks.append((prefix + _inline_text(token.children or []), bool(prefix)))
            prefix = ""
        elif token.type in ("fence", "code_block"):
            blocks.append((token.content.rstrip("\n"), False))
    text = ""
    previous_item = False
    for block, item in blocks:
        if not block.strip():
            previous_item = False
            continue
        if text:
            text += "\n" if item and previous_item else "\n\n"
        text += block
        previous_item = item
    return text + "\n"


def _inline_text(children) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak" or child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)
