"""What the Results tab does: the form (new and edit), attaching and opening the PDF, reminder
e-mail drafts, deleting; mixed into :class:`~lunar_desk.ui.results.tab.ResultsTab`."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
)

from lunar_desk.services import loans, reference, result_reminders, results
from lunar_desk.services.changes import Changes
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.results.editor import Choices, ResultDialog
from lunar_desk.ui.results.model import ID_ROLE
from lunar_desk.ui.widgets import confirm, say_binned

TABLES = ("result_report", "result_report_loan", "attachment")


def both_names(latin: str, native: str) -> str:
    return f"{latin} ({native})" if native else latin


class ResultActions:
    """The writes of :class:`ResultsTab` (a QWidget: ``self.tr``, ``self.db``, ``self.settings``)."""

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        if run_guarded(self, action):
            self._done()
            return True
        return False

    def _done(self, result_id: uuid.UUID | None = None) -> None:
        self._emit(Changes.of(*TABLES))
        self.refresh()
        if result_id is not None:
            self.select(result_id)

    def choices(self) -> Choices:
        with self.db.read() as s:
            loan_rows = loans.list_loans(s, today=self.today())
            return Choices(
                loans=[(f"{r.agreement_number} — {r.institution} — {both_names(r.responsible_person, r.responsible_person_native)}",
                        r.id) for r in loan_rows],
                institutions=[(both_names(i.name, i.name_local), i.id) for i in reference.institutions(s)],
                people=[(reference.person_label(p), p.id) for p in reference.people(s)],
            )

    def dialog(self, result_id: uuid.UUID | None = None) -> ResultDialog:
        """The form for a new result (``result_id`` None) or the given one; OK saves and, with a PDF chosen,
        attaches it in the background."""
        data = None
        if result_id is not None:
            with self.db.read() as s:
                data = results.result_data(s, result_id)
        saved: list[uuid.UUID] = []

        def save(values) -> None:
            with self.db.action(note="result report saved") as s:
                if result_id is None:
                    saved.append(results.create_result(s, values, today=self.today()).id)
                else:
                    saved.append(results.update_result(s, result_id, values, today=self.today()).id)

        dialog = ResultDialog(self.choices(), data, today=self.today(), save=save, settings=self.settings, parent=self)
        dialog.accepted.connect(lambda: self._after_save(saved[-1], dialog.pdf_path))
        return dialog

    def _after_save(self, result_id: uuid.UUID, pdf: Path | None) -> None:
        self._done(result_id)
        if pdf is not None:
            self.attach_pdf(pdf, result_id)

    def new_result(self) -> None:
        if self.db is not None:
            self.dialog().exec()

    def edit_result(self) -> None:
        if self.db is not None and self.selected_id() is not None:
            self.dialog(self.selected_id()).exec()

    def attach_pdf(self, path: Path | None = None, result_id: uuid.UUID | None = None) -> Operation | None:
        """Attach a PDF to the (selected) result; its text is searched for the acknowledgement off the GUI thread."""
        result_id = result_id or self.selected_id()
        if self.db is None or result_id is None:
            return None
        if path is None:
            start = self.settings.value("results/pdf-folder", str(Path.home()))
            name, _ = QFileDialog.getOpenFileName(self, self.tr("PDF of the output"), start, self.tr("PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
            self.settings.setValue("results/pdf-folder", str(path.parent))
        db, folder = self.db, self.db.paths.attachments_dir

        def work(report):
            with db.action(note="result PDF attached") as s:
                results.attach_pdf(s, folder, result_id, path)
            return result_id

        return (Operation(work, owner=self).on_success(self._done)
                .with_progress(self, self.tr("Reading {name}…").format(name=Path(path).name)).start())

    def open_pdf(self) -> None:
        from lunar_desk.ui.open_file import open_attachment

        item = self.compliance.files.currentItem() or self.compliance.files.topLevelItem(0)
        if item is None:
            return
        with self.db.read() as s:
            att = next((a for a in results.result_files(s, self.selected_id()) if a.id == item.data(0, ID_ROLE)), None)
        if att is not None:
            open_attachment(self, self.db.paths, att)

    def remove_pdf(self) -> bool:
        """Take the selected (or only) PDF off the report; the acknowledgement is looked for again in the rest."""
        item = self.compliance.files.currentItem() or self.compliance.files.topLevelItem(0)
        if item is None or not confirm(self, self.tr("Remove PDF"), self.tr(
                "Remove {name} from this result report?").format(name=item.text(0)), self.tr("Remove"), binned=True):
            return False
        att_id, folder, name = item.data(0, ID_ROLE), self.db.paths.attachments_dir, item.text(0)
        if not self._write(lambda s: results.remove_file(s, folder, att_id)):
            return False
        say_binned(self, name)
        return True

    def reminder_folder(self) -> Path:
        return Path(self.settings.value("results/reminder-folder", str(self.db.paths.data_dir / "email drafts")))

    def write_reminders(self, loan_id: uuid.UUID | None = None) -> list[Path]:
        """Reminder drafts for the selected result's loans (or for ``loan_id``); the folder is shown."""
        if self.db is None:
            return []
        result_id = self.selected_id()
        written: list[Path] = []

        def action():
            with self.db.read() as s:
                if loan_id is not None:
                    drafts = [result_reminders.loan_reminder(s, loan_id, self.today())]
                else:
                    drafts = result_reminders.result_reminders(s, result_id, self.today())
            written.extend(result_reminders.write_reminder(d, self.reminder_folder()) for d in drafts)

        if loan_id is None and result_id is None:
            return []
        if run_guarded(self, action):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.reminder_folder())))
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Reminder draft written: {path}").format(
                    path=", ".join(p.name for p in written)), 10_000)
        return written

    def delete_result(self) -> bool:
        result_id = self.selected_id()
        if result_id is None:
            return False
        row = self.model.rows[self.model.row_of(result_id)]
        if not confirm(self, self.tr("Delete result report"),
                       self.tr("Delete the result report \u201c{title}\u201d with its files?").format(title=row.title),
                       self.tr("Delete"), binned=True):
            return False
        if not self._write(lambda s: results.delete_result(s, result_id)):
            return False
        say_binned(self, self.tr("Result report \u201c{title}\u201d").format(title=row.title))
        return True
