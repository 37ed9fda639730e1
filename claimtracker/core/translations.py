"""Reports in a chosen language: the core's texts translated from the window's Qt Linguist files.

The texts the core writes in reports (column headings, the dossier's words, the fixed
vocabularies and the default scales) are marked with
:func:`~claimtracker.core.errors.QT_TRANSLATE_NOOP`, so ``lupdate`` puts them in
``resources/i18n/claimtracker_<language>.ts`` next to the window's; a translator translates
each text once, there. The core reads those files with an XML parser (no Qt), once per
language.
"""

from __future__ import annotations

import re
from functools import cache

from defusedxml import ElementTree

from claimtracker.resources import resource_path

ENGLISH = "en"
_CODE = re.compile(r"[a-z]{2,3}")


def language_code(language: str | None) -> str:
    """The language part of a code: ``es-ES``, ``es_ES`` and ``ES`` -> ``es``; ``""`` -> ``en``."""
    code = (language or "").strip().replace("_", "-").split("-")[0].casefold()
    return code or ENGLISH


def translates(language: str | None) -> bool:
    """Whether reports in ``language`` differ from English (it has finished translations)."""
    code = language_code(language)
    return code != ENGLISH and bool(_catalogue(code))


def translate(language: str | None, context: str, text: str) -> str:
    """``text`` of ``context`` in ``language``; the English text when there is no finished
    translation (unknown language, text not in the file, or not yet translated)."""
    code = language_code(language)
    if code == ENGLISH or not text:
        return text
    return _catalogue(code).get((context, text), text)


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """Finished translations of one language by (context, English text); empty if none."""
    if not _CODE.fullmatch(code):  # a code names a file: nothing else may reach the path
        return {}
    path = resource_path("i18n", f"claimtracker_{code}.ts")
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue  # plural forms are the window's (counts in sentences)
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


__all__ = ["ENGLISH", "language_code", "translate", "translates"]
