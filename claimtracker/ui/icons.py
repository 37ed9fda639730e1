"""Every icon file the interface uses is named here, and only here."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from claimtracker.resources import resource_path

NEW_CLAIM = "new-claim"
LINK_CLAIM = "link-claim"
DELETE_CLAIM = "delete-claim"
IMPORT = "import"
PASTE_ARTICLE = "paste-article"
IMPORT_URL = "import-url"
CHECK_UPDATES = "check-updates"
UNDO = "undo"
REDO = "redo"
NEW_DATABASE = "new-database"
OPEN_DATABASE = "open-database"
ADD_EVIDENCE = "add-evidence"
EDIT_EVIDENCE = "edit-evidence"
REMOVE_EVIDENCE = "remove-evidence"
APP = "app"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
