"""Help → About: version, data folder, database and schema version."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lunar_desk import __version__
from lunar_desk.config import Paths
from lunar_desk.services.maintenance import DatabaseInfo


class AboutDialog(QDialog):
    def __init__(self, paths: Paths, info: DatabaseInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Lunar Desk"))
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Data folder"), str(paths.data_dir)),
            (self.tr("Database"), info.database if info else paths.describe_database()),
            (self.tr("Schema version"), (info.schema or self.tr("none")) if info else self.tr("not open")),
            (self.tr("Officer"), info.officer if info else ""),
        ]
        if paths.demo:
            rows.append((self.tr("Mode"), self.tr("Demo database (separate from real records)")))
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        self.label = QLabel(
            "<h3>Lunar Desk</h3><p>"
            + escape(self.tr("The APSCO Secretariat's desktop tool for the lunar-sample programme with CLEP."))
            + f"</p><table cellspacing='6'>{table}</table>"
        )
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
