"""File → Export changes…: a signed bundle for another laptop or the office server.

The officer names the peer (a new name or one exchanged with before) and what
to send: the changes since the last exchange with it, everything changed
since a day, or every record; the bundle is written off the GUI thread."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.clock import local_time
from lunar_desk.db.engine import Database
from lunar_desk.filenames import safe_file_name
from lunar_desk.services import exchange
from lunar_desk.services.changes import Changes
from lunar_desk.ui.exchange import inform
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.passphrase_dialog import ask_passphrase
from lunar_desk.ui.widgets import CheckedDialog


def default_bundle_path(peer: str, today: date) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    slug = re.sub(r"[^\w-]+", "-", peer.strip(), flags=re.UNICODE).strip("-").lower() or "peer"
    return Path(folder) / safe_file_name(f"lunar-desk-changes-for-{slug}-{today.isoformat()}.zip")


class ExportDialog(CheckedDialog):
    changed = Signal(object)  # Changes (the peer's marks)

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(self.tr("Export changes"), parent, min_width=560)
        self.db = db
        self.today = today or date.today()
        self.operation: Operation | None = None
        self.result: exchange.ExportResult | None = None
        with db.read() as s:
            self.peers = {p.name: p.last_export_at for p in exchange.peers(s)}
            has_key = exchange.has_exchange_key(s)
        self.peer = QComboBox()
        self.peer.setEditable(True)
        self.peer.addItems(sorted(self.peers))
        self.peer.setCurrentText("")
        self.peer.lineEdit().setPlaceholderText(self.tr("e.g. Office server, Li Wei's laptop"))
        self.last = QLabel()
        self.last.setStyleSheet("color: #555;")
        self.since_last = QRadioButton(self.tr("Changes since the last exchange with it"))
        self.since_day = QRadioButton(self.tr("Everything changed since:"))
        self.everything = QRadioButton(self.tr("Every record (to set up a new laptop or server)"))
        self.day = QDateEdit(QDate(self.today.year, self.today.month, 1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        group = QButtonGroup(self)
        for b in (self.since_last, self.since_day, self.everything):
            group.addButton(b)
        self.since_last.setChecked(True)
        day_row = QHBoxLayout()
        day_row.addWidget(self.since_day)
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        what = QVBoxLayout()
        what.addWidget(self.since_last)
        what.addLayout(day_row)
        what.addWidget(self.everything)
        self.out = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        self.form.addRow(self.tr("&For:"), self.peer)
        self.form.addRow("", self.last)
        self.form.addRow(self.tr("Send:"), what)
        out_label = QLabel(self.tr("&Bundle file:"))
        out_label.setBuddy(self.out)
        self.form.addRow(out_label, out_row)
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase (for a USB stick or e-mail)"))
        self.encrypt.setToolTip(self.tr("The bundle is written encrypted (.enc); whoever imports it is asked for "
                                        "the passphrase. Tell it to them by another way than the file."))
        self.form.addRow("", self.encrypt)
        if not has_key:
            self.form.addRow(QLabel(self.tr("Set the exchange key first: Settings → Exchange key…")))
        self.has_key = has_key
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.disconnect(self.accept)
        self.buttons.accepted.connect(self.export)
        browse.clicked.connect(self._browse)
        self.peer.currentTextChanged.connect(self._peer_changed)
        self.out.textChanged.connect(self.revalidate)
        for b in (self.since_last, self.since_day, self.everything):
            b.toggled.connect(self.revalidate)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self._peer_changed(self.peer.currentText())

    def _peer_changed(self, name: str) -> None:
        name = name.strip()
        last = self.peers.get(name)
        if name and name in self.peers:
            self.last.setText(self.tr("Last export to {peer}: {when}").format(
                peer=name, when=local_time(last) if last else self.tr("never")))
        elif name:
            self.last.setText(self.tr("New peer: the first bundle for it holds every record."))
        else:
            self.last.setText("")
        if name and (not self.out.text() or self.out.text().startswith(str(default_bundle_path("", self.today).parent))):
            self.out.setText(str(default_bundle_path(name, self.today)))
            self._encrypt_toggled(self.encrypt.isChecked())
        self.revalidate()

    def _encrypt_toggled(self, encrypted: bool) -> None:
        """An encrypted bundle is named ``….zip.enc``, so nobody mistakes it for a plain one."""
        text = self.out.text().strip()
        if encrypted and text and not text.lower().endswith(".enc"):
            self.out.setText(text + ".enc")
        elif not encrypted and text.lower().endswith(".zip.enc"):
            self.out.setText(text[:-4])

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle as"), self.out.text(),
                                              self.tr("Exchange bundles (*.zip)"))
        if path:
            self.out.setText(path if path.lower().endswith(".zip") else path + ".zip")
            self._encrypt_toggled(self.encrypt.isChecked())

    def revalidate(self) -> None:
        if not self.has_key:
            self.set_problem(self.tr("No exchange key is set for this database."))
        elif not self.peer.currentText().strip():
            self.set_problem(self.tr("Name the laptop or server the bundle is for."))
        elif not self.out.text().strip():
            self.set_problem(self.tr("Choose where to write the bundle."))
        else:
            self.set_problem(None)

    def since(self) -> tuple[date | None, bool]:
        if self.since_day.isChecked():
            return self.day.date().toPython(), False
        return None, self.everything.isChecked()

    def export(self) -> Operation | None:
        db, peer, out = self.db, self.peer.currentText().strip(), Path(self.out.text().strip())
        since, everything = self.since()
        passphrase = None
        if self.encrypt.isChecked():
            passphrase = ask_passphrase(self, new=True, prompt=self.tr(
                "Choose the passphrase for the bundle for {peer}.").format(peer=peer))
            if passphrase is None:
                return None

        def work(report):
            options = dict(attachments_dir=db.paths.attachments_dir, peer_name=peer, since=since,
                           everything=everything, progress=report)
            with db.action(note=f"exchange export to {peer}") as s:
                if passphrase is not None:
                    return exchange.export_encrypted(s, out=out, passphrase=passphrase, **options)
                return exchange.export_changes(s, out=out, **options)

        self.buttons.setEnabled(False)
        self.operation = (Operation(work, owner=self).on_success(self._done).on_failure(self._failed)
                          .with_progress(self, self.tr("Writing the bundle for {peer}…").format(peer=peer)))
        return self.operation.start()

    def _done(self, result: exchange.ExportResult) -> None:
        self.buttons.setEnabled(True)
        self.result = result
        text = self.tr("{records} records and {files} attachment files written to {file}.").format(
            records=result.records, files=result.files, file=result.path)
        if result.warnings:
            text += "\n\n" + "\n".join(tr_label(w) for w in result.warnings)
        inform(self, self.tr("Export changes"), text)
        self.changed.emit(Changes.of("exchange_peer"))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from lunar_desk.ui.errors import show_error

        self.buttons.setEnabled(True)
        show_error(self, exc)
