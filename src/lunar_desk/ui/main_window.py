"""The main window: tabs, menus, status bar, remembered geometry.

Tabs never reach into each other: a write returns a
:class:`~lunar_desk.services.changes.Changes`, the window broadcasts it on
``changed`` and each tab refreshes what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from lunar_desk.config import Paths
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.widgets import EmptyState

if TYPE_CHECKING:  # the database layer is imported only once the window has painted
    from lunar_desk.db.engine import Database
    from lunar_desk.ui.about import AboutDialog

# (object name, tab label, placeholder title, placeholder text)
TABS = [
    ("catalogue", "&Catalogue", "Opening the catalogue…", ""),
    ("applications", "&Applications", "Opening applications…", ""),
    ("review", "Committee &Review", "Opening the committee review…", ""),
    ("loans", "&Loans", "Opening loans…", ""),
]


class MainWindow(QMainWindow):
    """The shell paints at once with light placeholder pages; :meth:`build_tabs`
    swaps in the real tabs (and their database imports) right after."""

    changed = Signal(object)  # Changes

    def __init__(self, paths: Paths, settings: QSettings | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.db: Database | None = None
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle("Lunar Desk" + (" — demo data" if paths.demo else ""))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for key, label, title, text in TABS:
            page = EmptyState(title, text)
            page.setObjectName(key)
            self.tabs.addTab(page, label)
        self.setCentralWidget(self.tabs)
        self.catalogue = self.applications = self.review = self.loans = None
        self.data_tabs: list = []

        self.db_label = QLabel("Opening database…")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._restore_settings()

    def build_tabs(self) -> None:
        """Create the real tabs in place of the placeholders (idempotent)."""
        if self.data_tabs:
            return
        from lunar_desk.ui.applications.tab import ApplicationsTab
        from lunar_desk.ui.catalogue.tab import CatalogueTab
        from lunar_desk.ui.loans.tab import LoansTab
        from lunar_desk.ui.review.tab import ReviewTab

        current = self.tabs.currentIndex()
        self.catalogue = CatalogueTab(self, self.settings)
        self.applications = ApplicationsTab(self, self.settings)
        self.review = ReviewTab(self, self.settings)
        self.loans = LoansTab(self, self.settings)
        for index, tab in enumerate((self.catalogue, self.applications, self.review, self.loans)):
            key, label = TABS[index][:2]
            tab.setObjectName(key)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, tab, label)
            self.changed.connect(tab.on_changes)
            tab.changed.connect(self.changed)
        self.tabs.setCurrentIndex(current)
        self.data_tabs = [self.catalogue, self.applications, self.review, self.loans]
        self.catalogue.restore_state(self.settings)

    # --- menus -------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = self._action(
            "&Import release list…", lambda: self.catalogue.import_release_list(), "Ctrl+I",
            "Import a CLEP release list (.xlsx or .csv) into the catalogue",
        )
        self.open_folder_action = self._action(
            "Open &data folder", self.open_data_folder, tip="Show the folder with the database, backups and attachments"
        )
        self.backup_action = self._action("&Backup now", self.backup_now, "Ctrl+Shift+B", "Write a verified backup of the database")
        self.backups_action = self._action(
            "Bac&kups…", self.show_backups, tip="List the backups and restore one (works even when the database cannot be opened)"
        )
        self.backups_action.setEnabled(self.paths.db_file is not None)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        for action in (self.import_action, None, self.open_folder_action, self.backup_action, self.backups_action, None,
                       self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        settings_menu = self.menuBar().addMenu("&Settings")
        self.calendar_action = self._action(
            "&Holiday calendar…", self.show_holiday_calendar,
            tip="Enter the State Council's holiday arrangement (holidays and make-up working days)",
        )
        settings_menu.addAction(self.calendar_action)
        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = self._action("&About Lunar Desk", self.show_about)
        help_menu.addAction(self.about_action)
        self._set_db_actions_enabled(False)

    def _set_db_actions_enabled(self, enabled: bool) -> None:
        for action in (self.import_action, self.backup_action, self.calendar_action):
            action.setEnabled(enabled)

    # --- database ----------------------------------------------------------

    def attach(self, db: Database) -> None:
        """Show the opened database in every tab."""
        self.build_tabs()
        self.db = db
        where = db.paths.describe_database()
        self.db_label.setText(f"{'Demo database' if db.paths.demo else 'Database'}: {where} · Officer: {db.officer_name}")
        self.db_label.setToolTip(where)
        self._set_db_actions_enabled(True)
        self.backup_action.setEnabled(db.paths.db_file is not None)
        for tab in self.data_tabs:
            tab.attach(db)  # each tab loads what it shows; no second broadcast needed

    def show_no_database(self, reason: str) -> None:
        self.db_label.setText(f"No database open: {reason}")
        self._set_db_actions_enabled(False)
        for tab in self.data_tabs:
            tab.setEnabled(False)

    # --- actions -------------------------------------------------------------

    def open_data_folder(self) -> None:
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def backup_now(self) -> Operation:
        from lunar_desk.services.maintenance import backup_now

        paths = self.paths
        self.statusBar().showMessage("Writing backup…")
        return (
            Operation(lambda report: backup_now(paths))
            .on_success(lambda path: self.statusBar().showMessage(f"Backup written and verified: {path}", 10_000))
            .with_progress(self, "Writing and verifying the backup…")
            .start()
        )

    def backups_dialog(self):
        from lunar_desk.ui.backups_dialog import BackupsDialog

        return BackupsDialog(self, self)

    def show_backups(self) -> None:
        self.backups_dialog().exec()

    def reopen(self) -> bool:
        """Close the current database and open it again (after a restore); the tabs re-attach."""
        from lunar_desk.ui.app import open_into

        if self.db is not None:
            self.db.dispose()
            self.db = None
        return open_into(self, self.paths, interactive=True)

    def about_dialog(self) -> AboutDialog:
        from lunar_desk.services.maintenance import database_info
        from lunar_desk.ui.about import AboutDialog

        info = database_info(self.db) if self.db is not None else None
        return AboutDialog(self.paths, info, self)

    def holiday_calendar(self):
        from lunar_desk.ui.holiday_calendar import HolidayCalendarDialog

        dialog = HolidayCalendarDialog(self.db, self)
        dialog.changed.connect(self.changed)
        return dialog

    def show_holiday_calendar(self) -> None:
        if self.db is not None:
            self.holiday_calendar().exec()

    def show_about(self) -> None:
        self.about_dialog().exec()

    # --- settings -------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        last = self.settings.value("main/tab", "catalogue")
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == last:
                self.tabs.setCurrentIndex(i)
                break

    def save_settings(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/tab", self.tabs.currentWidget().objectName())
        if self.catalogue is not None:
            self.catalogue.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        if self.db is not None:
            self.db.dispose()
        super().closeEvent(event)

