"""One registry of the window's actions: names, texts, shortcuts, icons."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from claimtracker.ui import icons
from claimtracker.ui.i18n import QT_TRANSLATE_NOOP

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
    # view or a claim list has the focus (so Delete still deletes text in edit boxes);
    # "library": only while the article library has the focus.
    scope: str = "window"


SPECS = (
    ActionSpec(
        "actionNewDatabase",
        QT_TRANSLATE_NOOP("Actions", "&New Database…"),
        "Ctrl+Shift+N",
        icons.NEW_DATABASE,
        QT_TRANSLATE_NOOP("Actions", "Create a new, empty database"),
    ),
    ActionSpec(
        "actionOpenDatabase",
        QT_TRANSLATE_NOOP("Actions", "&Open Database…"),
        Key.Open,
        icons.OPEN_DATABASE,
        QT_TRANSLATE_NOOP("Actions", "Open another database"),
    ),
    ActionSpec(
        "actionImport",
        QT_TRANSLATE_NOOP("Actions", "&Import Articles…"),
        "Ctrl+I",
        icons.IMPORT,
        QT_TRANSLATE_NOOP("Actions", "Import .txt, .md, .html, .docx or .pdf files"),
    ),
    ActionSpec(
        "actionImportUrl",
        QT_TRANSLATE_NOOP("Actions", "Import from &URL…"),
        "Ctrl+Shift+I",
        icons.IMPORT_URL,
        QT_TRANSLATE_NOOP("Actions", "Fetch web pages and import their articles"),
    ),
    ActionSpec(
        "actionPasteArticle",
        QT_TRANSLATE_NOOP("Actions", "New Article from &Text…"),
        "Ctrl+Shift+V",
        icons.PASTE_ARTICLE,
        QT_TRANSLATE_NOOP("Actions", "Create an article from pasted text"),
    ),
    ActionSpec(
        "actionExport",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "Ctrl+E",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Export claims as an XLSX or CSV report, a PDF dossier, JSON, ClaimReview or W3C "
            "Web Annotations",
        ),
    ),
    ActionSpec(
        "actionRetrySave",
        QT_TRANSLATE_NOOP("Actions", "Retry &Unsaved Edits"),
        "Ctrl+S",
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Save the edits that could not be saved (for example on a full disk)"
        ),
    ),
    ActionSpec(
        "actionBackup",
        QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Make a backup copy of this database now"),
    ),
    ActionSpec(
        "actionRestore",
        QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Replace this database with one of its backups"),
    ),
    ActionSpec(
        "actionPreferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        "Ctrl+,",
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Your name, the organisation of ClaimReviews, backups, language"
        ),
    ),
    ActionSpec("actionQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit),
    ActionSpec("actionUndo", QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo, icons.UNDO),
    ActionSpec("actionRedo", QT_TRANSLATE_NOOP("Actions", "&Redo"), Key.Redo, icons.REDO),
    ActionSpec(
        "actionNewClaim",
        QT_TRANSLATE_NOOP("Actions", "&New Claim from Selection"),
        "Ctrl+Return",
        icons.NEW_CLAIM,
        QT_TRANSLATE_NOOP("Actions", "Turn the selected text into a claim (Ctrl+Enter)"),
    ),
    ActionSpec(
        "actionDismissSuggestion",
        QT_TRANSLATE_NOOP("Actions", "D&ismiss Suggestion"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Stop suggesting this sentence of the article"),
    ),
    ActionSpec(
        "actionLinkClaim",
        QT_TRANSLATE_NOOP("Actions", "&Link Selection to Current Claim"),
        "Ctrl+L",
        icons.LINK_CLAIM,
        QT_TRANSLATE_NOOP(
            "Actions", "Mark the selected text as another appearance of the current claim"
        ),
    ),
    ActionSpec(
        "actionLinkToClaim",
        QT_TRANSLATE_NOOP("Actions", "Link Selection to &Claim…"),
        "Ctrl+Shift+L",
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Mark the selected text as another appearance of a claim you choose"
        ),
    ),
    ActionSpec(
        "actionDeleteClaim",
        QT_TRANSLATE_NOOP("Actions", "&Delete Claim"),
        Key.Delete,
        icons.DELETE_CLAIM,
        QT_TRANSLATE_NOOP("Actions", "Delete the current claim"),
        scope="views",
    ),
    ActionSpec(
        "actionAddEvidence",
        QT_TRANSLATE_NOOP("Actions", "Add &Evidence…"),
        "Ctrl+Shift+E",
        icons.ADD_EVIDENCE,
        QT_TRANSLATE_NOOP("Actions", "Add a source to the current claim"),
    ),
    ActionSpec(
        "actionFind",
        QT_TRANSLATE_NOOP("Actions", "&Find"),
        Key.Find,
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Search the review list, find in the article, or filter the library"
        ),
    ),
    ActionSpec(
        "actionFindNext",
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        Key.FindNext,
        None,
        QT_TRANSLATE_NOOP("Actions", "The next match in the article"),
    ),
    ActionSpec(
        "actionFindPrevious",
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        Key.FindPrevious,
        None,
        QT_TRANSLATE_NOOP("Actions", "The previous match in the article"),
    ),
    ActionSpec(
        "actionEditArticle",
        QT_TRANSLATE_NOOP("Actions", "&Edit Article…"),
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Correct the title, outlet, author, publication date, URL or language"
        ),
    ),
    ActionSpec(
        "actionCheckUpdates",
        QT_TRANSLATE_NOOP("Actions", "Check for &Updates"),
        "F5",
        icons.CHECK_UPDATES,
        QT_TRANSLATE_NOOP(
            "Actions", "Fetch the article's web page again; a changed page is a new version"
        ),
    ),
    ActionSpec(
        "actionUpdateFromFile",
        QT_TRANSLATE_NOOP("Actions", "Update from &File…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Store a newer text of the article from a file"),
    ),
    ActionSpec(
        "actionArticleVersions",
        QT_TRANSLATE_NOOP("Actions", "&Versions and Differences…"),
        "Ctrl+Shift+D",
        None,
        QT_TRANSLATE_NOOP("Actions", "The texts of the article and what changed between them"),
    ),
    ActionSpec(
        "actionReviewQuotes",
        QT_TRANSLATE_NOOP("Actions", "Review &Changed Quotes"),
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Quotes whose words changed in a newer version, or are no longer found"
        ),
    ),
    ActionSpec(
        "actionDeleteArticle",
        QT_TRANSLATE_NOOP("Actions", "&Delete Article…"),
        Key.Delete,
        None,
        QT_TRANSLATE_NOOP("Actions", "Delete the article with its claims that appear only in it"),
        scope="library",
    ),
    ActionSpec(
        "actionShowArticle",
        QT_TRANSLATE_NOOP("Actions", "&Article"),
        "Ctrl+1",
        None,
        QT_TRANSLATE_NOOP("Actions", "Read and annotate the article"),
    ),
    ActionSpec(
        "actionShowReview",
        QT_TRANSLATE_NOOP("Actions", "&Review Claims"),
        "Ctrl+2",
        None,
        QT_TRANSLATE_NOOP("Actions", "Sort, filter and search all claims"),
    ),
    ActionSpec(
        "actionManageTags",
        QT_TRANSLATE_NOOP("Actions", "&Tags…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Rename and merge tags"),
    ),
    ActionSpec(
        "actionGroupSimilar",
        QT_TRANSLATE_NOOP("Actions", "&Group Similar Claims…"),
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Group the selected claims (or the listed ones) that state the same thing"
        ),
    ),
    ActionSpec(
        "actionSuggestClaims",
        QT_TRANSLATE_NOOP("Actions", "Su&ggest Claims"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Underline the sentences of the article worth checking"),
        checkable=True,
    ),
    ActionSpec(
        "actionScales",
        QT_TRANSLATE_NOOP("Actions", "&Scales…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Edit the workflow statuses and verdicts of this database"),
    ),
    ActionSpec(
        "actionColourByVerdict",
        QT_TRANSLATE_NOOP("Actions", "Colour Highlights by &Verdict"),
        None,
        None,
        checkable=True,
    ),
    ActionSpec(
        "actionColourByStatus",
        QT_TRANSLATE_NOOP("Actions", "Colour Highlights by &Status"),
        None,
        None,
        checkable=True,
    ),
    ActionSpec(
        "actionShortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of the window"),
    ),
    ActionSpec("actionAbout", QT_TRANSLATE_NOOP("Actions", "&About ClaimTracker")),
)


class ActionRegistry:
    """Creates every action once; look them up by name (``registry["actionUndo"]``)."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        self.specs = {spec.name: spec for spec in SPECS}
        for spec in SPECS:
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            action.setObjectName(spec.name)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon:
                action.setIcon(icons.icon(spec.icon))
            if spec.tip:
                tip = QCoreApplication.translate("Actions", spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.setCheckable(spec.checkable)
            if spec.scope != "window":
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def view_scoped(self, scope: str = "views") -> list[QAction]:
        """The actions whose shortcut works only in widgets of ``scope``."""
        return [self._actions[s.name] for s in SPECS if s.scope == scope]
