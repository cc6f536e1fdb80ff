"""Shares are shown one way (one decimal, '< 0.1%' for a sliver) and stored in Excel as fractions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm.core import model
from desktop_crm.i18n import formats, set_language
from desktop_crm.io.writers import write_xlsx


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    set_language("en")
    formats.set_currency(None)
    yield
    set_language("en")
    formats.set_currency(None)


@pytest.mark.parametrize(
    ("language", "share", "text"),
    [
        ("en", 0.2273, "22.7%"),
        ("en", 0.0004, "< 0.1%"),
        ("en", 0.0, "0.0%"),
        ("en", 0.9997, "> 99.9%"),
        ("en", 1.0, "100.0%"),
        ("tr", 0.2273, "%22,7"),
        ("tr", 0.0004, "< %0,1"),
        ("ru", 0.2273, "22,7\u00a0%"),
        ("pl", 0.0004, "< 0,1%"),
    ],
)
def test_percent_has_one_decimal_and_never_shows_a_sliver_as_zero(language: str, share: float, text: str) -> None:
    set_language(language)
    assert formats.percent(share) == text


def test_no_decimals_still_never_reads_zero() -> None:
    assert formats.percent(0.004, 0) == "< 1%" and formats.percent(0.0, 0) == "0%"
    assert formats.percent(float("nan")) == ""


def test_excel_stores_shares_as_fractions_with_a_percent_format(tmp_path: Path) -> None:
    formats.set_currency("zł")
    frame = pd.DataFrame(
        {
            "segment": ["A", "B"],
            "customers": [3, 1],
            "share_of_customers": [0.75, 0.25],
            "revenue": [120.5, 3.25],
            "promo_share": [0.5, 0.0],
        }
    )
    path = tmp_path / "summary.xlsx"
    write_xlsx({"Summary": frame}, path)
    sheet = openpyxl.load_workbook(path)["Summary"]
    assert sheet["C2"].value == 0.75 and "%" in sheet["C2"].number_format
    assert "%" in sheet["E2"].number_format
    assert "zł" in sheet["D2"].number_format and sheet["D2"].value == 120.5
    assert "%" not in sheet["B2"].number_format


def test_the_status_line_shows_the_currency_when_it_is_known() -> None:
    summary = model.DataSummary(3, 2, pd.Timestamp("2026-01-01"), pd.Timestamp("2026-01-31"), 1234.5)
    formats.set_currency("₺")
    set_language("tr")
    assert "₺1.234,50" in summary.line()
    set_language("en")
    formats.set_currency("$")
    assert "$1,234.50" in summary.line()
