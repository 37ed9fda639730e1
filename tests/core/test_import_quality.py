"""What an imported article reads like: paragraphs, clean PDF text, honest metadata, titles."""

from __future__ import annotations

import pytest

from claimtracker.core.importers import convert_bytes
from tests.factories import pdf_created, pdf_pages

P1 = "Corea del Norte ha enviado más de un millón de proyectiles de artillería a Rusia."
P2 = "La portavoz de la Casa Blanca afirmó que los contenedores llegaron a Vostochni."
P3 = "El Kremlin no quiso confirmar la cifra ante los periodistas en Moscú."


def html(head: str, body: str) -> bytes:
    return (
        f'<html lang="es"><head><meta charset="utf-8">{head}</head><body>'
        f"<nav>Portada Internacional</nav><article>{body}</article>"
        "<footer>© 2019 Diario Ejemplo. Actualizado el 3 de enero de 2021</footer></body></html>"
    ).encode()


class TestHtml:
    def test_paragraphs_are_separated_by_blank_lines(self):
        body = f"<h1>Titular</h1><p>{P1}</p><p>{P2}<br>Segunda línea.</p><p>{P3}</p>"
        text = convert_bytes(html("<title>Titular</title>", body), "html").text
        assert text == f"Titular\n\n{P1}\n\n{P2}\nSegunda línea.\n\n{P3}"

    def test_lists_quotes_and_tables_keep_their_lines(self):
        body = (
            f"<p>{P1}</p><blockquote><p>{P2}</p></blockquote><ul><li>Uno</li><li>Dos</li></ul>"
            f"<table><tr><td>País</td><td>Cifra</td></tr><tr><td>Rusia</td><td>1.000.000</td>"
            f"</tr></table><p>{P3}</p>"
        )
        text = convert_bytes(html("<title>T</title>", body), "html").text
        assert f"{P1}\n\n{P2}\n\n- Uno\n- Dos\n\nPaís | Cifra\nRusia | 1.000.000\n\n{P3}" in text

    def test_outlet_from_og_site_name(self):
        head = (
            '<title>Titular | Otro</title><meta property="og:site_name" content="Diario Ejemplo">'
        )
        article = convert_bytes(html(head, f"<p>{P1}</p><p>{P2}</p>"), "html")
        assert article.outlet == "Diario Ejemplo"

    @pytest.mark.parametrize(
        ("title", "outlet"),
        [
            ("Pionyang envía munición a Moscú | El Diario", "El Diario"),
            ("Pionyang envía munición a Moscú - Agencia Ejemplo", "Agencia Ejemplo"),
            ("Pionyang envía munición a Moscú", None),
            # A long part after the dash is the rest of the headline, not an outlet.
            ("Rusia - Corea del Norte: la alianza que preocupa a la OTAN en Europa", None),
        ],
    )
    def test_outlet_from_the_title_suffix(self, title, outlet):
        article = convert_bytes(html(f"<title>{title}</title>", f"<p>{P1}</p><p>{P2}</p>"), "html")
        assert article.outlet == outlet

    def test_publication_date_from_metadata_not_from_the_template(self):
        plain_page = html("<title>T</title>", f"<p>{P1}</p><p>{P2}</p>")
        assert convert_bytes(plain_page, "html").published_at is None  # not 2019, not 2021
        head = '<title>T</title><meta property="article:published_time" content="2024-03-05T10:00">'
        dated = convert_bytes(html(head, f"<p>{P1}</p><p>{P2}</p>"), "html")
        assert dated.published_at.isoformat() == "2024-03-05"


class TestPdf:
    def test_ligatures_hyphenation_page_numbers_and_running_headers(self):
        data = pdf_pages(
            [
                [
                    "Diario Ejemplo · Internacional · 1",
                    "La in\ufb02ación y los bene\ufb01cios del informe del",
                    "ministerio, según la informa-",
                    "ción oficial, son dudosos.",
                    "Página 1 de 2",
                ],
                [
                    "Diario Ejemplo · Internacional · 2",
                    "El franco-alemán dijo que la cifra es falsa.",
                    "- 2 -",
                ],
            ]
        )
        text = convert_bytes(data, "pdf", name="nota.pdf").text
        assert text == (
            "La inflación y los beneficios del informe del\n"
            "ministerio, según la información oficial, son dudosos.\n\n"
            "El franco-alemán dijo que la cifra es falsa."
        )

    def test_a_word_hyphenated_across_pages_is_joined(self):
        data = pdf_pages([["Primera parte del pro-"], ["yectil y el resto."]])
        assert (
            convert_bytes(data, "pdf", name="n.pdf").text
            == "Primera parte del proyectil y el resto."
        )

    def test_publication_date_is_never_the_file_creation_date(self):
        data = pdf_created(["Nota del ministerio."], "D:20190101120000Z")
        assert convert_bytes(data, "pdf", name="nota.pdf").published_at is None

    def test_a_word_processor_placeholder_is_not_the_title(self):
        data = pdf_pages([["Titular del informe", "Cuerpo."]], title="Microsoft Word - Documento1")
        assert convert_bytes(data, "pdf", name="n.pdf").title == "Titular del informe"


class TestPlainText:
    def test_a_short_first_line_is_the_title_and_not_repeated(self):
        data = f"Pionyang envía munición a Moscú\n\n{P1}\n{P2}\n".encode()
        article = convert_bytes(data, "txt", name="nota.txt")
        assert article.title == "Pionyang envía munición a Moscú"
        assert article.text == f"{P1}\n{P2}\n"

    def test_a_long_first_line_gives_a_shortened_title_and_stays(self):
        first = P1 + " " + P2
        article = convert_bytes(f"{first}\n{P3}\n".encode(), "txt", name="nota.txt")
        assert len(article.title) <= 81 and article.title.endswith("…")
        assert first.startswith(article.title[:-1])
        assert article.text == f"{first}\n{P3}\n"

    def test_a_first_sentence_stays_in_the_text(self):
        first = "El Kremlin no quiso confirmar la cifra."
        article = convert_bytes(f"{first}\n{P2}\n".encode(), "txt", name="nota.txt")
        assert article.title == first and article.text == f"{first}\n{P2}\n"
