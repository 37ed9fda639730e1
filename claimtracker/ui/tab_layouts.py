"""Each central tab keeps its own arrangement of the docks.

Reading an article wants the library and the article's claims beside the text; reviewing
wants the claim table as wide as it can be. When the analyst changes tab, the window's dock
arrangement (``QMainWindow.saveState``) is kept for the tab left and the one kept for the tab
shown comes back; both are remembered in the settings. Without a remembered arrangement the
review tab folds the article's docks away.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

from claimtracker.ui.settings import AppSettings


class TabLayouts(QObject):
    """Switches dock arrangements as the tabs named ``names`` (by index) are shown."""

    def __init__(
        self,
        window: QMainWindow,
        settings: AppSettings,
        names: tuple[str, ...],
        folded: dict[str, list[QDockWidget]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._names = names
        self._folded = folded  # docks a tab hides when it has no arrangement of its own
        self._current = 0
        self._states: dict[str, QByteArray] = {}

    def fold(self, name: str, dock: QDockWidget) -> None:
        """Fold ``dock`` away too on tab ``name`` when it has no arrangement of its own."""
        self._folded.setdefault(name, []).append(dock)

    def switch(self, index: int) -> None:
        """Tab ``index`` is shown: keep the arrangement of the one left, restore its own."""
        if index == self._current or not 0 <= index < len(self._names):
            return
        left = self._names[self._current]
        self._states[left] = self._window.saveState()
        self._current = index
        name = self._names[index]
        state = self._states.get(name) or self._settings.tab_layout(name)
        if state is not None and self._window.restoreState(state):
            return
        for other in self._names:  # the docks another tab folded away come back
            if other != name:
                for dock in self._folded.get(other, []):
                    dock.show()
        for dock in self._folded.get(name, []):
            dock.hide()

    def state(self, name: str) -> QByteArray:
        """The arrangement of a tab: the window's own while it is shown."""
        if self._names[self._current] == name:
            return self._window.saveState()
        return self._states.get(name) or self._settings.tab_layout(name) or QByteArray()

    def remember(self) -> None:
        """Save every tab's arrangement in the settings (the window is closing)."""
        for name in self._names:
            state = self.state(name)
            if not state.isEmpty():
                self._settings.save_tab_layout(name, state)
