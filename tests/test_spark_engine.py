"""`--engine spark`: the DuckDB queries transpiled to Spark SQL give, per customer, what the DuckDB
and the in-memory engines give, on generated files. One local Spark session serves the whole module."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core.customers import default_as_of
from desktop_crm.core.dynamics import take_snapshots, transition
from desktop_crm.core.progress import Steps
from desktop_crm.core.scoring import Scoring
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.io import duckdb_engine, store
from desktop_crm.io.importer import import_transactions

pytest.importorskip("duckdb")
pytest.importorskip("sqlglot")
pytest.importorskip("pyspark")

from desktop_crm.io import spark_engine  # after the skips: it needs the extra


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))  # the java wrapper, logging
        with spark_engine.spark_session() as session:
            yield session


def generated_sales(path: Path, seed: int, customers: int = 120, rows: int = 1500) -> Path:
    """A sales export with padded/unpadded and non-ASCII ids, split receipts, returns, missing receipts,
    departments and promotions; amounts in quarters so sums are exact in any order."""
    rng = np.random.default_rng(seed)
    pool = np.array([f"{i:04d}" if i % 3 else f"K{i}ß" for i in range(1, customers + 1)] + ["12", "0012"])
    weights = rng.pareto(1.5, len(pool)) + 0.05  # a few heavy buyers, many occasional ones
    card = rng.choice(pool, rows, p=weights / weights.sum())
    hours = rng.integers(0, 400 * 24, rows)
    receipt = rng.integers(0, rows // 2, rows)
    frame = pd.DataFrame(
        {
            "card": card,
            "date": (pd.Timestamp("2024-03-01") + pd.to_timedelta(hours, unit="h")).strftime("%Y-%m-%d %H:%M:%S"),
            "amount": rng.integers(-20, 800, rows) / 4,
            "receipt": np.where(rng.random(rows) < 0.1, "", np.char.add("R", receipt.astype(str))),
            "department": rng.choice(["Fuel", "Café", "Shop", "Wash"], rows),
            "promo": rng.integers(0, 2, rows).astype(str),
        }
    )
    frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def sales(tmp_path_factory) -> tuple[pd.DataFrame, Path]:
    """The in-memory transactions and the DuckDB store's transactions folder of one generated export."""
    folder = tmp_path_factory.mktemp("spark")
    path = generated_sales(folder / "sales.csv", seed=21)
    stored = store.import_to_store(path, folder / "store")
    return import_transactions(path).frame, stored.transactions


SETTINGS = {
    "default": SegmentSettings(),
    "rows, mid-period": SegmentSettings(scoring=Scoring(frequency_basis="rows"), as_of=pd.Timestamp("2024-11-15")),
    "rfm-package scores, no clusters": SegmentSettings(scoring=Scoring(method="rfm-package"), clusters=False),
}


@pytest.mark.parametrize("name", SETTINGS)
def test_every_scheme_on_spark_equals_duckdb_and_memory(spark, sales, name: str) -> None:
    memory, folder = sales
    settings = SETTINGS[name]
    expected = segment_customers(memory, settings=settings).customers
    duck = duckdb_engine.segment_store(folder, settings=settings).customers
    got = spark_engine.segment_spark(str(folder), settings=settings).customers
    assert {"rfm_segment", "lifecycle_segment", "abc_class", "price_segment", "top_category"} <= set(got.columns)
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got, duck, check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_categorical=False)


@pytest.mark.parametrize("scheme", ["rfm", "lifecycle"])
def test_snapshots_and_transitions_on_spark_equal_duckdb_and_memory(spark, sales, scheme: str) -> None:
    memory, folder = sales
    dates = [pd.Timestamp("2024-06-01"), pd.Timestamp("2024-12-01"), default_as_of(memory)]
    expected = take_snapshots(memory, dates, scheme)
    duck = duckdb_engine.snapshots_store(folder, dates, scheme)
    with spark_engine.connection(str(folder)) as (con, source):
        got = duckdb_engine.snapshots_source(con, source, dates, scheme, None, Steps())
    for other in (duck, expected):
        pd.testing.assert_frame_equal(got.segments, other.segments, check_index_type=False)
        for date in expected.dates:
            pd.testing.assert_frame_equal(got.figures[date], other.figures[date], check_index_type=False)
    a, b = dates[0], dates[-1]
    pd.testing.assert_frame_equal(transition(got, a, b).counts, transition(expected, a, b).counts)


def test_any_parquet_with_the_canonical_columns_and_a_table_name(spark, sales, tmp_path: Path) -> None:
    memory, _ = sales
    flat = memory[["customer_id", "date", "amount", "order_id"]].copy()
    flat["customer_id"] = flat["customer_id"].astype(str)
    flat.to_parquet(tmp_path / "sales.parquet")  # one file, no month folders, no category or promo
    settings = replace(SegmentSettings(), clusters=False)
    expected = segment_customers(flat, settings=settings).customers
    got = spark_engine.segment_spark(str(tmp_path / "sales.parquet"), settings=settings).customers
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_categorical=False)
    spark.read.parquet(str(tmp_path / "sales.parquet")).createOrReplaceTempView("pos_sales")
    by_name = spark_engine.segment_spark("pos_sales", settings=settings).customers
    pd.testing.assert_frame_equal(by_name, expected, check_dtype=False, check_categorical=False)


def test_the_queries_are_the_duckdb_text_transpiled(spark) -> None:
    con = spark_engine.SparkConnection(spark)
    column = "sum(amount) FILTER (WHERE CAST(category AS VARCHAR) = $c0) AS c0"  # one per category
    sql = duckdb_engine.CATEGORY_SQL.format(source="t", columns=column, range="")  # one query, no id range
    text = con.spark_sql(sql)
    assert "CAST(category AS STRING)" in text and ":as_of" in text and ":c0" in text and "GROUP BY" in text
    assert con.spark_sql(sql) is text  # transpiled once per query text


def test_cli_spark_writes_what_memory_writes(spark, sales, tmp_path: Path, monkeypatch, capsys) -> None:
    from desktop_crm import cli

    memory, folder = sales
    export = tmp_path / "sales.csv"
    memory.to_csv(export, index=False)
    for engine, source in (("memory", export), ("spark", folder.parent)):  # a store's root folder works too
        args = ["segment", str(source), "--engine", engine, "--clusters", "off", "-o", str(tmp_path / f"{engine}.csv")]
        assert cli.main([*args, "--report", str(tmp_path / f"{engine}.json")]) == 0
        moves = ["transitions", str(source), "--scheme", "lifecycle", "--engine", engine]
        assert cli.main([*moves, "-q", "-o", str(tmp_path / f"moves_{engine}.csv")]) == 0
    for name in ("{}.csv", "moves_{}.csv"):
        want = pd.read_csv(tmp_path / name.format("memory"), dtype=str)
        pd.testing.assert_frame_equal(pd.read_csv(tmp_path / name.format("spark"), dtype=str), want)
    capsys.readouterr()
    assert cli.main(["segment", "no_such_table", "--engine", "spark", "-o", str(tmp_path / "x.csv")]) == 2
    assert cli.main(["segment", str(export), "--engine", "spark", "-o", str(tmp_path / "x.csv")]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("desktop-crm: error: ") for line in errors)
    assert "no_such_table" in errors[0] and "Parquet" in errors[1] and not (tmp_path / "x.csv").exists()
