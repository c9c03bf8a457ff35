"""File → Import release list…: choose a file, check the column mapping,
preview adds / changes / errors, then import all or nothing.

Reading, planning and writing run off the GUI thread with progress and
Cancel; a cancelled or failed import leaves the catalogue as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import catalogue
from lunar_desk.services.mass import format_mass
from lunar_desk.sheets import release_import as ri
from lunar_desk.ui.i18n import format_count, tr_error, tr_label
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.widgets import find_data

PREVIEW_LIMIT = 2000  # rows listed per preview tab; the counts are always complete


def _mapping_key(headers: list[str]) -> str:
    return "import/mapping/" + "|".join(h for h in headers if h)[:500]


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, db: Database, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.path: Path | None = None
        self.parsed: ri.ParsedFile | None = None
        self.plan: ri.ImportPlan | None = None
        self.result_summary: str | None = None
        self.operation: Operation | None = None
        self.mission_codes: dict = {}
        self.setWindowTitle(self.tr("Import CLEP release list"))
        self.resize(900, 620)

        self.file_label = QLabel(self.tr("No file chosen. Release lists come as .xlsx or .csv (UTF-8 or GB18030)."))
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.batch = QSpinBox()
        self.batch.setRange(0, 999)
        self.batch.setSpecialValueText(self.tr("from the file"))
        self.batch.setToolTip(self.tr("Put every row into this release batch (created if it does not exist yet)"))
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        options = QFormLayout()
        options.addRow(self.tr("Release &batch:"), self.batch)
        options.addRow(self.tr("&Worksheet:"), self.sheet)

        self.mapping_box = QGroupBox(
            self.tr("Columns (change a column's meaning if it was not recognised; remembered for files with the same headers)"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.reread = QPushButton(self.tr("&Re-read with these columns"))
        self.reread.setToolTip(self.tr("Read the file again with the columns chosen above"))
        self.reread.setEnabled(False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        row, number = self.tr("Row"), self.tr("Sample number")
        self.adds = self._tree([row, number, self.tr("Mission"), self.tr("Batch"), self.tr("Type"), self.tr("Mass")])
        self.changes = self._tree([row, number, self.tr("Changes (old → new)")])
        self.errors = self._tree([row, self.tr("Column"), self.tr("Problem")])
        self.warnings = self._tree([row, self.tr("Column"), self.tr("Check")])
        for tree, title in zip((self.adds, self.changes, self.errors, self.warnings), self._tab_titles(), strict=True):
            self.tabs.addTab(tree, title)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.reread)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.mapping_box.hide()
        self.reread.hide()

        self.choose.clicked.connect(self.choose_file)
        self.reread.clicked.connect(self.read)
        self.batch.valueChanged.connect(lambda *_: self.read() if self.path else None)
        self.sheet.activated.connect(lambda *_: self.read())

    def _tab_titles(self) -> tuple[str, str, str, str]:
        return self.tr("To add"), self.tr("Changes"), self.tr("Errors"), self.tr("Warnings")

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        return tree

    # --- reading and planning ----------------------------------------------------------

    def choose_file(self) -> None:
        start = self.settings.value("import/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CLEP release list"), start, self.tr("Release lists (*.xlsx *.xlsm *.csv);;All files (*)")
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> Operation:
        self.path = path
        self.settings.setValue("import/folder", str(path.parent))
        self.file_label.setText(f"<b>{path.name}</b><br>{path.parent}")
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self._clear_mapping()
        return self.read(remembered=True)

    def _clear_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}

    def current_mapping(self) -> dict[str, str]:
        return {header: combo.currentData() or "" for header, combo in self.mapping_combos.items()}

    def read(self, *, remembered: bool = False) -> Operation:
        """Read the file and plan the import in the background."""
        assert self.path is not None
        path, db = self.path, self.db
        mapping = None if remembered else self.current_mapping()
        sheet = self.sheet.currentText() or None
        batch = self.batch.value() or None
        settings = self.settings

        def work(report):
            parsed = ri.read_release_file(path, mapping=mapping, sheet=sheet, progress=report)
            if remembered:
                saved = settings.value(_mapping_key(parsed.headers))
                if saved:
                    parsed = ri.read_release_file(path, mapping=json.loads(saved), sheet=sheet, progress=report)
            with db.read() as session:
                plan = ri.plan_import(session, parsed, batch_number=batch, progress=report)
                missions = {m.id: m.code for m in catalogue.missions(session)}
            return parsed, plan, missions

        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        self.operation = (
            Operation(work)
            .on_success(self._show_plan)
            .on_failure(self._read_failed)
            .with_progress(self, self.tr("Reading {file}…").format(file=path.name))
            .start()
        )
        return self.operation

    def _read_failed(self, exc: BaseException) -> None:
        from lunar_desk.ui.errors import show_error

        self.summary.setText(self.tr("The file could not be read: {error}").format(error=tr_error(exc)))
        show_error(self, exc)

    def _show_plan(self, result) -> None:
        parsed, plan, self.mission_codes = result
        self.parsed, self.plan = parsed, plan
        if parsed.sheet_names and not self.sheet.isEnabled():
            self.sheet.addItems(parsed.sheet_names)
            self.sheet.setCurrentText(parsed.sheet or "")
            self.sheet.setEnabled(len(parsed.sheet_names) > 1)
        self._build_mapping(parsed)
        self._fill_preview(plan)
        ok = plan.ok and bool(plan.adds or plan.changes)
        self.import_button.setEnabled(ok)
        if plan.ok and not (plan.adds or plan.changes):
            self.summary.setText(plan.summary() + " " + self.tr("Nothing to import: the catalogue already matches this file."))
        elif not plan.ok:
            self.summary.setText(plan.summary() + " " + self.tr(
                "Fix the errors in the file (or the column choices) and read it again; nothing has been written."))
            self.tabs.setCurrentWidget(self.errors)
        else:
            self.summary.setText(plan.summary())
        if parsed.encoding == "cp1252":  # not UTF-8, and not Chinese either: say how it was read
            self.summary.setText(self.summary.text() + " " + self.tr(
                "The file was read as Western (Windows-1252) text: check that the accented names look right in "
                "the preview."))

    def _build_mapping(self, parsed: ri.ParsedFile) -> None:
        self._clear_mapping()
        if parsed.header_row:
            title = self.tr("Columns (header found on row {row}): change a column's meaning if needed; "
                            "remembered for files with these headers").format(row=parsed.header_row)
        else:
            title = self.tr("Columns: change a column's meaning if needed; remembered for files with these headers")
        self.mapping_box.setTitle(title)
        for header in parsed.headers:
            if not header:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for key in ri.FIELDS:
                combo.addItem(tr_label(ri.FIELD_LABELS[key]), key)
            combo.setCurrentIndex(max(find_data(combo, parsed.mapping.get(header, "")), 0))
            self.mapping_combos[header] = combo
            self.mapping_form.addRow(f"{header}:", combo)
        self.mapping_box.setVisible(bool(self.mapping_combos))
        self.reread.setVisible(bool(self.mapping_combos))
        self.reread.setEnabled(True)

    def _fill_preview(self, plan: ri.ImportPlan) -> None:
        for tree in (self.adds, self.changes, self.errors, self.warnings):
            tree.clear()
        labels = {k.value: tr_label(v) for k, v in catalogue.PREPARATION_LABELS.items()}
        self.adds.addTopLevelItems([
            QTreeWidgetItem([
                str(a.row), a.sample_number, self.mission_codes.get(a.values.get("mission_id"), ""),
                "" if a.values.get("batch_number") is None else str(a.values.get("batch_number")),
                labels.get(a.values.get("preparation"), str(a.values.get("preparation", ""))),
                format_mass(a.values.get("mass_ug")),
            ])
            for a in plan.adds[:PREVIEW_LIMIT]
        ])
        self.changes.addTopLevelItems([
            QTreeWidgetItem([str(c.row), c.sample_number, "; ".join(fc.describe() for fc in c.changes)])
            for c in plan.changes[:PREVIEW_LIMIT]
        ])
        self.errors.addTopLevelItems([
            QTreeWidgetItem(["" if e.location.row is None else str(e.location.row), e.location.column or "", tr_label(e.problem)])
            for e in plan.errors[:PREVIEW_LIMIT]
        ])
        self.warnings.addTopLevelItems([
            QTreeWidgetItem(["" if w.location.row is None else str(w.location.row), w.location.column or "", tr_label(w.problem)])
            for w in plan.warnings[:PREVIEW_LIMIT]
        ])
        counts = (len(plan.adds), len(plan.changes), len(plan.errors), len(plan.warnings))
        for i, (n, title) in enumerate(zip(counts, self._tab_titles(), strict=True)):
            self.tabs.setTabText(i, f"{title} ({format_count(n)})")
        for tree in (self.adds, self.changes, self.errors, self.warnings):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    # --- writing ---------------------------------------------------------------------------

    def start_import(self) -> Operation | None:
        if self.plan is None or not self.plan.ok:
            return None
        plan, db = self.plan, self.db
        if self.parsed is not None:
            self.settings.setValue(_mapping_key(self.parsed.headers), json.dumps(self.parsed.mapping, ensure_ascii=False))
        note = f"import of {Path(plan.file).name}"

        def work(report):
            from lunar_desk.services.maintenance import backup_before

            backup_before(db.paths, "before-import")
            with db.action(note=note) as session:
                return ri.apply_import(session, plan, progress=report, cancelled=lambda: op.cancelled)

        self.import_button.setEnabled(False)
        op = Operation(work).on_success(self._imported).on_failure(self._import_failed).with_progress(self, self.tr("Importing…"))
        self.operation = op.start()
        return op

    def _imported(self, result) -> None:
        self.result_summary = result.summary()
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        from lunar_desk.ui.errors import show_error

        self.summary.setText(self.tr("Nothing was imported: {error}").format(error=tr_error(exc)) if str(exc)
                             else self.tr("The import was cancelled; nothing was changed."))
        self.import_button.setEnabled(self.plan is not None and self.plan.ok)
        show_error(self, exc)
