"""File → Recycle bin: what officers removed, and putting it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from lunar_desk.clock import local_time
from lunar_desk.services import recycle_bin
from lunar_desk.services.changes import Changes
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.widgets import make_tree


class RecycleBinDialog(QDialog):
    changed = Signal(object)  # Changes after a restore

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(820, 460)
        self.intro = QLabel(self.tr(
            "What officers removed: team members, methods, requested samples and attachments of applications, review "
            "assignments with their scores, research teams and their members, training activities, participants and "
            "materials, result reports and their files. Restoring puts a record back exactly as it was, with anything "
            "removed together with it."))
        self.intro.setWordWrap(True)
        self.tree = make_tree([self.tr("Removed"), self.tr("By"), self.tr("Kind"), self.tr("What")])
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.restore_selected())
        self.empty_label = QLabel(self.tr("The recycle bin is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(self.tr("&Restore"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self.db.read() as s:
            self.entries = recycle_bin.contents(s)
        self.tree.clear()
        for entry in self.entries:
            what = entry.label
            if entry.parts:
                what = self.tr("{label} (with {n} more)").format(label=entry.label, n=entry.parts)
            item = QTreeWidgetItem([local_time(entry.deleted_at), entry.deleted_by,
                                    tr_label(entry.what), what])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.tree.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)
        if self.entries:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.tree.currentItem() is not None and bool(self.entries))

    def restore_selected(self) -> Changes | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        entry_id = item.data(0, Qt.ItemDataRole.UserRole)

        done: list[Changes] = []

        def restore() -> None:
            with self.db.action(note="restored from the recycle bin") as s:
                done.append(recycle_bin.restore(s, entry_id))

        run_guarded(self, restore)
        self.refresh()
        if done:
            self.changed.emit(done[0])
        return done[0] if done else None
