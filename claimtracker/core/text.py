"""Normalisation of article text, applied once on import."""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029")


def normalize_text(text: str) -> str:
    """Line breaks to ``\\n`` and Unicode NFC; nothing else changes.

    Qt's ``QTextDocument`` turns ``\\r\\n``, ``\\r``, U+2028 and U+2029 into paragraph breaks,
    so text stored this way is exactly the string the article view shows.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))


def clean_text(text: str) -> str:
    """Join surrogate pairs and replace lone surrogates with U+FFFD.

    Text from Qt or from a broken file can hold lone UTF-16 surrogates, which no database
    or UTF-8 file can store; they become the replacement character instead of an error.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text
