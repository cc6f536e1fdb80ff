"""Target-list benchmark: build and export a 1 M-customer list (goal: export ≤ 30 s, peak RSS ≤ 2 GB).

The customer table has the columns a segmentation with a customers file produces (names, phones,
e-mails in Turkish/Polish/Russian spelling, segments, figures, CLV band); every case runs in a fresh
process so its peak RSS (VmHWM) is its own. The streaming writer is compared in the same run with
openpyxl's write-only mode on 100 k rows (at 1 M rows openpyxl takes minutes). "xlsx-ru" and "csv-ru"
write the same lists in Russian (translated sheets, headers, segment names, ';' and decimal commas),
to measure what the translation costs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.core.offers import Offer
from desktop_crm.core.targets import Suppression, TargetSpec, build_targets

FIRST = np.array(["Ayşe", "Mehmet", "Zofia", "Piotr", "Ольга", "Иван", "Emma", "Çağla", "Łukasz", "Ğülşen"])
LAST = np.array(["Yılmaz", "Öztürk", "Wiśniewska", "Kowalski", "Иванова", "Петров", "Smith", "Kaya"])
SEGMENTS = np.array(["Champions", "Loyal Customers", "At Risk", "Hibernating", "About to Sleep", "Lost"])


def customer_table(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    first, last = FIRST[rng.integers(0, len(FIRST), n)], LAST[rng.integers(0, len(LAST), n)]
    ids = pd.Series(np.char.mod("%09d", np.arange(n)))
    recency = rng.integers(1, 400, n)
    frequency = rng.integers(1, 60, n)
    monetary = np.round(rng.gamma(2.0, 150.0, n), 2)
    return pd.DataFrame(
        {
            "customer_id": ids,
            "name": pd.Series(first).str.cat(pd.Series(last), sep=" "),
            "phone": pd.Series(np.char.mod("+90 5%02d", rng.integers(30, 60, n))).str.cat(
                pd.Series(np.char.mod("%07d", rng.integers(0, 10**7, n))), sep=" "
            ),
            "email": ids.radd("customer").add("@example.com"),
            "last_purchase": pd.Timestamp("2026-07-01") - pd.to_timedelta(recency, unit="D"),
            "recency_days": recency,
            "frequency": frequency,
            "monetary": monetary,
            "avg_order_value": np.round(monetary / frequency, 2),
            "rfm_segment": pd.Categorical(SEGMENTS[rng.integers(0, len(SEGMENTS), n)], categories=SEGMENTS),
            "clv": np.round(rng.gamma(1.5, 40.0, n), 2),
            "clv_band": pd.Categorical(rng.choice(["Low", "Medium", "High"], n), categories=["Low", "Medium", "High"]),
            "consent": True,
            "city": pd.Categorical(rng.choice(["İstanbul", "Warszawa", "Минск", "Ankara"], n)),
        }
    )


def spec() -> TargetSpec:
    return TargetSpec(
        name="Benchmark list",
        suppression=Suppression(inactive_days=None),
        offer=Offer(
            discount_by="clv_band",
            discounts={"Low": 15, "Medium": 10, "High": 5},
            target_k=None,
            text="Dear {first_name}, {points} bonus points are waiting for you",
        ),
    )


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_case(case: str, n: int) -> None:
    from desktop_crm.i18n import set_language
    from desktop_crm.io.targets_export import write_target_list

    fmt, _, language = case.partition("-")
    set_language(language or "en")
    table = customer_table(n)
    t0 = time.perf_counter()
    tl = build_targets(table, spec(), pd.Timestamp("2026-07-01"))
    built = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp()) / f"list.{fmt if fmt != 'openpyxl' else 'xlsx'}"
    t0 = time.perf_counter()
    if fmt == "openpyxl":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Targets")
        ws.append(list(tl.customers.columns))
        for row in tl.customers.astype(object).itertuples(index=False):
            ws.append([None if pd.isna(v) else v for v in row])
        wb.save(out)
    else:
        write_target_list(tl, out)
    written = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in out.parent.iterdir()) / 1e6
    print(f"{case:8} {n:>10,} rows  build {built:6.2f} s  write {written:6.2f} s  "
          f"file {size:7.1f} MB  peak RSS {peak_mb():7.0f} MB")  # fmt: skip


def main() -> int:
    if len(sys.argv) == 3:
        run_case(sys.argv[1], int(sys.argv[2]))
        return 0
    cases = (("openpyxl", 100_000), ("xlsx", 100_000), ("xlsx", 1_000_000), ("xlsx-ru", 1_000_000),
             ("csv", 1_000_000), ("csv-ru", 1_000_000))  # fmt: skip
    for case, n in cases:
        subprocess.run([sys.executable, __file__, case, str(n)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
