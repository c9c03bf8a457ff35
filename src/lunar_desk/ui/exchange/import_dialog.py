"""File → Import changes…: verify a bundle, preview what it changes, decide
the conflicts, apply it all in one transaction.

Checking (signature, every part's SHA-256, references) and applying run off
the GUI thread with progress.  A refused bundle shows why and nothing else;
a verified one shows new, updated and deleted records and the conflicts, which
the officer settles one by one (:class:`ConflictPanel`) or by a rule."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError
from lunar_desk.services import exchange
from lunar_desk.services.changes import Changes
from lunar_desk.services.encryption import is_encrypted
from lunar_desk.services.exchange_apply import undecided
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.exchange import inform
from lunar_desk.ui.exchange.conflicts import (
    ConflictPanel,
    field_label,
    show_value,
    when,
)
from lunar_desk.ui.i18n import tr_error, tr_label
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.passphrase_dialog import ask_passphrase
from lunar_desk.ui.widgets import make_tree

OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b00020;"


class ImportDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(self, db: Database, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bundle = None
        self.plan: exchange.ImportPlan | None = None
        self.result = None
        self.operation: Operation | None = None
        self._plain: tempfile.TemporaryDirectory | None = None  # the decrypted copy of an encrypted bundle
        self.setWindowTitle(self.tr("Import changes"))
        with db.read() as s:
            peers = exchange.peer_names(s)
        self.file = QLineEdit(str(path) if path else "")
        self.file.setPlaceholderText(self.tr("The bundle (.zip, or .enc when encrypted) from another laptop or the "
                                             "office server"))
        choose = QPushButton(self.tr("Choose…"))
        self.peer = QComboBox()
        self.peer.setEditable(True)
        self.peer.addItems(peers)
        self.peer.setCurrentText("")
        self.peer.lineEdit().setPlaceholderText(self.tr("recognised from the bundle"))
        self.check_button = QPushButton(self.tr("&Check and preview"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        bundle_label = QLabel(self.tr("&Bundle:"))
        bundle_label.setBuddy(self.file)
        form.addRow(bundle_label, file_row)
        form.addRow(self.tr("&From:"), self.peer)

        self.new = make_tree([self.tr("Record"), self.tr("Details")])
        self.updated = make_tree([self.tr("Record"), self.tr("Field"), self.tr("Here"), self.tr("Theirs"), self.tr("How")])
        self.deleted = make_tree([self.tr("Record"), self.tr("Deleted there by"), self.tr("When")])
        self.conflicts = ConflictPanel()
        self.tabs = QTabWidget()
        for widget, title in ((self.conflicts, self.tr("Conflicts")), (self.new, self.tr("New")),
                              (self.updated, self.tr("Updated")), (self.deleted, self.tr("Deleted"))):
            self.tabs.addTab(widget, title)
        self.rule = QComboBox()
        for data, text in ((None, self.tr("Decide each conflict")), ("newest", self.tr("Newest change wins")),
                           ("mine", self.tr("Keep mine")), ("theirs", self.tr("Take theirs"))):
            self.rule.addItem(text, data)
        self.left = QLabel()
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Undecided conflicts:")))
        bottom.addWidget(self.rule)
        bottom.addWidget(self.left, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)

        choose.clicked.connect(self._choose)
        self.check_button.clicked.connect(self.check)
        self.apply_button.clicked.connect(self.apply)
        close.rejected.connect(self.reject)
        self.rule.currentIndexChanged.connect(lambda: self.conflicts.set_rule(self.rule.currentData()))
        self.conflicts.decided.connect(self._update_left)
        self.tabs.setEnabled(False)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), self.file.text(),
                                              self.tr("Exchange bundles (*.zip *.enc)"))
        if path:
            self.file.setText(path)
            self.check()

    # --- checking ------------------------------------------------------------------------------

    def check(self) -> Operation | None:
        text = self.file.text().strip()
        if not text:
            self._refused(UserError(self.tr("Choose the bundle to import.")))
            return None
        db, path, peer = self.db, Path(text), self.peer.currentText().strip() or None
        passphrase = None
        if path.is_file() and is_encrypted(path):
            passphrase = ask_passphrase(self, new=False, prompt=self.tr(
                "{file} is encrypted. Type the passphrase it was encrypted with.").format(file=path.name))
            if passphrase is None:
                return None
            self._forget_plain()
            self._plain = tempfile.TemporaryDirectory(prefix="lunar-desk-")
        folder = Path(self._plain.name) if passphrase is not None else None

        def work(report):
            plain = exchange.decrypted_bundle(path, passphrase, folder, progress=report) if folder else path
            with db.read() as s:
                bundle = exchange.open_bundle(s, plain, progress=report)
                return bundle, exchange.preview_import(s, bundle, peer)

        self.plan = self.bundle = None
        self.apply_button.setEnabled(False)
        self.status.setStyleSheet("color: #555;")
        self.status.setText(self.tr("Checking {file}…").format(file=path.name))
        self.operation = (Operation(work, owner=self).on_success(self._show).on_failure(self._refused)
                          .with_progress(self, self.tr("Checking the signature and every part of the bundle…")))
        return self.operation.start()

    def _forget_plain(self) -> None:
        if self._plain is not None:
            self._plain.cleanup()
            self._plain = None

    def done(self, result: int) -> None:
        """Closing the dialog removes the decrypted copy of an encrypted bundle."""
        super().done(result)
        if self.operation is None or not self.operation.running():
            self._forget_plain()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            show_error(self, exc)
        self.status.setStyleSheet(BAD_STYLE)
        self.status.setText("✗ " + (tr_error(exc) if isinstance(exc, UserError) else self.tr("The bundle could not be read.")))
        for tree in (self.new, self.updated, self.deleted):
            tree.clear()
        self.conflicts.set_conflicts([])
        self.tabs.setEnabled(False)
        self.apply_button.setEnabled(False)

    def _show(self, found) -> None:
        self.bundle, plan = found
        self.plan = plan
        if not self.peer.currentText().strip():
            self.peer.setCurrentText(plan.peer_name)
        self.status.setStyleSheet(OK_STYLE)
        text = self.tr("✓ Signature and SHA-256 of every part verified: {records} records and {files} files from "
                       "{source} (officer {officer}), exported {at}.").format(
            records=sum(plan.counts.values()), files=plan.files, source=plan.source_name, officer=plan.officer or "?",
            at=plan.exported_at[:16].replace("T", " "))
        text += "\n" + self.tr("{new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts; "
                               "{same} already up to date here.").format(
            new=len(plan.new), updated=len(plan.updated), deleted=len(plan.deleted), conflicts=len(plan.conflicts),
            same=plan.unchanged + plan.behind)
        if plan.already_imported_at is not None:
            text += "\n" + self.tr("This bundle was already imported here on {when}.").format(
                when=when(plan.already_imported_at))
        for warning in plan.warnings:
            text += "\n" + tr_label(warning)
        self.status.setText(text)
        self._fill(plan)
        self.tabs.setEnabled(True)
        self.apply_button.setEnabled(not plan.nothing_to_do)
        self.tabs.setCurrentIndex(0 if plan.conflicts else 1)

    def _fill(self, plan: exchange.ImportPlan) -> None:
        self.new.clear()
        for c in plan.new:
            self.new.addTopLevelItem(QTreeWidgetItem([c.label, tr_label(c.note)]))
        self.updated.clear()
        for c in plan.updated:
            parent = QTreeWidgetItem([c.label, "", "", "", tr_label(c.note)])
            for f in c.fields:
                how = self.tr("taken from theirs") if f.auto == "theirs" else self.tr("kept mine (changed only here)")
                parent.addChild(QTreeWidgetItem(["", field_label(f.field), show_value(f.mine), show_value(f.theirs), how]))
            self.updated.addTopLevelItem(parent)
        self.updated.expandAll()
        self.deleted.clear()
        for c in plan.deleted:
            self.deleted.addTopLevelItem(QTreeWidgetItem([c.label + (f" — {tr_label(c.note)}" if c.note else ""),
                                                          c.theirs_by, when(c.theirs_at)]))
        for tree in (self.new, self.updated, self.deleted):
            for col in range(tree.columnCount()):
                tree.resizeColumnToContents(col)
        self.conflicts.set_conflicts(plan.conflicts)
        for index, n in enumerate((len(plan.conflicts), len(plan.new), len(plan.updated), len(plan.deleted))):
            title = (self.tr("Conflicts ({n})"), self.tr("New ({n})"), self.tr("Updated ({n})"),
                     self.tr("Deleted ({n})"))[index]
            self.tabs.setTabText(index, title.format(n=n))
        self._update_left()

    def _update_left(self) -> None:
        n = self.conflicts.undecided()
        self.left.setText(self.tr("{n} still to decide").format(n=n) if n else "")

    # --- applying -------------------------------------------------------------------------------------

    def apply(self) -> Operation | None:
        if self.plan is None:
            return None
        plan, bundle, db = self.plan, self.bundle, self.db
        plan.peer_name = (self.peer.currentText().strip() or plan.peer_name)[:100]  # as the officer names it
        resolutions = {k: v for k, v in self.conflicts.resolutions.items()}
        rule = self.rule.currentData()
        left = undecided(plan, resolutions, rule)
        if left:
            text = (self.tr("{n} conflicts are not decided yet. Choose mine or theirs for each (or a rule for the "
                            "undecided ones), then apply.").format(n=len(left)) if len(left) != 1 else
                    self.tr("1 conflict is not decided yet. Choose mine or theirs for it (or a rule), then apply."))
            inform(self, self.tr("Import changes"), text, warning=True)
            self.conflicts.select(left[0].key)
            self.tabs.setCurrentIndex(0)
            return None

        def work(report):
            from lunar_desk.services.maintenance import backup_before

            backup_before(db.paths, "before-exchange-import")
            with db.action(note=f"exchange import from {plan.peer_name} ({plan.file_name})") as s:
                return exchange.import_changes(s, bundle, plan, resolutions, rule,
                                               attachments_dir=db.paths.attachments_dir, progress=report)

        self.apply_button.setEnabled(False)
        self.operation = (Operation(work, owner=self).on_success(self._applied).on_failure(self._apply_failed)
                          .with_progress(self, self.tr("Importing the changes…")))
        return self.operation.start()

    def _applied(self, result) -> None:
        self.result = result
        text = self.tr("Imported {summary}.").format(summary=tr_label(result.summary()))
        if result.warnings:
            text += "\n\n" + "\n".join(tr_label(w) for w in result.warnings)
        inform(self, self.tr("Import changes"), text)
        self.changed.emit(exchange.import_changes_of(result) if result.tables else Changes())
        self.accept()

    def _apply_failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        show_error(self, exc)
