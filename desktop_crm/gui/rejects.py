"""Where to save the rows an import rejected, so the user can fix them in the source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_crm.i18n import tr
from desktop_crm.pipeline import Dataset


def ask_rejects_path(parent: QWidget, data: Dataset | None) -> str | None:
    """The file the user chose ("" when they cancelled); None when there are no rejected rows."""
    if data is None or data.transactions.rejects.empty:
        return None
    source = Path(data.transactions.report.source)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save rejected rows"),
        str(source.with_name(source.stem + "_rejected.xlsx")),
        tr("Excel (*.xlsx);;CSV (*.csv)"),
    )
    return path
