"""Every modal question the application asks, as small functions tests can replace.

Widgets call these instead of ``QMessageBox``/``QFileDialog`` directly, so that a test can
answer for the user and no modal box ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

IMPORT_PATTERNS = "*.txt *.md *.markdown *.html *.htm *.xhtml *.docx *.pdf"
DATABASE_PATTERNS = "*.db *.claimtracker"


def _filters(kind: str, patterns: str) -> str:
    every = QCoreApplication.translate("Ask", "All files")
    return f"{kind} ({patterns});;{every} (*)"


def open_article_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Ask", "Import articles"),
        "",
        _filters(QCoreApplication.translate("Ask", "Articles"), IMPORT_PATTERNS),
    )
    return files


def open_article_file(parent: QWidget | None, title: str) -> str | None:
    """One article file (a newer text of an article), or None."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        _filters(QCoreApplication.translate("Ask", "Articles"), IMPORT_PATTERNS),
    )
    return path or None


def open_database_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Ask", "Open database"),
        "",
        _filters(QCoreApplication.translate("Ask", "ClaimTracker databases"), DATABASE_PATTERNS),
    )
    return path or None


def new_database_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Ask", "New database"),
        QCoreApplication.translate("Ask", "investigation.db"),
        _filters(QCoreApplication.translate("Ask", "ClaimTracker databases"), DATABASE_PATTERNS),
    )
    return path or None


def save_export_file(parent: QWidget | None, suggested: str, extension: str) -> str | None:
    label = {
        "csv": QCoreApplication.translate("Ask", "CSV files"),
        "xlsx": QCoreApplication.translate("Ask", "Excel workbooks"),
        "pdf": QCoreApplication.translate("Ask", "PDF documents"),
        "json": QCoreApplication.translate("Ask", "JSON files"),
        "jsonld": QCoreApplication.translate("Ask", "JSON-LD files"),
    }.get(extension, extension.upper())
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Ask", "Export"),
        suggested,
        _filters(label, f"*.{extension}"),
    )
    return path or None


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    message: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    """A message box that shows its text as text: messages quote file names, statements and
    other data, which must never be read as markup."""
    box = QMessageBox(icon, title, message, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return QMessageBox.StandardButton(box.exec())


def error(parent: QWidget | None, title: str, message: str) -> None:
    _box(parent, QMessageBox.Icon.Critical, title, message)


def information(parent: QWidget | None, title: str, message: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, message)


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = _box(parent, QMessageBox.Icon.Question, title, message, buttons)
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
    """One line of text (with suggestions to pick from or complete); None when cancelled
    or left empty."""
    dialog = _text_dialog(parent, title, label, suggestions, text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue().strip()
    dialog.deleteLater()
    return value if accepted and value else None


def _text_dialog(
    parent: QWidget | None,
    title: str,
    label: str,
    suggestions: list[str] | None = None,
    text: str = "",
):
    """The dialog :func:`text_input` shows. With suggestions and no ``text`` it starts
    empty (nothing preselected, so Enter alone does nothing): typing completes from them."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    if suggestions:
        dialog.setComboBoxItems(list(dict.fromkeys([text, *suggestions])) if text else suggestions)
        dialog.setComboBoxEditable(True)
    dialog.setTextValue(text)
    return dialog


def choose_colour(parent: QWidget | None, title: str, colour: str) -> str | None:
    """A colour as ``#RRGGBB``, starting from ``colour``; None when cancelled."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    chosen = QColorDialog.getColor(QColor(colour), parent, title)
    return chosen.name().upper() if chosen.isValid() else None


def remove_term(
    parent: QWidget | None,
    title: str,
    message: str,
    targets: list[tuple[str, str]],
    *,
    can_clear: bool,
    can_keep: bool,
) -> tuple[str, str | None] | None:
    """What to do with the claims of a term being removed: ``("move", key)``, ``("clear",
    None)`` or ``("keep", None)``; None when cancelled. ``targets`` are (key, name) pairs."""
    from claimtracker.ui.scales.remove_dialog import RemoveTermDialog

    dialog = RemoveTermDialog(
        title, message, targets, can_clear=can_clear, can_keep=can_keep, parent=parent
    )
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def pick_claim(parent: QWidget | None, review) -> int | None:
    """A claim chosen from a searchable list (``review``: the review service); None when
    cancelled."""
    from claimtracker.ui.claim.picker import ClaimPickerDialog

    dialog = ClaimPickerDialog(review, parent)
    return dialog.claim_id() if dialog.exec() == QDialog.DialogCode.Accepted else None


def resolve_conflict(
    parent: QWidget | None, message: str, theirs: dict, mine: dict, show=None
) -> str:
    """``"mine"`` or ``"theirs"``: which version of a claim edited in two places to keep;
    ``show(field, value)`` writes a value the way the window shows it."""
    from claimtracker.ui.editing.conflict_dialog import ConflictDialog, plain_value

    dialog = ConflictDialog(message, theirs, mine, parent, show or plain_value)
    dialog.exec()
    return dialog.choice


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Index of the item chosen from a list, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(value) if ok and value in items else None
