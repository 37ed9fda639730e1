"""Hostile or odd input: nothing fetched, nothing local read, nothing run, clear refusals."""

from __future__ import annotations

import socket
import time
import urllib.request

import pytest

from claimtracker.core.errors import ImportRefused, UserError
from claimtracker.core.importers import MAX_FILE_BYTES, convert_bytes, read_article_file


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def test_remote_and_local_references_are_neither_fetched_nor_read(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRETO-LOCAL")
    html = f"""<html><head>
      <link rel="stylesheet" href="https://tracker.example/style.css">
      <link rel="stylesheet" href="file://{secret}">
      </head><body><article>
      <img src="https://tracker.example/pixel.gif" onerror="alert(1)">
      <img src="file://{secret}">
      <iframe src="file://{secret}"></iframe>
      <p>El ministro afirmó que la inflación bajó al dos por ciento en marzo, según el
      instituto de estadística, y que seguirá bajando durante todo el año próximo.</p>
      <p><a href="javascript:alert('x')">Pulse aquí</a> y <a href="file://{secret}">aquí</a>.</p>
      </article></body></html>"""
    article = convert_bytes(html.encode(), "html", name="hostil.html")
    assert "la inflación bajó" in article.text
    assert "SECRETO-LOCAL" not in article.text
    assert "alert" not in article.text and "javascript" not in article.text


def test_scripts_and_event_handlers_are_absent(no_network):
    html = """<html><body><article>
      <script>document.write('SCRIPT-TEXT')</script>
      <p onclick="steal()" onmouseover="steal()">La portavoz dijo que no puede confirmar la
      cifra de soldados desplegados en la frontera norte del país este mes.</p>
      <style>.x{}</style>
      </article></body></html>"""
    text = convert_bytes(html.encode(), "html", name="s.html").text
    assert "no puede confirmar" in text
    for bad in ("SCRIPT-TEXT", "steal", "onclick", ".x{}"):
        assert bad not in text


@pytest.mark.timeout(60)
def test_deeply_nested_tables_are_extracted_quickly():
    html = "<p>El ministro dijo que la inflación bajó al dos por ciento en marzo.</p>" * 3
    for level in range(24):
        html = f"<table><tr><td>{html}</td><td>nivel {level}</td></tr></table>"
    started = time.perf_counter()
    article = convert_bytes(f"<html><body>{html}</body></html>".encode(), "html", name="t.html")
    assert "la inflación bajó" in article.text
    assert time.perf_counter() - started < 30  # minutes in a Qt rich-text layout


def test_a_single_five_megabyte_line(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("palabra " * 655_360 + "fin")
    article = read_article_file(path)
    assert len(article.text) == 5 * 1024 * 1024 + 3


def test_a_two_hundred_megabyte_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: nothing written, nothing read
    with pytest.raises(ImportRefused, match=r"200\.0 MB; the limit is 20 MB"):
        read_article_file(path)
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_nul_bytes_are_refused(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"texto\x00con NUL")
    with pytest.raises(ImportRefused, match="NUL"):
        read_article_file(path)


def test_whole_article_and_zero_length_selections(services, add_article):
    text = "  Una frase entera.\n"
    article = add_article(text)
    with pytest.raises(UserError, match="empty"):
        services.claims.create(article, 5, 5)
    claim = services.claims.create(article, 0, len(services.articles.text(article)))
    assert claim.highlights[0].exact == "Una frase entera."


def test_overlapping_highlights_are_all_kept(services, add_article):
    article = add_article("El ministro dijo que la inflación bajó al dos por ciento.")
    a = services.claims.create_from_quote(article, "la inflación bajó al dos")
    b = services.claims.create_from_quote(article, "bajó al dos por ciento")
    c = services.claims.create_from_quote(article, "inflación", claim_id=a.id)
    found = services.claims.highlights_for_article(article)
    assert len(found) == 3
    assert {h.claim_id for h in found} == {a.id, b.id, c.id}


def _gone(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


PAGE = (
    "<html><body><article><p>El ministro dijo que la inflación bajó al dos por ciento en "
    "marzo, según el instituto de estadística nacional.</p></article></body></html>"
).encode()


@pytest.mark.timeout(120)
def test_an_extraction_that_hangs_is_killed_and_refused(monkeypatch, tmp_path):
    import multiprocessing

    from claimtracker.core.importers import html, worker
    from tests import hanging

    pidfile = tmp_path / "pid"
    monkeypatch.setattr(html, "EXTRACTOR", hanging.never_finishes)
    monkeypatch.setattr(html, "EXTRACTION_SECONDS", 1.0)
    page = f"<html><body><p>pidfile={pidfile}</p></body></html>".encode()
    with pytest.raises(ImportRefused) as refused:
        convert_bytes(page, "html", name="lenta.html")
    assert str(refused.value) == "lenta.html: the page is too complex to extract within 1 s"
    stuck = int(pidfile.read_text())
    assert _gone(stuck)  # killed and reaped, not left running
    assert worker.worker_pid() is None
    assert multiprocessing.active_children() == []

    monkeypatch.setattr(html, "EXTRACTOR", html.extract)
    article = convert_bytes(PAGE, "html", name="normal.html")  # a fresh worker takes over
    assert "la inflación bajó al dos por ciento" in article.text
    assert worker.worker_pid() not in (None, stuck)


@pytest.mark.timeout(120)
def test_an_extraction_that_crashes_is_refused_and_the_next_works(monkeypatch):
    from claimtracker.core.importers import html
    from tests import hanging

    monkeypatch.setattr(html, "EXTRACTOR", hanging.crashes)
    with pytest.raises(ImportRefused, match="^rota.html: the extraction stopped unexpectedly$"):
        convert_bytes(PAGE, "html", name="rota.html")
    monkeypatch.setattr(html, "EXTRACTOR", html.extract)
    assert "la inflación bajó" in convert_bytes(PAGE, "html", name="n.html").text


def test_the_worker_is_reused_and_stops_when_asked():
    from claimtracker.core.importers import worker

    convert_bytes(PAGE, "html", name="a.html")
    first = worker.worker_pid()
    assert first is not None
    convert_bytes(PAGE, "html", name="b.html")
    assert worker.worker_pid() == first
    worker.shutdown()
    assert worker.worker_pid() is None and _gone(first)


# -- text that is mostly UTF-8 ----------------------------------------------------------------

SPANISH = (
    "El ministro añadió que la inflación bajó según el índice de precios; además, "
    "la economía creció un 2,1 % y el déficit quedó por debajo de lo previsto. "
)


def mostly_utf8() -> bytes:
    """Spanish UTF-8 text with three damaged bytes, each between two words."""
    good = (SPANISH * 3).encode("utf-8")
    spaces = [i for i, b in enumerate(good) if b == 0x20]
    data = bytearray(good)
    for at, bad in zip(reversed(spaces[5:20:6]), (b"\xff", b"\xfe", b"\x80"), strict=True):
        data[at:at] = bad
    return bytes(data)


def test_mostly_utf8_text_keeps_its_accents_and_says_what_was_damaged(tmp_path):
    path = tmp_path / "dañado.txt"
    path.write_bytes(mostly_utf8())
    article = read_article_file(path)
    assert article.text.count("\ufffd") == 3
    assert article.text.replace("\ufffd", "") == (SPANISH * 3).strip("\n")
    assert "añadió" in article.text and "Ã" not in article.text
    assert article.encoding == "utf-8"
    assert article.warnings == [
        "dañado.txt: 3 invalid byte sequences in otherwise UTF-8 text, shown as \ufffd"
    ]


def test_a_spanish_windows_1252_file_is_still_read_as_windows_1252(tmp_path):
    path = tmp_path / "es.txt"
    path.write_bytes(("Añadió que la inflación subió; el ministro lo negó. " * 5).encode("cp1252"))
    article = read_article_file(path)
    assert article.text.startswith("Añadió que la inflación subió")
    assert "\ufffd" not in article.text
    assert article.encoding == "cp1252"


def test_the_command_line_shows_the_damage_as_one_line(tmp_path, db_path, db, capsys):
    from claimtracker.app import main

    db.close()
    path = tmp_path / "dañado.txt"
    path.write_bytes(mostly_utf8())
    code = main(["import", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 0 and out == "1\n"
    assert err == (
        "claimtracker: warning: dañado.txt: 3 invalid byte sequences in otherwise UTF-8 "
        "text, shown as \ufffd\n"
    )


# -- hostile Word documents -------------------------------------------------------------------


def test_a_small_docx_that_unpacks_to_190_megabytes_is_refused_unread(monkeypatch):
    from tests.factories import inflated_docx

    data = inflated_docx(190)
    assert len(data) < 1024 * 1024
    opened = []
    monkeypatch.setattr("docx.Document", lambda *a, **k: opened.append(a))
    with pytest.raises(ImportRefused, match=r"would unpack to 19[01] MB \(the limit is 64 MB\)"):
        convert_bytes(data, "docx", name="bomba.docx")
    assert opened == []  # refused from the central directory, before any part was parsed


def test_a_docx_compressed_far_beyond_any_real_document_is_refused():
    from tests.factories import inflated_docx

    data = inflated_docx(20)  # under the size limit, but 20 MB of blanks squeezed to kilobytes
    with pytest.raises(ImportRefused, match=r"bomba.docx is compressed \d+ to 1 .*unsafe"):
        convert_bytes(data, "docx", name="bomba.docx")


def test_a_large_docx_of_incompressible_parts_is_refused_by_its_size(monkeypatch):
    import os

    from claimtracker.core.importers import office
    from tests.factories import docx_bytes, docx_with_part

    monkeypatch.setattr(office, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    photo = os.urandom(3 * 1024 * 1024)
    data = docx_with_part(docx_bytes(["Texto."]), "docProps/thumbnail.jpeg", lambda _: photo)
    with pytest.raises(ImportRefused, match=r"would unpack to 4 MB \(the limit is 2 MB\)"):
        convert_bytes(data, "docx", name="fotos.docx")


def test_an_ordinary_docx_is_still_imported():
    from tests.factories import docx_bytes

    article = convert_bytes(docx_bytes(["Hola mundo."] * 200, title="Nota"), "docx", name="n.docx")
    assert article.title == "Nota" and article.text.count("Hola mundo.") == 200


@pytest.fixture
def secret_pipe(tmp_path):
    """A named pipe standing for a local secret: whoever opens it to read would block."""
    import os

    path = tmp_path / "secreto"
    os.mkfifo(path)
    return path


def _no_reader(pipe) -> bool:
    import errno
    import os

    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError as exc:
        return exc.errno == errno.ENXIO  # no process has it open for reading
    return False


@pytest.mark.timeout(60)
@pytest.mark.parametrize("part", ["word/document.xml", "docProps/core.xml"])
@pytest.mark.parametrize("kind", ["file", "http"])
def test_external_entities_in_a_docx_are_refused_unread(secret_pipe, no_network, part, kind):
    from tests.factories import docx_bytes, docx_with_part, with_doctype

    where = f"file://{secret_pipe}" if kind == "file" else "http://127.0.0.1:9/secreto"
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{where}">]>'
    data = docx_with_part(
        docx_bytes(["Hola PLACEHOLDER."], title="PLACEHOLDER"),
        part,
        lambda xml: with_doctype(xml, doctype, "PLACEHOLDER", "&xxe;"),
    )
    with pytest.raises(ImportRefused) as refused:
        convert_bytes(data, "docx", name="xxe.docx")
    assert str(refused.value) == (
        f"xxe.docx: {part} declares XML entities (a DTD), which Word never writes; "
        "refused as unsafe"
    )
    assert _no_reader(secret_pipe)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("part", ["word/document.xml", "docProps/core.xml"])
def test_billion_laughs_in_a_docx_is_refused(part):
    from tests.factories import docx_bytes, docx_with_part, with_doctype

    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    data = docx_with_part(
        docx_bytes(["Hola PLACEHOLDER."], title="PLACEHOLDER"),
        part,
        lambda xml: with_doctype(xml, f"<!DOCTYPE x [{entities}]>", "PLACEHOLDER", "&lol9;"),
    )
    with pytest.raises(ImportRefused, match=f"{part} declares XML entities.*refused as unsafe"):
        convert_bytes(data, "docx", name="risas.docx")


def test_a_hostile_docx_is_one_line_on_the_command_line(tmp_path, db_path, db, capsys):
    from claimtracker.app import main
    from tests.factories import docx_bytes, docx_with_part, with_doctype

    db.close()
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{tmp_path}/nada">]>'
    path = tmp_path / "xxe.docx"
    path.write_bytes(
        docx_with_part(
            docx_bytes(["Hola PLACEHOLDER."]),
            "word/document.xml",
            lambda xml: with_doctype(xml, doctype, "PLACEHOLDER", "&xxe;"),
        )
    )
    code = main(["import", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "refused as unsafe" in err
