"""The Spanish interface: complete, in step with the sources, and nothing left in English.

The window's texts are collected in a fresh process started with ``LANG=es_ES.UTF-8`` (the
language comes from the system, as for an analyst in Madrid): the main window with its menus
and actions, and the export, evidence, conflict and preferences dialogs. A text that is an
English source of the translation file, and has a different Spanish translation, is English
left on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "i18n" / "claimtracker_es.ts"

COLLECT = r"""
import json, os, sys
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog, QGroupBox,
    QLabel, QLineEdit, QMenu, QAbstractItemView, QDockWidget, QTabWidget, QPlainTextEdit)
from PySide6.QtCore import QSettings, Qt
app = QApplication([])
from claimtracker.core.db import create_database
from claimtracker.ui.launch import add_sample_article, build_window, prepare_application
from claimtracker.ui.settings import AppSettings
folder = sys.argv[1]
prepare_application()
db = create_database(os.path.join(folder, "claims.db"))
add_sample_article(db, "Lucía")
window = build_window(db, AppSettings(QSettings(os.path.join(folder, "s.ini"),
                                                QSettings.Format.IniFormat)))
window.resize(1400, 900)
window.show()
window.claims.select(1)
texts = []

def add(text):
    if isinstance(text, str) and text:
        texts.append(text.replace("&", ""))

def collect(widget):
    for w in [widget, *widget.findChildren(object)]:
        for getter in ("text", "title", "windowTitle", "placeholderText", "toolTip",
                       "accessibleName", "statusTip", "specialValueText"):
            fn = getattr(w, getter, None)
            if not callable(fn):
                continue
            if getter == "text" and isinstance(w, (QLineEdit, QPlainTextEdit)):
                continue  # what is typed or stored: data, not the interface
            try:
                result = fn()
            except TypeError:
                continue
            if isinstance(result, str):
                add(result)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QModelIndex
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:
                columns = 1  # a list model keeps its column count to itself
            for section in range(columns):
                add(model.headerData(section, Qt.Orientation.Horizontal) or "")

collect(window)
for action in window.findChildren(object):
    if hasattr(action, "menu") and hasattr(action, "isSeparator"):
        add(action.text())
from claimtracker.ui.claim.evidence_dialog import EvidenceDialog
from claimtracker.ui.editing.conflict_dialog import ConflictDialog
from claimtracker.ui.preferences import PreferencesDialog
from claimtracker.ui.transfer.export_dialog import ExportChoices, ExportDialog
for dialog in (
    ExportDialog(ExportChoices(), 2, window),
    EvidenceDialog(window.context.services.sources.find(), parent=window),
    ConflictDialog("claim 1 changed", {"verdict": "false"}, {"verdict": "true"}, window),
    PreferencesDialog("Lucía", parent=window),
):
    dialog.show()
    collect(dialog)
print(json.dumps(sorted(set(texts)), ensure_ascii=False))
"""


def translations() -> dict[str, str]:
    """English source -> Spanish translation, for every finished message."""
    found = {}
    for message in ET.parse(SPANISH).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        found[source.replace("&", "")] = forms[0].replace("&", "")
    return found


def test_every_spanish_message_is_translated_and_the_files_are_in_step(tmp_path):
    checked = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "translations"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr  # sources changed: update
    tree = ET.parse(SPANISH)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == []
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")
            assert len(forms) == 2 and all(
                "%n" in (f.text or "") or "%Ln" in (f.text or "") for f in forms
            ), message.findtext("source")


def test_nothing_visible_stays_in_english_under_a_spanish_locale(tmp_path):
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "es"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", COLLECT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    spanish = translations()
    english = sorted(t for t in shown if t in spanish and spanish[t] != t)
    assert english == []
    assert "Aceptar" in shown and "Cancelar" in shown  # Qt's own buttons, from qtbase_es
    assert "Importar artículos…" in shown or "Importar artículos" in shown
