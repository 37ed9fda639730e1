"""One registry of the window's actions: names, texts, shortcuts, icons."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from claimtracker.ui import icons

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    tip: str = ""
    checkable: bool = False
    # "window": the shortcut works anywhere in the window; "views": only while the article
    # view or a claim list has the focus (so Delete still deletes text in edit boxes).
    scope: str = "window"


SPECS = (
    ActionSpec(
        "actionNewDatabase",
        "&New Database…",
        "Ctrl+Shift+N",
        icons.NEW_DATABASE,
        "Create a new, empty database",
    ),
    ActionSpec(
        "actionOpenDatabase",
        "&Open Database…",
        Key.Open,
        icons.OPEN_DATABASE,
        "Open another database",
    ),
    ActionSpec(
        "actionImport",
        "&Import Articles…",
        "Ctrl+I",
        icons.IMPORT,
        "Import .txt, .md, .html, .docx or .pdf files",
    ),
    ActionSpec(
        "actionPasteArticle",
        "New Article from &Text…",
        "Ctrl+Shift+V",
        icons.PASTE_ARTICLE,
        "Create an article from pasted text",
    ),
    ActionSpec(
        "actionExport",
        "&Export…",
        "Ctrl+E",
        None,
        "Export claims as CSV, JSON, ClaimReview or W3C Web Annotations",
    ),
    ActionSpec(
        "actionRetrySave",
        "Retry &Unsaved Edits",
        "Ctrl+S",
        None,
        "Save the edits that could not be saved (for example on a full disk)",
    ),
    ActionSpec(
        "actionBackup", "&Back Up Now", None, None, "Make a backup copy of this database now"
    ),
    ActionSpec(
        "actionRestore",
        "&Restore from Backup…",
        None,
        None,
        "Replace this database with one of its backups",
    ),
    ActionSpec("actionPreferences", "&Preferences…", "Ctrl+,", None, "Analyst name"),
    ActionSpec("actionQuit", "&Quit", Key.Quit),
    ActionSpec("actionUndo", "&Undo", Key.Undo, icons.UNDO),
    ActionSpec("actionRedo", "&Redo", Key.Redo, icons.REDO),
    ActionSpec(
        "actionNewClaim",
        "&New Claim from Selection",
        "Ctrl+Return",
        icons.NEW_CLAIM,
        "Turn the selected text into a claim (Ctrl+Enter)",
    ),
    ActionSpec(
        "actionLinkClaim",
        "&Link Selection to Current Claim",
        "Ctrl+L",
        icons.LINK_CLAIM,
        "Mark the selected text as another appearance of the current claim",
    ),
    ActionSpec(
        "actionDeleteClaim",
        "&Delete Claim",
        Key.Delete,
        icons.DELETE_CLAIM,
        "Delete the current claim",
        scope="views",
    ),
    ActionSpec(
        "actionAddEvidence",
        "Add &Evidence…",
        "Ctrl+Shift+E",
        icons.ADD_EVIDENCE,
        "Add a source to the current claim",
    ),
    ActionSpec(
        "actionFind",
        "&Find",
        Key.Find,
        None,
        "Search the review list, or filter the library while reading",
    ),
    ActionSpec("actionShowArticle", "&Article", "Ctrl+1", None, "Read and annotate the article"),
    ActionSpec(
        "actionShowReview", "&Review Claims", "Ctrl+2", None, "Sort, filter and search all claims"
    ),
    ActionSpec("actionManageTags", "&Tags…", None, None, "Rename and merge tags"),
    ActionSpec(
        "actionColourByVerdict", "Colour Highlights by &Verdict", None, None, checkable=True
    ),
    ActionSpec("actionColourByStatus", "Colour Highlights by &Status", None, None, checkable=True),
    ActionSpec("actionAbout", "&About ClaimTracker"),
)


class ActionRegistry:
    """Creates every action once; look them up by name (``registry["actionUndo"]``)."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        self.specs = {spec.name: spec for spec in SPECS}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon:
                action.setIcon(icons.icon(spec.icon))
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            action.setCheckable(spec.checkable)
            if spec.scope == "views":
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def view_scoped(self) -> list[QAction]:
        return [self._actions[s.name] for s in SPECS if s.scope == "views"]
