"""Check-worthiness: each signal fires with the reason an editor reads, and the dev set holds."""

from __future__ import annotations

import json

import pytest

from claimtracker.core.intel import signals
from claimtracker.core.intel.checkworthiness import score_sentence, suggest
from claimtracker.core.intel.language import detect
from claimtracker.core.intel.lexicon import load
from claimtracker.core.intel.sentences import Cancelled
from tests.conftest import DATA


def reasons(sentence: str, language: str) -> list[str]:
    return [str(r) for r in score_sentence(sentence, language)[1]]


@pytest.mark.parametrize(
    ("sentence", "language", "reason"),
    [
        ("Se perdieron 2,5 millones de empleos.", "es", "+ figure: “2,5”"),
        ("Han llegado cinco millones de turistas.", "es", "+ figure: “cinco millones”"),
        ("Se han enviado un millón de proyectiles.", "es", "+ figure: “un millón”"),
        ("The rate rose to 27 percent.", "en", "+ percentage: “percent”"),
        ("La cifra llegó al 27 % en marzo.", "es", "+ date: “marzo”"),
        ("The plant closed in 2019 for good.", "en", "+ date: “2019”"),
        (
            "El secretario general de la OTAN visitó Kiev.",
            "es",
            "+ named role: “El secretario general de la OTAN”",
        ),
        ("Yesterday the senator voted against it.", "en", "+ named role: “the senator”"),
        ("Los envíos salieron de Corea del Norte.", "es", "+ named: “Corea del Norte”"),
        ("El ministro afirmó que no hubo recortes.", "es", "+ attribution: “afirmó”"),
        ("The spokesman denied the report.", "en", "+ denial: “denied”"),
        ("Exports fell because of the drought in the south.", "en", "+ causal claim: “because”"),
        ("Es el paro más alto de la década.", "es", "+ comparison: “más alto”"),
        ("Prices are higher than last year everywhere.", "en", "+ comparison: “higher than”"),
        ("¿Qué pasará con las pensiones este año?", "es", "− question"),
        ("Creo que el Gobierno se equivoca en esto.", "es", "− opinion: “Creo”"),
        ("Muchas gracias por acompañarnos esta noche.", "es", "− courtesy: “gracias”"),
        ("Prices could keep rising through the winter.", "en", "− prediction or hedge: “could”"),
        ("La reforma llegará al Congreso en otoño.", "es", "− future tense: “llegará”"),
        ("Únete a nuestro canal para recibir noticias.", "es", "− boilerplate: “Únete”"),
        ("Subscribe to our newsletter for the headlines.", "en", "− boilerplate: “Subscribe”"),
        ("The union urged members to vote against it.", "en", "− call to action: “urged”"),
        ("Seguiremos informando.", "es", "− too short to check"),
    ],
)
def test_each_signal_fires_with_its_reason(sentence, language, reason):
    assert reason in reasons(sentence, language)


def test_a_figure_with_attribution_is_checkworthy_and_an_opinion_is_not():
    claim = (
        "El secretario general de la OTAN afirmó que Corea del Norte ha enviado un millón "
        "de proyectiles."
    )
    opinion = "Creo que el Gobierno debería escuchar más a los jóvenes."
    assert score_sentence(claim, "es")[0] > 0.8
    assert score_sentence(opinion, "es")[0] < 0.2


def test_suggestions_carry_offsets_score_and_reasons():
    text = "😀 ¡Hola! El paro bajó al 12,3 % en marzo, según el INE. ¿Y ahora qué?"
    found = suggest(text, "es")
    assert [text[s.start : s.end] for s in found] == [s.text for s in found]
    claim = next(s for s in found if "paro" in s.text)
    assert claim.checkworthy and claim.language == "es"
    assert "+ figure: “12,3 %”" in claim.reason_texts
    question = next(s for s in found if s.text.startswith("¿"))
    assert not question.checkworthy and "− question" in question.reason_texts


def test_language_is_guessed_per_sentence_from_function_words():
    assert detect("El Gobierno aseguró que la inflación bajó en marzo.") == "es"
    assert detect("The government said that inflation fell in March.") == "en"
    # One stray word does not move a sentence out of the article's language.
    assert detect("North Korean leader Kim Jong Un visited a factory.", "en") == "en"
    text = "El paro bajó al 12 % según el INE. Unemployment fell to 4% in the United States."
    assert [s.language for s in suggest(text, "es")] == ["es", "en"]


def test_cancel_stops_suggestions():
    with pytest.raises(Cancelled):
        suggest("El paro bajó al 12 %.\n\n" * 2000, "es", cancel=lambda: True)


def test_development_set_still_scores_as_tuned():
    """A regression guard on the half the lexicons were tuned on (the test half is reported
    by bench/intel_bench.py, never asserted here)."""
    rows = [json.loads(line) for line in (DATA / "intel" / "checkworthy-dev.jsonl").open()]
    assert len(rows) == 110
    predicted = [score_sentence(r["text"], r["lang"])[0] >= 0.5 for r in rows]
    truth = [r["checkworthy"] for r in rows]
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    precision = tp / sum(predicted)
    recall = tp / sum(truth)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_every_signal_label_is_marked_for_translation():
    specs = load("checkworthiness.toml")["signals"]
    labels = {spec["label"] for spec in specs.values()}
    assert labels and labels <= set(signals.LABELS)


def test_a_reason_reads_with_a_translated_label():
    (reason,) = [r for r in score_sentence("El paro bajó un 3 %.", "es")[1] if r.signal == "figure"]
    assert str(reason) == "+ figure: \u201c3 %\u201d"
    assert reason.shown("cifra") == "+ cifra: \u201c3 %\u201d"
