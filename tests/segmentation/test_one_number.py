"""One number for one thing: a segment's size on a date is the same in Segments, Transitions,
Journeys and every command, for every scheme with snapshots, on the demo and on a generated file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core import demo, lifecycle
from desktop_crm.core.customers import analysis_thresholds, default_as_of
from desktop_crm.core.dynamics import (
    DYNAMIC_SCHEMES,
    NEW,
    snapshot_dates,
    take_snapshots,
    transition,
    transition_dates,
)
from desktop_crm.core.scoring import Scoring
from desktop_crm.core.segmentation import SCHEMES, SegmentSettings, segment_customers
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import demo_paths, load_demo

SETTINGS = {  # the CLI's --preset choices that change how customers are scored
    "standard": SegmentSettings(clusters=False),
    "rfm-package": SegmentSettings(
        clusters=False, scoring=Scoring(bins=5, method="rfm-package", frequency_basis="rows")
    ),
}


@pytest.fixture(scope="module")
def demo_tx() -> pd.DataFrame:
    return load_demo().transactions.frame


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame]:
    """Another programme, as a CSV file the CLI reads, and the frame the CLI makes of it."""
    path = tmp_path_factory.mktemp("generated") / "sales.csv"
    write_table(demo.generate(customers=700, seed=31).transactions, path)
    from desktop_crm.io.importer import import_transactions

    return path, import_transactions(path).frame


def _sizes(segments: pd.Series) -> dict[str, int]:
    counts = segments.astype(str).value_counts()
    return {name: int(n) for name, n in counts.items() if name not in ("nan", "None")}


def _dates(tx: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """A journey's last two monthly snapshots: a transition compares them by default."""
    *_, earlier, last = snapshot_dates(tx, "1M", count=4)
    return earlier, last


def _core_sizes(tx: pd.DataFrame, scheme: str, settings: SegmentSettings) -> dict[str, list[dict[str, int]]]:
    """Per date (earlier, last): the sizes every view computes, in the order Segments, Transitions
    (columns at `to`, or rows at `from`), Journeys."""
    earlier, last = _dates(tx)
    column = SCHEMES[scheme]
    segments = [
        _sizes(segment_customers(tx, settings=replace(settings, as_of=d)).customers[column]) for d in (earlier, last)
    ]
    moves = transition(take_snapshots(tx, [earlier, last], scheme, settings), earlier, last)
    rows = moves.counts.drop(index=NEW).sum(axis=1)
    cols = moves.counts.sum(axis=0)
    journey = take_snapshots(tx, snapshot_dates(tx, "1M", count=4), scheme, settings)
    return {
        "earlier": [segments[0], {k: int(v) for k, v in rows.items() if v}, _sizes(journey.segments[earlier])],
        "last": [segments[1], {k: int(v) for k, v in cols.items() if v}, _sizes(journey.segments[last])],
    }


@pytest.mark.parametrize("preset", sorted(SETTINGS))
@pytest.mark.parametrize("scheme", DYNAMIC_SCHEMES)
def test_sizes_agree_across_views_on_the_demo(demo_tx: pd.DataFrame, scheme: str, preset: str) -> None:
    for day, views in _core_sizes(demo_tx, scheme, SETTINGS[preset]).items():
        assert views[0] == views[1] == views[2], (day, views)


@pytest.mark.parametrize("scheme", DYNAMIC_SCHEMES)
def test_sizes_agree_across_views_on_a_generated_file(generated: tuple[Path, pd.DataFrame], scheme: str) -> None:
    for day, views in _core_sizes(generated[1], scheme, SETTINGS["standard"]).items():
        assert views[0] == views[1] == views[2], (day, views)


def test_lifecycle_thresholds_are_the_files_whatever_the_date(demo_tx: pd.DataFrame) -> None:
    fixed = analysis_thresholds(demo_tx)
    earlier, last = _dates(demo_tx)
    for day in (earlier - pd.DateOffset(months=6), earlier, last):
        assert segment_customers(demo_tx, settings=SegmentSettings(as_of=day, clusters=False)).thresholds == fixed
    assert take_snapshots(demo_tx, [earlier, last], "lifecycle").thresholds == fixed
    mine = lifecycle.Thresholds(at_risk_days=30)  # a user's own limits win everywhere
    own = SegmentSettings(thresholds=mine, clusters=False)
    assert segment_customers(demo_tx, settings=own).thresholds == mine
    assert take_snapshots(demo_tx, [last], "lifecycle", own).thresholds == mine


def test_one_default_as_of_and_transition_dates(demo_tx: pd.DataFrame) -> None:
    last_sale = pd.Timestamp(demo_tx["date"].max()).normalize()
    assert default_as_of(demo_tx) == last_sale + pd.Timedelta(days=1)
    assert segment_customers(demo_tx, settings=SegmentSettings(clusters=False)).as_of == default_as_of(demo_tx)
    assert snapshot_dates(demo_tx, "1M", count=2)[-1] == default_as_of(demo_tx)
    assert transition_dates(demo_tx) == (default_as_of(demo_tx) - pd.DateOffset(months=3), default_as_of(demo_tx))
    assert transition_dates(demo_tx, None, pd.Timestamp("2026-03-01"))[0] == pd.Timestamp("2025-12-01")


def _cli_sizes(source: Path, scheme: str, preset: str, tmp: Path, day: pd.Timestamp, earlier: pd.Timestamp) -> list:
    """Sizes on `day` from `segment --as-of`, `transitions --to` and `journeys` (its last snapshot)."""
    seg, moves, trips = tmp / f"s-{scheme}.csv", tmp / f"t-{scheme}.csv", tmp / f"j-{scheme}.xlsx"
    common = ["--preset", preset, "-q"]
    assert (
        main(["segment", str(source), "--as-of", f"{day:%Y-%m-%d}", "--clusters", "off", "-o", str(seg), *common]) == 0
    )
    argv = ["transitions", str(source), "--scheme", scheme, "--from", f"{earlier:%Y-%m-%d}", "-o", str(moves)]
    assert main([*argv, *common]) == 0
    assert main(["journeys", str(source), "--scheme", scheme, "--count", "4", "-o", str(trips), *common]) == 0
    counts = pd.read_csv(moves, encoding="utf-8-sig").set_index("from_segment").sum(axis=0)
    sizes = pd.read_excel(trips, sheet_name="Snapshot sizes", engine="calamine")
    sizes = sizes[(pd.to_datetime(sizes["as_of"]) == day) & (sizes["customers"] > 0)]
    return [
        _sizes(pd.read_csv(seg, encoding="utf-8-sig", dtype=str)[SCHEMES[scheme]]),
        {k: int(v) for k, v in counts.items() if v},
        dict(zip(sizes["segment"], sizes["customers"].astype(int), strict=True)),
    ]


@pytest.mark.parametrize("scheme", DYNAMIC_SCHEMES)
def test_commands_agree_with_each_other_and_the_core(
    tmp_path: Path, generated: tuple[Path, pd.DataFrame], demo_tx: pd.DataFrame, scheme: str
) -> None:
    for source, tx in ((generated[0], generated[1]), (demo_paths()[0], demo_tx)):
        earlier, last = _dates(tx)  # transitions default --to: the day after the last sale
        got = _cli_sizes(source, scheme, "standard", tmp_path, last, earlier)
        core = _core_sizes(tx, scheme, SETTINGS["standard"])["last"][0]
        assert got[0] == got[1] == got[2] == core, (source.name, got, core)


def test_segment_command_equals_the_core_for_every_scheme(tmp_path: Path, generated: tuple[Path, pd.DataFrame]) -> None:
    """`segment --as-of` and the Segments view (segment_customers) agree for every scheme."""
    source, tx = generated
    earlier, _ = _dates(tx)
    out = tmp_path / "segments.csv"
    assert (
        main(["segment", str(source), "--as-of", f"{earlier:%Y-%m-%d}", "--clusters", "3", "-o", str(out), "-q"]) == 0
    )
    printed = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    core = segment_customers(tx, settings=SegmentSettings(as_of=earlier, k=3)).customers
    for scheme, column in SCHEMES.items():
        if column in core:
            assert _sizes(printed[column]) == _sizes(core[column]), scheme
    assert {"rfm_segment", "lifecycle_segment", "abc_class", "cluster"} <= set(printed.columns)
