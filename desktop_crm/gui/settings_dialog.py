"""Settings: the language of the app and its exports, the currency money is shown with, the look,
and whether imports are kept on disk (large-file mode, for exports beyond memory)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_crm.gui import theme
from desktop_crm.i18n import LANGUAGES, language, tr
from desktop_crm.i18n.formats import DEFAULT_CURRENCY, csv_defaults, currency
from desktop_crm.io.store import duckdb_available


class SettingsDialog(QDialog):
    """Chosen values are read by the caller after `accepted` (`chosen_language`, `chosen_currency`)."""

    def __init__(self, parent: QWidget | None = None, look: str = theme.SYSTEM, large_files: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words: findable whatever is shown
        self.language.setCurrentIndex(self.language.findData(language()))
        self.currency = QLineEdit(currency())
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(6)
        self.currency.setToolTip(tr("Shown with amounts in tables, charts and Excel exports; leave empty for none"))
        self.look = QComboBox()
        self.look.setObjectName("look")
        for key, name in theme.LOOKS.items():
            self.look.addItem(tr(name), key)
        self.look.setCurrentIndex(max(self.look.findData(look), 0))
        self.large_files = QCheckBox(tr("Large-file mode: keep imported sales on disk"))
        self.large_files.setObjectName("large_files")
        self.large_files.setToolTip(tr("For exports beyond memory; files over 1 GB are always kept on disk"))
        self.large_files.setChecked(large_files and duckdb_available())
        self.large_files.setEnabled(duckdb_available())
        self.csv_note = QLabel()
        self.csv_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Currency symbol"), self.currency)
        form.addRow(tr("Look"), self.look)
        form.addRow(self.csv_note)
        form.addRow(self.large_files)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_currency(self) -> str:
        return self.currency.text().strip()

    def chosen_large_files(self) -> bool:
        return self.large_files.isChecked()

    def chosen_look(self) -> str:
        return str(self.look.currentData())

    def _language_changed(self) -> None:
        """Suggest the new language's currency, and say how its CSV exports will look."""
        code = self.chosen_language()
        if self.chosen_currency() in DEFAULT_CURRENCY.values():
            self.currency.setText(DEFAULT_CURRENCY[code])
        delimiter, decimal = csv_defaults(code)
        self.csv_note.setText(
            tr(
                "Exports use the chosen language for sheet names and headers. CSV files are written with "
                "'{delimiter}' between columns and '{decimal}' as the decimal mark, so Excel set to that "
                "language opens them as they are.",
                delimiter=delimiter,
                decimal=decimal,
            )
        )
