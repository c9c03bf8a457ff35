"""The programme's stewardship settings: stale-custody period, inventory day, recall period."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from lunar_desk.errors import ValidationError
from lunar_desk.services import custody, inventory, reassignment
from lunar_desk.ui.widgets import CheckedDialog
from lunar_desk.ui.i18n import tr_error


class StewardshipSettingsDialog(CheckedDialog):
    def __init__(self, stale_months: int, inventory_day: tuple[int, int], recall_days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stewardship settings"), parent)
        self.stale_months = QSpinBox()
        self.stale_months.setRange(1, custody.MAX_STALE_MONTHS)
        self.stale_months.setValue(stale_months)
        self.stale_months.setSuffix(self.tr(" months"))
        self.inventory_day = QLineEdit(f"{inventory_day[0]:02d}-{inventory_day[1]:02d}")
        self.inventory_day.setPlaceholderText("MM-DD")
        self.recall_days = QSpinBox()
        self.recall_days.setRange(1, reassignment.MAX_RECALL_DAYS)
        self.recall_days.setValue(recall_days)
        self.recall_days.setSuffix(self.tr(" days"))
        self.form.addRow(self.tr("Flag custody silent for:"), self.stale_months)
        self.form.addRow(self.tr("Yearly inventory day (MM-DD):"), self.inventory_day)
        self.form.addRow(self.tr("A recall is due back after:"), self.recall_days)
        self.inventory_day.textChanged.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        try:
            inventory.parse_inventory_day(self.inventory_day.text())
            self.set_problem(None)
        except ValidationError as exc:
            self.set_problem(tr_error(exc))

    def values(self) -> dict:
        return {"stale_months": self.stale_months.value(), "inventory_day": self.inventory_day.text().strip(),
                "recall_days": self.recall_days.value()}


def save_settings(session, values: dict) -> None:
    """Store the three settings (one action)."""
    custody.set_stale_months(session, values["stale_months"])
    inventory.set_inventory_day(session, values["inventory_day"])
    reassignment.set_recall_days(session, values["recall_days"])
