"""The fact-check dossier: content from the database, escaped HTML, a PDF that holds it."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from claimtracker.core.errors import UserError
from claimtracker.core.exporters import dossier, interchange
from claimtracker.core.exporters.pipeline import ExportRequest, export
from claimtracker.core.services.query import ClaimFilter

TEXT = (
    "El secretario general de la OTAN afirmó que Corea del Norte envió «más de un millón de "
    "proyectiles» a Rusia 😀. 東京では報道された。 La portavoz negó que <b>eso</b> fuera cierto."
)


def page_text(page) -> str:
    """A page's text as a reader sees it (ligatures and spacing as in the source)."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


@pytest.fixture
def claims(services, add_article):
    article = add_article(TEXT, "Corea del Norte envía munición a Rusia")
    first = services.claims.create_from_quote(
        article,
        "Corea del Norte envió «más de un millón de proyectiles» a Rusia 😀",
        claimant="Secretario general de la OTAN",
        status="done",
        verdict="mostly_true",
        tags=["Rusia"],
    )
    services.claims.update(
        first.id,
        claim_date=date(2024, 3, 5),
        rationale="Seúl y 東京 confirmaron envíos.\n<script>alert(1)</script>",
    )
    source = services.sources.create(
        "Ministerio de Defensa", "https://mnd.example/informe", "official_statement", "B"
    )
    services.claims.add_evidence(
        first.id, source.id, stance="supports", credibility=2, excerpt="6.700 contenedores"
    )
    second = services.claims.create_from_quote(
        article, "La portavoz negó que <b>eso</b> fuera cierto", verdict="false"
    )
    return first.id, second.id


def test_the_content_holds_what_an_editor_needs(db, claims):
    first, _second = claims
    content = dossier.build(interchange.export_data(db, None, [first]), language="es")
    (claim,) = content.claims
    assert claim.claimant == "Secretario general de la OTAN"
    # The default scales' labels in the dossier's language, as the window shows them.
    assert (claim.status, claim.verdict, claim.claim_date) == (
        "Terminada",
        "Mayormente verdadero",
        "2024-03-05",
    )
    (quote,) = claim.quotes
    assert quote.article == "Corea del Norte envía munición a Rusia"
    (evidence,) = claim.evidence
    assert evidence.reliability == "B (Normalmente fiable)"
    assert evidence.credibility == "2 (Probablemente cierta)"
    assert evidence.kind == "Declaración oficial"
    assert evidence.stance == "Respalda" and evidence.url == "https://mnd.example/informe"
    fields = [h.field for h in claim.history]
    assert "veredicto" in fields and "justificación" in fields and "fecha" in fields
    assert any(h.new == "Mayormente verdadero" for h in claim.history)  # labels, not keys


def test_a_renamed_verdict_keeps_its_name_and_english_stays_english(db, services, claims):
    first, _second = claims
    services.scales.rename("verdict", "mostly_true", "Cierto con matices")
    data = interchange.export_data(db, None, [first])
    (spanish,) = dossier.build(data, language="es-ES").claims
    assert (spanish.status, spanish.verdict) == ("Terminada", "Cierto con matices")
    (english,) = dossier.build(data, language="en").claims
    assert (english.status, english.verdict) == ("Done", "Cierto con matices")
    assert english.evidence[0].stance == "Supports"
    assert "date of the claim" in [h.field for h in english.history]
    html = dossier.to_html(dossier.build(data, language="en"))
    assert "Fact-check dossier" in html and "Where it was said" in html
    spanish_html = dossier.to_html(dossier.build(data, language="es"))
    assert "Dosier de verificación" in spanish_html and "Dónde se dijo" in spanish_html


def test_data_is_escaped_never_markup(db, claims):
    html = dossier.to_html(dossier.build(interchange.export_data(db)))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;eso&lt;/b&gt;" in html


def test_the_pdf_has_the_text_accents_cjk_and_emoji_one_claim_per_page(db, claims, tmp_path):
    out = tmp_path / "dossier.pdf"
    request = ExportRequest(format="pdf", language="es", organisation="Verifica")
    assert export(db, request, out) == 2
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2  # each claim starts a page
    first = page_text(reader.pages[0])
    expected = [
        "Dosier de verificación",
        "Corea del Norte envió",
        "«más de un millón",
        "Secretario general de la OTAN",
        "Normalmente fiable",
        "Seúl y 東京",
        "Justificación",
        "<script>alert(1)</script>",
    ]
    for words in expected:
        assert words in first, words
    assert "La portavoz negó que <b>eso</b>" in page_text(reader.pages[1])
    # Colour emoji are drawn as images (no text font has them).
    assert len(reader.pages[0].images) >= 1
    assert reader.metadata.title == "Dosier de verificación"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_emoji_is_painted_in_colour(db, claims, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "dossier.pdf"
    export(db, ExportRequest(format="pdf", claim_ids=[claims[0]]), out)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(tmp_path / "p")], check=True)
    image = QImage(str(tmp_path / "p-1.png"))
    coloured = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() > 150 and c.blue() < 80:  # the emoji's yellow
                coloured += 1
    assert coloured > 5


def test_the_filter_chooses_and_orders_the_claims(db, claims, tmp_path):
    out = tmp_path / "one.pdf"
    only = ExportRequest(format="pdf", claim_filter=ClaimFilter(verdict="false"))
    assert export(db, only, out) == 1
    assert "La portavoz negó" in page_text(PdfReader(out).pages[0])
    backwards = ExportRequest(format="pdf", sort="id", descending=True)
    export(db, backwards, out)
    assert "La portavoz negó" in page_text(PdfReader(out).pages[0])


def test_too_many_claims_are_refused_before_any_file(db, claims, tmp_path, monkeypatch):
    monkeypatch.setattr(dossier, "MAX_CLAIMS", 1)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError, match="at most 1 claims"):
        export(db, ExportRequest(format="pdf"), folder / "big.pdf")
    assert list(folder.iterdir()) == []


def test_a_window_can_open_after_a_dossier_printed_without_one(tmp_path):
    """Printing makes the process's one Qt application; it must be one windows can use."""
    import sys

    code = (
        "from claimtracker.render.pdf import render_pdf\n"
        f"render_pdf('<p>Hola 😀</p>', {str(tmp_path / 'a.pdf')!r})\n"
        "from PySide6.QtWidgets import QLabel\n"
        "label = QLabel('ventana')\n"
        "print(label.text())\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ventana"
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_one_claim_and_one_earlier_change_are_counted_in_the_singular():
    from claimtracker.core.exporters.dossier import Change, Dossier, DossierClaim, to_html

    claim = DossierClaim(
        uuid="u",
        statement="La inflación bajó",
        claimant="",
        claim_date="",
        status="Terminada",
        verdict="",
        verdict_colour="",
        rationale="",
        tags=[],
        review_url="",
        quotes=[],
        evidence=[],
        history=[Change("2024-03-05 10:00", "Lucía", "update", "status", "", "Terminada")],
        earlier_changes=1,
    )
    html = to_html(Dossier("Dosier", "", "2024-03-05", "es", [claim]))
    assert "1 afirmación ·" in html and "1 cambio anterior" in html
    assert "afirmaciones" not in html and "cambios anteriores" not in html
