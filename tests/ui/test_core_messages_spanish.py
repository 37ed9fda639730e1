"""The core's messages in a Spanish window: errors, import warnings and undo texts.

The core raises its errors and writes its notes in English (the command line stays English);
the window translates them from the same translation file as its own texts. These tests open
the window in Spanish (Preferences › Language) and look at what the analyst reads.
"""

from __future__ import annotations

import json

import pytest

from claimtracker.core.commands import CreateClaim
from claimtracker.core.db import create_database
from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError
from claimtracker.core.exporters import interchange
from claimtracker.core.services import Services
from claimtracker.ui.launch import prepare_application
from claimtracker.ui.messages import message

TEXT = "El ministro dijo que la inflación bajó al dos por ciento en marzo. Fin de la nota.\n"
QUOTE = "la inflación bajó al dos por ciento"


@pytest.fixture
def spanish(settings, qapp):
    """The window's language chosen in Preferences: Spanish, from the next window on."""
    settings.language = "es"
    yield settings
    prepare_application("en")  # the other tests read English


@pytest.fixture
def window_db(services, db_path):
    services.db.close()
    return db_path


def test_an_undo_text_and_a_refused_web_address_read_in_spanish(
    spanish, services, db_path, open_window, dialogs
):
    article = services.articles.add_text(TEXT, "Inflación").id
    services.db.close()
    window = open_window(db_path)
    window.articles.open(article)
    start = TEXT.index(QUOTE)
    # A step of the core with the undo text it names itself ("New claim"), saved through the
    # window's one edit pipeline: the undo menu reads it in Spanish.
    assert window.edits.run(CreateClaim(article, start, start + len(QUOTE)))
    assert window.registry["actionUndo"].text() == "&Deshacer Nueva afirmación"
    assert window.context.undo_stack.undoText() == "Nueva afirmación"

    seen = []

    def fill(dialog):
        dialog.url.setText("diario.example/nota")  # refused by the core: not a full address
        dialog.accept()
        seen.append(dialog.error.text())
        return False

    dialogs.answer("run_dialog", fill)
    window.registry["actionEditArticle"].trigger()
    assert seen == [
        "No es una dirección web: 'diario.example/nota' "
        "(hay que escribir la dirección completa, https://…)"
    ]


def test_import_errors_and_warnings_read_in_spanish(
    spanish, window_db, open_window, qtbot, tmp_path, dialogs
):
    binary = tmp_path / "datos.txt"
    binary.write_bytes(b"texto\x00\x01\x02 binario")
    guessed = tmp_path / "es.txt"
    guessed.write_bytes(
        ("Añadió que la inflación subió; el ministro lo negó. " * 5).encode("cp1252")
    )
    window = open_window(window_db)
    dialogs.answer("error", None)
    dialogs.answer("information", None)
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        window.transfer.import_files([binary, guessed])
    ((_parent, _title, failed),) = dialogs.messages("error")
    assert "datos.txt contiene bytes NUL: parece un archivo binario, no de texto" in failed
    ((_parent, _title, warned),) = dialogs.messages("information")
    assert warned == "• es.txt: codificación deducida: cp1252"


def test_a_refused_export_says_what_is_wrong_in_spanish_and_where_as_it_is(
    spanish, window_db, open_window, qtbot, tmp_path, dialogs
):
    other = create_database(tmp_path / "otra.db")
    services = Services(other, "bea")
    article = services.articles.add_text(TEXT, "Inflación").id
    services.claims.create_from_quote(article, QUOTE)
    data = json.loads(json.dumps(interchange.export_data(other)))
    other.close()
    data["claims"][0]["highlights"][0]["end"] = 10_000
    export = tmp_path / "malo.json"
    export.write_text(json.dumps(data), encoding="utf-8")
    window = open_window(window_db)
    dialogs.answer("error", None)
    with qtbot.waitSignal(window.transfer.importFinished, timeout=30000):
        window.transfer.import_files([export])
    ((_parent, _title, failed),) = dialogs.messages("error")
    # The JSON path and the file's numbers are shown as the file has them; what is wrong is
    # translated.
    assert (
        "malo.json: claims[0].highlights[0].end: "
        f"más allá del final del texto del artículo (10000 > {len(TEXT)})"
    ) in failed


def test_a_message_keeps_quoted_values_and_groups_counts_the_spanish_way(spanish, qapp):
    prepare_application(spanish.language)
    shown = message(
        UserError(
            QT_TRANSLATE_NOOP("Core", "unknown export format {format!r} (use {known})"),
            format="1234",
            known="csv",
        )
    )
    assert shown == "Formato de exportación desconocido: '1234' (opciones: csv)"  # repr kept
    counted = message(
        UserError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{rows} rows do not fit in one worksheet ({most} at most); narrow the filter "
                "or export CSV",
            ),
            rows=1048577,
            most=1048576,
        )
    )
    assert counted.startswith(
        "1.048.577 filas no caben en una hoja de cálculo (1.048.576 como máximo)"
    )  # counts grouped the Spanish way


def test_counted_rows_of_the_library_and_the_claims_list_say_it_in_spanish(spanish):
    from datetime import UTC, datetime

    from claimtracker.core.services.dto import ArticleInfo
    from claimtracker.ui.article.models import article_details

    prepare_application("es")

    def info(claims: int) -> ArticleInfo:
        return ArticleInfo(
            1, "u", "Nota", "Diario", None, None, "es", None, datetime.now(UTC), "txt", claims
        )

    # Plurals counted in module functions reach the translation (lupdate reads them from tr)
    assert article_details(info(4)).endswith("4 afirmaciones")
    assert article_details(info(1)).endswith("1 afirmación")
