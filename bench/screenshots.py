"""Grab every view to PNG in docs/screenshots/ (run offscreen: `make screenshots`).

Each view is shown at 1366x768 (a common laptop) and 1920x1080 with the demo data segmented.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never touch the user's real settings

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.settings import RECENT
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import LANGUAGES

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))


def wait_until(predicate, timeout_ms: int = 60000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: predicate() and loop.quit())
    timer.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def ready(app: QApplication, window: MainWindow) -> None:
    """Until the view on screen has computed: views compute only when shown, after a short debounce."""
    settle(app, 400)
    wait_until(lambda: not any(r.busy() for r in window.findChildren(TaskRunner)))
    settle(app)


def language_shots(app: QApplication, window: MainWindow) -> None:
    """The Segments and Targets views in every language (switched as a user does, without a restart)."""
    window.resize(1366, 768)
    for code in LANGUAGES:
        window.set_language(code)
        wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
        for name, row in (("segments", 2), ("targets", 9), ("transitions", 5)):
            window.nav.setCurrentRow(row)
            if name == "targets":
                view = window.targets_view  # made again by every language switch
                view.start_box.mode.setCurrentIndex(view.start_box.mode.findData("Segments"))
                view.check_segments(["At Risk", "Hibernating"])
                wait_until(lambda v=view: v.target_list is not None and not v.runner.busy())
            ready(app, window)
            path = OUT / f"{name}_{code}_1366x768.png"
            window.grab().save(str(path))
            print(f"wrote {path}")
    window.set_language("en")
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())


def overview_shots(app: QApplication, window: MainWindow) -> None:
    """The Overview at 1366x768 in English and Turkish, and the first page of the exported PDF report."""
    window.resize(1366, 768)
    for code in ("en", "tr"):
        window.set_language(code)
        wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
        window.nav.setCurrentRow(window.stack.indexOf(window.overview_view))
        wait_until(lambda: window.overview_view.dashboard is not None and not window.overview_view.runner.busy())
        settle(app, 600)
        window.grab().save(str(OUT / f"overview_{code}.png"))
        print(f"wrote {OUT / f'overview_{code}.png'}")
    window.set_language("en")
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        written: list[str] = []
        window.report_export.written.connect(lambda path, _pages: written.append(path))
        window.export_report(pdf)
        wait_until(lambda: bool(written))
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True)
        shutil.copy(next(Path(folder).glob("page*.png")), OUT / "report_page.png")
    print(f"wrote {OUT / 'report_page.png'}")


def dark_card_and_settings_shots(app: QApplication, window: MainWindow) -> None:
    """The dark look, a customer card and the settings dialog."""
    window.resize(1366, 768)
    window.actions.dark_action.setChecked(True)
    for name, row in (("segments_dark", 2), ("journeys_dark", 6)):
        window.nav.setCurrentRow(row)
        ready(app, window)
        window.grab().save(str(OUT / f"{name}_1366x768.png"))
        print(f"wrote {OUT / f'{name}_1366x768.png'}")
    window.actions.dark_action.setChecked(False)
    window.nav.setCurrentRow(window.stack.indexOf(window.customers_view))  # it fills its table when shown
    window.customers_view.filter_to("rfm_segment", "Champions")
    ready(app, window)
    wait_until(lambda: window.customers_view.model.rowCount() > 0)
    card = window.customers_view.open_card(str(window.customers_view.model.frame.iloc[0]["customer_id"]))
    wait_until(lambda: "transaction rows" in card.status.text())
    settle(app)
    card.grab().save(str(OUT / "customer_card.png"))
    print(f"wrote {OUT / 'customer_card.png'}")
    settings = window.show_settings()
    settle(app)
    settings.grab().save(str(OUT / "settings.png"))
    settings.close()


def dialog_shots(app: QApplication, window: MainWindow) -> None:
    """The welcome, about and segment-help dialogs."""
    window.settings.set(RECENT, ["/home/ayse/Documents/Kadıköy branch.dcrm", "/home/ayse/Exports/satis_2026.xlsx"])
    for name, dialog in (("welcome", window.show_welcome()), ("about", window.about()),
                         ("segments_help", window.show_segments_help())):  # fmt: skip
        settle(app)
        dialog.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / f'{name}.png'}")
        dialog.close()


def _messy_export(folder: Path) -> Path:
    """A Turkish till export: title rows, `;`, decimal comma, dd.mm.yyyy, a few broken rows."""
    lines = ["Satış Raporu;;;;;", "Dönem: 01.01.2026 - 31.03.2026;;;;;", "Kart No;Tarih;Saat;Tutar (TL);İstasyon;Ürün"]
    for i in range(1200):
        day, amount = f"{1 + i % 28:02d}.{1 + i % 3:02d}.2026", f"{(i * 37) % 900 + 12},{i % 100:02d}"
        if i % 40 == 7:
            amount = "iade?"
        if i % 90 == 11:
            day = "30.02.2026"
        card = "" if i % 75 == 5 else f"{1000 + i % 180:06d}"
        lines.append(f"{card};{day};{8 + i % 12:02d}:{i % 60:02d};{amount};Kadıköy;Motorin")
    path = folder / "satis_2026_q1.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))
    return path


def wizard_shot(app: QApplication, window: MainWindow) -> None:
    """The import wizard's columns page with its format overrides and the live check of the sample."""
    wizard = window.import_file(str(_messy_export(Path(tempfile.mkdtemp()))))
    wait_until(lambda: wizard.file_page.isComplete())
    wizard.next()
    page = wizard.columns_page
    wait_until(lambda: page.check.report is not None and not page.check_timer.isActive())
    settle(app)
    path = OUT / "import_wizard_columns.png"
    wizard.grab().save(str(path))
    print(f"wrote {path}")
    wizard.reject()


def _fuel_export(folder: Path) -> Path:
    """A fuel station's sales: cards with plates, card-less fills under respelled plates, a plate with a
    typo, a fleet plate on two cards and a phone typed as 5555555555 at the till."""
    import pandas as pd

    rows = []
    for i in range(40):
        card, plate = f"C{i:02d}", f"34 AB{'CEHKMOPTXY'[i % 10]} {100 + i}"
        rows += [(card, f"2026-{m:02d}-{3 + i % 20:02d}", 40 + i, plate) for m in range(1, 10, 1 + i % 3)]
        rows.append(("", f"2026-09-{1 + i % 25:02d}", 35, plate.lower().replace(" ", "-")))
    rows += [("", "2026-09-28", 99, "34 ABC 1000"), ("", "2026-09-29", 61, "34 ABE 1011")]  # typos
    rows += [("C01", "2026-08-02", 80, "06 FLT 777"), ("C02", "2026-08-09", 75, "06 FLT 777")]  # a fleet car
    rows += [("", f"2026-09-{d:02d}", 30, "5555555555") for d in range(1, 20)]  # staff typing a fake phone
    path = folder / "fuel_station.csv"
    pd.DataFrame(rows, columns=["card", "date", "amount", "plate"]).to_csv(path, index=False)
    return path


def identities_shot(app: QApplication) -> None:
    """The Data view's Identities panel on a fuel station's export, a near match selected."""
    from desktop_crm.gui.identities_panel import CANDIDATES

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.session.open_files(_fuel_export(Path(tempfile.mkdtemp())))
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    window.nav.setCurrentRow(window.stack.indexOf(window.data_view))
    panel = window.data_view.identities
    window.data_view.tabs.setCurrentWidget(panel)
    panel.kind.setCurrentIndex(CANDIDATES)
    ready(app, window)
    panel.select_row(0)
    _shoot(app, window, "identities_1366x768.png")
    window.close()


def campaigns_shot(app: QApplication, window: MainWindow) -> None:
    """A 3-arm test designed on 1 March, saved, and judged on the whole demo export."""
    import pandas as pd

    from desktop_crm.core.targets import Suppression, TargetSpec

    session, targets, campaigns = window.session, window.targets_view, window.campaigns_view
    session.update_settings(as_of=pd.Timestamp("2026-03-01"))
    wait_until(lambda: session.segmentation is not None and session.segmentation.as_of == pd.Timestamp("2026-03-01"))
    window.nav.setCurrentRow(window.stack.indexOf(targets))
    rules = Suppression(channel="card", require_consent=False, inactive_days=None)
    targets.set_spec(TargetSpec(name="Sleepers", scheme="rfm", segments=("At Risk", "Hibernating"),
                                arms=("10%", "15%", "20%"), control_share=0.2, suppression=rules))  # fmt: skip
    campaigns.holdout.setValue(5)
    wait_until(lambda: targets.target_list is not None and "arm" in targets.target_list.customers)
    settle(app, 1500)
    saved = []
    targets.saved.connect(saved.append)
    targets.save(Path(tempfile.mkdtemp()) / "sleepers.xlsx")
    wait_until(lambda: bool(saved))
    session.update_settings(as_of=None)
    wait_until(lambda: session.segmentation is not None and session.segmentation.as_of != pd.Timestamp("2026-03-01"))
    shown = []
    campaigns.results_ready.connect(shown.append)
    window.nav.setCurrentRow(window.stack.indexOf(campaigns))
    wait_until(lambda: bool(shown))
    window.resize(1366, 768)
    settle(app, 800)
    window.grab().save(str(OUT / "campaigns_1366x768.png"))


def chart_shots(app: QApplication, window: MainWindow) -> None:
    """Departments (strongest moves, the Sankey), Traffic and Segments in English and Turkish at 1366x768,
    a chart with its keyboard mark, and the high-contrast look."""
    from desktop_crm.gui import theme
    from desktop_crm.gui.views.departments_view import MAP, SEQUENCES

    window.resize(1366, 768)
    for code in ("en", "tr"):
        window.set_language(code)
        wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
        departments = window.departments_view
        for name, view, chart in (
            ("departments", departments, MAP), ("departments_sankey", departments, SEQUENCES),
            ("traffic", window.traffic_view, None), ("segments", window.segments_view, None),
        ):  # fmt: skip
            window.nav.setCurrentRow(window.stack.indexOf(view))
            if chart is not None:
                view.chart_kind.setCurrentIndex(view.chart_kind.findData(chart))
            wait_until(lambda v=view: not any(r.busy() for r in v.findChildren(TaskRunner)))
            _shoot(app, window, f"{name}_{code}.png")
    departments.chart_kind.setCurrentIndex(departments.chart_kind.findData(SEQUENCES))
    window.nav.setCurrentRow(window.stack.indexOf(departments))
    departments.sankey.setFocus()
    departments.sankey.move_focus(4)
    _shoot(app, window, "departments_keyboard_tr.png")
    departments.chart_kind.setCurrentIndex(departments.chart_kind.findData(MAP))
    window.set_language("en")
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    window.set_look(theme.CONTRAST)
    window.nav.setCurrentRow(window.stack.indexOf(window.segments_view))
    _shoot(app, window, "segments_high_contrast.png")
    window.set_look(theme.LIGHT)


def store_shots(app: QApplication) -> int:
    """The Overview, Traffic and Departments on the demo imported in large-file mode: computed in DuckDB
    over its store."""
    from desktop_crm.gui.views.departments_view import MAP, SEQUENCES
    from desktop_crm.pipeline import demo_paths

    window = MainWindow()
    window.session.large_files = True  # as File → Settings → Large-file mode does
    window.resize(1366, 768)
    window.show()
    window.session.open_files(*demo_paths())  # the demo's files, imported as a user's would be
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    if window.session.dataset is None or window.session.dataset.store is None:
        raise SystemExit("the demo was not imported into a store")
    departments = window.departments_view
    for name, view, chart in (
        ("overview_store", window.overview_view, None),
        ("traffic_store", window.traffic_view, None),
        ("departments_store", departments, MAP),
        ("departments_sankey_store", departments, SEQUENCES),
    ):
        window.nav.setCurrentRow(window.stack.indexOf(view))
        if chart is not None:
            view.chart_kind.setCurrentIndex(view.chart_kind.findData(chart))
        ready(app, window)
        _shoot(app, window, f"{name}_1366x768.png")
    window.close()
    return 0


def _shoot(app: QApplication, window: MainWindow, name: str) -> None:
    settle(app, 600)
    window.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def on_the_demo(app: QApplication, shots) -> int:
    """One group of shots on a new window with the demo segmented."""
    window = MainWindow()
    window.show()
    window.open_demo()
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    shots(app, window)
    return 0


def main() -> int:  # noqa: PLR0915 - one list of shots, in order
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] == ["identities"]:  # only the Identities panel
        identities_shot(app)
        return 0
    if sys.argv[1:] == ["campaigns"]:  # only the Campaigns view
        return on_the_demo(app, campaigns_shot)
    if sys.argv[1:] == ["overview"]:  # only the Overview and the report page
        QSettings("DesktopCRM", "Desktop CRM").setValue("language", "en")
        window = MainWindow()
        window.show()
        window.open_demo()
        overview_shots(app, window)
        return 0
    if sys.argv[1:] == ["store"]:  # only the Overview, Traffic and Departments in large-file mode
        return store_shots(app)
    if sys.argv[1:] == ["charts"]:  # only Departments, Traffic and Segments in English and Turkish
        return on_the_demo(app, chart_shots)
    if sys.argv[1:] == ["wizard"]:  # only the wizard, without the demo's segments
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        wizard_shot(app, window)
        return 0
    QSettings("DesktopCRM", "Desktop CRM").setValue("language", "en")  # the main shots in English
    window = MainWindow()
    window.show()
    window.open_demo()
    wait_until(lambda: window.session.segmentation is not None and not window.session.busy())
    targets = window.targets_view
    window.nav.setCurrentRow(window.stack.indexOf(targets))
    targets.start_box.name.setText("Win back At Risk")
    targets.start_box.mode.setCurrentText("Segments")
    targets.check_segments(["At Risk", "Hibernating"])
    targets.offer_box.discount_by.setCurrentIndex(targets.offer_box.discount_by.findData("clv_band"))
    wait_until(lambda: targets.target_list is not None and set(targets.target_list.customers["segment"]) > {"At Risk"})
    shots = [
        ("overview", 0, None),
        ("data_view", 1, None),
        ("segments_rfm", 2, "rfm"),
        ("segments_lifecycle", 2, "lifecycle"),
        ("customers", 3, None),
        ("lifetime_value", 4, None),
        ("transitions", 5, None),
        ("journeys", 6, None),
        ("departments", 7, None),
        ("traffic", 8, None),
        ("targets", 9, None),
    ]
    for w, h in SIZES:
        window.resize(w, h)
        for name, row, scheme in shots:
            window.nav.setCurrentRow(row)
            if scheme:
                combo = window.segments_view.scheme
                combo.setCurrentIndex(combo.findData(scheme))
            ready(app, window)
            path = OUT / f"{name}_{w}x{h}.png"
            window.grab().save(str(path))
            print(f"wrote {path}")
    overview_shots(app, window)
    dark_card_and_settings_shots(app, window)
    language_shots(app, window)
    chart_shots(app, window)
    wizard_shot(app, window)
    dialog_shots(app, window)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
