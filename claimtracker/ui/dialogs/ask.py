"""Every modal question the application asks, as small functions tests can replace.

Widgets call these instead of ``QMessageBox``/``QFileDialog`` directly, so that a test can
answer for the user and no modal box ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.docx *.pdf);;All files (*)"
DATABASE_FILTER = "ClaimTracker databases (*.db *.claimtracker);;All files (*)"


def open_article_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, "Import articles", "", IMPORT_FILTER)
    return files


def open_database_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open database", "", DATABASE_FILTER)
    return path or None


def new_database_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, "New database", "investigation.db", DATABASE_FILTER
    )
    return path or None


def save_export_file(parent: QWidget | None, suggested: str, extension: str) -> str | None:
    label = {"csv": "CSV files", "json": "JSON files", "jsonld": "JSON-LD files"}[extension]
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export", suggested, f"{label} (*.{extension});;All files (*)"
    )
    return path or None


def error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def information(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    answer = QMessageBox.question(
        parent, title, message, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def text_input(
    parent: QWidget | None,
    title: str,
    label: str,
    suggestions: list[str] | None = None,
    text: str = "",
) -> str | None:
    """One line of text (with suggestions to pick from); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    if suggestions:
        items = list(dict.fromkeys([text, *suggestions])) if text else suggestions
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, True)
    else:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
    value = value.strip()
    return value if ok and value else None


def resolve_conflict(parent: QWidget | None, message: str, theirs: dict, mine: dict) -> str:
    """``"mine"`` or ``"theirs"``: which version of a claim edited in two places to keep."""
    from claimtracker.ui.dialogs.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(message, theirs, mine, parent)
    dialog.exec()
    return dialog.choice


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Index of the item chosen from a list, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(value) if ok and value in items else None


def retry(parent: QWidget | None, title: str, message: str) -> bool:
    """True to try a failed save again now, False to keep it for later."""
    answer = QMessageBox.warning(
        parent, title, message, QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Retry
