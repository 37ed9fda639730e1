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
