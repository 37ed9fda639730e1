"""Turning the bytes of an article file into text, without guessing wildly."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused, Note

# Checked in this order; UTF-32 before UTF-16 because their little-endian BOMs share a prefix.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detection is limited to encodings news text plausibly comes in: unrestricted detection
# misreads Spanish Windows-1252 ("Añadió" as "Ańadió").
LIKELY_ENCODINGS = ("cp1252", "iso8859_15", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251")

# Browsers read these declarations as Windows-1252, and so do we.
_AS_CP1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"}

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_GOOD_PER_BAD = 4  # correct multi-byte characters needed per damaged one to read it as UTF-8


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used, whether it was certain, and what the analyst must know."""

    text: str
    encoding: str
    certain: bool
    warning: Note | None = None

    def note(self) -> Note | None:
        """What to tell the analyst: the damage found, or that the encoding was guessed."""
        if self.warning is not None or self.certain:
            return self.warning
        return Note(
            QT_TRANSLATE_NOOP("Core", "encoding guessed as {encoding}"), encoding=self.encoding
        )


def declared_charset(data: bytes) -> str | None:
    """Charset named by an HTML ``<meta>`` or XML declaration near the start, if any."""
    match = _DECLARED.search(data[:8192])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    return "cp1252" if name in _AS_CP1252 else name


def decode_bytes(data: bytes, declared: str | None = None, *, name: str = "file") -> Decoded:
    """BOM, then strict UTF-8, then the declared charset, then detection among likely ones."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data[len(bom) :].decode(encoding), encoding, True), name)
            except UnicodeDecodeError as exc:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Core", "{name}: not valid {encoding} despite its marker"),
                    name=name,
                    encoding=encoding,
                ) from exc
    if b"\x00" in data:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Core", "{name} contains NUL bytes: it looks like a binary file, not text"
            ),
            name=name,
        )
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", True), name)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, name)
    if mostly is not None:
        return _checked(mostly, name)
    if declared:
        try:
            return _checked(
                Decoded(data.decode(declared), codecs.lookup(declared).name, True), name
            )
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to detection
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LIKELY_ENCODINGS)).best()
    if best is not None:
        return _checked(Decoded(str(best), best.encoding, False), name)
    return _checked(Decoded(data.decode("cp1252", errors="replace"), "cp1252", False), name)


def _mostly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few damaged bytes (a bad copy, a truncated paste), if ``data`` is that.

    Read in another encoding, every correct accent of such a file would turn into two
    wrong characters; read as UTF-8, only the damaged bytes are lost, shown as U+FFFD and
    reported. Text in a single-byte encoding (Spanish cp1252) forms almost no valid
    multi-byte sequence, so it is not taken for this.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if bad <= 0 or good < _GOOD_PER_BAD * bad:
        return None
    warning = Note(
        QT_TRANSLATE_NOOP(
            "Core", "{name}: {count} invalid byte sequence in otherwise UTF-8 text, shown as �"
        )
        if bad == 1
        else QT_TRANSLATE_NOOP(
            "Core", "{name}: {count} invalid byte sequences in otherwise UTF-8 text, shown as �"
        ),
        name=name,
        count=bad,
    )
    return Decoded(text, "utf-8", False, warning)


def _checked(decoded: Decoded, name: str) -> Decoded:
    text = decoded.text
    sample = text[:65536]
    if "\x00" in text or (sample and len(_CONTROL.findall(sample)) > len(sample) // 20):
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{name} looks like a binary file, not text"), name=name
        )
    return decoded
