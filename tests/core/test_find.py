"""Finding words in an article (the reader's find bar) and articles in the library."""

from __future__ import annotations

import pytest

from claimtracker.core.anchoring import Utf16Map
from claimtracker.core.textfind import FoldedText, find_all

TEXT = (
    "Reacciones 😀👍🏽 en redes. La INFLACIÓN bajó; España dijo que la inflación "
    "sube. 東京の記者によると、北朝鮮は砲弾を送った。Straße y STRASSE. El año del niño."
)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("inflacion", ["INFLACIÓN", "inflación"]),
        ("INFLACIÓN", ["INFLACIÓN", "inflación"]),
        ("espana", ["España"]),
        ("ano del nino", ["año del niño"]),
        ("北朝鮮", ["北朝鮮"]),
        ("記者", ["記者"]),
        ("😀👍🏽 en", ["😀👍🏽 en"]),
        ("strasse", ["Straße", "STRASSE"]),
    ],
)
def test_accents_and_case_are_ignored_and_ranges_are_code_points(query, found):
    ranges = find_all(TEXT, query)
    assert [TEXT[start:end] for start, end in ranges] == found


def test_ranges_convert_to_qt_offsets_after_emoji():
    (start, end), *_ = find_all(TEXT, "inflacion")
    utf16 = Utf16Map(TEXT)
    encoded = TEXT.encode("utf-16-le")
    shown = encoded[2 * utf16.to_utf16(start) : 2 * utf16.to_utf16(end)].decode("utf-16-le")
    assert shown == "INFLACIÓN"


def test_decomposed_accents_in_the_text_are_found():
    text = "La inflacio\u0301n bajo\u0301."  # NFD, as some sources send it
    ((start, end),) = find_all(text, "inflación")
    assert text[start:end] == "inflacio\u0301n"


def test_half_a_character_is_not_a_match_and_empty_queries_find_nothing():
    assert find_all("Maße", "s") == []  # "ß" folds to "ss": "s" is only half of it
    assert find_all(TEXT, "   ") == []
    folded = FoldedText(TEXT)
    assert folded.find_all("redes") == [(TEXT.index("redes"), TEXT.index("redes") + 5)]


class TestLibrarySearch:
    def test_text_of_articles_without_claims_is_searched(self, services, add_article):
        first = add_article("El ministro habló de la INFLACIÓN en marzo.", "Economía")
        add_article("Nada que ver con precios.", "Deportes")
        third = add_article("東京の記者によると、北朝鮮は砲弾を送った。", "Corea")
        assert [a.id for a in services.articles.search("inflacion")] == [first]
        assert [a.id for a in services.articles.search("infla")] == [first]  # while typing
        assert [a.id for a in services.articles.search("記者")] == [third]
        assert services.articles.search("economia")[0].id == first  # the title too
        assert services.articles.search('"AND c++') == []  # FTS syntax searched as text

    def test_outlet_and_author_are_found_too(self, services, add_article):
        article = add_article("Texto de la nota.", "Nota")
        services.articles.update(article, outlet="Diario Ejemplo", author="Lucía Fernández")
        assert [a.id for a in services.articles.search("Ejemplo")] == [article]
        assert [a.id for a in services.articles.search("Lucía")] == [article]

    def test_an_edited_title_and_a_new_version_are_searched(self, services, add_article):
        from claimtracker.core.importers import ImportedArticle

        article = add_article("Primer texto sobre munición.", "Nota")
        services.articles.update(article, title="Proyectiles norcoreanos")
        assert [a.id for a in services.articles.search("norcoreanos")] == [article]
        new = "Segundo texto sobre artillería."
        services.versions.add_version(article, ImportedArticle(new, "Nota", "paste", b"x"))
        assert [a.id for a in services.articles.search("artilleria")] == [article]
        assert services.articles.search("munición") == []
