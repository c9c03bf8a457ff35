"""File → Backups…: the backups in the backups folder, and restoring one.

Restoring closes the database, replaces it by the chosen backup off the GUI
thread (the current database is backed up first), then the main window
opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from lunar_desk.services.backups import (
    BackupInfo,
    format_size,
    list_backups,
    restore_backup,
)
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.widgets import confirm, make_tree

HEADERS = ["Date", "Reason", "Size", "Samples", "Applications", "Loans"]


class BackupsDialog(QDialog):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.paths = window.paths
        self.backups: list[BackupInfo] = []
        self.operation: Operation | None = None
        self.setWindowTitle("Backups")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.where = QLabel(f"Backups folder: {self.paths.backups_dir}")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.tree = make_tree(HEADERS)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setToolTip("Replace the database by the selected backup (the current database is backed up first)")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.paths)
        self.tree.clear()
        for info in self.backups:
            c = info.record_counts
            cells = [f"{info.created:%Y-%m-%d %H:%M:%S}", info.reason, format_size(info.size)]
            cells += [f"{c[t]:,}" if t in c else "—" for t in ("sample", "application", "loan")]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            for col in (2, 3, 4, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for col in range(len(HEADERS)):
            self.tree.resizeColumnToContents(col)
        if self.backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.operation is None)

    def restore_selected(self) -> Operation | None:
        backup = self.selected()
        if backup is None:
            return None
        info = next((b for b in self.backups if b.path == backup), None)
        when = f"{info.created:%Y-%m-%d %H:%M}" if info else backup.name
        if not confirm(
            self,
            "Restore backup",
            f"Replace the database {self.paths.describe_database()} by the backup of {when} ({backup.name})?\n\n"
            "The current database is backed up first, so this can be undone by restoring that backup.",
            ok="Restore",
        ):
            return None
        window = self.window_
        if window.db is not None:  # no connection may stay open on the file being replaced
            window.db.dispose()
            window.db = None
        window.show_no_database("restoring a backup…")
        paths = self.paths
        self.operation = (
            Operation(lambda report: restore_backup(paths, backup))
            .on_success(lambda pre: self._restored(backup, pre))
            .on_failure(self._failed)
            .with_progress(self, "Restoring the backup…")
            .start()
        )
        self._update_buttons()
        return self.operation

    def _restored(self, backup: Path, pre: Path | None) -> None:
        self.operation = None
        self.window_.reopen()
        message = f"Restored from {backup.name}" + (f"; the previous database was backed up to {pre.name}" if pre else "")
        self.window_.statusBar().showMessage(message, 15_000)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        show_error(self, exc)
        self.window_.reopen()  # nothing was changed: open the database again
        self.refresh()
