"""Checking an export before a merge: its schema, then what a schema cannot say.

Refusals are :class:`~claimtracker.core.errors.InvalidExport` naming the JSON path of the
first problem, e.g. ``claims[0].highlights[0].start: beyond the article text (1234 > 1200)``.
What must be looked up in the target database is checked by
:mod:`claimtracker.core.services.merge_lookup`.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from claimtracker.core.anchoring import AnchorState
from claimtracker.core.errors import InvalidExport
from claimtracker.core.exporters.interchange_schema import PATTERNS, ExportFile, HighlightRecord

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def json_path(loc: Sequence[int | str]) -> str:
    """``("claims", 0, "tags")`` -> ``claims[0].tags``; ``$`` for the whole document."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            path += f".{part}" if path else part
        else:
            path += "[" + repr(part) + "]"
    return path or "$"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe(error: ErrorDetails) -> str:
    """One plain phrase for one pydantic error, with the offending value when it helps."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_too_short":
        return "empty"
    if kind == "string_too_long":
        return f"too long ({len(value):,} characters; the limit is {ctx['max_length']:,})"
    if kind == "too_long":
        return f"too many entries ({ctx['actual_length']:,}; the limit is {ctx['max_length']:,})"
    if kind == "greater_than_equal":
        if ctx["ge"] == 0:
            return f"must not be negative (got {_shown(value)})"
        return f"must be at least {ctx['ge']:,} (got {_shown(value)})"
    if kind == "less_than_equal":
        return f"must be at most {ctx['le']:,} (got {_shown(value)})"
    if kind == "string_pattern_mismatch":
        return f"{PATTERNS[ctx['pattern']]} (got {_shown(value)})"
    if kind in ("model_type", "dict_type"):
        return f"should be an object (got {_shown(value)})"
    message = error["msg"]
    if message.startswith("Input should be "):
        message = "should be " + message.removeprefix("Input should be ")
    if kind in ("newer", "too_large"):
        return message
    return f"{message} (got {_shown(value)})"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a tree of records is built.

    Validation makes hundreds of thousands of objects and no reference cycles; the collector
    would walk them again and again (at 20,000 claims, three times validation's own time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_export(data: Any) -> ExportFile:
    """The export as typed records, or :class:`InvalidExport` naming its first problem."""
    try:
        with collector_paused():
            export = ExportFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise InvalidExport(describe(first), json_path(first["loc"])) from None
    check_consistency(export)
    return export


def check_consistency(export: ExportFile) -> None:
    """Unique identities, true hashes, versions and offsets that fit their texts."""
    _unique("statuses", (s.key for s in export.statuses), "key")
    _unique("verdicts", (v.key for v in export.verdicts), "key")
    _unique("tags", (tag_key(t.name) for t in export.tags), "name")
    _unique("sources", (s.uuid for s in export.sources), "uuid")
    _unique("articles", (a.uuid for a in export.articles), "uuid")
    texts: dict[str, str] = {}
    for i, article in enumerate(export.articles):
        where = f"articles[{i}]"
        _hash_matches(f"{where}.text_sha256", article.text, article.text_sha256)
        _original_matches(where, article.original, article.original_sha256)
        _unique(f"{where}.versions", (v.version for v in article.versions), "version")
        current = article.current_text
        if article.text_version is not None and current > article.version:
            raise InvalidExport(
                f"ahead of the article's version ({current} > {article.version})",
                f"{where}.text_version",
            )
        for j, v in enumerate(article.versions):
            if v.version >= current:
                raise InvalidExport(
                    f"not older than the article ({v.version} >= {current})",
                    f"{where}.versions[{j}].version",
                )
            _hash_matches(f"{where}.versions[{j}].text_sha256", v.text, v.text_sha256)
            _original_matches(f"{where}.versions[{j}]", v.original, v.original_sha256)
        texts[article.uuid] = article.text
    _unique("claims", (c.uuid for c in export.claims), "uuid")
    highlights: dict[str, str] = {}
    evidence: dict[str, str] = {}
    for i, claim in enumerate(export.claims):
        where = f"claims[{i}]"
        _unique(f"{where}.tags", (tag_key(t) for t in claim.tags), "")
        for j, h in enumerate(claim.highlights):
            _first_use(highlights, h.uuid, f"{where}.highlights[{j}].uuid")
            check_offsets(h, texts.get(h.article), f"{where}.highlights[{j}]")
            if h.current_exact is not None and h.state != AnchorState.FUZZY:
                raise InvalidExport(
                    f"new wording beside a match that is not fuzzy ({h.state})",
                    f"{where}.highlights[{j}].current_exact",
                )
        for j, e in enumerate(claim.evidence):
            _first_use(evidence, e.uuid, f"{where}.evidence[{j}].uuid")


def check_offsets(h: HighlightRecord, text: str | None, where: str) -> None:
    """``start < end``, and for a placed highlight ``end <= len(text)`` (code points).

    An orphaned highlight keeps the position it had in an older text, so only its order is
    checked; a ``text`` of None means the article's text is not known yet.
    """
    if h.state == AnchorState.ORPHANED:
        text = None
    if text is not None and h.start > len(text):
        raise InvalidExport(f"beyond the article text ({h.start} > {len(text)})", f"{where}.start")
    if h.end <= h.start:
        raise InvalidExport(f"must be after start ({h.end} <= {h.start})", f"{where}.end")
    if text is not None and h.end > len(text):
        raise InvalidExport(f"beyond the article text ({h.end} > {len(text)})", f"{where}.end")


def tag_key(name: str) -> str:
    """The identity of a tag name, as the database sees it (spacing and case ignored)."""
    return " ".join(name.split()).casefold()


def _unique(where: str, values: Iterable[object], field: str) -> None:
    seen: dict[object, int] = {}
    suffix = f".{field}" if field else ""
    for i, value in enumerate(values):
        if value in seen:
            raise InvalidExport(
                f"duplicate of {where}[{seen[value]}]{suffix} ({_shown(value)})",
                f"{where}[{i}]{suffix}",
            )
        seen[value] = i


def _first_use(seen: dict[str, str], uuid: str, where: str) -> None:
    if uuid in seen:
        raise InvalidExport(f"duplicate of {seen[uuid]} ({uuid!r})", where)
    seen[uuid] = where


def _hash_matches(where: str, text: str, digest: str) -> None:
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise InvalidExport("does not match the text", where)


def _original_matches(where: str, original: bytes | None, digest: str | None) -> None:
    """The hash of the bytes received, when both travel, must be theirs."""
    if (
        original is not None
        and digest is not None
        and hashlib.sha256(original).hexdigest() != digest
    ):
        raise InvalidExport("does not match the original", f"{where}.original_sha256")
