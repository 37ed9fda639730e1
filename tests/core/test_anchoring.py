"""Offsets in code points, the UTF-16 conversion pair, selectors and re-anchoring."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtracker.core.anchoring import (
    CONTEXT_LENGTH,
    AnchorState,
    Utf16Map,
    find_occurrence,
    make_selector,
    reanchor,
    to_codepoint,
    to_utf16,
    trim_range,
)
from claimtracker.core.text import normalize_text

# Pieces that make offsets hard: astral emoji, skin tones, ZWJ families, flags, CJK,
# combining marks, CRLF, non-breaking spaces.
PIECES = [
    "a",
    "b",
    " ",
    "\n",
    "\r\n",
    "é",
    "e\u0301",
    "ñ",
    "«",
    "»",
    "“",
    "”",
    "—",
    "😀",
    "👍🏽",
    "👩\u200d👩\u200d👧\u200d👦",
    "🇪🇸",
    "東京",
    "中文",
    "한국",
    "𝕏",
    "\u00a0",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


class TestUtf16:
    def test_bmp_text_has_equal_offsets(self):
        m = Utf16Map("Añadió 東京")
        assert [m.to_utf16(i) for i in range(8)] == list(range(8))

    def test_emoji_counts_two_units(self):
        text = "😀a👍🏽b"  # 😀 (2 units), a, 👍 (2), 🏽 (2), b
        assert to_utf16(text, 1) == 2
        assert to_utf16(text, 2) == 3
        assert to_utf16(text, 4) == 7
        assert to_codepoint(text, 7) == 4
        assert Utf16Map(text).utf16_length == utf16_len(text)

    def test_lone_surrogate_counts_one_unit(self):
        m = Utf16Map("a\ud83db😀")  # a broken pair kept from a damaged file, then an emoji
        assert m.utf16_length == 5
        assert [m.to_utf16(i) for i in range(5)] == [0, 1, 2, 3, 5]

    def test_offset_inside_surrogate_pair_rounds_to_its_start(self):
        assert to_codepoint("a😀b", 2) == 1

    def test_out_of_range_is_an_error(self):
        with pytest.raises(ValueError):
            to_utf16("abc", 4)
        with pytest.raises(ValueError):
            to_codepoint("😀", 3)

    @given(texts, st.data())
    def test_round_trip_and_agreement_with_utf16_encoding(self, text, data):
        m = Utf16Map(text)
        cp = data.draw(st.integers(0, len(text)))
        u = m.to_utf16(cp)
        assert u == utf16_len(text[:cp])
        assert m.to_codepoint(u) == cp


class TestSelectors:
    def test_selector_stores_quote_and_32_code_points_of_context(self):
        text = "x" * 40 + "CLAIM" + "y" * 40
        sel = make_selector(text, 40, 45)
        assert sel.exact == "CLAIM"
        assert sel.prefix == "x" * CONTEXT_LENGTH
        assert sel.suffix == "y" * CONTEXT_LENGTH

    def test_empty_range_is_refused(self):
        with pytest.raises(ValueError):
            make_selector("abc", 1, 1)

    def test_trim_range_drops_whitespace_at_both_ends(self):
        text = "a \n quote here\u00a0\n b"
        start, end = trim_range(text, 1, len(text) - 1)
        assert text[start:end] == "quote here"

    def test_find_occurrence_counts_from_one(self):
        text = "dijo que sí. Luego dijo que sí otra vez."
        assert find_occurrence(text, "dijo que sí", 2) == (19, 30)
        assert find_occurrence(text, "dijo que sí", 3) is None

    def test_find_occurrence_matches_across_line_breaks(self):
        text = "el ministro\ndijo   que la inflación"
        start, end = find_occurrence(text, "ministro dijo que", 1)
        assert text[start:end] == "ministro\ndijo   que"

    @given(texts, st.data())
    def test_selector_slices_exactly(self, text, data):
        text = normalize_text(text)
        assume(len(text) >= 1)
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        sel = make_selector(text, start, end)
        assert text[sel.start : sel.end] == sel.exact
        assert text.endswith(sel.suffix, 0, len(text)) or sel.suffix in text
        assert text[: sel.start].endswith(sel.prefix)


class TestReanchor:
    ARTICLE = (
        "BRUSELAS — El secretario general afirmó que Corea del Norte ha enviado "
        "“más de un millón de proyectiles” a Rusia 🇷🇺. La Casa Blanca no lo confirmó."
    )

    def sel(self, quote: str):
        start = self.ARTICLE.index(quote)
        return make_selector(self.ARTICLE, start, start + len(quote))

    def test_unchanged_text_stays_anchored(self):
        sel = self.sel("más de un millón de proyectiles")
        anchor = reanchor(self.ARTICLE, sel)
        assert anchor.state == AnchorState.ANCHORED
        assert anchor.selector == sel

    def test_text_inserted_before_moves_the_highlight(self):
        sel = self.sel("más de un millón de proyectiles")
        changed = "Actualización 👍🏽 東京: " + self.ARTICLE
        anchor = reanchor(changed, sel)
        assert anchor.state == AnchorState.MOVED
        assert changed[anchor.selector.start : anchor.selector.end] == sel.exact

    def test_context_picks_the_right_one_of_two_equal_quotes(self):
        text = "Primero: A dijo «no». Después: B dijo «no». Fin."
        second = text.rindex("«no»")
        sel = make_selector(text, second, second + 4)
        changed = "XX " + text.replace("Primero", "Al principio")
        anchor = reanchor(changed, sel)
        assert anchor.state == AnchorState.MOVED
        assert anchor.selector.start == changed.rindex("«no»")

    def test_edited_quote_is_found_fuzzily(self):
        sel = self.sel("Corea del Norte ha enviado “más de un millón de proyectiles”")
        changed = self.ARTICLE.replace("ha enviado", "habría enviado")
        anchor = reanchor(changed, sel)
        assert anchor.state == AnchorState.FUZZY
        assert "habría enviado “más de un millón de proyectiles”" in anchor.selector.exact
        assert anchor.selector.exact == changed[anchor.selector.start : anchor.selector.end]

    def test_vanished_quote_is_orphaned_and_kept(self):
        sel = self.sel("más de un millón de proyectiles")
        anchor = reanchor("Un texto completamente distinto sobre otra cosa.", sel)
        assert anchor.state == AnchorState.ORPHANED
        assert anchor.selector == sel

    @settings(max_examples=200)
    @given(texts, texts, texts, texts)
    def test_quote_is_found_after_any_insertion(self, before, quote, after, inserted):
        text = normalize_text(before + quote + after)
        quote = normalize_text(quote)
        start = len(normalize_text(before))
        assume(quote.strip() and text[start : start + len(quote)] == quote)
        sel = make_selector(text, start, start + len(quote))
        changed = normalize_text(inserted) + text
        anchor = reanchor(changed, sel)
        assert anchor.state in (AnchorState.ANCHORED, AnchorState.MOVED)
        assert changed[anchor.selector.start : anchor.selector.end] == quote
