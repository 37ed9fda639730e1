"""Normalisation applied once on import."""

import unicodedata

from claimtracker.core.text import normalize_text


def test_line_breaks_become_newlines():
    assert normalize_text("a\r\nb\rc\u2028d\u2029e\nf") == "a\nb\nc\nd\ne\nf"


def test_decomposed_accents_are_composed():
    decomposed = unicodedata.normalize("NFD", "Añadió inflación")
    assert len(decomposed) > len("Añadió inflación")
    assert normalize_text(decomposed) == "Añadió inflación"


def test_byte_order_mark_dropped_and_nothing_else_changes():
    text = "\ufeff  «Hola»\u00a0mundo\t😀 東京  "
    assert normalize_text(text) == "  «Hola»\u00a0mundo\t😀 東京  "
