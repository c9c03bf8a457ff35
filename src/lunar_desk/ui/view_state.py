"""Column widths, sort orders and splitter positions, remembered per view.

Every table/tree header and splitter under a window is saved under a key
made from its place in the widget tree (object names where set, otherwise
class name and position among same-class siblings), so new views are
remembered without each tab writing its own code.  A saved state that no
longer fits (columns added in a new version) is ignored by Qt.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

GROUP = "views"


def _step(widget: QWidget) -> str:
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    parent = widget.parentWidget()
    kind = type(widget).__name__
    if parent is None:
        return kind
    same = [w for w in parent.findChildren(type(widget)) if w.parentWidget() is parent]
    return f"{kind}{same.index(widget) if widget in same else 0}"


def key_for(widget: QWidget, root: QWidget) -> str:
    parts = []
    w = widget
    while w is not None and w is not root:
        parts.append(_step(w))
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if shiboken6.isValid(v) and isinstance(v, (QTableView, QTreeView)) and not _inside_compound(v, root)]


def _header(view: QAbstractItemView) -> QHeaderView | None:
    """The view's column header, fetched when used (a view may have replaced it meanwhile)."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    return header if header is not None and shiboken6.isValid(header) else None


def _inside_compound(view: QWidget, root: QWidget) -> bool:
    """Views that are parts of other widgets (a calendar popup, a combo's list) are not the officer's tables."""
    w = view.parentWidget()
    while w is not None and w is not root:
        if isinstance(w, (QCalendarWidget, QComboBox)):
            return True
        w = w.parentWidget()
    return False


def save_view_states(root: QWidget, settings: QSettings) -> int:
    """Store the state of every header and splitter under ``root``; how many were stored."""
    settings.beginGroup(GROUP)
    n = 0
    try:
        for view in _views(root):
            try:
                key = key_for(view, root)  # before fetching the header: the walk may replace its wrapper
                header = _header(view)
                if header is not None and header.count():
                    settings.setValue(key + "/header", header.saveState())
                    n += 1
            except RuntimeError:  # torn down while the window closes: nothing worth keeping
                continue
        for splitter in root.findChildren(QSplitter):
            if not shiboken6.isValid(splitter):
                continue
            settings.setValue(key_for(splitter, root) + "/splitter", splitter.saveState())
            n += 1
    finally:
        settings.endGroup()
    return n


def restore_view_states(root: QWidget, settings: QSettings) -> int:
    """Apply what :func:`save_view_states` stored; how many views were restored."""
    settings.beginGroup(GROUP)
    n = 0
    try:
        for view in _views(root):
            try:
                state = settings.value(key_for(view, root) + "/header")
                header = _header(view) if state is not None else None
                if header is not None and header.restoreState(state):
                    n += 1
            except RuntimeError:  # a view replaced meanwhile
                continue
        for splitter in root.findChildren(QSplitter):
            if not shiboken6.isValid(splitter):
                continue
            state = settings.value(key_for(splitter, root) + "/splitter")
            if state is not None and splitter.restoreState(state):
                n += 1
    finally:
        settings.endGroup()
    return n
