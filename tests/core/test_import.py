"""Importing .txt, .md and .html: decoding, normalisation, extraction, refusals."""

from __future__ import annotations

import codecs

import pytest

from claimtracker.core.errors import ImportRefused
from claimtracker.core.importers import convert_bytes, read_article_file
from claimtracker.core.importers.decoding import declared_charset, decode_bytes
from tests.conftest import DATA


class TestDecoding:
    def test_spanish_windows_1252_without_declaration_is_not_misread(self):
        data = "Añadió que la inflación subió; el ministro lo negó.".encode("cp1252")
        decoded = decode_bytes(data)
        assert decoded.text == "Añadió que la inflación subió; el ministro lo negó."
        assert not decoded.certain

    def test_declared_charset_is_used_when_utf8_fails(self):
        data = b'<meta charset="windows-1252"><p>Espa\xf1a \x93cita\x94</p>'
        assert declared_charset(data) == "windows-1252"
        assert "España “cita”" in decode_bytes(data, declared_charset(data)).text

    def test_latin1_declaration_is_read_as_windows_1252(self):
        assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"

    def test_wrong_declaration_falls_back_to_utf8(self):
        data = '<meta charset="iso-8859-1"><p>Añadió 😀</p>'.encode()
        assert "Añadió 😀" in decode_bytes(data, declared_charset(data)).text

    @pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
    def test_byte_order_marks(self, encoding):
        data = "Añadió 東京 😀".encode(encoding)
        if encoding == "utf-8-sig":
            assert data.startswith(codecs.BOM_UTF8)
        assert decode_bytes(data).text == "Añadió 東京 😀"

    def test_gb18030_chinese(self):
        data = "北京消息：朝鲜向俄罗斯运送了大量炮弹，北约秘书长表示。".encode("gb18030")
        assert decode_bytes(data).text == "北京消息：朝鲜向俄罗斯运送了大量炮弹，北约秘书长表示。"

    def test_binary_data_is_refused(self):
        with pytest.raises(ImportRefused, match="binary"):
            decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="photo.txt")


class TestTextFiles:
    def test_crlf_and_decomposed_accents_are_normalised(self):
        article = read_article_file(DATA / "emoji_cjk_crlf.txt")
        assert "\r" not in article.text
        assert "éxito" in article.text  # composed from e + U+0301
        assert article.title.startswith("Reacciones 😀")
        assert article.original == (DATA / "emoji_cjk_crlf.txt").read_bytes()

    def test_markdown_front_matter_gives_metadata(self):
        data = (
            "---\ntitle: Título de prueba\noutlet: Diario\nauthor: Ana\n"
            "date: 2024-03-12\nlanguage: es\nurl: https://example.org/a\n---\n"
            "# Encabezado\n\nCuerpo del artículo.\n"
        ).encode()
        article = convert_bytes(data, "md")
        assert article.title == "Título de prueba"
        assert (article.outlet, article.author, article.language) == ("Diario", "Ana", "es")
        assert article.published_at.isoformat() == "2024-03-12"
        assert article.text == "Encabezado\n\nCuerpo del artículo.\n"

    def test_markdown_title_from_first_heading(self):
        assert convert_bytes(b"Intro\n\n## El titular\n", "md").title == "El titular"

    def test_markdown_is_reduced_to_readable_text(self):
        source = (
            "# Titular\n\nUn párrafo con *énfasis*, **negrita** y un [enlace](https://x.example)."
            "\n\n- uno\n- dos\n\n1. primero\n2. segundo\n\n> Cita “textual”.\n"
        )
        text = convert_bytes(source.encode(), "md").text
        assert text == (
            "Titular\n\nUn párrafo con énfasis, negrita y un enlace.\n\n• uno\n• dos\n\n"
            "1. primero\n2. segundo\n\nCita “textual”.\n"
        )


class TestHtml:
    def test_windows_1252_page_with_meta_charset(self):
        article = read_article_file(DATA / "es_cp1252.html")
        assert "“más de un millón de proyectiles”" in article.text
        assert "Añadió que los envíos" in article.text
        assert article.encoding == "cp1252"

    def test_navigation_scripts_ads_and_footer_are_dropped(self):
        text = read_article_file(DATA / "es_cp1252.html").text
        for noise in (
            "SCRIPT-CONTENT",
            "NAVEGACION-MENU",
            "PUBLICIDAD-ANUNCIO",
            "PIE-DE-PAGINA",
            "color: black",
        ):
            assert noise not in text

    def test_metadata_is_kept(self):
        article = read_article_file(DATA / "es_cp1252.html")
        assert article.title == "Corea del Norte envía munición a Rusia"
        assert article.author == "Lucía Fernández"
        assert article.outlet == "Diario Ejemplo"
        assert article.url == "https://diario.example.org/internacional/municion"
        assert article.published_at.isoformat() == "2024-03-05"
        assert article.language == "es"

    def test_xml_declaration_is_accepted(self):
        data = (
            '<?xml version="1.0" encoding="utf-8"?><html><body><article><p>'
            + "Texto del artículo con suficiente longitud para ser extraído. " * 5
            + "</p></article></body></html>"
        ).encode()
        assert "Texto del artículo" in convert_bytes(data, "html").text

    def test_page_without_article_text_is_refused(self):
        with pytest.raises(ImportRefused, match="no article text"):
            convert_bytes(b"<html><head><script>x()</script></head><body></body></html>", "html")


class TestRefusals:
    def test_empty_file(self, tmp_path):
        (tmp_path / "empty.txt").write_bytes(b"  \n\n ")
        with pytest.raises(ImportRefused, match="empty"):
            read_article_file(tmp_path / "empty.txt")

    def test_binary_file(self, tmp_path):
        (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
        with pytest.raises(ImportRefused, match="binary"):
            read_article_file(tmp_path / "image.txt")

    def test_oversized_file(self, tmp_path):
        big = tmp_path / "big.txt"
        big.write_bytes(b"a" * 2048)
        with pytest.raises(ImportRefused, match=r"limit is"):
            read_article_file(big, max_bytes=1024)

    def test_unsupported_type(self, tmp_path):
        (tmp_path / "sheet.xlsx").write_bytes(b"PK")
        with pytest.raises(ImportRefused, match="unsupported file type"):
            read_article_file(tmp_path / "sheet.xlsx")

    def test_missing_file(self, tmp_path):
        with pytest.raises(ImportRefused, match="no such file"):
            read_article_file(tmp_path / "nope.txt")


class TestOfficeFormats:
    def test_docx_paragraphs_tables_and_title(self):
        from tests.factories import docx_bytes

        data = docx_bytes(
            ["Primer párrafo con “comillas”.", "Segundo: 😀 東京."],
            title="Informe",
            table=[["Cifra", "1 millón"]],
        )
        article = convert_bytes(data, "docx", name="informe.docx")
        assert article.title == "Informe"
        assert article.text == "Primer párrafo con “comillas”.\nSegundo: 😀 東京.\nCifra\t1 millón"
        assert article.source_format == "docx"

    def test_pdf_text_layer(self):
        from tests.factories import pdf_with_text

        data = pdf_with_text(["Añadió que la OTAN", "no confirmó la cifra."], title="Nota")
        article = convert_bytes(data, "pdf", name="nota.pdf")
        assert "Añadió que la OTAN" in article.text
        assert "no confirmó la cifra." in article.text
        assert article.title == "Nota"

    def test_encrypted_pdf_is_refused(self):
        from tests.factories import encrypted_pdf

        with pytest.raises(ImportRefused, match="encrypted PDF"):
            convert_bytes(encrypted_pdf(["secreto"]), "pdf", name="locked.pdf")

    def test_image_only_pdf_is_refused(self):
        from tests.factories import image_only_pdf

        with pytest.raises(ImportRefused, match="no text layer"):
            convert_bytes(image_only_pdf(), "pdf", name="scan.pdf")

    def test_zip_bomb_posing_as_docx_is_refused(self):
        from tests.factories import zip_bomb_docx

        data = zip_bomb_docx(300)
        assert len(data) < 1024 * 1024
        with pytest.raises(ImportRefused, match="unsafe"):
            convert_bytes(data, "docx", name="bomb.docx")

    def test_not_a_docx(self):
        with pytest.raises(ImportRefused, match="not a valid .docx"):
            convert_bytes(b"just text", "docx", name="fake.docx")

    def test_not_a_pdf(self):
        with pytest.raises(ImportRefused, match="not a readable PDF"):
            convert_bytes(b"%PDF-1.4 garbage", "pdf", name="broken.pdf")
