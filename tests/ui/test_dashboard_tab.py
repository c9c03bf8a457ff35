"""The Dashboard tab as an officer uses it: the charts drawn from the demo data
(the bars are the service figures), a chart saved as PNG, the summary PDF,
a click on a bar opening the filtered list in another tab, a refresh when
records change, an empty state on an empty database, and no matplotlib
import before the tab is shown."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from demo_data import build_demo_file
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from lunar_desk.db.models_results import ResultReport
from lunar_desk.services import applications as apps
from lunar_desk.services import loans
from lunar_desk.services.applications import ApplicationFilter
from lunar_desk.services.changes import Changes
from lunar_desk.services.loans import LoanFilter
from lunar_desk.services.mass import mass_in_unit
from lunar_desk.ui.dashboard.tab import CHARTS, EMPTY

CHART_NAMES = ["mass_by_member_state", "mass_by_batch", "loans_by_status", "overdue", "results"]

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_file(template_db, tmp_path_factory):
    """The migrated template filled with the demo data once for this module (copied per test)."""
    return build_demo_file(tmp_path_factory.mktemp("dashboard-demo"), template_db, size=80, seed=11, today=TODAY)


@pytest.fixture
def migrated_file(request, template_db, paths):
    """As in conftest, but a test that asks for ``filled`` starts on the demo data."""
    source = request.getfixturevalue("demo_file") if "filled" in request.fixturenames else template_db
    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, paths.db_file)
    return paths.db_file


@pytest.fixture
def filled(window, db):
    """The window on the demo data (see ``migrated_file``), the Loans tab counting as of TODAY."""
    window.loans.today = lambda: TODAY
    window.loans.attach(db)
    window.applications.attach(db)
    return window


def open_dashboard(window, qtbot):
    tab = window.dashboard
    tab.today = lambda: TODAY
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.charts_ready, timeout=60_000)
    return tab


def click_bar(qtbot, panel, bar) -> None:
    """A left click in the middle of ``bar`` (a matplotlib Rectangle) on the chart's image, where
    the officer sees that bar (the pixel there has the bar's colour)."""
    pos = panel.point_of(bar)
    assert bar_colour_at(panel, pos) == to_hex(bar.get_facecolor())
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=pos)


def bar_colour_at(panel, pos) -> str:
    return panel.view.grab().toImage().pixelColor(pos).name()


def to_hex(rgba) -> str:
    from matplotlib.colors import to_hex

    return to_hex(rgba)


def record_show_filtered(window, monkeypatch) -> list:
    calls = []
    original = window.show_filtered

    def spy(tab_name, **criteria):
        calls.append((tab_name, criteria))
        return original(tab_name, **criteria)

    monkeypatch.setattr(window, "show_filtered", spy)
    return calls


def test_the_charts_show_the_service_figures(filled, db, qtbot, tmp_path):
    tab = open_dashboard(filled, qtbot)
    dash = tab.dash
    assert tab.stack.currentIndex() == CHARTS and list(tab.panels) == CHART_NAMES
    by_state = tab.panels["mass_by_member_state"]
    ax, = by_state.figure.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [f"{b.label} {b.label_zh}" for b in reversed(dash.by_member_state)]
    assert "Iran 伊朗" in labels and "Türkiye 土耳其" in labels
    unit = "g" if max(b.requested_ug for b in dash.by_member_state) >= 1_000_000 else "mg"
    widths = sorted(round(bar.get_width(), 3) for bar in by_state.bars())
    expected = sorted(round(float(mass_in_unit(ug, unit)), 3)
                      for b in dash.by_member_state for ug in (b.requested_ug, b.approved_ug))
    assert widths == expected
    status = tab.panels["loans_by_status"]
    with db.read() as s:
        counts = {st.value: len(loans.list_loans(s, LoanFilter(status=st.value), TODAY)) for st in loans.STATUS_LABELS}
    drawn = {t.criteria["status"]: bar.get_width() for bar, t in status.targets.items() if "overdue_only" not in t.criteria}
    assert drawn == counts
    assert "applications forwarded to CLEP" in tab.figures.text() and dash.period.label in tab.figures.text()
    shot = tmp_path / "dashboard.png"
    assert tab.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_save_a_chart_as_png(filled, qtbot, tmp_path, monkeypatch):
    from PIL import Image

    tab = open_dashboard(filled, qtbot)
    out = tmp_path / "by batch.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PNG image (*.png)"))
    qtbot.mouseClick(tab.panels["mass_by_batch"].save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: filled.statusBar().currentMessage() == f"Chart saved: {out}", timeout=60_000)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert Image.open(out).size == (1600, 960)


def test_export_the_summary_pdf(filled, qtbot, tmp_path, message_boxes):
    tab = open_dashboard(filled, qtbot)
    out = tmp_path / "summary.pdf"
    tab.export_pdf(out)
    qtbot.waitUntil(out.exists, timeout=60_000)
    assert out.read_bytes()[:5] == b"%PDF-" and message_boxes == []
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True).stdout.decode()
    assert "Loans by status today" in text and "借用状态" in text
    qtbot.waitUntil(lambda: tab.settings.value("reports/last_summary_pdf") == str(out), timeout=10_000)  # for the email


def test_a_member_state_bar_opens_its_applications(filled, db, qtbot, monkeypatch):
    calls = record_show_filtered(filled, monkeypatch)
    tab = open_dashboard(filled, qtbot)
    panel = tab.panels["mass_by_member_state"]
    iran = next(b for b in tab.dash.by_member_state if b.label == "Iran")
    bar = next(bar for bar, t in panel.targets.items() if t.criteria["member_state_id"] == iran.key)
    click_bar(qtbot, panel, bar)
    assert calls == [("applications", {"member_state_id": iran.key})]
    target = filled.applications
    assert filled.tabs.currentWidget() is target
    assert target.member_state.currentData() == iran.key and target.status.currentData() is None
    with db.read() as s:
        expected = {r.id for r in apps.list_applications(s, ApplicationFilter(member_state_id=iran.key))}
    assert expected and {r.id for r in target.model.rows} == expected
    assert {r.member_state for r in target.model.rows} == {"Iran"}


def test_a_batch_bar_opens_the_batch_applications(filled, qtbot, monkeypatch):
    calls = record_show_filtered(filled, monkeypatch)
    tab = open_dashboard(filled, qtbot)
    panel = tab.panels["mass_by_batch"]
    first = tab.dash.by_batch[0]
    bar = next(bar for bar, t in panel.targets.items() if t.criteria["batch_id"] == first.key)
    click_bar(qtbot, panel, bar)
    assert calls == [("applications", {"batch_id": first.key})]
    assert filled.applications.batch.currentData() == first.key
    assert {r.batch_number for r in filled.applications.model.rows} == {int(first.label.split()[-1])}


def test_loan_status_bars_open_the_loans_tab_filtered(filled, qtbot, monkeypatch):
    calls = record_show_filtered(filled, monkeypatch)
    tab = open_dashboard(filled, qtbot)
    panel = tab.panels["loans_by_status"]
    closed = next(bar for bar, t in panel.targets.items() if t.criteria == {"status": "closed"})
    click_bar(qtbot, panel, closed)
    target = filled.loans
    assert calls[-1] == ("loans", {"status": "closed"}) and filled.tabs.currentWidget() is target
    assert target.status.currentData() == "closed" and not target.overdue_only.isChecked()
    assert target.model.rows and {r.status for r in target.model.rows} == {"closed"}
    # the red (overdue) part of a bar is on top: it opens the overdue loans of that status
    late = next(b for b in tab.dash.loans_by_status if b.overdue)
    red = next(bar for bar, t in panel.targets.items() if t.criteria == {"status": late.status, "overdue_only": True})
    filled.tabs.setCurrentWidget(tab)
    click_bar(qtbot, panel, red)
    assert calls[-1] == ("loans", {"status": late.status, "overdue_only": True})
    assert target.overdue_only.isChecked() and target.status.currentData() == late.status
    assert len(target.model.rows) == late.overdue and all(r.overdue for r in target.model.rows)



def test_a_bar_is_chosen_with_the_arrow_keys_and_opened_with_enter(filled, qtbot, monkeypatch):
    calls = record_show_filtered(filled, monkeypatch)
    tab = open_dashboard(filled, qtbot)
    panel = tab.panels["loans_by_status"]
    view = panel.view
    filled.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    boxes = panel.rendered.boxes
    tops = [panel.box_of(i).top() for i in panel.reading_order()]
    assert len(boxes) > 2 and tops == sorted(tops), "the arrow keys go down the chart's lying bars"
    assert view.current == panel.reading_order()[0]
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    index = panel.reading_order()[-2]
    chosen = boxes[index][2]
    frame = panel.box_of(index).adjusted(-3, -3, 3, 3)
    image = view.grab().toImage()
    edge = [image.pixelColor(x, frame.top()).name() for x in range(frame.left(), frame.right())]
    assert "#000000" in edge, "the chosen bar is framed"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert calls == [(chosen.tab, dict(chosen.criteria))] and filled.tabs.currentWidget() is filled.loans

def test_the_dashboard_follows_changes(filled, db, qtbot):
    tab = open_dashboard(filled, qtbot)
    before = tab.dash
    q4 = next(q.count for q in before.results if q.label == "2026 Q4")
    with db.action() as s:
        s.add(ResultReport(title="Space weathering of CE-5 agglutinates", reported_on=date(2026, 10, 2)))
    filled.changed.emit(Changes.of("result_report"))
    qtbot.waitUntil(lambda: tab.dash is not before and tab.charts_ready(), timeout=60_000)
    assert tab.dash.figures.results_reported == before.figures.results_reported + 1
    assert [q.count for q in tab.dash.results if q.label == "2026 Q4"] == [q4 + 1]
    ax, = tab.panels["results"].figure.axes
    assert [p.get_height() for p in ax.patches] == [q.count for q in tab.dash.results]
    generation = tab._generation
    filled.changed.emit(Changes.of("attachment"))  # a table no chart shows: nothing is computed again
    assert tab._generation == generation
    filled.tabs.setCurrentWidget(filled.loans)  # hidden: a change only marks it stale, until shown again
    filled.changed.emit(Changes.of("loan"))
    assert tab.stale and tab._generation == generation
    filled.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab._generation == generation + 1 and not tab.stale, timeout=60_000)


def test_an_empty_database_shows_the_empty_state(window, qtbot):
    tab = open_dashboard(window, qtbot)
    assert tab.dash.empty and tab.stack.currentIndex() == EMPTY
    assert tab.empty.title.text() == "Nothing to chart yet" and not tab.pdf_button.isEnabled()


def test_start_up_does_not_import_matplotlib(db):
    """Building the window and its tabs leaves matplotlib for the first look at the Dashboard."""
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from lunar_desk.config import resolve_paths
        from lunar_desk.db.startup import open_database
        from lunar_desk.ui.main_window import MainWindow
        app = QApplication([])
        db, _ = open_database(resolve_paths({str(db.paths.data_dir)!r}), officer_login="test-officer")
        w = MainWindow(db.paths, QSettings({str(db.paths.data_dir / "ui.ini")!r}, QSettings.Format.IniFormat))
        w.show()
        w.attach(db)
        for _ in range(20):
            app.processEvents()
        print("matplotlib" in sys.modules, len(w.dashboard.panels))
    """)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "0"]


def test_chart_labels_from_the_services_are_shown_in_the_interface_language(filled, db, qtbot, monkeypatch):
    """With every service text translated (a stand-in translation), the status bars, the bars of
    applications without a Member State or batch and the note of an empty results chart are
    drawn translated on screen; the Chinese names stay, and the PNG / PDF figures stay English."""
    import dataclasses

    import fake_translation

    from lunar_desk.services.dashboard import (
        NO_BATCH,
        NO_MEMBER_STATE,
        MassBar,
        Period,
        results_per_quarter,
    )
    from lunar_desk.ui.dashboard.panel import on_screen

    fake_translation.install(monkeypatch)
    tab = open_dashboard(filled, qtbot)
    ax, = tab.panels["loans_by_status"].figure.axes
    drawn = [t.get_text() for t in ax.get_yticklabels()]
    assert drawn == [b.label.upper() for b in reversed(tab.dash.loans_by_status)]
    assert tab.dash.loans_by_status[0].label == "Awaiting signature"  # what the PNG and the PDF draw

    with db.read() as s:
        quarters, note = results_per_quarter(s, Period(date(1990, 1, 1), date(1990, 12, 31)))
    assert note == "No result report was reported to CLEP in this period."
    bars = (MassBar(None, NO_MEMBER_STATE, "", 1, 5, 0), MassBar(None, NO_BATCH, "", 1, 5, 0))
    shown = on_screen(dataclasses.replace(tab.dash, by_member_state=bars[:1], by_batch=bars[1:], results=quarters,
                                          results_note=note))
    assert [b.label for b in shown.by_member_state + shown.by_batch] == ["NO MEMBER STATE", "NO BATCH"]
    assert shown.results_note == note.upper()
    assert on_screen(tab.dash).by_member_state == tab.dash.by_member_state  # named Member States stay as they are


def test_month_names_on_screen_follow_the_interface_locale(filled, qtbot):
    """The overdue chart names months the way the interface language does (一月 → "1月"); the
    PDF keeps its fixed English abbreviations."""
    from PySide6.QtCore import QLocale

    from lunar_desk.documents import charts

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        tab = open_dashboard(filled, qtbot)  # the month names are taken as the charts are asked for
        ax, = tab.panels["overdue"].figure.axes
        months = [t.get_text().split("\n")[0] for t in ax.get_xticklabels()]
    finally:
        QLocale.setDefault(before)
    assert months and all(m.endswith("月") for m in months), months
    assert charts.MONTHS[0] == "Jan"


def test_the_gui_thread_neither_draws_nor_renders_a_chart(filled, qtbot, monkeypatch):
    """Laying out and rendering the five charts (matplotlib) happens in a worker, on the first
    show, on a refresh and at a new size; the GUI thread only paints the images."""
    import threading

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from lunar_desk.documents import charts

    calls, draw, render = [], charts.draw, FigureCanvasAgg.draw

    def drawing(name, *args, **kwargs):
        calls.append(("draw", name, threading.current_thread()))
        return draw(name, *args, **kwargs)

    def rendering(canvas):
        calls.append(("render", None, threading.current_thread()))
        return render(canvas)

    monkeypatch.setattr(charts, "draw", drawing)
    monkeypatch.setattr(FigureCanvasAgg, "draw", rendering)
    tab = open_dashboard(filled, qtbot)
    assert sorted(name for what, name, _ in calls if what == "draw") == sorted(CHART_NAMES)
    assert [what for what, _, _ in calls].count("render") == 5
    first = len(calls)
    filled.changed.emit(Changes.of("loan"))  # a refresh
    qtbot.waitUntil(lambda: len(calls) >= first + 10 and tab.charts_ready(), timeout=60_000)
    panel = tab.panels["loans_by_status"]
    width = panel.view.width()
    filled.resize(filled.width() + 200, filled.height())  # a new size: rendered again
    qtbot.waitUntil(lambda: panel.view.width() != width and tab.charts_ready(), timeout=60_000)
    assert panel.rendered.image.width() == round(panel.view.width() * panel.view.devicePixelRatioF())
    assert len(calls) > first + 10
    main = threading.main_thread()
    assert all(thread is not main for _, _, thread in calls), calls
    assert not tab.findChildren(FigureCanvasQTAgg)


def test_bars_stay_clickable_while_and_after_the_chart_is_resized(filled, qtbot, monkeypatch):
    """Until the chart is rendered at its new size the image is shown stretched, and a click
    still lands on the bar drawn under the pointer; the pointer is a hand over a bar only."""
    calls = record_show_filtered(filled, monkeypatch)
    tab = open_dashboard(filled, qtbot)
    panel = tab.panels["mass_by_batch"]
    before = panel.rendered
    filled.resize(filled.width() + 240, filled.height() + 120)
    qtbot.waitUntil(lambda: panel.size_key() != before.size, timeout=10_000)
    assert panel.rendered is before  # not rendered yet: stretched
    first = tab.dash.by_batch[0]
    bar = next(bar for bar, t in panel.targets.items() if t.criteria["batch_id"] == first.key)
    qtbot.mouseMove(panel.view, panel.point_of(bar))
    assert panel.view.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(panel.view, QPoint(2, 2))
    assert panel.view.cursor().shape() == Qt.CursorShape.ArrowCursor
    click_bar(qtbot, panel, bar)
    assert calls[-1] == ("applications", {"batch_id": first.key})

    filled.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.charts_ready() and panel.rendered is not before, timeout=60_000)
    assert panel.rendered.size == panel.size_key()
    last = tab.dash.by_batch[-1]
    bar = next(bar for bar, t in panel.targets.items() if t.criteria["batch_id"] == last.key)
    click_bar(qtbot, panel, bar)
    assert calls[-1] == ("applications", {"batch_id": last.key})


def test_a_later_refresh_supersedes_an_earlier_one(filled, qtbot):
    """Choosing another period while the charts of the first are still being drawn: only the
    last choice is shown, figures and charts alike."""
    tab = open_dashboard(filled, qtbot)
    tab.period.setCurrentIndex(tab.period.findData(24))
    tab.period.setCurrentIndex(tab.period.findData(0))  # all time, before the 24 months arrive
    qtbot.waitUntil(tab.charts_ready, timeout=60_000)
    assert tab.dash.period.start is None
    assert {p.rendered.generation for p in tab.panels.values()} == {tab._generation}
    ax, = tab.panels["results"].figure.axes
    assert [p.get_height() for p in ax.patches] == [q.count for q in tab.dash.results]
