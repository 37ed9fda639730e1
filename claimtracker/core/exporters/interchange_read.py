"""Reading an export file: its bytes held once, each record parsed when it is used.

A whole export parsed into Python objects takes several times the file's size (1.2 GB for
the 160 MB file of 100,000 claims), and checking it with the schema as many again. Here the
file is split by msgspec, in one pass in C that checks the JSON syntax and copies nothing,
into its members, and each long list into its records as raw JSON. Every record is parsed by
jiter when it is read, as the whole file used to be: duplicate keys, text that is not UTF-8
and deep nesting are refused with the line and column of the problem in the file. A file
that cannot be split so (broken JSON, a duplicate member, NaN, ...) is parsed whole by jiter,
for its exact message.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jiter
import msgspec

from claimtracker.core.errors import QT_TRANSLATE_NOOP, InvalidExport, Note
from claimtracker.core.exporters.interchange_schema import (
    FORMAT,
    MAX_EXPORT_BYTES,
    MAX_NESTING_DEPTH,
)
from claimtracker.core.exporters.validation import collector_paused

_WS = rb"[ \t\n\r]*"
_OPEN = re.compile(_WS + rb"\{")
_KEY = re.compile(_WS + rb'("(?:[^"\\]|\\.)*")' + _WS + rb":" + _WS, re.DOTALL)
_COMMA = re.compile(_WS + rb"," + _WS)
_SPACE = re.compile(_WS)
_CLOSE = re.compile(_WS + rb"\}" + _WS + rb"\Z")
_PARSER_ERROR = re.compile(r"(?P<problem>.*) at line (?P<line>\d+) column (?P<column>\d+)")


def _parse(data: bytes) -> Any:
    return jiter.from_json(data, catch_duplicate_keys=True, cache_mode="keys")


def _parse_nested(data: bytes, depth: int) -> Any:
    """Parse a value that sits ``depth`` containers deep in the file, inside as many
    brackets, so that jiter's limit on nesting counts as over the whole file."""
    value = _parse(b"[" * depth + data + b"]" * depth)
    for _ in range(depth):
        value = value[0]
    return value


class Records:
    """The records of one list of an export, in order, each parsed as it is read.

    Over a list of Python objects (an export already in memory) the records are those
    objects; over raw JSON each is parsed by jiter, and a problem is reported at its place
    in the file.
    """

    def __init__(self, items: list[Any], source: _Source | None = None, at: int = 0) -> None:
        self._items = items
        self._source = source
        self._at = at  # offset of the list's ``[`` in the file

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        for i in range(len(self._items)):
            yield self[i]

    def __getitem__(self, i: int) -> Any:
        item = self._items[i]
        if self._source is None:
            return item
        try:
            return _parse_nested(bytes(item), 2)  # in the document, in this list
        except ValueError as exc:
            raise self._source.refusal(str(exc), self._offset(i), 2) from None

    def _offset(self, index: int) -> int:
        """Where record ``index`` starts in the file (worked out only for a refusal)."""
        assert self._source is not None
        body = self._source.body
        at = self._at + 1
        for i, item in enumerate(self._items[: index + 1]):
            at = (_COMMA if i else _SPACE).match(body, at).end()  # type: ignore[union-attr]
            if i < index:
                at += len(item)
        return at


@dataclass
class _Source:
    """The file's bytes (after a byte order mark), to say where a problem is."""

    body: bytes
    name: str

    def refusal(self, message: str, offset: int, depth: int) -> InvalidExport:
        """jiter's complaint about the value at ``offset`` (parsed inside ``depth``
        brackets), placed in the whole file."""
        found = _PARSER_ERROR.fullmatch(message)
        if not found:
            return _not_json(message, self.name)
        line, column = int(found["line"]), int(found["column"])
        start_line = self.body.count(b"\n", 0, offset) + 1
        if line == 1:
            column += offset - (self.body.rfind(b"\n", 0, offset) + 1) - depth
        line += start_line - 1
        return _not_json(f"{found['problem']} at line {line} column {column}", self.name)


class ExportDocument:
    """An export as read: its members, the lists among them as :class:`Records`.

    ``members`` is None when the document is not a JSON object; ``value`` is then what it is.
    """

    def __init__(self, members: dict[str, Any] | None, value: Any = None) -> None:
        self.members = members
        self.value = value

    @classmethod
    def from_data(cls, data: Any) -> ExportDocument:
        """An export already in memory (parsed JSON, or :func:`export_data`'s document)."""
        if isinstance(data, ExportDocument):
            return data
        if not isinstance(data, dict):
            return cls(None, data)
        return cls({k: Records(v) if isinstance(v, list) else v for k, v in data.items()})

    def head(self) -> Any:
        """The document with each list replaced by one of as many placeholders: what the
        schema checks of the whole (types, lengths, unknown members) without the records."""
        if self.members is None:
            return self.value
        return {
            k: [None] * len(v) if isinstance(v, Records) else v for k, v in self.members.items()
        }

    def records(self, key: str) -> Records:
        """The records of the list ``key`` (none when the member is missing)."""
        value = (self.members or {}).get(key)
        return value if isinstance(value, Records) else Records([])


def read_export(path: Path) -> ExportDocument:
    """Read an export file, checking its JSON syntax; what it holds is checked when it is
    merged.

    The size is checked before anything is read. Duplicate keys and nesting deeper than
    :data:`MAX_NESTING_DEPTH` are refused, without recursing. A UTF-8 byte order mark
    (added by some editors) is allowed.
    """
    name = Path(path).name
    raw = b""
    try:
        with Path(path).open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size <= MAX_EXPORT_BYTES:
                raw = fh.read(MAX_EXPORT_BYTES + 1)  # a pipe has no size: read one byte more
    except OSError as exc:
        raise InvalidExport(
            QT_TRANSLATE_NOOP("Core", "cannot be read: {reason}"),
            source=name,
            reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_EXPORT_BYTES or len(raw) > MAX_EXPORT_BYTES:
        raise InvalidExport(
            QT_TRANSLATE_NOOP(
                "Core", "the file is {size:.1f} MB; the limit for an export is {limit:.0f} MB"
            ),
            source=name,
            size=max(size, len(raw)) / 2**20,
            limit=MAX_EXPORT_BYTES / 2**20,
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidExport(
            QT_TRANSLATE_NOOP("Core", "UTF-16 text; a ClaimTracker export is UTF-8"), source=name
        )
    source = _Source(raw.removeprefix(codecs.BOM_UTF8), name)
    del raw
    document = _split(source)
    if document is None:
        document = ExportDocument.from_data(_parse_whole(source))
    if document.members is None or document.members.get("format") != FORMAT:
        raise InvalidExport(QT_TRANSLATE_NOOP("Core", "not a ClaimTracker export"), source=name)
    return document


def _parse_whole(source: _Source) -> Any:
    try:
        with collector_paused():
            return _parse(source.body)
    except ValueError as exc:
        raise _not_json(str(exc), source.name) from None


def _split(source: _Source) -> ExportDocument | None:
    """The document with its lists as raw records, each checked by jiter; None when the
    file is not an object of distinct members that msgspec can split."""
    body = source.body
    try:
        members = msgspec.json.decode(body, type=dict[str, msgspec.Raw])
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    places = _places(body, members)
    if places is None:
        return None
    parsed: dict[str, Any] = {}
    with collector_paused():
        for key, value in members.items():
            at = places[key]
            if bytes(memoryview(value)[:1]) != b"[":
                try:
                    parsed[key] = _parse_nested(bytes(value), 1)
                except ValueError as exc:
                    raise source.refusal(str(exc), at, 1) from None
                continue
            items = msgspec.json.decode(value, type=list[msgspec.Raw])
            records = Records(items, source, at)
            for i in range(len(records)):
                records[i]  # noqa: B018 - parsed once here for the syntax, and dropped
            parsed[key] = records
    return ExportDocument(parsed)


def _places(body: bytes, members: dict[str, msgspec.Raw]) -> dict[str, int] | None:
    """Where each member's value starts, if the file is exactly these members in this order
    (msgspec keeps the last of two equal keys silently; jiter then names the duplicate)."""
    found = _OPEN.match(body)
    if found is None:
        return None
    at = found.end()
    places: dict[str, int] = {}
    for i, (key, value) in enumerate(members.items()):
        if i:
            comma = _COMMA.match(body, at)
            if comma is None:
                return None
            at = comma.end()
        member = _KEY.match(body, at)
        if member is None or _parse(member[1]) != key:
            return None
        at = member.end()
        if not body.startswith(value, at):  # type: ignore[arg-type]
            return None
        places[key] = at
        at += len(value)
    return places if _CLOSE.match(body, at) else None


def _not_json(message: str, name: str) -> InvalidExport:
    """The parser's complaint as a refusal that says where, in words a user can act on."""
    found = _PARSER_ERROR.fullmatch(message)
    where = (
        Note(
            QT_TRANSLATE_NOOP("Core", "line {line} column {column}"),
            line=found["line"],
            column=found["column"],
        )
        if found
        else ""
    )
    problem = found["problem"] if found else message
    if problem == "recursion limit exceeded":
        return InvalidExport(
            QT_TRANSLATE_NOOP("Core", "nested deeper than {depth} levels"),
            where,
            name,
            depth=MAX_NESTING_DEPTH,
        )
    if problem.startswith("Detected duplicate key"):
        return InvalidExport(
            QT_TRANSLATE_NOOP("Core", "duplicate key {key}"),
            where,
            name,
            key=problem.removeprefix("Detected duplicate key").strip(),
        )
    if problem == "invalid unicode code point":
        return InvalidExport(QT_TRANSLATE_NOOP("Core", "not UTF-8 text"), where, name)
    # The parser's own words for what is wrong ("EOF while parsing a value"), in English.
    return InvalidExport(
        QT_TRANSLATE_NOOP("Core", "not valid JSON: {reason}"), where, name, reason=problem
    )
