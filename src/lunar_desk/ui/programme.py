"""The "Teams & Training" tab: the committee's research teams and the
capacity-building activities, one page each."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lunar_desk.db.engine import Database
from lunar_desk.services.changes import Changes
from lunar_desk.ui.teams.page import TeamsPage
from lunar_desk.ui.training.page import TrainingPage


class ProgrammeTab(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.teams = TeamsPage(self, settings)
        self.training = TrainingPage(self, settings)
        self.teams.setObjectName("teams")  # their place in the window keys the remembered column widths
        self.training.setObjectName("training")
        self.pages = QTabWidget()
        self.pages.addTab(self.teams, self.tr("Research teams"))
        self.pages.addTab(self.training, self.tr("Training"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        for page in (self.teams, self.training):
            page.changed.connect(self._page_changed)
        self._from_page = False
        self.setEnabled(False)

    def _page_changed(self, changes: Changes) -> None:
        """A page wrote: the other page hears it here, the rest of the window through ``changed``."""
        self._from_page = True
        try:
            self.changed.emit(changes)
        finally:
            self._from_page = False
        for page in (self.teams, self.training):
            if page is not self.sender():
                page.on_changes(changes)

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab): the search
        or list of the page shown."""
        return self.pages.currentWidget().find_target()

    def attach(self, db: Database) -> None:
        self.setEnabled(True)
        self.teams.attach(db)
        self.training.attach(db)

    def on_changes(self, changes: Changes) -> None:
        if not self._from_page:
            self.teams.on_changes(changes)
            self.training.on_changes(changes)
