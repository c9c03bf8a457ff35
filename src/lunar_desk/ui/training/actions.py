"""What the training page does: activity and participant forms, attendance, certificates, the
PDFs and materials; mixed into :class:`~lunar_desk.ui.training.page.TrainingPage`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QTreeWidgetItem,
)

from lunar_desk.services import reference, training
from lunar_desk.services.changes import Changes
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.selection import ID_ROLE, selected_data
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.training.dialogs import (
    ActivityDialog,
    DateDialog,
    ParticipantsDialog,
)
from lunar_desk.ui.widgets import confirm, say_binned

TABLES = ("training_activity", "training_participant", "attachment")
ATTENDED_COLUMN = 2


class TrainingActions:
    """The writes of :class:`TrainingPage` (a QWidget: ``self.tr``, ``self.db``, ``self.settings``)."""

    def _done(self) -> None:
        self.changed.emit(Changes.of(*TABLES))
        self.refresh()

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        ok = run_guarded(self, action)
        self._done()  # also undoes a refused attendance tick
        return ok

    def _save(self, fn):
        def save(values):
            with self.db.action() as s:
                fn(s, values)
        return save

    def _attendance_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == ATTENDED_COLUMN:
            pid, on = item.data(0, ID_ROLE), item.checkState(ATTENDED_COLUMN) == Qt.CheckState.Checked
            # saved once the click is over: the save rebuilds the list, and the item must outlive its own signal
            QTimer.singleShot(0, lambda: self._write(lambda s: training.set_attended(s, pid, on)))

    def activity_dialog(self, new: bool = True) -> ActivityDialog:
        activity_id = None if new or self.view is None else self.view.id
        fn = ((lambda s, v: training.create_activity(s, v)) if activity_id is None
              else (lambda s, v: training.update_activity(s, activity_id, v)))
        dialog = ActivityDialog(None if activity_id is None else self.view.data, today=self.today(),
                                save=self._save(fn), parent=self)
        dialog.accepted.connect(self._done)
        return dialog

    def new_activity(self) -> None:
        if self.db is not None:
            self.activity_dialog().exec()

    def edit_activity(self) -> None:
        if self.view is not None:
            self.activity_dialog(new=False).exec()

    def delete_activity(self) -> None:
        if self.view is not None and confirm(self, self.tr("Delete training activity"), self.tr(
                "Delete the training activity '{title}' with its participants?").format(title=self.view.data.title),
                self.tr("Delete"), binned=True):
            activity_id, title = self.view.id, self.view.data.title
            if self._write(lambda s: training.delete_activity(s, activity_id)):
                say_binned(self, self.tr("Training activity '{title}'").format(title=title))

    def participants_dialog(self) -> ParticipantsDialog:
        activity_id = self.view.id
        with self.db.read() as s:
            people = [(reference.person_label(p), p.id) for p in reference.people(s)]
        dialog = ParticipantsDialog(people, {p.person_id for p in self.view.participants},
                                    self._save(lambda s, v: training.add_participants(s, activity_id, v)), self)
        dialog.accepted.connect(self._done)
        return dialog

    def add_participants(self) -> None:
        if self.view is not None:
            self.participants_dialog().exec()

    def remove_participant(self) -> None:
        pid = selected_data(self.people)
        name = self.people.currentItem().text(0) if pid is not None else ""
        if pid is not None and confirm(self, self.tr("Remove participant"), self.tr(
                "Remove {name} from the participants of '{title}'?").format(name=name, title=self.view.data.title),
                self.tr("Remove"), binned=True):
            if self._write(lambda s: training.remove_participant(s, pid)):
                say_binned(self, self.tr("Participant {name}").format(name=name))

    def certificates_dialog(self) -> DateDialog:
        activity_id = self.view.id
        on = self.view.data.ends_on or self.view.data.starts_on
        dialog = DateDialog(self.tr("Issue certificates"), self.tr("Date of issue:"), on,
                            self._save(lambda s, v: training.issue_certificates(s, activity_id, v)), self)
        dialog.accepted.connect(self._done)
        return dialog

    def issue_certificates(self) -> None:
        if self.view is not None:
            self.certificates_dialog().exec()

    def export(self, kind: str, out: Path | None = None) -> Operation | None:
        """The attendance list or the certificates of the selected activity as a PDF, written off the GUI thread."""
        if self.view is None:
            return None
        from lunar_desk.documents.attendance_list import file_name

        if out is None:
            folder = Path(self.settings.value("training/pdf-folder", str(Path.home())))
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), str(folder / file_name(self.view, kind)),
                                                  self.tr("PDF (*.pdf)"))
            if not name:
                return None
            out = Path(name)
            self.settings.setValue("training/pdf-folder", str(out.parent))
        view = self.view

        def work(report):
            if kind == "attendance":
                from lunar_desk.documents.attendance_list import render_attendance_list

                return render_attendance_list(view, out)
            from lunar_desk.documents.training_certificate import render_certificates

            return render_certificates(view, out)

        return (Operation(work, owner=self)
                .on_success(lambda p: self.window().statusBar().showMessage(self.tr("Written: {path}").format(path=p),
                                                                            10_000) if hasattr(self.window(), "statusBar") else None)
                .with_progress(self, self.tr("Writing the PDF…")).start())

    def attach_material(self, path: Path | None = None) -> bool:
        if self.view is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Training material"), str(Path.home()))
            if not name:
                return False
            path = Path(name)
        activity_id, folder = self.view.id, self.db.paths.attachments_dir
        return self._write(lambda s: training.attach_material(s, folder, activity_id, path))

    def open_material(self) -> None:
        from lunar_desk.ui.open_file import open_attachment

        att_id = selected_data(self.materials)
        if att_id is None:
            return
        with self.db.read() as s:
            att = next((a for a in training.materials(s, self.view.id) if a.id == att_id), None)
        if att is not None:
            open_attachment(self, self.db.paths, att)

    def remove_material(self) -> None:
        att_id = selected_data(self.materials)
        name = self.materials.currentItem().text(0) if att_id is not None else ""
        if att_id is not None and confirm(self, self.tr("Remove material"), self.tr(
                "Remove {name} from the materials of '{title}'?").format(name=name, title=self.view.data.title),
                self.tr("Remove"), binned=True):
            if self._write(lambda s: training.remove_material(s, att_id)):
                say_binned(self, name)
