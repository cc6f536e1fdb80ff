"""Acceptance: messy exports nobody has seen import exactly, through the CLI and the wizard's code path.

The wizard's code path is the functions the wizard calls, without Qt: `open_source` for the sheets,
`choose_sheet` for the one it shows, `propose_mapping` for the dropdowns, then the import with every
dropdown as an override (`ImportWizard.options`), run by `pipeline.load_files` as the session does.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core.model import TRANSACTION_FIELDS
from desktop_crm.io.importer import ImportOptions, choose_sheet, propose_mapping
from desktop_crm.io.sources import open_source
from desktop_crm.pipeline import load_files
from tests import corpus, shaped

SEEDS = range(48)
COLUMNS = ["customer_id", "date", "amount", "category", "store"]


def wizard_import(path: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """What the wizard does with a file when the user accepts every guess."""
    first = open_source(path)
    sources = [first, *first.alternatives]
    index, _, _ = choose_sheet(sources, TRANSACTION_FIELDS, "transactions", ImportOptions())
    shown = propose_mapping(sources[index], TRANSACTION_FIELDS, "transactions", ImportOptions())
    chosen = {f.name: shown.get(f.name, "") for f in TRANSACTION_FIELDS}
    dataset = load_files(path, None, ImportOptions(sheet=sources[index].sheet, mapping=chosen, remember=False))
    return dataset.transactions.frame, dataset.transactions.report.mapping


def cli_import(path: Path, folder: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    out, report = folder / f"{path.stem}.parquet", folder / f"{path.stem}.json"
    assert main(["import", str(path), "-o", str(out), "--report", str(report), "-q"]) == 0
    return pd.read_parquet(out), json.loads(report.read_text(encoding="utf-8"))["mapping"]


def assert_same_rows(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert len(got) == len(expected)
    a = shaped.sort_frame(got[COLUMNS].astype({"category": str, "store": str}))
    b = shaped.sort_frame(expected[COLUMNS])
    assert a["customer_id"].tolist() == b["customer_id"].tolist()
    assert (a["date"].astype("datetime64[s]") == b["date"].astype("datetime64[s]")).all()
    np.testing.assert_array_equal(a["amount"].round(2).to_numpy(), b["amount"].round(2).to_numpy())
    assert a["category"].tolist() == b["category"].tolist()
    assert a["store"].tolist() == b["store"].tolist()


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, pd.DataFrame, corpus.Style]]:
    folder = tmp_path_factory.mktemp("corpus")
    return [corpus.export(folder, seed) for seed in SEEDS]


def test_the_corpus_covers_every_kind_of_mess(exports) -> None:
    styles = [style for _, _, style in exports]
    assert len(styles) >= 40
    assert {s.lang for s in styles} == set(corpus.HEADERS)
    text = [s for s in styles if not s.workbook]
    assert {s.delimiter for s in text} == {",", ";", "\t", "|"}
    assert {s.encoding for s in text} >= {"utf-8", "utf-8-sig", "cp1254", "cp1251", "cp1250"}
    assert {s.decimal for s in styles} == {",", "."}
    assert {s.date_order for s in styles} == set(corpus.DATE_ORDERS)
    assert {s.clock for s in styles} == {"none", "24", "12", "col24", "col12"}
    assert any(s.titles for s in text) and any(s.titles for s in styles if s.workbook)
    assert sum(s.workbook for s in styles) >= 8
    time_words = {h for words in corpus.HEADERS.values() for h in words["time"]} | {"Visit time"}
    assert sum(s.headers["date"] in time_words for s in styles if s.clock in ("24", "12")) >= 3
    item_words = {"Main item", "Product", "Item", "Ürün", "Товар", "Produkt", "Artykuł", "Artikel"}
    assert sum(s.headers["category"] in item_words for s in styles) >= 5


@pytest.mark.parametrize("seed", SEEDS)
def test_each_export_imports_exactly_both_ways(seed: int, exports, tmp_path: Path) -> None:
    path, expected, style = exports[seed]
    by_cli, cli_mapping = cli_import(path, tmp_path)
    by_wizard, wizard_mapping = wizard_import(path)
    assert_same_rows(by_cli, expected)
    assert_same_rows(by_wizard, expected)
    assert cli_mapping == wizard_mapping, style
