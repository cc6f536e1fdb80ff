"""Run with an installed app's python (tests/test_wheel.py): open the window offscreen in a language and
print, as JSON, where the package and its resources came from and what the menus say."""

from __future__ import annotations

import json
import os
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
scratch = tempfile.mkdtemp(prefix="desktop-crm-probe-")  # never the user's settings
os.environ["XDG_CONFIG_HOME"] = os.environ["DESKTOP_CRM_CONFIG_DIR"] = scratch

from PySide6.QtCore import QSettings  # noqa: E402

import desktop_crm  # noqa: E402
from desktop_crm.gui.app import make_app, translated_by_qt  # noqa: E402
from desktop_crm.gui.main_window import MainWindow  # noqa: E402
from desktop_crm.resources import DEMO_TRANSACTIONS, doc, resource, resources_dir  # noqa: E402

app = make_app()
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)
QSettings("DesktopCRM", "Desktop CRM").setValue("language", sys.argv[1])
window = MainWindow()
print(
    json.dumps(
        {
            "package": desktop_crm.__file__,
            "version": desktop_crm.__version__,
            "resources": str(resources_dir()),
            "menus": [action.text() for action in window.menuBar().actions()],
            "views": [window.nav.item(row).text() for row in range(window.nav.count())],
            "qm_loaded": translated_by_qt(),
            "demo": resource(DEMO_TRANSACTIONS).is_file(),
            "help": doc("segmentation.md").is_file(),
        }
    )
)
