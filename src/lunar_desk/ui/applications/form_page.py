"""The application form, in sections like the paper annexes, validating in place."""

from __future__ import annotations

from dataclasses import fields as dc_fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.db.models import ApplicationKind
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, reference
from lunar_desk.services.applications import ApplicationFields
from lunar_desk.ui.widgets import find_data, refill_combo
from lunar_desk.ui.i18n import tr_label

TEXT_FIELDS = [
    # (field, label, research?, public benefit?); labels translated where shown (context FormPage)
    ("objectives", QT_TRANSLATE_NOOP("FormPage", "Objectives / 研究目标"), True, False),
    ("background", QT_TRANSLATE_NOOP("FormPage", "Background / 研究背景"), True, False),
    ("expected_results", QT_TRANSLATE_NOOP("FormPage", "Expected results / 预期成果"), True, False),
    ("schedule", QT_TRANSLATE_NOOP("FormPage", "Schedule / 进度安排"), True, False),
    ("lab_facilities", QT_TRANSLATE_NOOP("FormPage", "Laboratory facilities / 实验室条件"), True, False),
    ("prior_work", QT_TRANSLATE_NOOP("FormPage", "Prior work / 前期工作"), True, False),
    ("activity", QT_TRANSLATE_NOOP("FormPage", "Activity / 活动内容"), False, True),
    ("display_arrangements", QT_TRANSLATE_NOOP("FormPage", "Display arrangements / 展示安排"), False, True),
    ("sample_security", QT_TRANSLATE_NOOP("FormPage", "Sample security / 样品安全保障"), True, True),
    ("notes", QT_TRANSLATE_NOOP("FormPage", "Secretariat notes"), True, True),
]


class DateField(QWidget):
    """A date that may be unset (QDateEdit alone cannot be empty)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def set_value(self, value) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def value(self):
        return self.edit.date().toPython() if self.enabled.isChecked() else None


class FormPage(QScrollArea):
    """Edits ApplicationFields; ``problems`` are shown beside the fields they concern."""

    edited = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = ApplicationKind.RESEARCH.value
        self.setWidgetResizable(True)
        inner = QWidget()
        self.form = QFormLayout(inner)
        self.setWidget(inner)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[bool, bool]] = {}

        self.title = QLineEdit()
        self.batch = QComboBox()
        self.institution = QComboBox()
        self.member_state = QComboBox()
        self.venue = QLineEdit()
        self.activity_start = DateField()
        self.activity_end = DateField()
        self.audience_size = QSpinBox()
        self.audience_size.setRange(-1, 10_000_000)
        self.audience_size.setSpecialValueText(self.tr("not given"))
        self.audience_size.setValue(-1)
        self.reload_choices()
        self._add("title", self.tr("Title / 题目"), self.title, True, True)
        self._add("batch_number", self.tr("Release batch / 批次"), self.batch, True, True)
        self._add("institution_id", self.tr("Applicant institution / 申请单位"), self.institution, True, True)
        self._add("member_state_id", self.tr("Member State / 成员国"), self.member_state, True, True)
        self._add("venue", self.tr("Venue / 地点"), self.venue, False, True)
        self._add("activity_start", self.tr("Activity starts / 开始日期"), self.activity_start, False, True)
        self._add("activity_end", self.tr("Activity ends / 结束日期"), self.activity_end, False, True)
        self._add("audience_size", self.tr("Audience size / 观众人数"), self.audience_size, False, True)
        for key, label, research, public in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
            self._add(key, self.tr(label), edit, research, public)
        for widget in self.widgets.values():
            for signal in ("textChanged", "currentIndexChanged", "valueChanged", "changed"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self.edited)
                    break

    def reload_choices(self) -> None:
        with self.db.read() as s:
            batches = [(self.tr("Batch {number}").format(number=b.number), b.number) for b in catalogue.batches(s)]
            institutions = [(f"{i.name} ({i.name_local})" if i.name_local else i.name, i.id) for i in reference.institutions(s)]
            states = [(m.name, m.id) for m in reference.member_states(s)]
        for combo, items, none in ((self.batch, batches, self.tr("(not chosen)")),
                                   (self.institution, institutions, self.tr("(not chosen)")),
                                   (self.member_state, states, self.tr("(the institution's)"))):
            refill_combo(combo, items, none)

    def _add(self, key: str, label: str, widget: QWidget, research: bool, public: bool) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.form.addRow(self.tr("{label}:").format(label=label), box)
        self.widgets[key] = widget
        self.errors[key] = error
        self.rows[key] = (research, public)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        public = kind == ApplicationKind.PUBLIC_BENEFIT.value
        for key, (research_row, public_row) in self.rows.items():
            self.form.setRowVisible(self.widgets[key].parentWidget(), public_row if public else research_row)

    def set_values(self, f: ApplicationFields) -> None:
        for widget in self.widgets.values():
            widget.blockSignals(True)
        self.title.setText(f.title)
        self.batch.setCurrentIndex(max(find_data(self.batch, f.batch_number), 0))
        self.institution.setCurrentIndex(max(find_data(self.institution, f.institution_id), 0))
        self.member_state.setCurrentIndex(max(find_data(self.member_state, f.member_state_id), 0))
        self.venue.setText(f.venue)
        self.activity_start.set_value(f.activity_start)
        self.activity_end.set_value(f.activity_end)
        self.audience_size.setValue(-1 if f.audience_size is None else f.audience_size)
        for key, *_ in TEXT_FIELDS:
            self.widgets[key].setPlainText(getattr(f, key))
        for widget in self.widgets.values():
            widget.blockSignals(False)
        self.show_problems({})

    def values(self) -> ApplicationFields:
        f = ApplicationFields(
            title=self.title.text(),
            batch_number=self.batch.currentData(),
            institution_id=self.institution.currentData(),
            member_state_id=self.member_state.currentData(),
            venue=self.venue.text(),
            activity_start=self.activity_start.value(),
            activity_end=self.activity_end.value(),
            audience_size=None if self.audience_size.value() < 0 else self.audience_size.value(),
        )
        for key, *_ in TEXT_FIELDS:
            setattr(f, key, self.widgets[key].toPlainText())
        return f

    def show_problems(self, problems: dict[str, str]) -> None:
        known = {f.name for f in dc_fields(ApplicationFields)}
        for key, label in self.errors.items():
            text = problems.get(key)
            label.setText(tr_label(text) if text else "")
            label.setVisible(bool(text))
        stray = [tr_label(v) for k, v in problems.items() if k not in known or k not in self.errors]
        if stray:
            self.errors["title"].setText("; ".join(stray))
            self.errors["title"].show()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def problems(self) -> dict[str, str]:
        with self.db.read() as s:
            return apps.field_problems(s, self.values())
