"""Word (.docx) articles: the text they carry, with their document properties."""

from __future__ import annotations

import io
import zipfile

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.text import normalize_text

MAX_UNPACKED_BYTES = 64 * 1024 * 1024
"""A .docx that unpacks to more than this is refused (a zip bomb posing as a document)."""
MAX_RATIO = 100
"""Largest unpacked-to-packed ratio of a sizeable .docx or of one of its parts; Word's own
files stay under about 35 (its styles), pictures near 1."""
MAX_PARTS = 2_000
_SIZEABLE = 1024 * 1024  # below this a high ratio cannot hurt


def check_docx_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive whose central directory promises too much, before unpacking.

    Python's zipfile never unpacks a member beyond the size its directory entry states
    (and checks the CRC), so these sizes bound what reading the parts can cost.
    """
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{name} holds {parts} parts; refused as unsafe"),
            name=name,
            parts=len(parts),
        )
    unpacked = sum(info.file_size for info in parts)
    packed = sum(info.compress_size for info in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "{name} would unpack to {size:.0f} MB (the limit is {limit:.0f} MB); refused "
                "as unsafe",
            ),
            name=name,
            size=unpacked / 1048576,
            limit=MAX_UNPACKED_BYTES / 1048576,
        )
    for info in [*parts, None]:
        size, squeezed = (info.file_size, info.compress_size) if info else (unpacked, packed)
        if size > _SIZEABLE and size > MAX_RATIO * max(squeezed, 1):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name} is compressed {ratio} to 1 (the limit is {limit} to 1); refused as "
                    "unsafe",
                ),
                name=name,
                ratio=size // max(squeezed, 1),
                limit=MAX_RATIO,
            )


def check_docx_xml(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse XML parts that declare a DTD or entities (external ones, entity bombs).

    Word never writes a document type declaration; one inside a .docx is an attack
    (reading local files, or "billion laughs" expansion). Parsed with defusedxml, which
    refuses them instead of resolving anything.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        try:
            fromstring(archive.read(info), forbid_dtd=True)
        except DefusedXmlException as exc:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{name}: {part} declares XML entities (a DTD), which Word never writes; "
                    "refused as unsafe",
                ),
                name=name,
                part=info.filename,
            ) from exc
        except (ParseError, zipfile.BadZipFile, ValueError) as exc:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Core", "{name} is not a valid .docx file ({part})"),
                name=name,
                part=info.filename,
            ) from exc


def _not_docx(name: str) -> ImportRefused:
    return ImportRefused(QT_TRANSLATE_NOOP("Core", "{name} is not a valid .docx file"), name=name)


def convert_docx(data: bytes, *, name: str) -> ImportedArticle:
    """Paragraphs and table cells of a Word document, in document order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_docx_archive(archive, name)
            check_docx_xml(archive, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise _not_docx(name) from exc
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, LxmlError, zipfile.BadZipFile) as exc:
        raise _not_docx(name) from exc
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append("\t".join(cells))
    text = normalize_text("\n".join(lines)).strip("\n")
    props = document.core_properties
    first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return ImportedArticle(
        text=text,
        title=(props.title or first_line or name)[:200],
        source_format="docx",
        original=data,
        author=props.author or None,
        language=props.language or None,
        published_at=props.created.date() if props.created else None,
    )
