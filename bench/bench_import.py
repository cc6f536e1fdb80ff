"""Import benchmark: `make bench`.

Compares `import_transactions` with a bare `pyarrow.csv.read_csv` of the same file, and with a
hand-written DuckDB and polars parse of it (`peers.py`; issue 21: messy exports <= 2 x the faster of
them): clean CSVs of
1 M and 10 M rows (500 k customers) in time order, as exports are; a 1 M-row file in random order;
a messy 1 M-row export (`;`, decimal commas with thousands dots, dd.mm.yyyy dates, "TL").
Each measurement runs in a fresh process, so peak RSS is its own; the two are interleaved and
repeated, and the best of each is compared, because this machine is noisy.

    python bench/bench_import.py [--rows 1000000 10000000] [--repeat 2] [--baseline DIR]

With `--baseline DIR` the import as it was in that source tree is measured too ("before", baseline.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pv
from baseline import use_source_tree
from datagen import DATA, make_csv
from peers import duckdb_parse, polars_parse


def run_one(kind: str, path: str, baseline: str | None = None) -> dict:
    """Runs inside a child process: time one read, report seconds and peak RSS.

    Modules are imported before the clock starts in both cases, so only the reading is timed.
    """
    import duckdb  # noqa: F401
    import polars  # noqa: F401

    if kind == "before" and baseline:
        use_source_tree(baseline)
    from desktop_crm.io.importer import import_transactions

    messy = "messy" in Path(path).name  # the file name: a folder may be called "messy" too
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    if kind == "duckdb":
        rows = duckdb_parse(path, messy)
    elif kind == "polars":
        rows = polars_parse(path, messy)
    elif kind == "pyarrow":
        delimiter = ";" if messy else ","  # the bare read is told what the import must find
        rows = pv.read_csv(path, parse_options=pv.ParseOptions(delimiter=delimiter)).num_rows
    else:
        rows = import_transactions(path).report.rows_accepted
    seconds = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    return {"kind": kind, "rows": rows, "seconds": seconds, "cpu": cpu, "peak_rss_mb": peak_rss_mb()}


def cpu_seconds() -> float:
    """CPU time of this process, every thread: on a busy machine it varies far less than the wall clock."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident memory.

    VmHWM belongs to the process's own address space; ru_maxrss would also count the peak of the
    parent it was forked from (Linux keeps it across exec), which made small runs look big.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def measure(kind: str, path: Path, baseline: str | None = None) -> dict:
    env = dict(os.environ, DESKTOP_CRM_CONFIG_DIR=str(DATA / "config"))
    extra = ["--baseline", baseline] if baseline else []
    command = [sys.executable, __file__, "--one", kind, str(path), *extra]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--messy-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--one", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--baseline", help="a source tree with the app as it was, measured as 'before'")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one, args.baseline)))
        return 0
    cpu = f"{platform.machine()} {platform.processor() or ''}".strip()
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"pyarrow {pa.__version__}, numpy {np.__version__}")
    print(
        f"{'file':<33} {'rows':>11} {'pyarrow s':>10} {'import s':>9} {'ratio':>6} {'pyarrow MB':>11} {'import MB':>10}"
        f" {'DuckDB s':>9} {'polars s':>9} {'import/best peer':>17}"
    )
    cases = [(n, False, False) for n in args.rows]
    if args.messy_rows:
        cases += [(args.messy_rows, True, False), (args.messy_rows, False, True)]
    for rows, messy, shuffled in cases:
        path = make_csv(rows, 500_000, messy, shuffled)
        best: dict[str, dict] = {}
        for _ in range(args.repeat):
            for kind in ("pyarrow", "import", "duckdb", "polars") + (("before",) if args.baseline else ()):
                m = measure(kind, path, args.baseline)
                if kind not in best or m["seconds"] < best[kind]["seconds"]:
                    best[kind] = dict(m, cpu=min(m["cpu"], best.get(kind, m)["cpu"]))
                best[kind]["cpu"] = min(best[kind]["cpu"], m["cpu"])  # the least CPU of any run
        p, i, d, pl = best["pyarrow"], best["import"], best["duckdb"], best["polars"]
        assert i["rows"] == rows == d["rows"] == pl["rows"], f"import accepted {i['rows']} of {rows}"
        peer = min(d["seconds"], pl["seconds"])
        print(
            f"{path.name:<33} {rows:>11,} {p['seconds']:>10.2f} {i['seconds']:>9.2f} "
            f"{i['seconds'] / p['seconds']:>6.2f} {p['peak_rss_mb']:>11.0f} {i['peak_rss_mb']:>10.0f}"
            f" {d['seconds']:>9.2f} {pl['seconds']:>9.2f} {i['seconds'] / peer:>17.2f}",
            flush=True,
        )
        cpu_peer = min(d["cpu"], pl["cpu"])
        print(f"{'':<33} CPU s: import {i['cpu']:.2f}, DuckDB {d['cpu']:.2f}, polars {pl['cpu']:.2f}, "
              f"import / best peer {i['cpu'] / cpu_peer:.2f}", flush=True)  # fmt: skip
        if "before" in best:
            b = best["before"]
            print(
                f"{'':<33} before: {b['seconds']:.2f} s, {b['seconds'] / peer:.2f} x the best peer; "
                f"CPU {b['cpu']:.2f} s, {b['cpu'] / cpu_peer:.2f} x",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
