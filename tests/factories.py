"""Small documents made on the fly for import tests (no binary fixtures in the repository)."""

from __future__ import annotations

import io


def pdf_with_text(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 characters, Helvetica)."""
    content = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({escaped}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    data = out.getvalue()
    if title:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.add_metadata({"/Title": title})
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
    return data


def pdf_pages(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF with one page per list of lines; ``ﬁ`` and ``ﬂ`` are drawn as the font's
    ligature glyphs (as typesetting does), so the text layer holds U+FB01 and U+FB02."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl] >> >>"
    )
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font]
    kids = []
    for lines in pages:
        content = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            escaped = escaped.replace("\ufb01", "\\001").replace("\ufb02", "\\002")
            content.append(f"({escaped}) Tj T*")
        content.append("ET")
        stream = "\n".join(content).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(len(objects))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    return _with_title(_pdf_file(objects), title)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _with_title(data: bytes, title: str | None, created: str | None = None) -> bytes:
    if not title and not created:
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    metadata = {}
    if title:
        metadata["/Title"] = title
    if created:
        metadata["/CreationDate"] = created
    writer.add_metadata(metadata)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_created(lines: list[str], created: str) -> bytes:
    """A one-page PDF whose document properties give a creation date (``D:20190101...``)."""
    return _with_title(pdf_pages([lines]), None, created)


def encrypted_pdf(lines: list[str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_text(lines))))
    writer.encrypt(user_password="secreto", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def image_only_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes(
    paragraphs: list[str], title: str | None = None, table: list[list[str]] | None = None
) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def zip_bomb_docx(unpacked_mb: int = 300) -> bytes:
    """A small .docx-named zip that would unpack to ``unpacked_mb`` megabytes."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        chunk = b"\0" * (1024 * 1024)
        with archive.open("word/document.xml", "w") as member:
            for _ in range(unpacked_mb):
                member.write(chunk)
    return buf.getvalue()


def docx_with_part(base: bytes, part: str, transform) -> bytes:
    """``base`` (a .docx) with one part's bytes passed through ``transform``."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(base))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            archive.writestr(info, transform(data) if info.filename == part else data)
    return buf.getvalue()


def with_doctype(xml: bytes, doctype: str, placeholder: str, reference: str) -> bytes:
    """An XML part with a DOCTYPE after its declaration and ``placeholder`` made an entity use."""
    head, rest = xml.decode("utf-8").split("?>", 1)
    return f"{head}?>\n{doctype}{rest.replace(placeholder, reference)}".encode()


def inflated_docx(unpacked_mb: int) -> bytes:
    """A valid .docx whose document.xml is padded with whitespace to ``unpacked_mb`` MB.

    Word would open it: the padding sits between elements. Written in 1 MB pieces, so the
    test never holds the unpacked size in memory.
    """
    import zipfile

    base = zipfile.ZipFile(io.BytesIO(docx_bytes(["El ministro dijo que la inflación bajó."])))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in base.infolist():
            data = base.read(info)
            if info.filename != "word/document.xml":
                archive.writestr(info, data)
                continue
            at = data.index(b"<w:body>") + len(b"<w:body>")
            with archive.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(data[:at])
                padding = b" " * (1024 * 1024)
                for _ in range(unpacked_mb):
                    member.write(padding)
                member.write(data[at:])
    return buf.getvalue()
