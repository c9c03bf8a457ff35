"""The conflict list of an import preview: each conflict with who changed it
where and when, its fields side by side (mine / theirs), and the officer's
choice per field (keep mine, take theirs, or type the value) or per record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.clock import local_time
from lunar_desk.services import exchange_merge
from lunar_desk.services.exchange_apply import Resolution, field_choice
from lunar_desk.services.exchange_merge import (
    DUPLICATE,
    EDIT,
    EDITED,
    MINE,
    THEIRS,
    Change,
)
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.keyboard import leave_grid_on_tab
from lunar_desk.ui.widgets import make_tree

ROLE = Qt.ItemDataRole.UserRole
AUTO_COLOR = QColor("#6b6b6b")
MINE_COLOR = QColor("#e3f2fd")
THEIRS_COLOR = QColor("#fff3e0")


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return QCoreApplication.translate("Exchange", "yes")
    if value is False:
        return QCoreApplication.translate("Exchange", "no")
    return str(value)


def field_label(name: str) -> str:
    return tr_label(exchange_merge.field_label(name))


def when(at) -> str:
    return local_time(at) if at is not None else "?"


class ConflictPanel(QWidget):
    """Conflicts on the left; the selected one's fields on the right, each with its choice."""

    decided = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[Change] = []
        self.resolutions: dict[str, Resolution] = {}
        self.rule: str | None = None
        self.list = make_tree([self.tr("Record"), self.tr("Decision"), self.tr("What happened"), self.tr("Here"),
                               self.tr("There")])
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.fields = QTableWidget(0, 5)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (here)"), self.tr("Theirs"),
                                               self.tr("Use"), self.tr("Value")])
        header = self.fields.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().setVisible(False)
        leave_grid_on_tab(self.fields)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_mine.setToolTip(self.tr("Keep the values recorded on this laptop"))
        self.take_theirs = QPushButton(self.tr("Take &theirs"))
        self.take_theirs.setToolTip(self.tr("Take the values from the other laptop's bundle"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.fields, 1)
        row = QHBoxLayout()
        row.addWidget(self.keep_mine)
        row.addWidget(self.take_theirs)
        row.addStretch(1)
        rl.addLayout(row)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([420, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.keep_mine.clicked.connect(lambda: self.choose_record(MINE))
        self.take_theirs.clicked.connect(lambda: self.choose_record(THEIRS))
        self.fields.itemChanged.connect(self._value_edited)
        self._filling = False

    # --- content --------------------------------------------------------------------------

    def set_conflicts(self, changes: list[Change]) -> None:
        self.changes = list(changes)
        self.resolutions = {c.key: Resolution() for c in changes}
        self.list.clear()
        for c in changes:
            item = QTreeWidgetItem([c.label, "", tr_label(c.conflict_text), f"{c.mine_by or '?'}, {when(c.mine_at)}",
                                    f"{c.theirs_by or '?'}, {when(c.theirs_at)}"])
            item.setData(0, ROLE, c.key)
            item.setToolTip(0, tr_label(c.note) or c.label)
            self.list.addTopLevelItem(item)
        for col in range(5):
            self.list.resizeColumnToContents(col)
        self._refresh_decisions()
        if changes:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self._show_current()

    def current(self) -> Change | None:
        item = self.list.currentItem()
        key = item.data(0, ROLE) if item is not None else None
        return next((c for c in self.changes if c.key == key), None)

    def select(self, key: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            if self.list.topLevelItem(i).data(0, ROLE) == key:
                self.list.setCurrentItem(self.list.topLevelItem(i))
                return

    def set_rule(self, rule: str | None) -> None:
        self.rule = rule
        self._refresh_decisions()
        self._show_current()

    # --- the selected conflict ---------------------------------------------------------------

    def _choices(self, c: Change) -> list[tuple[str, str]]:
        if c.conflict == DUPLICATE:
            return [("", "—"), (MINE, self.tr("Keep my number")), (THEIRS, self.tr("Theirs keeps it")),
                    (EDIT, self.tr("Number for theirs:"))]
        return [("", "—"), (MINE, self.tr("Mine")), (THEIRS, self.tr("Theirs")), (EDIT, self.tr("Edit:"))]

    def _show_current(self) -> None:
        c = self.current()
        self._filling = True
        self.fields.setRowCount(0)
        self.keep_mine.setEnabled(c is not None)
        self.take_theirs.setEnabled(c is not None and not c.blocked)
        if c is None:
            self.header.setText("")
            self._filling = False
            return
        text = f"<b>{c.label}</b> — {tr_label(c.conflict_text)}"
        if c.note:
            text += f"<br>{tr_label(c.note)}"
        text += "<br>" + self.tr("Here: {who}, {when} · There: {twho}, {twhen}").format(
            who=c.mine_by or "?", when=when(c.mine_at), twho=c.theirs_by or "?", twhen=when(c.theirs_at))
        if c.blocked:
            text += "<br>" + self.tr("It cannot be deleted here: still used by {what}.").format(what=tr_label(c.blocked))
        self.header.setText(text)
        per_field = c.conflict in (EDITED, DUPLICATE)
        res = self.resolutions[c.key]
        for f in c.fields:
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            name = QTableWidgetItem(field_label(f.field))
            name.setData(ROLE, f.field)
            theirs = show_value(f.theirs) if c.conflict != "deleted_there" else self.tr("(deleted)")
            cells = [name, QTableWidgetItem(show_value(f.mine)), QTableWidgetItem(theirs)]
            for col, cell in enumerate(cells):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(cell.text())
                self.fields.setItem(row, col, cell)
            value = QTableWidgetItem("")
            value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fields.setItem(row, 4, value)
            if f.auto or not per_field:
                label = {MINE: self.tr("mine (only changed here)"), THEIRS: self.tr("theirs (only changed there)")}
                note = QTableWidgetItem(label.get(f.auto, ""))
                note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsEditable)
                note.setForeground(AUTO_COLOR)
                self.fields.setItem(row, 3, note)
                if f.auto:
                    for col in range(3):
                        self.fields.item(row, col).setForeground(AUTO_COLOR)
                continue
            combo = QComboBox()
            for data, text in self._choices(c):
                combo.addItem(text, data)
            chosen = field_choice(c, f.field, res, None)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(lambda _=0, field=f.field, box=combo: self.choose_field(field, box.currentData()))
            self.fields.setCellWidget(row, 3, combo)
            self._show_value(row, c, f, res)
        self.fields.resizeRowsToContents()
        self._filling = False

    def _show_value(self, row: int, c: Change, f, res: Resolution) -> None:
        choice = field_choice(c, f.field, res, self.rule)
        value = self.fields.item(row, 4)
        editable = choice == EDIT
        if editable:
            default = c.proposal if c.conflict == DUPLICATE else f.theirs
            text = str(res.values.get(f.field, "" if default is None else default))
        elif choice == MINE:
            text = self.tr("theirs becomes {number}").format(number=c.proposal) if c.conflict == DUPLICATE \
                else show_value(f.mine)
        elif choice == THEIRS:
            text = self.tr("mine becomes {number}").format(number=c.proposal) if c.conflict == DUPLICATE \
                else show_value(f.theirs)
        else:
            text = ""
        filling, self._filling = self._filling, True
        value.setText(text)
        flags = value.flags() | Qt.ItemFlag.ItemIsEditable if editable else value.flags() & ~Qt.ItemFlag.ItemIsEditable
        value.setFlags(flags)
        value.setBackground(THEIRS_COLOR if choice == THEIRS else MINE_COLOR if choice == MINE else QColor(0, 0, 0, 0))
        self._filling = filling

    # --- choosing -------------------------------------------------------------------------------

    def _row_of(self, field: str) -> int:
        for row in range(self.fields.rowCount()):
            if self.fields.item(row, 0).data(ROLE) == field:
                return row
        return -1

    def choose_field(self, field: str, choice: str) -> None:
        """Keep mine, take theirs or edit one field of the selected conflict."""
        c = self.current()
        if c is None:
            return
        res = self.resolutions[c.key]
        if choice:
            res.fields[field] = choice
        else:
            res.fields.pop(field, None)
        if choice == EDIT and field not in res.values:
            f = next(x for x in c.fields if x.field == field)
            default = c.proposal if c.conflict == DUPLICATE else f.theirs
            res.values[field] = "" if default is None else str(default)
        row = self._row_of(field)
        if row >= 0:
            combo = self.fields.cellWidget(row, 3)
            if combo is not None and combo.currentData() != choice:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(choice), 0))
                combo.blockSignals(False)
            self._show_value(row, c, next(x for x in c.fields if x.field == field), res)
        self._refresh_decisions()

    def choose_record(self, choice: str) -> None:
        """Keep mine or take theirs for every field of the selected conflict."""
        c = self.current()
        if c is None:
            return
        self.resolutions[c.key] = Resolution(choice=choice)
        self._show_current()
        self._refresh_decisions()

    def _value_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 4:
            return
        c = self.current()
        if c is None:
            return
        field = self.fields.item(item.row(), 0).data(ROLE)
        res = self.resolutions[c.key]
        if field_choice(c, field, res, self.rule) == EDIT:
            res.values[field] = item.text()

    # --- the list's decision column -----------------------------------------------------------------

    def decision_text(self, c: Change) -> str:
        res = self.resolutions.get(c.key)
        names = [f.field for f in c.open_fields] if c.conflict in (EDITED, DUPLICATE) else [""]
        choices = {field_choice(c, n, res, self.rule) for n in names}
        if "" in choices:
            return self.tr("to decide")
        if choices == {MINE}:
            return self.tr("keep mine")
        if choices == {THEIRS}:
            return self.tr("take theirs")
        return self.tr("mixed")

    def undecided(self) -> int:
        return sum(self.decision_text(c) == self.tr("to decide") for c in self.changes)

    def _refresh_decisions(self) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            c = next(x for x in self.changes if x.key == item.data(0, ROLE))
            text = self.decision_text(c)
            item.setText(1, text)
            item.setForeground(1, QColor("#b00020") if text == self.tr("to decide") else QColor("#1b5e20"))
        self.decided.emit()
