"""The result report form: every field, the loans whose samples were used,
and the PDF to attach.  Saving goes through the tab's callback; a refusal
stays in the form (the field named is focused) so nothing typed is lost."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from lunar_desk.services.result_rules import (
    ACKNOWLEDGEMENT,
    DOI_EXAMPLE,
    doi_problem,
    normalise_doi,
)
from lunar_desk.services.results import KIND_LABELS, ResultData
from lunar_desk.ui.form_dialog import SaveDialog, text_box
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.optional_date import OptionalDate
from lunar_desk.ui.widgets import find_data


@dataclass
class Choices:
    """What the form offers: (label, id) pairs read by the tab from the services."""

    loans: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    institutions: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    people: list[tuple[str, uuid.UUID]] = field(default_factory=list)


class ResultDialog(SaveDialog):
    """``save(data) -> None`` is called on OK and may raise a UserError; the form stays open then."""

    def __init__(self, choices: Choices, data: ResultData | None, *, today: date, save,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        title = (QT_TRANSLATE_NOOP("ResultDialog", "New result report") if data is None
                 else QT_TRANSLATE_NOOP("ResultDialog", "Edit result report"))
        super().__init__(QCoreApplication.translate("ResultDialog", title), save, parent, min_width=680)
        self.settings = settings if settings is not None else QSettings()
        self.data_in = data or ResultData()
        self.pdf_path: Path | None = None
        d = self.data_in

        self.kind = QComboBox()
        for key, label in KIND_LABELS.items():
            self.kind.addItem(tr_label(label), key.value)
        self.kind.setCurrentIndex(max(find_data(self.kind, d.kind), 0))
        self.title = QLineEdit(d.title)
        self.authors = text_box(48, d.authors)
        self.venue = QLineEdit(d.venue)
        self.venue.setPlaceholderText(self.tr("Journal, conference, university or patent office"))
        self.doi = QLineEdit(d.doi)
        self.doi.setPlaceholderText(self.tr("e.g. {example} or a https://doi.org/… link").format(example=DOI_EXAMPLE))
        self.patent = QLineEdit(d.patent_number)
        self.published = OptionalDate(d.published_on, label=self.tr("published on"), default=today)
        self.reported = OptionalDate(d.reported_on, label=self.tr("reported on"), default=today)
        self.loans = QListWidget()
        self.loans.setMaximumHeight(96)
        for label, loan_id in choices.loans:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, loan_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if loan_id in d.loan_ids else Qt.CheckState.Unchecked)
            self.loans.addItem(item)
        self.institution = QComboBox()
        self.person = QComboBox()
        for combo, items, current in ((self.institution, choices.institutions, d.institution_id),
                                      (self.person, choices.people, d.responsible_person_id)):
            combo.addItem(self.tr("As on the first loan"), None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(find_data(combo, current), 0))
        self.cited = text_box(56, d.cited_numbers)
        self.cited.setPlaceholderText(self.tr("As the output cites them, separated by commas, spaces or new lines"))
        self.ack = QCheckBox(self.tr("I checked the output: it carries this statement"))
        self.ack.setChecked(d.ack_confirmed)
        statement = QLabel(self.tr("\u201c{statement}\u201d is looked for in the attached PDF's text; confirm it by "
                                   "hand when there is no PDF or its text cannot be read.").format(statement=ACKNOWLEDGEMENT))
        statement.setWordWrap(True)
        self.notes = text_box(48, d.notes)
        self.pdf_label = QLabel(self.tr("No PDF chosen"))
        self.pdf_button = QPushButton(self.tr("Choose PDF…"))
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.pdf_button)

        form = self.form
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Authors:"), self.authors)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&DOI:"), self.doi)
        form.addRow(self.tr("Patent &number:"), self.patent)
        form.addRow(self.tr("&Publication:"), self.published)
        form.addRow(self.tr("Reported to &CLEP:"), self.reported)
        form.addRow(self.tr("&Loans used:"), self.loans)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("&Responsible person:"), self.person)
        form.addRow(self.tr("Cited sample nu&mbers:"), self.cited)
        # the statement is a row of its own (not boxed with the tick): the form then gives it the
        # height its wrapped lines need instead of clipping them
        form.addRow(self.tr("Acknowledgement:"), statement)
        form.addRow("", self.ack)
        form.addRow(self.tr("PDF of the output:"), pdf_row)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.fields = {"kind": self.kind, "title": self.title, "authors": self.authors, "venue": self.venue,
                       "doi": self.doi, "patent_number": self.patent, "published_on": self.published,
                       "reported_on": self.reported, "loans": self.loans, "cited_numbers": self.cited,
                       "institution": self.institution, "person": self.person, "file": self.pdf_button}
        self.doi.textChanged.connect(self._check_doi)
        self.pdf_button.clicked.connect(self.choose_pdf)

    def _check_doi(self) -> None:
        text = self.doi.text()
        try:
            normalise_doi(text)
            bad = False
        except ValueError:
            bad = True
        self.doi.setStyleSheet("border: 1px solid #b00020;" if bad else "")
        self.error.setText(doi_problem(text) if bad else "")

    def choose_pdf(self, path: Path | None = None) -> None:
        if not path:
            start = self.settings.value("results/pdf-folder", str(Path.home()))
            name, _ = QFileDialog.getOpenFileName(self, self.tr("PDF of the output"), start, self.tr("PDF (*.pdf)"))
            if not name:
                return
            path = Path(name)
            self.settings.setValue("results/pdf-folder", str(path.parent))
        self.pdf_path = Path(path)
        self.pdf_label.setText(self.pdf_path.name)

    def values(self) -> ResultData:
        loans = [self.loans.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.loans.count())
                 if self.loans.item(i).checkState() == Qt.CheckState.Checked]
        return ResultData(
            title=self.title.text(), kind=self.kind.currentData(), authors=self.authors.toPlainText(),
            venue=self.venue.text(), doi=self.doi.text(), patent_number=self.patent.text(),
            published_on=self.published.value(), reported_on=self.reported.value(),
            institution_id=self.institution.currentData(), responsible_person_id=self.person.currentData(),
            cited_numbers=self.cited.toPlainText(), ack_confirmed=self.ack.isChecked(), notes=self.notes.toPlainText(),
            loan_ids=loans, version=self.data_in.version,
        )
