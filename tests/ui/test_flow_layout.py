"""The filter bar's flow layout: lines wrap with the width, and the heights it remembers
follow its widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from claimtracker.ui.widgets.flow_layout import FlowLayout


def bar(qtbot, words: list[str]) -> tuple[QWidget, FlowLayout, list[QLabel]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget, spacing=6)
    labels = [QLabel(word) for word in words]
    for label in labels:
        layout.addWidget(label)
    return widget, layout, labels


def test_lines_wrap_when_the_width_runs_out(qtbot):
    _widget, layout, labels = bar(qtbot, ["uno", "dos", "tres", "cuatro"])
    line = max(label.sizeHint().height() for label in labels)
    wide = sum(label.sizeHint().width() + 6 for label in labels)
    assert layout.heightForWidth(wide) == line
    narrow = max(label.sizeHint().width() for label in labels)
    assert layout.heightForWidth(narrow) == 4 * line + 3 * 6  # one widget a line


def test_remembered_heights_follow_hidden_and_grown_widgets(qtbot):
    widget, layout, labels = bar(qtbot, ["uno", "dos", "tres"])
    widget.show()
    line = max(label.sizeHint().height() for label in labels)
    width = sum(label.sizeHint().width() + 6 for label in labels)
    assert layout.heightForWidth(width) == line
    labels[0].setText("una palabra mucho más larga que las otras dos juntas")
    assert layout.heightForWidth(width) > line  # the grown label pushed the others down
    labels[0].hide()
    assert layout.heightForWidth(width) == line
    layout.removeWidget(labels[1])
    labels[1].deleteLater()
    assert layout.heightForWidth(labels[2].sizeHint().width()) == line
