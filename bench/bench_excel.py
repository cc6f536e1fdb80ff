"""Excel benchmark (issue 21: a 200 k-row sheet read <= 1.2 x fastexcel): `make bench`.

A realistic sales sheet (bench/data/sales_<rows>.xlsx, written once by openpyxl): two title rows and
a blank row above the header; receipt numbers; card numbers as number cells with one in ten typed as
zero-padded text; dates as Excel date cells with 2 % typed as text "dd.mm.yyyy HH:MM" and a few
impossible ones ("31.02.2024"); amounts as numbers with 0.5 % "N/A"; department, store, quantity;
and a second, small sheet. (openpyxl writes its strings inline; Excel would put them in a shared
table, which all the readers below handle too.)

Measured in one run, each in a fresh process, interleaved, best of `--repeat`:
- fastexcel: the sheet to Arrow with the types one would give by hand (ids as text, amounts as
  numbers, "N/A" left empty), text dates parsed with the one format they have, rows without a date
  or an amount dropped: the minimal typed read the app's import is compared with;
- fastexcel read only (to Arrow, types guessed), and to pandas;
- python-calamine (cells to Python objects) and openpyxl read-only (rows of Python objects);
- the app: `import_transactions` (finding the header and the sheet, guessing the mapping and formats,
  every check and the rejected rows) and, with `--store-rows`, `io.store.import_to_store`.

    python bench/bench_excel.py [--rows 200000] [--repeat 3] [--store-rows 1000000] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from baseline import use_source_tree
from datagen import DATA

HEADER = ["Receipt", "Card No", "Date", "Amount", "Department", "Store", "Qty"]
HEADER_ROW = 3  # 0-based: two title rows and a blank row above it


def make_xlsx(rows: int) -> Path:
    """The benchmark sheet, written once (about 30 s per 200 k rows)."""
    from openpyxl import Workbook

    path = DATA / f"sales_{rows}.xlsx"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sales")
    for line in (["Sales report, all stores"], ["Exported 2026-01-05"], [], HEADER):
        sheet.append(line)
    base = dt.datetime(2024, 1, 1)
    seconds = np.sort(rng.integers(0, 365 * 86400, rows))
    cards = rng.integers(1, max(rows // 4, 10), rows)
    amounts = np.round(rng.gamma(2.0, 15.0, rows), 2)
    departments = rng.choice(["Coffee", "Tea", "Bakery", "Dairy", "Snacks", "Fuel"], rows)
    stores = rng.choice(["Central", "Harbour", "Old Town"], rows)
    draws = rng.random((rows, 3))
    for i in range(rows):
        when = base + dt.timedelta(seconds=int(seconds[i]))
        date: object = when.strftime("%d.%m.%Y %H:%M") if draws[i, 0] < 0.02 else when
        if draws[i, 0] > 0.9995:
            date = "31.02.2024"
        amount: object = "N/A" if draws[i, 1] < 0.005 else float(amounts[i])
        card: object = f"{int(cards[i]):08d}" if draws[i, 2] < 0.1 else int(cards[i])
        row = [100000 + i, card, date, amount, str(departments[i]), str(stores[i]), 1 + int(draws[i, 2] * 3)]
        sheet.append(row)
    summary = book.create_sheet("Summary")
    summary.append(["Department", "Total"])
    for name in ("Coffee", "Tea", "Bakery"):
        summary.append([name, float(rng.integers(1000, 9000))])
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.rename(path)
    return path


# --------------------------------------------------------------------------- the readers


def fastexcel_typed(path: str) -> int:
    """What one would write by hand for this sheet with fastexcel and pyarrow."""
    import fastexcel
    import pyarrow.compute as pc

    types = {"Receipt": "string", "Card No": "string", "Date": "string", "Amount": "float"}
    table = fastexcel.read_excel(path).load_sheet("Sales", header_row=HEADER_ROW, dtypes=types).to_arrow()
    iso = pc.strptime(table["Date"], format="%Y-%m-%d %H:%M:%S", unit="s", error_is_null=True)
    text = pc.strptime(table["Date"], format="%d.%m.%Y %H:%M", unit="s", error_is_null=True)
    date = pc.coalesce(iso, text)
    keep = pc.and_(pc.is_valid(date), pc.is_valid(table["Amount"]))
    return table.set_column(2, "Date", date).filter(keep).num_rows


def fastexcel_read(path: str) -> int:
    import fastexcel

    return fastexcel.read_excel(path).load_sheet("Sales", header_row=HEADER_ROW).to_arrow().num_rows


def fastexcel_pandas(path: str) -> int:
    import fastexcel

    return len(fastexcel.read_excel(path).load_sheet("Sales", header_row=HEADER_ROW).to_pandas())


def calamine_read(path: str) -> int:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(path).get_sheet_by_name("Sales").to_python()
    return len(rows) - HEADER_ROW - 1


def openpyxl_read(path: str) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book["Sales"].iter_rows(min_row=HEADER_ROW + 2, values_only=True))
    book.close()
    return rows


def app_import(path: str) -> int:
    from desktop_crm.io.importer import import_transactions

    return import_transactions(path).report.rows_accepted


def app_store(path: str) -> int:
    from desktop_crm.io.store import import_to_store

    with tempfile.TemporaryDirectory() as folder:
        return import_to_store(path, Path(folder) / "store").report.rows_accepted


READERS = {
    "fastexcel": fastexcel_typed,
    "fastexcel-read": fastexcel_read,
    "fastexcel-pandas": fastexcel_pandas,
    "calamine": calamine_read,
    "openpyxl": openpyxl_read,
    "import": app_import,
    "before": app_import,
    "store": app_store,
}


def run_one(kind: str, path: str, baseline: str | None) -> dict:
    """Runs in a child process: one read, its wall and CPU seconds and the peak RSS."""
    import fastexcel  # noqa: F401
    import pyarrow  # noqa: F401

    if kind == "before" and baseline:
        use_source_tree(baseline)
    import desktop_crm.io.importer  # noqa: F401  (imported before the clock, as the readers' modules)

    t0, c0 = time.perf_counter(), time.process_time()
    rows = READERS[kind](path)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"kind": kind, "rows": rows, "seconds": seconds, "cpu": cpu, "peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM; ru_maxrss would include the forking parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, path: Path, baseline: str | None) -> dict:
    env = dict(os.environ, DESKTOP_CRM_CONFIG_DIR=str(DATA / "config"))
    extra = ["--baseline", baseline] if baseline else []
    command = [sys.executable, __file__, "--one", kind, str(path), *extra]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def best_of(kinds: list[str], path: Path, repeat: int, baseline: str | None) -> dict[str, dict]:
    """Each kind's fastest run by CPU seconds (wall time on this shared machine varies 2-3 x), with its
    fastest wall time apart ("best_wall": the import checks a sheet's grid, and parses part of the
    sheet, on a second core)."""
    best: dict[str, dict] = {}
    for _ in range(repeat):
        for kind in kinds:
            m = measure(kind, path, baseline)
            wall = min(m["seconds"], best[kind]["best_wall"]) if kind in best else m["seconds"]
            if kind not in best or m["cpu"] < best[kind]["cpu"]:
                best[kind] = m
            best[kind]["best_wall"] = wall
    return best


def report(best: dict[str, dict], path: Path) -> None:
    peer = best["fastexcel"]
    print(f"\n{path.name}: best of each, CPU and wall seconds, peak RSS")
    head = f"{'CPU s':>7} {'wall s':>7} {'peak MB':>8} {'CPU / fastexcel':>16} {'wall / fastexcel':>17}"
    print(f"{'reader':<18} {'rows':>10} {head}")
    for kind, m in best.items():
        ratio, wall = m["cpu"] / peer["cpu"], m["best_wall"] / peer["best_wall"]
        figures = f"{m['cpu']:>7.2f} {m['best_wall']:>7.2f} {m['peak_rss_mb']:>8.0f} {ratio:>16.2f} {wall:>17.2f}"
        print(f"{kind:<18} {m['rows']:>10,} {figures}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store-rows", type=int, default=1_000_000, help="0: skip the store measurement")
    parser.add_argument("--slow", action="store_true", help="also python-calamine and openpyxl (slow)")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--baseline", help="a source tree with the app as it was, measured as 'before'")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one, args.baseline)))
        return 0
    path = make_xlsx(args.rows)
    kinds = ["fastexcel", "import", "fastexcel-read", "fastexcel-pandas"]
    kinds += ["calamine", "openpyxl"] if args.slow else []
    kinds += ["before"] if args.baseline else []
    report(best_of(kinds, path, args.repeat, args.baseline), path)
    if args.store_rows:
        big = make_xlsx(args.store_rows)
        report(best_of(["fastexcel", "import", "store"], big, max(1, args.repeat - 1), None), big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
