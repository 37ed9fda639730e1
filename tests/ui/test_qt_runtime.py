"""The installed Qt binding survives many calls of methods that return nothing.

PySide6 6.12.0 on CPython 3.11 releases a reference to None on each such call and aborts the
interpreter after about 5,000 (Fatal Python error: none_dealloc). Run in a child process so
that an abort fails this test instead of killing the whole run.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))
    label.setVisible(False)
print(label.text())
"""


def test_twenty_thousand_void_calls_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "19999"
