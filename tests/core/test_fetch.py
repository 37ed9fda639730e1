"""Importing web pages and checking them for updates, against real servers on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest

from claimtracker.core.errors import ImportRefused, UserError
from claimtracker.core.importers.fetch import fetch_article, fetch_page
from claimtracker.core.model import Article
from tests.webserver import Page, closed_port_url, serving, silent_server

PARAGRAPHS = [
    "El secretario general de la OTAN dijo el lunes que la alianza sigue los envíos con "
    "preocupación. Corea del Norte ha enviado más de un millón de proyectiles a Rusia.",
    "La portavoz de la Casa Blanca afirmó que los contenedores llegaron al puerto de "
    "Vostochni. El Kremlin no quiso confirmar la cifra ante los periodistas.",
]


def page(paragraphs: list[str], title: str = "Pionyang envía munición a Moscú") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="es"><head><meta charset="utf-8"><title>{title} | Diario Ejemplo</title>'
        f"</head><body><nav>Portada Internacional Deportes</nav><article><h1>{title}</h1>"
        f"{body}</article><footer>© 2019 Diario Ejemplo</footer></body></html>"
    ).encode()


@pytest.fixture
def site():
    with serving() as running:
        running.pages["/nota"] = Page(page(PARAGRAPHS))
        yield running


class TestFetch:
    def test_page_is_kept_as_received_with_its_hash_address_and_time(self, site):
        before = datetime.now(UTC)
        fetched = fetch_page(site.url("/nota"))
        assert fetched.data == page(PARAGRAPHS)
        assert fetched.sha256 == hashlib.sha256(page(PARAGRAPHS)).hexdigest()
        assert fetched.final_url == site.url("/nota") and fetched.redirects == ()
        assert fetched.retrieved_at.tzinfo is UTC and fetched.retrieved_at >= before
        assert fetched.content_type == "text/html" and fetched.charset == "utf-8"

    def test_redirects_are_followed_and_recorded(self, site):
        site.pages["/corto"] = Page(b"", status=302, location="/movido")
        site.pages["/movido"] = Page(b"", status=301, location="/nota")
        article = fetch_article(site.url("/corto"))
        assert article.source_url == site.url("/nota") == article.url
        assert article.redirects == [site.url("/corto"), site.url("/movido")]
        assert "Vostochni" in article.text
        assert article.outlet == "Diario Ejemplo"

    def test_a_redirect_loop_is_cut_off(self, site):
        site.pages["/a"] = Page(b"", status=302, location="/b")
        site.pages["/b"] = Page(b"", status=302, location="/a")
        with pytest.raises(ImportRefused, match=r"/a: more than 3 redirects; gave up$"):
            fetch_page(site.url("/a"), max_redirects=3)

    def test_a_redirect_to_a_local_file_is_refused(self, site):
        site.pages["/trampa"] = Page(b"", status=302, location="file:///etc/passwd")
        with pytest.raises(ImportRefused, match="only http:// and https:// addresses"):
            fetch_page(site.url("/trampa"))

    def test_missing_page_is_the_http_status(self, site):
        with pytest.raises(ImportRefused) as raised:
            fetch_page(site.url("/no-existe"))
        assert str(raised.value) == (
            f"{site.url('/no-existe')}: the server answered HTTP 404 Not Found"
        )

    def test_endless_answer_is_cut_off_at_the_limit_while_streaming(self, site):
        # No Content-Length and no end: only a limit applied while reading can stop it.
        site.pages["/sin-fin"] = Page(b"<p>" + b"x" * 65536, endless=True)
        with pytest.raises(ImportRefused, match="the page is more than 1 MB; the limit is 1 MB"):
            fetch_page(site.url("/sin-fin"), max_bytes=1024 * 1024)

    def test_declared_oversize_is_refused_before_reading(self, site):
        site.pages["/enorme"] = Page(b"<p>corto</p>", declared_length=50 * 1024 * 1024)
        with pytest.raises(ImportRefused, match="the page is 50.0 MB; the limit is 20 MB"):
            fetch_page(site.url("/enorme"))

    def test_a_server_that_never_answers_times_out(self):
        with silent_server() as url, pytest.raises(ImportRefused) as raised:
            fetch_page(url, timeout=0.5)
        assert str(raised.value) == f"{url}: the server did not answer within 0.5 s"

    def test_a_trickling_server_is_given_up_on_after_the_deadline(self, site):
        # Each wait is short (no timeout), but the whole download never ends.
        site.pages["/goteo"] = Page(b"<p>x</p>", endless=True, drip=0.05)
        with pytest.raises(ImportRefused, match="the download took longer than 1 s; gave up"):
            fetch_page(site.url("/goteo"), timeout=2, deadline=1)

    def test_other_content_types_are_refused(self, site):
        site.pages["/informe.pdf"] = Page(b"%PDF-1.4", content_type="application/pdf")
        with pytest.raises(ImportRefused) as raised:
            fetch_page(site.url("/informe.pdf"))
        assert str(raised.value).endswith(
            "not a web page (application/pdf); only HTML or text is imported"
        )

    def test_connection_refused(self):
        url = closed_port_url()
        with pytest.raises(ImportRefused, match=r": 127\.0\.0\.1 refused the connection$"):
            fetch_page(url)

    def test_unknown_host_is_a_dns_failure(self):
        # .invalid never resolves (RFC 6761); the lookup fails without reaching the internet.
        with pytest.raises(ImportRefused, match="cannot find the host nada.invalid"):
            fetch_page("http://nada.invalid/nota", timeout=5)

    def test_tls_failure_is_named(self, site):
        # A TLS handshake with a server that speaks plain HTTP fails like a broken TLS server.
        url = site.url("/nota").replace("http://", "https://")
        with pytest.raises(
            ImportRefused, match=r"secure connection \(TLS\) to 127\.0\.0\.1 failed"
        ):
            fetch_page(url, timeout=5)

    def test_only_web_addresses(self):
        with pytest.raises(ImportRefused, match="only http:// and https://"):
            fetch_page("ftp://example.org/nota")

    def test_failures_are_templates_the_window_translates(self, site):
        site.pages["/grande"] = Page(b"x", declared_length=30 * 1024 * 1024)
        cases = [
            (site.url("/falta"), "{url}: the server answered HTTP {status} {reason}"),
            (site.url("/grande"), "{url}: the page is {size} MB; the limit is {limit} MB"),
            (closed_port_url(), "{url}: {host} refused the connection"),
            ("ftp://example.org/x", "{url}: only http:// and https:// addresses can be fetched"),
        ]
        for url, template in cases:
            with pytest.raises(ImportRefused) as raised:
                fetch_page(url)
            assert raised.value.template == template
            assert str(raised.value) == template.format(**raised.value.fields)
            assert str(raised.value).startswith(url + ": ")

    def test_header_charset_decodes_a_page_without_its_own(self, site):
        text = (
            "<html><body><article>" + "<p>Añadió que la cifra es dudosa, según el Kremlin.</p>" * 4
        )
        site.pages["/latin"] = Page(
            (text + "</article></body></html>").encode("cp1252"),
            content_type="text/html; charset=windows-1252",
        )
        assert "Añadió que la cifra" in fetch_article(site.url("/latin")).text

    def test_plain_text_pages(self, site):
        site.pages["/nota.txt"] = Page(
            "Titular breve\n\nCuerpo de la nota: añadió que sí.\n".encode(),
            content_type="text/plain; charset=utf-8",
        )
        article = fetch_article(site.url("/nota.txt"))
        assert (article.title, article.text) == (
            "Titular breve",
            "Cuerpo de la nota: añadió que sí.\n",
        )


class TestImportAndRefetch:
    def test_import_stores_bytes_hash_final_address_and_time(self, services, db, site):
        site.pages["/corto"] = Page(b"", status=302, location="/nota")
        info = services.articles.import_url(site.url("/corto"))
        assert info.url == site.url("/nota") and info.retrieved_at is not None
        with db.read() as s:
            stored = s.get(Article, info.id)
            assert stored.original == page(PARAGRAPHS)
            assert stored.original_sha256 == hashlib.sha256(page(PARAGRAPHS)).hexdigest()
            assert stored.source_url == site.url("/nota")
            assert json.loads(stored.redirects) == [site.url("/corto")]
        assert "\n\n" in services.articles.text(info.id)  # paragraphs stay apart

    def test_importing_the_same_address_again_points_to_the_article(self, services, site):
        first = services.articles.import_url(site.url("/nota"))
        with pytest.raises(UserError, match=f"already article {first.id} "):
            services.articles.import_url(site.url("/nota"))
        assert len(services.articles.all()) == 1

    def test_refetch_of_an_unchanged_page_makes_no_version(self, services, site):
        info = services.articles.import_url(site.url("/nota"))
        incoming = services.versions.read_source(info.id)
        report = services.versions.add_version(info.id, incoming)
        assert not report.changed and report.version == 1
        assert [v.number for v in services.versions.versions(info.id)] == [1]

    def test_refetch_of_an_edited_page_is_a_new_version(self, services, site):
        info = services.articles.import_url(site.url("/nota"))
        claim = services.claims.create_from_quote(info.id, "El Kremlin no quiso confirmar la cifra")
        site.pages["/nota"] = Page(page(PARAGRAPHS[:1]))  # the second paragraph is gone
        report = services.versions.add_version(info.id, services.versions.read_source(info.id))
        assert report.changed and report.version == 2
        assert report.counts == {"anchored": 0, "moved": 0, "fuzzy": 0, "orphaned": 1}
        assert report.affected_claims == (claim.id,)
        versions = services.versions.versions(info.id)
        assert [v.sha256 for v in versions] == [
            hashlib.sha256(page(PARAGRAPHS)).hexdigest(),
            hashlib.sha256(page(PARAGRAPHS[:1])).hexdigest(),
        ]
        assert all(v.source_url == site.url("/nota") for v in versions)

    def test_refetch_failure_changes_nothing(self, services, site):
        info = services.articles.import_url(site.url("/nota"))
        del site.pages["/nota"]
        with pytest.raises(ImportRefused, match="HTTP 404"):
            services.versions.read_source(info.id)
        assert services.articles.get(info.id).text_version == 1

    def test_article_without_address_cannot_be_refetched(self, services, add_article):
        article = add_article("Texto pegado sin dirección.")
        with pytest.raises(UserError, match="has no web address to check"):
            services.versions.read_source(article)
