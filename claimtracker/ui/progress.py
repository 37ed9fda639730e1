"""The progress dialog of long work running in a worker thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(
    parent: QWidget, name: str, title: str, label: str, maximum: int, on_cancel: Callable[[], None]
) -> QProgressDialog:
    """Window-modal, shown only when the work takes longer than 0.4 s, Cancel wired up."""
    dialog = QProgressDialog(label, "Cancel", 0, maximum, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    return dialog
