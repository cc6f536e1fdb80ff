"""The real wizard, offscreen, on messy exports: it shows the mapping the CLI uses and imports the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from desktop_crm.gui.import_wizard import ImportWizard
from desktop_crm.gui.session import Session
from tests import corpus
from tests.test_import_corpus import assert_same_rows, cli_import

# A workbook with mixed cells and a 12-hour time column; a Polish workbook whose date column is headed
# "Czas" (time) and whose category is "Artykuł"; a cp1254 file whose 12-hour date-times are headed
# "Saat" (hour); a cp1251 tab-separated month-first file with title rows; a "Main item" file.
SEEDS = (27, 13, 30, 0, 21)


@pytest.mark.parametrize("seed", SEEDS)
def test_wizard_shows_and_imports_what_the_cli_does(qtbot, tmp_path: Path, seed: int) -> None:
    path, expected, _ = corpus.export(tmp_path, seed)
    by_cli, cli_mapping = cli_import(path, tmp_path)
    session = Session()
    wizard = ImportWizard(session, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns_page.isComplete(), timeout=30_000)
    shown = {field: column for field, column in wizard.columns_page.mapping().items() if column}
    assert shown == cli_mapping
    with qtbot.waitSignal(session.data_loaded, timeout=60_000) as loaded:
        wizard.next()
    assert_same_rows(loaded.args[0].transactions.frame, expected)
    assert_same_rows(by_cli, expected)
