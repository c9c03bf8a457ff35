"""Help → Check database: the full check (file, schema, foreign keys, mass
ledger, loans, attachment files) run in the background, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from lunar_desk.config import Paths
from lunar_desk.ui.i18n import tr_error, tr_label
from lunar_desk.ui.operations import Operation


class CheckDialog(QDialog):
    def __init__(self, paths: Paths, parent=None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.report = None
        self.setWindowTitle(self.tr("Check database"))
        self.resize(720, 460)
        self.verdict = QLabel(self.tr("Checking {database}…").format(database=paths.describe_database()))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.again = QPushButton(self.tr("Check &again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.again.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def start(self) -> Operation:
        from lunar_desk.services.integrity import check_database

        paths = self.paths
        self.again.setEnabled(False)
        self.text.clear()
        self.verdict.setText(self.tr("Checking {database}…").format(database=paths.describe_database()))
        return (Operation(lambda report: check_database(paths), owner=self)
                .on_success(self.show_report)
                .on_failure(self._failed)
                .start())

    def _failed(self, exc: BaseException) -> None:
        self.again.setEnabled(True)
        self.verdict.setText(self.tr("The check could not run: {error}").format(error=tr_error(exc)))

    def show_report(self, report) -> None:
        self.report = report
        self.again.setEnabled(True)
        if report.ok:
            self.verdict.setText(self.tr("No problems found in {database}.").format(database=report.database))
        else:
            self.verdict.setText(self.tr(
                "{n} problem(s) found in {database}. Nothing was changed. Restore a backup (File → Backups…) "
                "or ask for help before entering more records.").format(n=len(report.problems),
                                                                       database=report.database))
        lines = []
        if report.problems:
            lines.append(self.tr("Problems:"))
            lines.extend(f"  • {tr_label(p)}" for p in report.problems)
            lines.append("")
        lines.append(self.tr("Checked:"))
        lines.extend(f"  ✓ {tr_label(f)}" for f in report.facts)
        self.text.setPlainText("\n".join(lines))
