"""Steps run side by side give exactly what they give one after the other (core/parallel.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import parallel
from desktop_crm.core.memory import release_memory
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.io.importer import import_transactions


def test_inline_runs_at_once_and_hands_errors_to_result() -> None:
    calls: list[int] = []
    with parallel.Inline() as steps:
        done = steps.submit(lambda x: calls.append(x) or x * 2, 21)
        assert calls == [21]  # ran before submit returned
        failed = steps.submit(lambda: 1 / 0)
    assert done.result() == 42
    with pytest.raises(ZeroDivisionError):
        failed.result()


def test_small_inputs_run_inline_and_big_ones_in_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(parallel.executor(parallel.PARALLEL_ROWS - 1), parallel.Inline)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    with parallel.executor(parallel.PARALLEL_ROWS) as pool:
        assert isinstance(pool, ThreadPoolExecutor)
        assert pool._max_workers == 2
    with parallel.executor(parallel.PARALLEL_ROWS, beside=True) as pool:
        assert pool._max_workers == 1  # the caller works on the other core
    monkeypatch.setattr(parallel, "workers", lambda: 1)
    assert isinstance(parallel.executor(10 * parallel.PARALLEL_ROWS), parallel.Inline)


def _messy_sales(path: Path, rows: int) -> None:
    """A semicolon export with decimal commas, a promo flag and bad rows of every common kind."""
    rng = np.random.default_rng(7)
    cards = rng.integers(1, 5_000, rows)
    seconds = np.sort(rng.integers(0, 300 * 86_400, rows))
    stamps = pd.Timestamp("2024-01-01") + pd.to_timedelta(seconds, unit="s")
    amounts = np.round(rng.gamma(2.0, 20.0, rows), 2)
    frame = pd.DataFrame(
        {
            "Kart No": [f"{c:07d}" for c in cards],
            "Tarih": stamps.strftime("%d.%m.%Y %H:%M:%S"),
            "Tutar": [f"{a:.2f}".replace(".", ",") for a in amounts],
            "Fiş No": (np.arange(rows) // 3).astype(str),
            "Reyon": rng.choice(["Süt", "Fırın", "Kasap", "Manav"], rows),
            "Kampanya": rng.choice(["0", "1"], rows),
        }
    )
    frame.loc[5, "Tutar"] = "abc"  # unreadable amount
    frame.loc[17, "Tarih"] = "31.04.2024 10:00:00"  # impossible date
    frame.loc[29, "Kart No"] = ""  # no customer
    frame.loc[41, "Tutar"] = "1e300"  # no till rings that up
    frame.loc[rows - 1, ["Kart No", "Tarih", "Tutar"]] = ["", "", "Toplam"]  # a totals line
    frame.to_csv(path, sep=";", index=False)


def test_import_and_segments_are_the_same_in_threads_and_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, rows = tmp_path / "sales.csv", parallel.PARALLEL_ROWS + 1_000
    _messy_sales(path, rows)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    threaded = import_transactions(path)
    segments = segment_customers(threaded.frame, settings=SegmentSettings(clusters=False))
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 10**12)
    inline = import_transactions(path)
    expected = segment_customers(inline.frame, settings=SegmentSettings(clusters=False))
    assert threaded.report.rows_read == inline.report.rows_read == rows
    assert threaded.report.rejected_by_reason == inline.report.rejected_by_reason
    assert sum(inline.report.rejected_by_reason.values()) >= 5
    pd.testing.assert_frame_equal(threaded.frame, inline.frame)
    pd.testing.assert_frame_equal(threaded.rejects, inline.rejects)
    pd.testing.assert_frame_equal(segments.customers, expected.customers)
    pd.testing.assert_frame_equal(segments.co_purchase, expected.co_purchase)


def test_release_memory_is_safe_to_call_any_time() -> None:
    release_memory()
    release_memory()
