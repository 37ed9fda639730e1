"""Export from the window: the dialog, the worker with Cancel, JSON merge by import."""

from __future__ import annotations

import csv
import json

from claimtracker.core.db import open_database
from claimtracker.core.exporters import interchange
from claimtracker.core.exporters.pipeline import ExportRequest
from claimtracker.core.services import Services

TEXT = "El ministro dijo que “la inflación bajó”. La portavoz: =SUMA(A1) no cuadra.\n"


def filled(services, add_article):
    article = add_article(TEXT, "Nota")
    services.claims.create_from_quote(
        article, "“la inflación bajó”", verdict="false", claimant="Ministro"
    )
    services.claims.create_from_quote(article, "=SUMA(A1) no cuadra", status="done")
    services.db.close()


def test_export_dialog_columns_order_and_remembered_choice(
    services, add_article, open_window, db_path, dialogs, qtbot, tmp_path, settings
):
    filled(services, add_article)
    window = open_window(db_path)
    window.registry["actionShowReview"].trigger()
    out = tmp_path / "report.csv"

    def choose(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        names = [dialog.columns.item(i).text() for i in range(dialog.columns.count())]
        dialog.columns.setCurrentRow(names.index("verdict"))
        for _ in range(names.index("verdict")):
            dialog.up.click()
        for i in range(dialog.columns.count()):
            item = dialog.columns.item(i)
            if item.text() not in ("verdict", "id", "statement"):
                item.setCheckState(item.checkState().Unchecked)
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
        return True

    dialogs.answer("run_dialog", choose)
    dialogs.answer("save_export_file", str(out))
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000) as blocker:
        window.registry["actionExport"].trigger()
    assert blocker.args == [2, "", False]
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["verdict", "id", "statement"]
    assert sorted(r[2] for r in rows[1:]) == ["'=SUMA(A1) no cuadra", "“la inflación bajó”"]

    def check_remembered(dialog):
        assert dialog.chosen_columns() == ["verdict", "id", "statement"]
        assert dialog.delimiter.currentData() == ";"
        return False

    dialogs.answer("run_dialog", check_remembered)
    window.registry["actionExport"].trigger()

    def spanish(dialog):
        assert dialog.language.isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return True

    dialogs.answer("run_dialog", spanish)
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000):
        window.registry["actionExport"].trigger()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Veredicto", "ID", "Afirmación"]  # the language chosen reaches the report
    assert sorted(r[0] for r in rows[1:]) == ["", "Falso"]


def test_cancel_leaves_no_file(services, add_article, open_window, db_path, qtbot, tmp_path):
    filled(services, add_article)
    window = open_window(db_path)
    out = tmp_path / "never.csv"
    job = window.transfer.export_to(ExportRequest(), out, start=False)
    job.cancel()
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000) as blocker:
        job.start()
    assert blocker.args == [0, "", True]
    assert list(tmp_path.glob("*never*")) == []


def test_json_claimreview_and_w3c(
    services, add_article, open_window, db_path, qtbot, tmp_path, dialogs, settings
):
    filled(services, add_article)
    window = open_window(db_path)
    for fmt in ("json", "w3c"):
        with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000):
            window.transfer.export_to(ExportRequest(format=fmt), tmp_path / f"x.{fmt}")
    assert len(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["claims"]) == 2
    assert json.loads((tmp_path / "x.w3c").read_text(encoding="utf-8"))["total"] == 2
    dialogs.answer("error", None)
    assert (
        window.transfer.export_to(ExportRequest(format="claimreview"), tmp_path / "cr.json") is None
    )
    assert "Preferences" in dialogs.messages("error")[0][2]
    dialogs.answer("information", None)
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000):
        window.transfer.export_to(
            ExportRequest(format="claimreview", organisation="Verifica"), tmp_path / "cr.json"
        )
    # Without a "Published at" URL on the claims no ClaimReview is made up, and the analyst
    # is told how many were left out.
    assert json.loads((tmp_path / "cr.json").read_text(encoding="utf-8")) == []
    ((_parent, title, text),) = dialogs.messages("information")
    assert title == "Exported with Warnings"
    assert "Exported 0 rows" in text
    assert "1 claim(s) with a verdict have no “Published at” URL" in text


def test_importing_a_json_export_merges_it(
    services, add_article, open_window, db_path, qtbot, tmp_path
):
    filled(services, add_article)
    source = open_database(db_path)
    export = tmp_path / "colleague.json"
    interchange.write_json(export, interchange.export_data(source))
    source.close()
    empty = tmp_path / "empty.db"
    from claimtracker.core.db import create_database

    create_database(empty).close()
    window = open_window(empty)
    with qtbot.waitSignal(window.transfer.importFinished, timeout=20000):
        window.transfer.import_files([export])
    assert [a.title for a in window.library.model.rows()] == ["Nota"]
    assert "colleague.json: added" in window.statusBar().currentMessage()
    merged = open_database(empty)
    assert len(Services(merged, "t").claims.find()) == 2
    merged.close()


def test_a_hostile_json_export_is_refused_by_the_window(
    services, add_article, open_window, db_path, qtbot, tmp_path, dialogs
):
    filled(services, add_article)
    source = open_database(db_path)
    data = interchange.export_data(source)
    source.close()
    data["claims"][1]["highlights"][0]["start"] = 1234
    export = tmp_path / "colleague.json"
    interchange.write_json(export, data)
    empty = tmp_path / "empty.db"
    from claimtracker.core.db import create_database

    create_database(empty).close()
    window = open_window(empty)
    dialogs.answer("error", None)
    with qtbot.waitSignal(window.transfer.importFinished, timeout=20000):
        window.transfer.import_files([export])
    (message,) = dialogs.messages("error")
    assert (
        f"• colleague.json: claims[1].highlights[0].start: beyond the article text "
        f"(1234 > {len(TEXT)})"
    ) in message[2]
    assert window.library.model.rows() == []
    merged = open_database(empty)
    assert Services(merged, "t").claims.find() == []
    merged.close()


def test_xlsx_report_and_pdf_dossier_from_the_dialog(
    services, add_article, open_window, db_path, dialogs, qtbot, tmp_path, settings
):
    import openpyxl
    from pypdf import PdfReader

    filled(services, add_article)
    window = open_window(db_path)
    window.registry["actionShowReview"].trigger()
    review = window.review_panel

    def xlsx(dialog):
        formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
        assert formats == ["xlsx", "csv", "pdf", "json", "claimreview", "w3c"]
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        assert dialog.columns.isEnabled() and not dialog.delimiter.isEnabled()
        assert dialog.language.isEnabled()  # the report's headings and words
        assert dialog.language.currentData() == "en"  # the window's
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        assert not dialog.language.isEnabled()  # everything as stored
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        return True

    dialogs.answer("run_dialog", xlsx)
    dialogs.answer("save_export_file", lambda _p, name, ext: str(tmp_path / name))
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=20000) as blocker:
        window.registry["actionExport"].trigger()
    assert blocker.args == [2, "", False]
    assert dialogs.messages("save_export_file")[-1][1:] == ("claims.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "claims.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("id", "statement") and len(rows) == 3
    assert "=SUMA(A1) no cuadra" in {r[1] for r in rows[1:]}  # text stays text

    review.table.selectRow(0)
    chosen = review.selected_ids()

    def dossier(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        assert dialog.language.isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        next(b for b in dialog.scopes.buttons() if b.property("scope") == "selection").click()
        return True

    dialogs.answer("run_dialog", dossier)
    with qtbot.waitSignal(window.transfer.exportFinished, timeout=30000) as blocker:
        window.registry["actionExport"].trigger()
    assert blocker.args == [1, "", False]
    pdf = tmp_path / "claims.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Dosier de verificación" in text
    db = open_database(db_path)
    statement = Services(db, "t").claims.get(chosen[0]).statement
    db.close()
    assert statement.split()[0] in text
    assert settings.export_request()["language"] == "es"  # remembered for the next time
