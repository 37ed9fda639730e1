"""Showing data as text where Qt would read rich text (tooltips, message boxes).

Article text, statements, names and anything from a merge file are text, never markup: a
statement holding ``<img src="file:///dev/zero">`` must show those characters, and Qt must
never open that file.
"""

from __future__ import annotations

from html import escape


def tooltip(text: str) -> str:
    """Tooltip text that Qt shows exactly as written (escaped rich text, lines kept)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"


def menu_text(text: str) -> str:
    """A name as a menu entry: ``&`` shown as itself, not as a keyboard accelerator."""
    return text.replace("&", "&&")
