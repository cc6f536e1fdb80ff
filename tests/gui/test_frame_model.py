"""The table model formats each column consistently and sorts the frame it shows."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from desktop_crm.gui.models.frame_model import FrameModel


def test_columns_format_consistently_and_sort(qtbot) -> None:
    frame = pd.DataFrame(
        {
            "customer_id": ["b", "a", "c"],
            "amount": [4.0, 12.5, 1234.0],
            "quantity": [1.0, 2.0, float("nan")],
            "date": pd.to_datetime(["2024-01-05 13:45", "2024-01-06", "2024-01-07"], format="mixed"),
            "promo": [True, False, True],
        }
    )
    model = FrameModel(frame)
    cell = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert [cell(r, 1) for r in range(3)] == ["4.00", "12.50", "1,234.00"]
    assert [cell(r, 2) for r in range(3)] == ["1", "2", ""]
    assert [cell(r, 3) for r in range(3)] == ["2024-01-05 13:45", "2024-01-06", "2024-01-07"]
    assert [cell(r, 4) for r in range(3)] == ["yes", "no", "yes"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "customer id"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [cell(r, 0) for r in range(3)] == ["a", "b", "c"]
    model.sort(-1)  # Qt clearing the sort indicator changes nothing
    assert [cell(r, 0) for r in range(3)] == ["a", "b", "c"]


def test_share_columns_read_as_percentages_with_one_decimal() -> None:
    """Shares are fractions in the frame and "22.7%" on screen, "< 0.1%" rather than a bare zero."""
    model = FrameModel(pd.DataFrame({"segment": ["A", "B"], "% customers": [0.227, 0.0004], "customers": [227, 1]}))
    assert [model.text(r, 1) for r in range(2)] == ["22.7%", "< 0.1%"]
    assert model.plain_text(0, 1) == "22.7%"
    assert model.text(0, 2) == "227"


def test_a_share_column_exported_from_a_table_is_a_percentage_in_excel() -> None:
    """The table's Export to Excel keeps the fraction and gives it a percent format."""
    from desktop_crm.io.xlsx import summary_formats

    frame = pd.DataFrame({"segment": ["A"], "% customers": [0.227], "customers": [227.0]})
    assert summary_formats(frame) == {"% customers": "percent"}
