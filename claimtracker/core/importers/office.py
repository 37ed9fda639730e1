"""Word (.docx) articles: the text they carry, with their document properties."""

from __future__ import annotations

import io
import zipfile

from claimtracker.core.errors import ImportRefused
from claimtracker.core.importers import ImportedArticle
from claimtracker.core.text import normalize_text

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A .docx that unpacks to more than this is refused (a zip bomb posing as a document)."""


def convert_docx(data: bytes, *, name: str) -> ImportedArticle:
    """Paragraphs and table cells of a Word document, in document order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ImportRefused(f"{name} is not a valid .docx file") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            f"{name} would unpack to {unpacked / 1048576:.0f} MB; refused as unsafe"
        )
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ImportRefused(f"{name} is not a valid .docx file") from exc
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
