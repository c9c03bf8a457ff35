"""One application: workflow bar with the allowed next steps, the form, team,
methods, requested samples, attachments, pre-check ticks and history."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.clock import local_time
from lunar_desk.db.engine import Database
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services import applications as apps
from lunar_desk.services.application_view import ApplicationView
from lunar_desk.services.attachments import KIND_LABELS as ATTACHMENT_KIND_LABELS
from lunar_desk.services.attachments import verify_attachment
from lunar_desk.services.changes import Changes
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.applications.dialogs import ItemDialog, MemberDialog, MethodDialog, ReasonDialog
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.applications.form_page import FormPage
from lunar_desk.ui.applications.hold_override import ask_hold_override
from lunar_desk.ui.i18n import format_count, tr_label
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.keyboard import DELETE, EDIT, button_keys, place_in_tab_order
from lunar_desk.ui.widgets import confirm, list_page, local_shortcut, make_tree, say_binned

TABLES = ("application", "team_member", "application_method", "requested_item", "attachment", "application_status_change")


def _selected_id(tree: QTreeWidget):
    item = tree.currentItem()
    return item.data(0, Qt.ItemDataRole.UserRole) if item else None


class ApplicationEditor(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, db: Database, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.app_id: uuid.UUID | None = None
        self.view: ApplicationView | None = None
        self.editable = False
        self.version: int | None = None  # of the application shown: a save is refused if someone saved since
        self.today = date.today

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        self.pdf_button = QPushButton(self.tr("Form &PDF…"))
        self.pdf_button.setToolTip(self.tr("Write the filled application form as a PDF, laid out like the annex"))

        self.form = FormPage(db)
        self.save_button = QPushButton(self.tr("Sa&ve form"))
        self.revert_button = QPushButton(self.tr("R&evert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes to the form and show it as last saved"))
        self.form_state = QLabel()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form, 1)
        row = QHBoxLayout()
        row.addWidget(self.form_state, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        form_layout.addLayout(row)

        self.team = make_tree([self.tr("Name"), self.tr("Own script"), self.tr("Role"), self.tr("Institution"),
                               self.tr("Country"), self.tr("CV")])
        self.add_member = QPushButton(self.tr("&Add member…"))
        self.make_pi = QPushButton(self.tr("&Make PI"))
        self.make_pi.setToolTip(self.tr("Make the selected team member the principal investigator"))
        self.remove_member = QPushButton(self.tr("Remove"))
        self.attach_cv = QPushButton(self.tr("Attach &CV…"))
        self.methods = make_tree([self.tr("Method"), self.tr("Instruments"), self.tr("Destructive"), self.tr("Justification")])
        self.add_method = QPushButton(self.tr("Add method…"))
        self.edit_method = QPushButton(self.tr("Edit…"))
        self.remove_method = QPushButton(self.tr("Remove"))
        self.items = make_tree([self.tr("Sample / kind"), self.tr("Mission"), self.tr("Mass"), self.tr("Pieces"),
                                self.tr("Justification")])
        self.add_item = QPushButton(self.tr("Add requested sample…"))
        self.edit_item = QPushButton(self.tr("Edit…"))
        self.remove_item = QPushButton(self.tr("Remove"))
        self.attachments = make_tree([self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Whose"), self.tr("Check")])
        self.add_attachment = QPushButton(self.tr("Add file…"))
        self.open_attachment = QPushButton(self.tr("Open"))
        self.remove_attachment = QPushButton(self.tr("Remove"))
        self.checks = make_tree(["", self.tr("Check"), self.tr("What is missing")])
        self.history = make_tree([self.tr("When"), self.tr("Officer"), self.tr("From"), self.tr("To"), self.tr("Reason")])

        self.tabs = QTabWidget()
        self.tabs.addTab(form_page, self.tr("Form"))
        self.tabs.addTab(list_page(self.team, self.add_member, self.make_pi, self.attach_cv, self.remove_member), self.tr("Team"))
        self.tabs.addTab(list_page(self.methods, self.add_method, self.edit_method, self.remove_method), self.tr("Methods"))
        self.tabs.addTab(list_page(self.items, self.add_item, self.edit_item, self.remove_item), self.tr("Requested samples"))
        self.tabs.addTab(list_page(self.attachments, self.add_attachment, self.open_attachment, self.remove_attachment),
                         self.tr("Attachments"))
        self.tabs.addTab(self.checks, self.tr("Pre-check"))
        self.tabs.addTab(self.history, self.tr("History"))

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(self.actions_row)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.form.edited.connect(self._form_edited)
        self.save_button.clicked.connect(self.save_form)
        self.revert_button.clicked.connect(self.revert_form)
        self.save_action = local_shortcut(self, QKeySequence.StandardKey.Save, self.save_form, self.tr("Save form"))
        self.add_member.clicked.connect(self._add_member)
        self.make_pi.clicked.connect(self._make_pi)
        self.remove_member.clicked.connect(self._remove_member)
        self.attach_cv.clicked.connect(self._attach_cv)
        self.add_method.clicked.connect(lambda: self._method(None))
        self.edit_method.clicked.connect(lambda: self._method(_selected_id(self.methods)))
        self.methods.itemDoubleClicked.connect(lambda *_: self._method(_selected_id(self.methods)))
        self.remove_method.clicked.connect(self._remove_method)
        self.add_item.clicked.connect(lambda: self._item(None))
        self.edit_item.clicked.connect(lambda: self._item(_selected_id(self.items)))
        self.items.itemDoubleClicked.connect(lambda *_: self._item(_selected_id(self.items)))
        self.remove_item.clicked.connect(self._remove_item)
        self.add_attachment.clicked.connect(self._add_attachment)
        self.open_attachment.clicked.connect(self._open_attachment)
        self.remove_attachment.clicked.connect(self._remove_attachment)
        for button, tree, keys in ((self.remove_member, self.team, DELETE), (self.edit_method, self.methods, EDIT),
                                   (self.remove_method, self.methods, DELETE), (self.edit_item, self.items, EDIT),
                                   (self.remove_item, self.items, DELETE), (self.open_attachment, self.attachments, EDIT),
                                   (self.remove_attachment, self.attachments, DELETE)):
            button_keys(button, tree, keys)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())  # not clicked(bool) as the path
        self.setEnabled(False)

    # --- loading ----------------------------------------------------------------------

    def load(self, app_id: uuid.UUID | None) -> None:
        self.app_id = app_id
        if app_id is None:
            self.view = None
            self.header.setText(self.tr("Choose an application on the left, or create a new one."))
            self.setEnabled(False)
            return
        with self.db.read() as s:
            self.view = apps.application_view(s, app_id)
            fields = apps.application_fields(s, app_id)
            record = apps.get_application(s, app_id)
            status, self.version = record.status, record.version  # the save says which version it edits
            checks = apps.precheck(s, app_id, self.db.paths.attachments_dir, self.today())
            attachments = apps.application_attachments(s, app_id)
            methods = apps.methods(s, app_id)
            items = apps.requested_items(s, app_id)
            members = apps.team(s, app_id)
        self.setEnabled(True)
        v = self.view
        self.editable = status in {st.value for st in apps.EDITABLE_STATUSES}
        self.header.setText(
            f"<b>{v.reference}</b> · {tr_label(v.kind_label)} · <b>{tr_label(v.status_label)}</b>"
            + (" · " + self.tr("batch {number}").format(number=v.batch_number) if v.batch_number else "")
            + "<br>" + (v.title or "<i>" + self.tr("(no title yet)") + "</i>")
        )
        self._action_buttons(status)
        self.form.reload_choices()
        self.form.set_kind(v.kind)
        self.form.set_values(fields)
        self.form.set_read_only(not self.editable)
        self._saved_fields = fields
        self._form_edited()
        self._fill_team(v, members)
        self._fill_methods(methods)
        self._fill_items(v, items)
        self._fill_attachments(v, attachments)
        self._fill_checks(checks)
        self._fill_history(v)
        for b in (self.add_member, self.make_pi, self.remove_member, self.attach_cv, self.add_method, self.edit_method,
                  self.remove_method, self.add_item, self.edit_item, self.remove_item, self.add_attachment,
                  self.remove_attachment):
            b.setEnabled(self.editable)

    def _action_buttons(self, status: str) -> None:
        for b in self.action_buttons:
            self.actions_row.removeWidget(b)
            b.hide()
            b.setParent(None)
            b.deleteLater()
        self.action_buttons = []
        for t in apps.allowed_actions(status):
            button = QPushButton(tr_label(t.label))
            button.setObjectName(f"action-{t.to_status}")
            button.clicked.connect(lambda _=False, t=t: self.do_transition(t))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)
        place_in_tab_order(self.action_buttons, before=self.pdf_button)  # shown left of it

    def _fill_team(self, v: ApplicationView, members) -> None:
        self.team.clear()
        for member, tm in zip(v.team, members, strict=False):
            p = member.person
            item = QTreeWidgetItem([p.name_latin, p.name_native, tr_label(member.role_label), p.institution, p.country,
                                    "✓" if member.has_cv else self.tr("missing")])
            item.setData(0, Qt.ItemDataRole.UserRole, tm.id)
            item.setData(1, Qt.ItemDataRole.UserRole, p.id)
            self.team.addTopLevelItem(item)
        for c in range(6):
            self.team.resizeColumnToContents(c)

    def _fill_methods(self, methods) -> None:
        self.methods.clear()
        for m in methods:
            item = QTreeWidgetItem([m.name, m.instruments, self.tr("yes") if m.destructive else self.tr("no"), m.justification])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            self.methods.addTopLevelItem(item)

    def _fill_items(self, v: ApplicationView, items) -> None:
        self.items.clear()
        for view, row in zip(v.items, items, strict=False):
            what = view.sample_number or self.tr("any {kind}").format(kind=tr_label(view.preparation_label).lower())
            item = QTreeWidgetItem([what, view.mission, format_mass(view.mass_ug), "" if view.pieces is None else str(view.pieces),
                                    view.justification])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.items.addTopLevelItem(item)

    def _fill_attachments(self, v: ApplicationView, attachments) -> None:
        self.attachments.clear()
        for a in attachments:
            problem = verify_attachment(self.db.paths.attachments_dir, a)
            whose = next((av.person_name for av in v.attachments if av.id == a.id), "")
            kind = next((tr_label(text) for k, text in ATTACHMENT_KIND_LABELS.items() if k.value == a.kind), a.kind)
            item = QTreeWidgetItem([a.name, kind, self.tr("{size} bytes").format(size=format_count(a.size)), whose,
                                    tr_label(problem) if problem else self.tr("✓ intact")])
            if problem:
                item.setForeground(4, Qt.GlobalColor.red)
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            self.attachments.addTopLevelItem(item)
        self.attachments.resizeColumnToContents(0)

    def _fill_checks(self, checks) -> None:
        self.checks.clear()
        for c in checks:
            item = QTreeWidgetItem(["✓" if c.ok else "⚠" if c.overridable else "✗", tr_label(c.label),
                                    "" if c.ok else tr_label(c.detail)])
            item.setForeground(0, Qt.GlobalColor.darkGreen if c.ok else Qt.GlobalColor.darkYellow if c.overridable
                               else Qt.GlobalColor.red)
            item.setToolTip(2, tr_label(c.detail))
            self.checks.addTopLevelItem(item)
        self.checks.resizeColumnToContents(0)
        self.checks.resizeColumnToContents(1)
        failing = sum(not c.ok and not c.overridable for c in checks)
        self.tabs.setTabText(5, self.tr("Pre-check ✓") if not failing else self.tr("Pre-check ({n} missing)").format(n=failing))
        if any(not c.ok and c.overridable for c in checks):
            self.tabs.setTabText(5, self.tabs.tabText(5) + " · " + self.tr("on hold"))

    def _fill_history(self, v: ApplicationView) -> None:
        self.history.clear()
        for h in v.history:
            self.history.addTopLevelItem(QTreeWidgetItem([
                local_time(h.at), h.officer,
                tr_label(apps.status_label(h.from_status)) if h.from_status else "", tr_label(apps.status_label(h.to_status)),
                h.reason,
            ]))

    # --- writes (each one transaction through a service) -----------------------------------------

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        ok = run_guarded(self, action, reload=lambda: self.load(self.app_id))
        if ok:
            app_id = self.app_id
            self.load(app_id)  # the form is clean again before anyone reacts to the change
            self.changed.emit(Changes.of(*TABLES, ids=[app_id]))
        return ok

    def _form_edited(self) -> None:
        problems = self.form.problems() if self.editable else {}
        self.form.show_problems(problems)
        dirty = self.editable and self.form.values() != getattr(self, "_saved_fields", None)
        self.save_button.setEnabled(dirty and not problems)
        self.revert_button.setEnabled(dirty)
        if not self.editable and self.view is not None:
            self.form_state.setText(self.tr("Read-only: an application that is {status} is no longer edited.").format(
                status=tr_label(self.view.status_label).lower()))
        else:
            self.form_state.setText(self.tr("Unsaved changes.") if dirty else "")

    def settle_unsaved(self) -> bool:
        """Before leaving an application with unsaved edits: Save, Discard or Cancel (stay).

        Returns True when it is fine to move on; edits are never dropped silently.
        """
        if not self.is_dirty():
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("{reference} has unsaved changes to its form.").format(reference=self.view.reference),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Save:
            return self.save_form()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert_form()
            return True
        return False

    def is_dirty(self) -> bool:
        return self.editable and self.form.values() != getattr(self, "_saved_fields", None)

    def save_form(self) -> bool:
        if not self.is_dirty():
            return True
        values = self.form.values()
        version = self.version
        return self._write(lambda s: apps.update_application(s, self.app_id, values, expected_version=version))

    def revert_form(self) -> None:
        self.form.set_values(self._saved_fields)
        self._form_edited()

    def _add_member(self) -> None:
        dialog = MemberDialog(self.db, self)
        if dialog.exec():
            person_id, role = dialog.values()
            self._write(lambda s: apps.add_team_member(s, self.app_id, person_id, role))

    def _make_pi(self) -> None:
        member_id = _selected_id(self.team)
        if member_id is not None:
            self._write(lambda s: apps.update_team_member(s, member_id, role="pi"))

    def _remove_member(self) -> None:
        member_id = _selected_id(self.team)
        item = self.team.currentItem()
        if member_id is not None and confirm(self, self.tr("Remove team member"),
                                             self.tr("Remove {name} from the team of {reference}?").format(
                                                 name=item.text(0), reference=self.view.reference),
                                             self.tr("Remove"), binned=True):
            self._removed(lambda s: apps.remove_team_member(s, member_id), item.text(0))

    def _choose_file(self, title: str) -> Path | None:
        start = self.settings.value("applications/attach-folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(self, title, start)
        if not name:
            return None
        self.settings.setValue("applications/attach-folder", str(Path(name).parent))
        return Path(name)

    def _attach_cv(self) -> None:
        item = self.team.currentItem()
        if item is None:
            return
        path = self._choose_file(self.tr("CV of {name}").format(name=item.text(0)))
        if path is not None:
            self.attach(path, kind="cv", person_id=item.data(1, Qt.ItemDataRole.UserRole))

    def attach(self, path: Path, *, kind: str, person_id=None) -> bool:
        folder = self.db.paths.attachments_dir
        return self._write(lambda s: apps.attach_file(s, folder, self.app_id, path, kind=kind, person_id=person_id))

    def _add_attachment(self) -> None:
        path = self._choose_file(self.tr("Attach a file (letter, lab photo…)"))
        if path is not None:
            kind = "lab_photo" if path.suffix.lower() in (".jpg", ".jpeg", ".png") else "letter" if path.suffix.lower() == ".pdf" else "other"
            self.attach(path, kind=kind)

    def _open_attachment(self) -> None:
        att_id = _selected_id(self.attachments)
        if att_id is None:
            return
        from lunar_desk.ui.open_file import open_attachment

        with self.db.read() as s:
            att = next(a for a in apps.application_attachments(s, self.app_id) if a.id == att_id)
        open_attachment(self, self.db.paths, att)

    def _remove_attachment(self) -> None:
        att_id = _selected_id(self.attachments)
        name = self.attachments.currentItem().text(0) if att_id is not None else ""
        if att_id is not None and confirm(self, self.tr("Remove attachment"),
                                          self.tr("Remove the attachment {name} from {reference}?").format(
                                              name=name, reference=self.view.reference),
                                          self.tr("Remove"), binned=True):
            self._removed(lambda s: apps.detach_file(s, att_id), name)

    def _method(self, method_id) -> None:
        data = None
        if method_id is not None:
            with self.db.read() as s:
                m = next(m for m in apps.methods(s, self.app_id) if m.id == method_id)
                data = apps.MethodData(m.name, m.instruments, m.destructive, m.justification)
        dialog = MethodDialog(data, self)
        if not self.editable:
            dialog.buttons.setEnabled(False)
        if dialog.exec():
            new = dialog.data()
            if method_id is None:
                self._write(lambda s: apps.add_method(s, self.app_id, new))
            else:
                self._write(lambda s: apps.update_method(s, method_id, new))

    def _remove_method(self) -> None:
        method_id = _selected_id(self.methods)
        name = self.methods.currentItem().text(0) if method_id is not None else ""
        if method_id is not None and confirm(self, self.tr("Remove method"), self.tr(
                "Remove the method \u201c{name}\u201d from {reference}?").format(name=name, reference=self.view.reference),
                self.tr("Remove"), binned=True):
            self._removed(lambda s: apps.remove_method(s, method_id), name)

    def _item(self, item_id) -> None:
        data = None
        if item_id is not None:
            with self.db.read() as s:
                it = next(i for i in apps.requested_items(s, self.app_id) if i.id == item_id)
                mission = None
                if it.mission_id is not None:
                    from lunar_desk.services import catalogue

                    mission = next((m.code for m in catalogue.missions(s) if m.id == it.mission_id), None)
                data = apps.ItemData(it.sample_id, mission, it.preparation, it.mass_ug, it.pieces, it.preferred_numbers,
                                     it.justification)
        dialog = ItemDialog(self.db, data, self)
        if dialog.exec():
            new = dialog.data()
            if item_id is None:
                self._write(lambda s: apps.add_requested_item(s, self.app_id, new))
            else:
                self._write(lambda s: apps.update_requested_item(s, item_id, new))

    def _remove_item(self) -> None:
        item_id = _selected_id(self.items)
        what = self.items.currentItem().text(0) if item_id is not None else ""
        if item_id is not None and confirm(self, self.tr("Remove requested sample"), self.tr(
                "Remove the requested sample {what} from {reference}?").format(what=what, reference=self.view.reference),
                self.tr("Remove"), binned=True):
            self._removed(lambda s: apps.remove_requested_item(s, item_id), what)

    def _removed(self, fn, what: str) -> None:
        """Run a removal to the recycle bin; the status bar then says how to get ``what`` back."""
        if self._write(fn):
            say_binned(self, what)

    # --- workflow ------------------------------------------------------------------------------------

    def do_transition(self, t: apps.Transition, *, reason: str | None = None, package: Path | None = None,
                      hold_override: str = "") -> bool:
        if self.is_dirty() and not self.save_form():
            return False
        final = t.to_status not in apps.OPEN_STATUSES
        if t.needs_reason and reason is None:
            dialog = ReasonDialog(tr_label(t.label), self.view.reference, self, final=final)
            if not dialog.exec():
                return False
            reason = dialog.text()
        elif final and not t.needs_reason and not confirm(self, tr_label(t.label), self.tr(
                "{action} for {reference}? This step closes the application for good: it cannot be taken back.").format(
                action=tr_label(t.label), reference=self.view.reference), tr_label(t.label)):
            return False
        if t.needs_package and package is None:
            self.forward_to_clep(t)
            return False
        return self._write(
            lambda s: apps.change_status(
                s, self.app_id, t.to_status, reason=reason or "", today=self.today(), package=package,
                attachments_dir=self.db.paths.attachments_dir, hold_override=hold_override,
            )
        )

    def forward_to_clep(self, t: apps.Transition) -> Operation | None:
        """Build the CLEP package off the GUI thread; the status moves only once it is complete."""
        with self.db.read() as s:
            checks = apps.precheck(s, self.app_id, self.db.paths.attachments_dir, self.today())
        if not apps.precheck_passes(checks):
            self.tabs.setCurrentIndex(5)
            missing = "\n".join(f"• {tr_label(c.label)}: {tr_label(c.detail)}" for c in checks if not c.ok)
            from lunar_desk.errors import UserError
            from lunar_desk.ui.errors import show_error

            show_error(self, UserError(self.tr("{reference} cannot be forwarded yet; the pre-check found:\n{missing}").format(
                reference=self.view.reference, missing=missing)))
            return None
        override = ask_hold_override(self, checks, self.view.reference)  # "" when nobody is on hold
        if override is None:
            return None
        default = self.db.paths.data_dir / "packages" / safe_file_name(f"{name_part(self.view.reference, 'application')}-CLEP.zip")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the CLEP package"), str(default), self.tr("Zip packages (*.zip)"))
        if not name:
            return None
        return self.build_package_and_forward(t, Path(name), override)

    def build_package_and_forward(self, t: apps.Transition, out: Path, hold_override: str = "") -> Operation:
        from lunar_desk.documents.package import build_clep_package
        from lunar_desk.services.attachments import attachment_path

        view = self.view
        folder = self.db.paths.attachments_dir
        with self.db.read() as s:
            files = {a.id: attachment_path(folder, a) for a in apps.application_attachments(s, self.app_id)}

        def work(report):
            out.parent.mkdir(parents=True, exist_ok=True)
            build_clep_package([view], files, out, batch_number=view.batch_number)
            return out

        def forwarded(path: Path) -> None:
            if self.do_transition(t, package=path, hold_override=hold_override) and hasattr(self.window(), "statusBar"):
                # the officer still has to send the package: say where it is
                self.window().statusBar().showMessage(self.tr("{reference} forwarded to CLEP. The package to send is {path}").format(
                    reference=view.reference, path=path), 30_000)

        return (
            Operation(work)
            .on_success(forwarded)
            .with_progress(self, self.tr("Building the CLEP package…"))
            .start()
        )

    def export_pdf(self, out: Path | None = None) -> Operation | None:
        if self.view is None:
            return None
        if out is None:
            from lunar_desk.documents.application_form import form_filename

            default = Path(self.settings.value("applications/pdf-folder", str(Path.home()))) / form_filename(self.view)
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the application form"), str(default), self.tr("PDF (*.pdf)"))
            if not name:
                return None
            out = Path(name)
            self.settings.setValue("applications/pdf-folder", str(out.parent))
        from lunar_desk.documents.application_form import render_application_form

        view = self.view
        return (
            Operation(lambda report: render_application_form(view, out))
            .on_success(lambda path: self.window().statusBar().showMessage(self.tr("Form written: {path}").format(path=path), 10_000)
                        if hasattr(self.window(), "statusBar") else None)
            .with_progress(self, self.tr("Writing the form PDF…"))
            .start()
        )
