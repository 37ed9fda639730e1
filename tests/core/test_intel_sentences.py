"""Sentences of Spanish and English text, with code-point offsets into the text itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtracker.core.intel.sentences import Cancelled, segment, sentence_at


def texts(text: str, language: str = "es") -> list[str]:
    found = segment(text, language)
    for s in found:
        assert text[s.start : s.end] == s.text
    return [s.text for s in found]


def test_spanish_abbreviations_decimals_and_large_numbers_do_not_end_sentences():
    text = (
        "El Sr. García dijo que EE. UU. enviará 2,5 millones. La inflación subió al 2,5 %. "
        "Hay 1.000.000 de personas. La Dra. Ruiz habló a las 10.30 h. El PIB creció."
    )
    assert texts(text) == [
        "El Sr. García dijo que EE. UU. enviará 2,5 millones.",
        "La inflación subió al 2,5 %.",
        "Hay 1.000.000 de personas.",
        "La Dra. Ruiz habló a las 10.30 h.",
        "El PIB creció.",
    ]


def test_a_sentence_may_end_after_an_abbreviation_that_can_be_final():
    assert texts("Vive en EE. UU. El presidente habló.") == [
        "Vive en EE. UU.",
        "El presidente habló.",
    ]


def test_dotted_acronyms_and_english_titles():
    assert texts("Según la O.N.U., la cifra es de 3.000. El gobierno lo negó.") == [
        "Según la O.N.U., la cifra es de 3.000.",
        "El gobierno lo negó.",
    ]
    assert texts(
        "The U.S. Sen. Smith said inflation hit 3.5% in Jan. 2024. Mr. Jones left.", "en"
    ) == [
        "The U.S. Sen. Smith said inflation hit 3.5% in Jan. 2024.",
        "Mr. Jones left.",
    ]


def test_quotes_ellipsis_questions_and_exclamations():
    text = "«Es falso», dijo el ministro. “No hubo ataque”, añadió. Luego... nada. ¿Quién? ¡Nadie!"
    assert texts(text) == [
        "«Es falso», dijo el ministro.",
        "“No hubo ataque”, añadió.",
        "Luego... nada.",
        "¿Quién?",
        "¡Nadie!",
    ]


def test_offsets_are_code_points_after_emoji_accents_and_cjk():
    text = "😀👍🏽 東京 Ñandú. Según el INE, el paro bajó al 12,3 %. 🇪🇸 Fin del texto."
    found = segment(text, "es")
    assert [text[s.start : s.end] for s in found] == [s.text for s in found]
    paro = next(s for s in found if "paro" in s.text)
    assert paro.text == "Según el INE, el paro bajó al 12,3 %."
    assert paro.start == text.index("Según")  # str.index counts code points
    # 14 code points precede it; counted in UTF-16 units (as Qt does) it would be 17.
    assert paro.start == 14
    assert len(text[:14].encode("utf-16-le")) // 2 == 17


def test_paragraphs_and_headings_end_sentences_but_wrapped_lines_do_not():
    text = (
        "Titular sin punto\n\nPrimer párrafo. Sigue aquí\nOtra línea suelta.\n"
        "This is a long line of hard wrapped prose that goes on and on and\n"
        "continues here. Next one."
    )
    assert texts(text) == [
        "Titular sin punto",
        "Primer párrafo.",
        "Sigue aquí",
        "Otra línea suelta.",
        "This is a long line of hard wrapped prose that goes on and on and\ncontinues here.",
        "Next one.",
    ]


def test_whitespace_and_punctuation_only_text_has_no_sentences():
    assert segment("", "es") == []
    assert segment("  \n\n … \n", "en") == []


def test_sentence_at_finds_the_sentence_around_a_position():
    text = "Uno dos tres. Cuatro cinco seis."
    found = segment(text, "es")
    assert sentence_at(found, text.index("cinco")).text == "Cuatro cinco seis."
    assert sentence_at(found, len(text)).text == "Cuatro cinco seis."
    assert sentence_at(found, text.index(" Cuatro")) is not None


def test_cancel_stops_segmentation():
    with pytest.raises(Cancelled):
        segment("Una frase.\n\n" * 1000, "es", cancel=lambda: True)


ALPHABET = "aáeñoZ É1,.%…!?¿¡«»“”\"'\n 😀👍🏽東京 EE. UU. Sr. 2,5 1.000.000 O.N.U. h. "


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(ALPHABET) + ALPHABET.split()), max_size=80).map("".join))
def test_spans_always_match_the_text_in_order_and_lose_no_word(text):
    found = segment(text, "es")
    previous_end = 0
    for s in found:
        assert text[s.start : s.end] == s.text
        assert previous_end <= s.start < s.end
        assert s.text == s.text.strip()
        previous_end = s.end
    covered = set()
    for s in found:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(text) if c.isalnum())
