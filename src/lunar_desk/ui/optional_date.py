"""A date that may be missing ("not yet"): a check box and a date field.

Used by the Results, Teams and Training forms for dates that are often not
known yet (published, reported to CLEP, invited, joined, visit, left).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDate(QWidget):
    """``value()`` is a date, or None while the box is unticked."""

    changed = Signal()

    def __init__(self, value: date | None = None, *, label: str = "", default: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self._default = default or date.today()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda *_: self.changed.emit())
        self.set_value(value)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def set_value(self, value: date | None) -> None:
        shown = value or self._default
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None
