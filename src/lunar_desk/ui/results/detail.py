"""Below the Results table: the selected report's compliance ticks with
what each means, its files; what is overdue per loan; totals per
institution."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.services.result_compliance import Compliance
from lunar_desk.services.result_overdue import OverdueLine
from lunar_desk.services.results import kind_label
from lunar_desk.services.results_view import InstitutionResults, ResultRow
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.results.model import deadline_text, tick, tick_colour
from lunar_desk.ui.widgets import make_tree
from lunar_desk.ui.selection import ID_ROLE



class ComplianceView(QWidget):
    """The selected report: a header, three ticks with their explanation, its PDFs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        self.ticks: list[QLabel] = []
        self.texts: list[QLabel] = []
        for n, name in enumerate((self.tr("Acknowledgement"), self.tr("Sample numbers"), self.tr("Reported in time"))):
            mark, title, text = QLabel(), QLabel(f"<b>{name}</b>"), QLabel()
            font = mark.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            mark.setFont(font)
            mark.setMinimumWidth(28)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(mark, n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, n, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, n, 2)
            self.ticks.append(mark)
            self.texts.append(text)
        grid.setColumnStretch(2, 1)
        self.files = make_tree([self.tr("Attached PDF"), self.tr("Size")])
        self.files.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addWidget(self.files)
        layout.addStretch(1)

    def show_row(self, row: ResultRow | None, files: list[tuple] = (), full: Compliance | None = None) -> None:
        """``full``: the report's compliance with suggestions for unknown numbers (else the row's)."""
        self.files.clear()
        if row is None:
            self.header.setText(self.tr("Select a result report to see its compliance."))
            for mark, text in zip(self.ticks, self.texts, strict=True):
                mark.setText("")
                text.setText("")
            return
        c = full or row.compliance
        where = " · ".join(x for x in (row.venue, row.doi) if x)
        person = f"{row.person} ({row.person_native})" if row.person_native else row.person
        self.header.setText(
            f"<b>{html.escape(row.title)}</b><br>{html.escape(tr_label(kind_label(row.kind)))}"
            + (f" · {html.escape(where)}" if where else "")
            + (f"<br>{html.escape(', '.join(row.loans))} · {html.escape(person)}" if row.loans else ""))
        checks = ((c.acknowledgement, tick(c.acknowledgement.ok)), (c.samples, tick(c.samples.ok)),
                  (c.reporting, deadline_text(c.reporting).split(" ")[0]))
        for (check, mark_text), mark, text in zip(checks, self.ticks, self.texts, strict=True):
            mark.setText(mark_text)
            mark.setStyleSheet(f"color: {tick_colour(check.ok).name()};")
            text.setText(tr_label(check.text))
        for att_id, name, size in files:
            item = QTreeWidgetItem([name, f"{size / 1024:.0f} KB"])
            item.setData(0, ID_ROLE, att_id)
            self.files.addTopLevelItem(item)


class OverdueView(QWidget):
    """What each loan owes and is late with (select a line for a reminder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = make_tree([self.tr("Loan"), self.tr("Responsible person"), self.tr("Due"),
                               self.tr("Days overdue"), self.tr("What is overdue")])
        self.reminder_button = QPushButton(self.tr("Reminder e-mail for this loan…"))
        self.reminder_button.setEnabled(False)
        self.tree.currentItemChanged.connect(lambda *_: self.reminder_button.setEnabled(self.selected_loan() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(self.reminder_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_lines(self, lines: list[OverdueLine]) -> None:
        self.tree.clear()
        for line in lines:
            person = f"{line.person} ({line.person_native})" if line.person_native else line.person
            reason = tr_label(line.reason)
            item = QTreeWidgetItem([line.agreement_number, person, line.due_on.isoformat(), str(line.days_overdue),
                                    reason])
            item.setData(0, ID_ROLE, line.loan_id)
            item.setToolTip(4, reason)
            self.tree.addTopLevelItem(item)
        for c in range(4):
            self.tree.resizeColumnToContents(c)

    def selected_loan(self):
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None


class InstitutionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = make_tree([self.tr("Institution"), self.tr("Member State"), self.tr("Reports"),
                               self.tr("Compliant"), self.tr("Due soon"), self.tr("Overdue"),
                               self.tr("Loans owing a first result")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_rows(self, rows: list[InstitutionResults]) -> None:
        self.tree.clear()
        for r in rows:
            name = f"{r.institution} ({r.institution_local})" if r.institution_local else tr_label(r.institution)
            self.tree.addTopLevelItem(QTreeWidgetItem([name, r.member_state, str(r.reports), str(r.compliant),
                                                       str(r.due_soon), str(r.overdue), str(r.loans_owing)]))
        for c in range(7):
            self.tree.resizeColumnToContents(c)
