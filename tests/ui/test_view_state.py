"""Column widths, sort orders and splitter positions come back the next time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QSplitter, QTableView, QTreeWidget, QVBoxLayout, QWidget

from lunar_desk.ui.view_state import restore_view_states, save_view_states


def make_page():
    page = QWidget()
    split = QSplitter(Qt.Orientation.Horizontal, page)
    table = QTableView(split)
    model = QStandardItemModel(3, 4, table)
    table.setModel(model)
    table.setSortingEnabled(True)
    tree = QTreeWidget(split)
    tree.setHeaderLabels(["A", "B", "C"])
    QVBoxLayout(page).addWidget(split)
    page.resize(800, 400)
    return page, split, table, tree


def test_widths_sort_and_splitters_survive_a_restart(qtbot, settings):
    page, split, table, tree = make_page()
    qtbot.addWidget(page)
    page.show()
    table.horizontalHeader().resizeSection(2, 321)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    tree.header().resizeSection(0, 222)
    split.setSizes([600, 200])
    sizes = split.sizes()
    assert save_view_states(page, settings) == 3

    again, split2, table2, tree2 = make_page()
    qtbot.addWidget(again)
    again.show()
    assert restore_view_states(again, settings) == 3
    assert table2.horizontalHeader().sectionSize(2) == 321
    assert table2.horizontalHeader().sortIndicatorSection() == 1
    assert table2.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert tree2.header().sectionSize(0) == 222
    assert split2.sizes() == sizes


def test_the_main_window_remembers_a_tab_table_between_sessions(qtbot, db, settings):
    from lunar_desk.ui.main_window import MainWindow

    w = MainWindow(db.paths, settings)
    qtbot.addWidget(w)
    w.show()
    w.attach(db)
    header = w.loans.findChildren(QTableView)[0].horizontalHeader() if w.loans.findChildren(QTableView) else \
        w.loans.findChildren(QTreeWidget)[0].header()
    header.resizeSection(0, 187)
    w.save_settings()

    w2 = MainWindow(db.paths, settings)
    qtbot.addWidget(w2)
    w2.show()
    w2.attach(db)
    header2 = w2.loans.findChildren(QTableView)[0].horizontalHeader() if w2.loans.findChildren(QTableView) else \
        w2.loans.findChildren(QTreeWidget)[0].header()
    assert header2.sectionSize(0) == 187
