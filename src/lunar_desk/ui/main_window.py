"""The main window: tabs, menus, status bar, remembered geometry.

Tabs never reach into each other: a write returns a
:class:`~lunar_desk.services.changes.Changes`, the window broadcasts it on
``changed`` and each tab refreshes what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from lunar_desk.config import Paths
from lunar_desk.ui import i18n
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.view_state import restore_view_states, save_view_states
from lunar_desk.ui.keyboard import focus_find_target
from lunar_desk.ui.widgets import EmptyState

if TYPE_CHECKING:  # the database layer is imported only once the window has painted
    from lunar_desk.db.engine import Database
    from lunar_desk.ui.about import AboutDialog

# (object name, tab label, placeholder title, placeholder text); the texts are
# translated where they are shown (QT_TRANSLATE_NOOP only marks them for lupdate).
# Tab labels carry no Alt+letter: eight of them would take eight letters from every page's
# buttons; Ctrl+1 … Ctrl+8 (and Ctrl+Tab) switch tabs instead.
TABS = [
    ("catalogue", QT_TRANSLATE_NOOP("MainWindow", "Catalogue"), QT_TRANSLATE_NOOP("MainWindow", "Opening the catalogue…"), ""),
    ("applications", QT_TRANSLATE_NOOP("MainWindow", "Applications"), QT_TRANSLATE_NOOP("MainWindow", "Opening applications…"), ""),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "Committee Review"),
     QT_TRANSLATE_NOOP("MainWindow", "Opening the committee review…"), ""),
    ("loans", QT_TRANSLATE_NOOP("MainWindow", "Loans"), QT_TRANSLATE_NOOP("MainWindow", "Opening loans…"), ""),
    ("results", QT_TRANSLATE_NOOP("MainWindow", "Results"), QT_TRANSLATE_NOOP("MainWindow", "Opening results…"), ""),
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "Teams && Training"),
     QT_TRANSLATE_NOOP("MainWindow", "Opening research teams and training…"), ""),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), QT_TRANSLATE_NOOP("MainWindow", "Opening the dashboard…"), ""),
    ("stewardship", QT_TRANSLATE_NOOP("MainWindow", "Stewardship"),
     QT_TRANSLATE_NOOP("MainWindow", "Opening stewardship…"), ""),
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
        self.setWindowTitle(self.tr("Lunar Desk — demo data") if paths.demo else "Lunar Desk")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for key, label, title, text in TABS:
            page = EmptyState(self.tr(title), self.tr(text) if text else "")
            page.setObjectName(key)
            self.tabs.addTab(page, self.tr(label))
        self.setCentralWidget(self.tabs)
        self.catalogue = self.applications = self.review = self.loans = self.dashboard = self.stewardship = None
        self.results = self.programme = None
        self.data_tabs: list = []

        self.db_label = QLabel(self.tr("Opening database…"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._build_keys()
        self._restore_settings()

    def build_tabs(self) -> None:
        """Create the real tabs in place of the placeholders (idempotent)."""
        if self.data_tabs:
            return
        from lunar_desk.ui.applications.tab import ApplicationsTab
        from lunar_desk.ui.catalogue.tab import CatalogueTab
        from lunar_desk.ui.dashboard.tab import DashboardTab
        from lunar_desk.ui.loans.tab import LoansTab
        from lunar_desk.ui.programme import ProgrammeTab
        from lunar_desk.ui.results.tab import ResultsTab
        from lunar_desk.ui.review.tab import ReviewTab
        from lunar_desk.ui.stewardship.tab import StewardshipTab

        current = self.tabs.currentIndex()
        self.catalogue = CatalogueTab(self, self.settings)
        self.applications = ApplicationsTab(self, self.settings)
        self.review = ReviewTab(self, self.settings)
        self.loans = LoansTab(self, self.settings)
        self.results = ResultsTab(self, self.settings)
        self.programme = ProgrammeTab(self, self.settings)
        self.dashboard = DashboardTab(self, self.settings)
        self.dashboard.open_filtered.connect(lambda name, criteria: self.show_filtered(name, **criteria))
        self.stewardship = StewardshipTab(self, self.settings)
        for index, tab in enumerate((self.catalogue, self.applications, self.review, self.loans, self.results,
                                     self.programme, self.dashboard, self.stewardship)):
            key, label = TABS[index][:2]
            tab.setObjectName(key)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, tab, self.tr(label))
            self.tabs.setTabToolTip(index, self.tab_actions[index].shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            self.changed.connect(tab.on_changes)
            tab.changed.connect(self.changed)
        self.tabs.setCurrentIndex(current)
        self.data_tabs = [self.catalogue, self.applications, self.review, self.loans, self.results, self.programme,
                          self.dashboard, self.stewardship]
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
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import release list…"), lambda: self.catalogue.import_release_list(), "Ctrl+I",
            self.tr("Import a CLEP release list (.xlsx or .csv) into the catalogue"),
        )
        self.open_folder_action = self._action(
            self.tr("Open &data folder"), self.open_data_folder,
            tip=self.tr("Show the folder with the database, backups and attachments"),
        )
        self.backup_action = self._action(self.tr("&Backup now"), self.backup_now, "Ctrl+Shift+B",
                                          self.tr("Write a verified backup of the database"))
        self.backups_action = self._action(
            self.tr("Bac&kups…"), self.show_backups,
            tip=self.tr("List the backups and restore one (works even when the database cannot be opened)"),
        )
        self.backups_action.setEnabled(self.paths.db_file is not None)
        self.recycle_bin_action = self._action(
            self.tr("&Recycle bin…"), self.show_recycle_bin,
            tip=self.tr("Records removed from applications, reviews, teams, training and results, and restoring them"),
        )
        self.export_changes_action = self._action(
            self.tr("E&xport changes…"), self.show_export_changes,
            tip=self.tr("Write a signed bundle of the changes for another laptop or the office server"),
        )
        self.import_changes_action = self._action(
            self.tr("Import c&hanges…"), self.show_import_changes,
            tip=self.tr("Check a bundle from another laptop or the office server, preview and import its changes"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.import_action, None, self.export_changes_action, self.import_changes_action, None,
                       self.open_folder_action, self.backup_action, self.backups_action,
                       self.recycle_bin_action, None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.export_summary_action = self._action(
            self.tr("&Export CLEP summary…"), self.show_export_summary,
            tip=self.tr("Write the Excel summary of a period for CLEP (applications, masses, loans, returns, incidents)"),
        )
        self.email_action = self._action(
            self.tr("Prepare &email to CLEP…"), self.show_email_draft,
            tip=self.tr("Write an email draft (.eml) to CLEP with the summary attached; nothing is sent"),
        )
        self.reports_menu.addAction(self.export_summary_action)
        self.reports_menu.addAction(self.email_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences,
            self.tr("Your profile, language, mass unit, CLEP recipients, backup policy and data folder"),
        )
        if self.preferences_action.shortcut().isEmpty():  # no platform standard (Windows): Ctrl+,
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_menu.addAction(self.preferences_action)
        settings_menu.addSeparator()
        self.calendar_action = self._action(
            self.tr("&Holiday calendar…"), self.show_holiday_calendar,
            tip=self.tr("Enter the State Council's holiday arrangement (holidays and make-up working days)"),
        )
        settings_menu.addAction(self.calendar_action)
        self.shared_db_action = self._action(
            self.tr("&Shared database…"), self.show_shared_database,
            tip=self.tr("Work on the office's PostgreSQL server instead of this laptop's own database"),
        )
        self.exchange_key_action = self._action(
            self.tr("&Exchange key…"), self.show_exchange_key,
            tip=self.tr("The Secretariat's shared key that signs exchange bundles"),
        )
        settings_menu.addAction(self.shared_db_action)
        settings_menu.addAction(self.exchange_key_action)
        self._build_language_menu(settings_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.audit_action = self._action(self.tr("Audit &log…"), self.show_audit_log,
                                         tip=self.tr("Who changed what and when"))
        self.check_action = self._action(
            self.tr("&Check database…"), self.show_check,
            tip=self.tr("Full check: file, schema, foreign keys, mass ledger, loans and attachment files"),
        )
        help_menu.addAction(self.audit_action)
        help_menu.addAction(self.check_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About Lunar Desk"), self.show_about)
        help_menu.addAction(self.about_action)
        self._set_db_actions_enabled(False)

    def _build_keys(self) -> None:
        """Window-wide keys that belong to no menu, working wherever the focus is (the tab bar
        included): Ctrl+1 … Ctrl+8 bring a tab forward (its tooltip says which), and Ctrl+F puts the
        cursor in the current tab's filter (each tab names it in ``find_target()``)."""
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_filter)
        self.addAction(self.find_action)
        self.tab_actions: list[QAction] = []
        for index in range(len(TABS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
            self.tab_actions.append(action)
            self.tabs.setTabToolTip(index, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))

    def focus_filter(self) -> bool:
        tab = self.tabs.currentWidget()
        return hasattr(tab, "find_target") and focus_find_target(tab.find_target())

    def _build_language_menu(self, settings_menu) -> None:
        """Settings → Language: each language named in itself; the choice applies at the next start."""
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = i18n.chosen_language(self.settings)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Store the interface language; it applies the next time Lunar Desk starts."""
        code = i18n.set_language(self.settings, code)
        self.language_actions[code].setChecked(True)
        if code != i18n.current_language():
            QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                        self.tr("Lunar Desk will use {language} the next time it starts.").format(language=i18n.LANGUAGES[code]),
                        QMessageBox.StandardButton.Ok, self).exec()

    def _set_db_actions_enabled(self, enabled: bool) -> None:
        for action in (self.preferences_action, self.recycle_bin_action, self.audit_action, self.check_action,
                       self.import_action, self.backup_action, self.calendar_action, self.export_summary_action,
                       self.email_action):
            action.setEnabled(enabled)
        for action in (self.export_changes_action, self.import_changes_action, self.exchange_key_action):
            action.setEnabled(enabled)

    # --- database ----------------------------------------------------------

    def attach(self, db: Database) -> None:
        """Show the opened database in every tab."""
        self.build_tabs()
        self.db = db
        where = db.paths.describe_database()
        text = self.tr("Demo database: {where} · Officer: {officer}") if db.paths.demo else self.tr(
            "Database: {where} · Officer: {officer}")
        self.db_label.setText(text.format(where=where, officer=db.officer_name))
        self.db_label.setToolTip(where)
        self._set_db_actions_enabled(True)
        self.backup_action.setEnabled(db.paths.db_file is not None)
        for tab in self.data_tabs:
            tab.attach(db)  # each tab loads what it shows; no second broadcast needed
        restore_view_states(self, self.settings)  # column widths, sort orders, splitters

    def show_no_database(self, reason: str) -> None:
        self.db_label.setText(self.tr("No database open: {reason}").format(reason=reason))
        self._set_db_actions_enabled(False)
        for tab in self.data_tabs:
            tab.setEnabled(False)

    def show_filtered(self, tab_name: str, **criteria) -> bool:
        """Bring tab ``tab_name`` forward showing only what ``criteria`` select (the Dashboard's
        click-through); False when there is no such tab or it has no filter."""
        pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
        tab = next((page for page in pages if page.objectName() == tab_name), None)
        if tab is None or not hasattr(tab, "apply_filter") or not tab.isEnabled():
            return False
        tab.apply_filter(**criteria)
        self.tabs.setCurrentWidget(tab)
        return True

    # --- actions -------------------------------------------------------------

    def open_data_folder(self) -> None:
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def backup_now(self) -> Operation:
        from lunar_desk.services.maintenance import backup_now

        paths = self.paths
        self.statusBar().showMessage(self.tr("Writing backup…"))
        return (
            Operation(lambda report: backup_now(paths))
            .on_success(lambda path: self.statusBar().showMessage(
                self.tr("Backup written and verified: {path}").format(path=path), 10_000))
            .with_progress(self, self.tr("Writing and verifying the backup…"))
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

    def switch_data_folder(self, folder) -> bool:
        """Work in the data folder ``folder`` from now on (and at every start): close the database,
        remember the choice, open the one in ``folder``; the tabs re-attach."""
        from lunar_desk.config import resolve_paths
        from lunar_desk.logs import follow_data_folder
        from lunar_desk.ui.startup_choices import save_data_folder

        save_data_folder(self.settings, folder)
        self.paths = resolve_paths(folder)
        follow_data_folder(self.paths.logs_dir)  # the log goes with the records
        return self.reopen()

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

    # --- working together: exchange bundles and the shared server ----------------------------

    def export_changes_dialog(self):
        from lunar_desk.ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self)
        dialog.changed.connect(self.changed)
        return dialog

    def show_export_changes(self) -> None:
        if self.db is not None:
            self.export_changes_dialog().exec()

    def import_changes_dialog(self, path=None):
        from lunar_desk.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self, path)
        dialog.changed.connect(self.changed)
        return dialog

    def show_import_changes(self) -> None:
        if self.db is not None:
            self.import_changes_dialog().exec()

    def shared_database_dialog(self):
        from lunar_desk.ui.shared_db_dialog import SharedDatabaseDialog

        return SharedDatabaseDialog(self.settings, self.paths.describe_database(), self)

    def preferences_dialog(self):
        from lunar_desk.ui.settings_dialog import SettingsDialog

        return SettingsDialog(self, self.settings)

    def show_preferences(self) -> None:
        if self.db is not None:
            self.preferences_dialog().exec()

    def show_shared_database(self) -> None:
        self.shared_database_dialog().exec()

    def exchange_key_dialog(self):
        from lunar_desk.ui.exchange.key_dialog import ExchangeKeyDialog

        return ExchangeKeyDialog(self.db, self)

    def show_exchange_key(self) -> None:
        if self.db is not None:
            self.exchange_key_dialog().exec()

    def recycle_bin_dialog(self):
        from lunar_desk.ui.recycle_bin_dialog import RecycleBinDialog

        dialog = RecycleBinDialog(self.db, self)
        dialog.changed.connect(self.changed)
        return dialog

    def show_recycle_bin(self) -> None:
        if self.db is not None:
            self.recycle_bin_dialog().exec()

    def audit_dialog(self, table: str = "", record: str = ""):
        from lunar_desk.ui.audit_dialog import AuditDialog

        return AuditDialog(self.db, self, table=table, record=record)

    def show_audit_log(self) -> None:
        if self.db is not None:
            self.audit_dialog().exec()

    def check_dialog(self):
        from lunar_desk.ui.check_dialog import CheckDialog

        dialog = CheckDialog(self.paths, self)
        dialog.start()
        return dialog

    def show_check(self) -> None:
        self.check_dialog().exec()

    def show_about(self) -> None:
        self.about_dialog().exec()

    def show_export_summary(self) -> None:
        from lunar_desk.ui.reports.export_dialog import ExportSummaryDialog

        if self.db is not None:
            ExportSummaryDialog(self.db, self, self.settings).exec()

    def show_email_draft(self) -> None:
        from lunar_desk.ui.reports.email_dialog import EmailDraftDialog

        if self.db is not None:
            EmailDraftDialog(self.db, self, self.settings).exec()

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
        save_view_states(self, self.settings)
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        if self.db is not None:
            self.db.dispose()
        super().closeEvent(event)

