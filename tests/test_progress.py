"""Progress and cancellation hooks of the import, as the GUI's worker uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.core.progress import Cancelled, Steps
from desktop_crm.io.importer import import_transactions
from tests import shaped


def test_progress_rises_to_one_with_messages(tmp_path: Path) -> None:
    path = tmp_path / "akaryakit.csv"
    shaped.turkish_fuel_csv(path)
    seen: list[tuple[float, str]] = []
    import_transactions(path, progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert any("Reading akaryakit.csv" in m for _, m in seen)


@pytest.mark.parametrize("after", [0, 1, 2, 3])
def test_cancel_at_any_stage_stops_the_import(tmp_path: Path, after: int) -> None:
    path = tmp_path / "akaryakit.csv"
    shaped.turkish_fuel_csv(path)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > after

    with pytest.raises(Cancelled):
        import_transactions(path, cancelled=cancelled)


def test_nested_steps_map_into_the_parent_range() -> None:
    seen: list[float] = []
    steps = Steps(lambda f, m: seen.append(round(f, 3)))
    inner = steps.part(0.5)
    inner(0.0, "a")
    inner(1.0, "b")
    steps.stage(1.0, "c")
    steps.done()
    assert seen == [0.0, 0.5, 0.5, 1.0]
