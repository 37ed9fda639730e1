"""Similar claims: figures in one form, aliases, ranking in a database, grouping, alias edits."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from claimtracker.core.db import open_database
from claimtracker.core.errors import UserError
from claimtracker.core.intel.aliases import AliasTable, default_aliases
from claimtracker.core.intel.numbers import canonical, figures
from claimtracker.core.intel.similarity import features, similarity
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("variants", "language", "value"),
    [
        (["1 millón", "un millón", "1.000.000", "1,000,000", "1 000 000"], "es", "1000000"),
        (["one million", "a million", "1,000,000", "1 million"], "en", "1000000"),
        (["27 %", "27%", "27 por ciento", "veintisiete por ciento"], "es", "27%"),
        (["27 percent", "27 per cent", "twenty-seven percent"], "en", "27%"),
        (["2,5 %", "dos y medio por ciento"], "es", "2.5%"),
        (["2.5%", "two and a half percent"], "en", "2.5%"),
        (["1,5 millones", "1.500.000", "millón y medio"], "es", "1500000"),
        (["tres millones y medio", "3,5 millones", "3.500.000"], "es", "3500000"),
        (["$3bn", "3 billion", "three billion"], "en", "3000000000"),
        (["3.000 millones", "tres mil millones", "mil millones"], "es", None),
        (["6.700", "seis mil setecientos"], "es", "6700"),
        (["6,700", "six thousand seven hundred"], "en", "6700"),
        (["medio millón", "500.000", "quinientos mil"], "es", "500000"),
    ],
)
def test_figures_written_differently_are_equal(variants, language, value):
    found = [figures(v, language) for v in variants]
    if value is None:  # "mil millones" is a thousand million, not three thousand
        assert found[:2] == [["3000000000"], ["3000000000"]] and found[2] == ["1000000000"]
        return
    assert found == [[value]] * len(variants)


def test_decimal_marks_and_times_are_not_mixed_up():
    assert figures("83,8 años", "es") == ["83.8"]
    assert figures("0.125 mm", "en") == ["0.125"]
    assert figures("Actualizado a las 14:35 h.", "es") == []
    assert canonical("la inflación subió al 27 por ciento", "es") == "la inflación subió al 27%"


def test_aliases_map_capitals_institutions_and_demonyms_to_one_group():
    table = AliasTable(default_aliases())
    found = table.find("Pyongyang y Corea del Norte; North Korea, Moscú, el Kremlin y Russia.")
    assert [m.concept for m in found] == [
        "north-korea",
        "north-korea",
        "north-korea",
        "russia",
        "russia",
        "russia",
    ]
    assert [m.text for m in table.find("soldados norcoreanos en Rusia")] == [
        "norcoreanos",
        "Rusia",
    ]


def test_short_capital_aliases_match_only_in_capitals():
    table = AliasTable(default_aliases())
    assert [m.concept for m in table.find("The US and the EU told us so")] == [
        "united-states",
        "european-union",
    ]
    assert table.find("they told us") == []


def test_restatements_score_above_a_distractor_on_the_same_topic():
    table = AliasTable(default_aliases())
    original = features(
        "Corea del Norte ha enviado más de un millón de proyectiles a Rusia.", table
    )
    restated = features("Pyongyang ha suministrado a Moscú más de 1.000.000 de obuses.", table)
    distractor = features("Corea del Norte ha enviado unos 11.000 soldados a Rusia.", table)
    assert similarity(original, restated) > 0.6
    assert similarity(original, restated) > similarity(distractor, restated) + 0.2


@pytest.fixture
def claims(services, add_article):
    article = add_article(
        "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia. "
        "Corea del Norte ha enviado unos 11.000 soldados a Rusia. "
        "La inflación bajó al 2,7 % en abril. "
        "La inflación subió al 27 % en abril. "
        "Inflation rose to 27 percent in April. "
        "El paro afecta a 2,8 millones de personas.",
        "Nota",
    )
    made = {}
    for quote in (
        "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia.",
        "Corea del Norte ha enviado unos 11.000 soldados a Rusia.",
        "La inflación bajó al 2,7 % en abril.",
        "La inflación subió al 27 % en abril.",
        "Inflation rose to 27 percent in April.",
        "El paro afecta a 2,8 millones de personas.",
    ):
        made[quote] = services.claims.create_from_quote(article, quote)
    return article, made


def test_similar_claims_are_ranked_with_score_verdict_and_article(services, claims):
    article, made = claims
    services.claims.update(made["La inflación subió al 27 % en abril."].id, verdict="false")
    found = services.similar.find("La inflación de abril escaló hasta el veintisiete por ciento")
    assert [c.statement for c in found[:2]] == [
        "La inflación subió al 27 % en abril.",
        "Inflation rose to 27 percent in April.",
    ]
    best = found[0]
    assert best.verdict == "false" and best.article_id == article and best.article_title == "Nota"
    assert 0 < best.score <= 1 and "27%" in best.shared
    assert all(c.statement != "La inflación bajó al 2,7 % en abril." for c in found[:2])


def test_similar_to_a_claim_leaves_the_claim_itself_out(services, claims):
    _article, made = claims
    shells = made[
        "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia."
    ]
    found = services.similar.find(shells.id)
    assert shells.id not in [c.id for c in found]
    assert found[0].statement == "Corea del Norte ha enviado unos 11.000 soldados a Rusia."
    assert found[0].score < 0.6  # same topic, different figures: not the same claim
    assert services.similar.find(shells.id, limit=1, min_score=0.99) == []


def test_similar_with_a_missing_claim_is_a_user_error(services):
    with pytest.raises(UserError, match="no claim with id 99"):
        services.similar.find(99)
    assert services.similar.find("   ") == []


def test_group_similar_puts_restatements_together(services, claims, add_article):
    _article, made = claims
    other = add_article("Pyongyang ha suministrado a Moscú más de 1.000.000 de obuses.", "Otra")
    restated = services.claims.create_from_quote(
        other, "Pyongyang ha suministrado a Moscú más de 1.000.000 de obuses."
    )
    ids = [c.id for c in made.values()] + [restated.id]
    groups = services.similar.group_similar(ids, threshold=0.6)
    shells = made[
        "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia."
    ]
    assert [shells.id, restated.id] in groups
    assert sorted(i for g in groups for i in g) == sorted(ids)
    assert [made["La inflación bajó al 2,7 % en abril."].id] in groups  # 2.7% is not 27%


def test_alias_edits_are_kept_and_change_matching(services, claims, db_path):
    before = services.similar.find("Norcorea ha enviado un millón de proyectiles de artillería")
    added = services.aliases.add("Corea del Norte", "Norcorea")
    assert added.concept == "north-korea"
    after = services.similar.find("Norcorea ha enviado un millón de proyectiles de artillería")
    assert after[0].score > before[0].score
    assert "north-korea" in after[0].shared
    removed = services.aliases.remove("Norcorea")
    assert [a.name for a in removed] == ["Norcorea"]
    assert "Norcorea" not in [a.name for a in services.aliases.entries("north-korea")]
    services.aliases.restore(removed)
    reopened = open_database(db_path)
    try:
        from claimtracker.core.services import Services

        names = [a.name for a in Services(reopened, "x").aliases.entries("Pyongyang")]
    finally:
        reopened.close()
    assert "Norcorea" in names and "Corea del Norte" in names


def test_alias_mistakes_are_one_line_errors_and_change_nothing(services, db):
    with db.read() as s:
        count = s.execute(text("SELECT count(*) FROM aliases")).scalar()
    with pytest.raises(UserError, match="already an alias"):
        services.aliases.add("russia", "Moscú")
    with pytest.raises(UserError, match="no alias 'Atlantis'"):
        services.aliases.remove("Atlantis")
    with pytest.raises(UserError, match="needs a name"):
        services.aliases.add("russia", " ¿? ")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM aliases")).scalar() == count
    services.aliases.add("washington-state", "Washington")
    with pytest.raises(UserError, match="several groups"):
        services.aliases.add("Washington", "Olympia")


def test_a_new_database_starts_from_the_shipped_alias_list(services):
    names = {(a.concept, a.name) for a in services.aliases.entries()}
    assert ("north-korea", "Pyongyang") in names and ("russia", "Kremlin") in names
    assert len(names) == len(default_aliases())


def test_development_pairs_are_still_found(services):
    """Regression guard on the development half (the test half is reported by the bench)."""
    rows = [json.loads(line) for line in (DATA / "intel" / "similar-dev.jsonl").open()]
    rows = [r for r in rows if r["lang"] != "cross"]
    texts = [r["original"] for r in rows] + [d for r in rows for d in r["distractors"]]
    article = services.articles.add_text("\n".join(texts), "Dev").id
    ids = {}
    for r in rows:
        ids[r["original"]] = services.claims.create_from_quote(article, r["original"]).id
    for d in (d for r in rows for d in r["distractors"]):
        services.claims.create_from_quote(article, d)
    hits = sum(
        ids[r["original"]] in [c.id for c in services.similar.find(r["restatement"], limit=3)]
        for r in rows
    )
    assert hits / len(rows) >= 0.9


def test_group_similar_can_be_cancelled(services, claims):
    from claimtracker.core.intel.sentences import Cancelled

    _article, made = claims
    with pytest.raises(Cancelled):
        services.similar.group_similar([c.id for c in made.values()], cancel=lambda: True)
