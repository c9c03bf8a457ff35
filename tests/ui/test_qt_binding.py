"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every Qt call
returning nothing; after enough calls (about 1,600 filter keystrokes in the
catalogue) Python aborted with "none_dealloc". pyproject.toml excludes that
release; this test fails if an installed binding does it again.
"""

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    combo = QComboBox()
    combo.addItem("none", None)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.clear()
        combo.currentData()
    assert sys.getrefcount(None) >= before - 50  # a few may move elsewhere; 2,000 lost would be the bug
